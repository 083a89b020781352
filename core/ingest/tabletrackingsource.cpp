#include "tabletrackingsource.h"

#include "common/money.h"
#include "headercheck.h"
#include "sales/adconsent.h"

#include <algorithm>
#include <cmath>
#include <QString>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

} // namespace

bool isPageViewEvent(std::string_view event)
{
    if (event.empty())
        return true;
    const QString name = text(event);
    for (const char* pageView : {"page_view", "pageview", "pv", "page"})
        if (name.compare(QLatin1StringView(pageView), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool isConversionEvent(std::string_view event, const QStringList& conversionEvents)
{
    if (event.empty())
        return false;
    const QString name = text(event);
    return std::any_of(conversionEvents.begin(), conversionEvents.end(),
                       [&](const QString& c) { return name.compare(c, Qt::CaseInsensitive) == 0; });
}

std::optional<qint64> parseCents(std::string_view raw)
{
    return parseMoneyCents(text(raw));
}

TableTrackingSource::TableTrackingSource(std::unique_ptr<ByteSource> bytes,
                                         std::unique_ptr<RecordReader> reader, TimeParser times,
                                         QStringList conversionEvents)
    : m_bytes(std::move(bytes))
    , m_reader(std::move(reader))
    , m_times(std::move(times))
    , m_conversionEvents(std::move(conversionEvents))
{}

Result<std::unique_ptr<TableTrackingSource>>
TableTrackingSource::open(std::unique_ptr<ByteSource> bytes, std::unique_ptr<RecordReader> records,
                          bool skipFirst, const QString& preset,
                          const QHash<TrackingField, QString>& overrides, TimeParser times,
                          QStringList conversionEvents)
{
    std::unique_ptr<TableTrackingSource> source(new TableTrackingSource(
        std::move(bytes), std::move(records), std::move(times), std::move(conversionEvents)));
    RecordReader& reader = *source->m_reader;
    if (skipFirst)
        reader.next();
    if (!reader.next())
        return Error{ErrorCode::BadInput,
                     reader.failed() ? reader.errorString() : tr("The file is empty.")};
    for (std::string_view field : reader.fields())
        source->m_header.append(text(field));
    auto mapping = TrackingMappings::resolve(source->m_header, preset, overrides);
    if (!mapping)
        return mapping.error();
    if (auto twice = HeaderCheck::duplicateUsedColumn(
            source->m_header, QList<int>(mapping->columns.begin(), mapping->columns.end())))
        return *twice;
    source->m_mapping = *mapping;
    source->m_needed = *std::max_element(mapping->columns.begin(), mapping->columns.end()) + 1;
    return source;
}

SessionRules TableTrackingSource::rules() const
{
    SessionRules rules;
    rules.useSessionIds = m_mapping.isMapped(TrackingField::Session);
    rules.channelGiven = m_mapping.isMapped(TrackingField::Channel);
    rules.sourceGiven = m_mapping.isMapped(TrackingField::Source) ||
                        m_mapping.isMapped(TrackingField::Medium) ||
                        m_mapping.isMapped(TrackingField::Campaign);
    rules.dedupeByEventId = m_mapping.isMapped(TrackingField::EventId);
    return rules;
}

std::string_view TableTrackingSource::field(TrackingField f) const
{
    const int column = m_mapping.column(f);
    return column >= 0 ? m_reader->fields()[size_t(column)] : std::string_view();
}

TrackingRowSource::Next TableTrackingSource::next(TrackingRow& row, RowRejection& rejection)
{
    const auto blank = [](const std::vector<std::string_view>& fields) {
        return std::all_of(fields.begin(), fields.end(),
                           [](std::string_view f) { return f.empty(); });
    };
    do {
        if (!m_reader->next())
            return m_reader->failed() ? Next::Failed : Next::End;
    } while (blank(m_reader->fields())); // blank lines and empty spreadsheet rows

    const auto columnName = [&](TrackingField f) { return m_header.value(m_mapping.column(f)); };
    if (int(m_reader->fields().size()) < m_needed) {
        rejection = {QString(), u"too_few_fields"_s,
                     tr("The row has %1 fields; the header has %2.")
                         .arg(m_reader->fields().size())
                         .arg(m_header.size())};
        return Next::Rejected;
    }
    row = TrackingRow{};
    row.line = m_reader->line();
    row.visitor = field(TrackingField::Visitor);
    if (row.visitor.empty()) {
        rejection = {columnName(TrackingField::Visitor), u"missing_visitor"_s,
                     tr("The visitor id is empty.")};
        return Next::Rejected;
    }
    const auto ts = m_times.parse(field(TrackingField::Time));
    if (!ts) {
        rejection = {columnName(TrackingField::Time), u"bad_time"_s,
                     tr("'%1' is not a time LeadLoop can read; give its format with --time-format.")
                         .arg(text(field(TrackingField::Time)))};
        return Next::Rejected;
    }
    if (!isPlausibleTrackingTime(*ts)) {
        rejection = {columnName(TrackingField::Time), u"time_out_of_range"_s,
                     implausibleTrackingTimeMessage(text(field(TrackingField::Time)), *ts)};
        return Next::Rejected;
    }
    row.ts = *ts;
    // A NUL byte is in no text a tracker writes: the file is damaged, or binary.
    const auto& fields = m_reader->fields();
    for (size_t i = 0; i < fields.size(); ++i)
        if (fields[i].find('\0') != std::string_view::npos) {
            rejection = {m_header.value(int(i)), u"nul_byte"_s,
                         tr("The value holds a NUL byte: the file may be damaged, or not text.")};
            return Next::Rejected;
        }
    row.url = field(TrackingField::Url);
    row.referrer = field(TrackingField::Referrer);
    row.title = field(TrackingField::Title);
    row.event = field(TrackingField::Event);
    row.eventId = field(TrackingField::EventId);
    row.session = field(TrackingField::Session);
    row.channel = field(TrackingField::Channel);
    row.source = field(TrackingField::Source);
    row.medium = field(TrackingField::Medium);
    row.campaign = field(TrackingField::Campaign);
    row.term = field(TrackingField::Term);
    row.content = field(TrackingField::Content);
    row.email = field(TrackingField::Email);
    row.userId = field(TrackingField::UserId);
    row.currency = field(TrackingField::Currency);
    for (size_t i = 0; i < AdClickIds.size(); ++i)
        row.clickIds[i] = field(TrackingField(int(TrackingField::Gclid) + int(i)));
    for (const auto& [f, value] :
         {std::pair{TrackingField::ConsentAdUserData, &row.consentAdUserData},
          std::pair{TrackingField::ConsentAdPersonalization, &row.consentAdPersonalization}}) {
        *value = field(f);
        if (!value->empty() && !AdConsent::parse(text(*value))) {
            rejection = {columnName(f), u"bad_consent"_s,
                         tr("'%1' is not a consent state: write granted or denied (or yes or "
                            "no), or leave it empty.")
                             .arg(text(*value))};
            return Next::Rejected;
        }
    }
    row.isPageView = isPageViewEvent(row.event);
    row.isConversion = isConversionEvent(row.event, m_conversionEvents);
    if (const std::string_view value = field(TrackingField::Value); !value.empty()) {
        row.valueCents = parseCents(value);
        if (!row.valueCents)
            row.valueWarning =
                tr("'%1' in %2 is not a number; the row was imported without a value.")
                    .arg(text(value), columnName(TrackingField::Value));
    }
    return Next::Row;
}

} // namespace leadloop
