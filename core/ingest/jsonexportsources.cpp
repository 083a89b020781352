#include "jsonexportsources.h"

#include "tabletrackingsource.h"
#include "timeparser.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <simdjson.h>

using namespace Qt::StringLiterals;
namespace dom = simdjson::dom;

namespace leadloop {

namespace {

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

/// A JSON value as text: strings as they are, numbers written out (ids are often numbers).
std::string str(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::STRING:
        return std::string(std::string_view(e.get_string().value_unsafe()));
    case dom::element_type::INT64:
        return std::to_string(int64_t(e.get_int64().value_unsafe()));
    case dom::element_type::UINT64:
        return std::to_string(uint64_t(e.get_uint64().value_unsafe()));
    case dom::element_type::DOUBLE: {
        const double d = e.get_double().value_unsafe();
        return d == double(int64_t(d)) ? std::to_string(int64_t(d)) : std::to_string(d);
    }
    default:
        return {};
    }
}

std::string str(simdjson::simdjson_result<dom::element> e)
{
    dom::element value;
    return e.get(value) ? std::string() : str(value);
}

/// An integer from a number or a numeric string (BigQuery writes INT64 as strings).
std::optional<int64_t> integer(simdjson::simdjson_result<dom::element> e)
{
    dom::element value;
    if (e.get(value))
        return std::nullopt;
    if (value.type() == dom::element_type::INT64)
        return int64_t(value.get_int64().value_unsafe());
    if (value.type() == dom::element_type::UINT64)
        return int64_t(value.get_uint64().value_unsafe());
    if (value.type() == dom::element_type::DOUBLE)
        return int64_t(value.get_double().value_unsafe());
    const std::string s = str(value);
    int64_t out = 0;
    if (s.empty() || std::from_chars(s.data(), s.data() + s.size(), out).ec != std::errc())
        return std::nullopt;
    return out;
}

std::optional<double> number(simdjson::simdjson_result<dom::element> e)
{
    dom::element value;
    if (e.get(value))
        return std::nullopt;
    if (value.type() == dom::element_type::DOUBLE)
        return double(value.get_double().value_unsafe());
    if (auto i = integer(simdjson::simdjson_result<dom::element>(dom::element(value))))
        return double(*i);
    const std::string s = str(value);
    return s.empty() ? std::nullopt : std::optional<double>(QString::fromStdString(s).toDouble());
}

/// GA and UA write "(not set)", "(organic)", "(not provided)" and the like where they know
/// nothing; LeadLoop treats them as empty, except the source "(direct)" and medium "(none)".
std::string known(std::string value)
{
    if (value.size() > 2 && value.front() == '(' && value.back() == ')' && value != "(direct)" &&
        value != "(none)")
        return {};
    return value;
}

/// A source or medium as the export reports it: "(not set)" is kept, because a session the
/// export could not attribute is not direct traffic (the channel rules make it Unassigned).
std::string reported(std::string value)
{
    return value == "(not set)" ? value : known(std::move(value));
}

/// Parses one JSON line. Tools written in Python emit the non-JSON values NaN and Infinity; a
/// line that fails only because of them is read again with those values as null.
simdjson::error_code parseLine(dom::parser& parser, std::string_view line, dom::element& out,
                               std::string& scratch)
{
    auto error = parser.parse(line.data(), line.size(), true).get(out);
    if (!error || (line.find("NaN") == std::string_view::npos &&
                   line.find("Infinity") == std::string_view::npos))
        return error;
    scratch.assign(line);
    for (const char* token :
         {": -Infinity", ": Infinity", ": NaN", ":-Infinity", ":Infinity", ":NaN"}) {
        const std::string_view t(token);
        for (size_t at = scratch.find(t); at != std::string::npos; at = scratch.find(t, at))
            scratch.replace(at, t.size(), ": null");
    }
    return parser.parse(scratch.data(), scratch.size(), true).get(out);
}

} // namespace

void OwnedRow::fill(TrackingRow& row, qint64 line, const QStringList& conversionEvents) const
{
    row = TrackingRow{};
    row.line = line;
    row.ts = ts;
    row.visitor = visitor;
    row.url = url;
    row.referrer = referrer;
    row.title = title;
    row.event = event;
    row.session = session;
    row.eventId = eventId;
    row.source = source;
    row.medium = medium;
    row.campaign = campaign;
    row.term = term;
    row.content = content;
    row.userId = userId;
    row.currency = currency;
    row.valueCents = valueCents;
    row.isPageView = isPageViewEvent(event);
    row.isConversion = isConversionEvent(event, conversionEvents);
}

QString detectJsonExport(std::string_view line)
{
    const auto has = [&](const char* key) { return line.find(key) != std::string_view::npos; };
    if (has("\"user_pseudo_id\"") && has("\"event_timestamp\""))
        return u"ga4"_s;
    if (has("\"fullVisitorId\"") && has("\"visitStartTime\""))
        return u"ua"_s;
    return {};
}

struct JsonLinesSource::Parser
{
    dom::parser parser;
    dom::element document;
    std::string scratch;
};

JsonLinesSource::JsonLinesSource(std::unique_ptr<ByteSource> bytes, QStringList conversionEvents)
    : m_bytes(std::move(bytes))
    , m_lines(*m_bytes)
    , m_parser(std::make_unique<Parser>())
    , m_conversionEvents(std::move(conversionEvents))
{}

JsonLinesSource::~JsonLinesSource() = default;

QString JsonLinesSource::rawText() const
{
    return text(m_lines.line()).left(2000);
}

TrackingRowSource::Next JsonLinesSource::readLine(RowRejection& rejection)
{
    std::string_view line;
    do {
        if (!m_lines.next())
            return m_lines.failed() ? Next::Failed : Next::End;
        line = m_lines.line();
    } while (line.find_first_not_of(" \t") == std::string_view::npos);
    if (const auto error =
            parseLine(m_parser->parser, line, m_parser->document, m_parser->scratch)) {
        rejection = {QString(), u"bad_json"_s,
                     tr("The line is not valid JSON (%1).")
                         .arg(QString::fromLatin1(simdjson::error_message(error)))};
        return Next::Rejected;
    }
    return Next::Row;
}

Ga4EventSource::Ga4EventSource(std::unique_ptr<ByteSource> bytes, QStringList conversionEvents)
    : JsonLinesSource(std::move(bytes), std::move(conversionEvents))
{}

QStringList Ga4EventSource::notes() const
{
    return {tr("visitor ← user_pseudo_id, time ← event_timestamp (microseconds), session ← "
               "ga_session_id (GA4 preset)"),
            tr("url, referrer, title ← event_params page_location, page_referrer, page_title"),
            tr("source, medium, campaign, term ← collected_traffic_source or event_params")};
}

SessionRules Ga4EventSource::rules() const
{
    SessionRules rules;
    rules.useSessionIds = true;
    rules.sourceGiven = true;
    return rules;
}

TrackingRowSource::Next Ga4EventSource::next(TrackingRow& row, RowRejection& rejection)
{
    if (const Next read = readLine(rejection); read != Next::Row)
        return read;
    const dom::element event = parser().document;
    OwnedRow& r = m_row;
    r = OwnedRow{};
    r.visitor = str(event["user_pseudo_id"]);
    if (r.visitor.empty()) {
        rejection = {u"user_pseudo_id"_s, u"missing_visitor"_s, tr("The visitor id is empty.")};
        return Next::Rejected;
    }
    const auto micros = integer(event["event_timestamp"]);
    if (!micros) {
        rejection = {u"event_timestamp"_s, u"bad_time"_s, tr("The event has no event_timestamp.")};
        return Next::Rejected;
    }
    r.ts = *micros / 1000;
    if (!isPlausibleTrackingTime(r.ts)) {
        rejection = {u"event_timestamp"_s, u"time_out_of_range"_s,
                     implausibleTrackingTimeMessage(QString::number(*micros), r.ts)};
        return Next::Rejected;
    }
    r.event = str(event["event_name"]);
    r.userId = str(event["user_id"]);

    dom::array params;
    if (!event["event_params"].get(params)) {
        for (dom::element param : params) {
            const std::string key = str(param["key"]);
            dom::object value;
            if (key.empty() || param["value"].get(value))
                continue;
            std::string v;
            for (const char* field : {"string_value", "int_value", "double_value", "float_value"})
                if (v.empty())
                    v = str(value[field]);
            if (key == "page_location")
                r.url = v;
            else if (key == "page_referrer")
                r.referrer = v;
            else if (key == "page_title")
                r.title = v;
            else if (key == "ga_session_id")
                r.session = v;
            else if (key == "source")
                r.source = reported(v);
            else if (key == "medium")
                r.medium = reported(v);
            else if (key == "campaign")
                r.campaign = known(v);
            else if (key == "term")
                r.term = known(v);
            else if (key == "content")
                r.content = known(v);
            else if (key == "currency")
                r.currency = v;
            else if (key == "value" && !v.empty())
                r.valueCents = qint64(std::llround(QString::fromStdString(v).toDouble() * 100));
        }
    }
    dom::object collected;
    if (!event["collected_traffic_source"].get(collected)) {
        if (std::string s = known(str(collected["manual_source"])); !s.empty())
            r.source = s;
        if (std::string m = known(str(collected["manual_medium"])); !m.empty())
            r.medium = m;
        if (std::string c = known(str(collected["manual_campaign_name"])); !c.empty())
            r.campaign = c;
        if (std::string t = known(str(collected["manual_term"])); !t.empty())
            r.term = t;
        if (std::string c = known(str(collected["manual_content"])); !c.empty())
            r.content = c;
    }
    if (!r.valueCents)
        if (const auto usd = number(event["event_value_in_usd"])) {
            r.valueCents = qint64(std::llround(*usd * 100));
            r.currency = "USD";
        }
    r.fill(row, line(), conversionEvents());
    return Next::Row;
}

UaSessionSource::UaSessionSource(std::unique_ptr<ByteSource> bytes, QStringList conversionEvents)
    : JsonLinesSource(std::move(bytes), std::move(conversionEvents))
{}

QStringList UaSessionSource::notes() const
{
    return {
        tr("visitor ← fullVisitorId, session ← visitId, time ← visitStartTime + hits.time "
           "(Universal Analytics preset)"),
        tr("url, title ← hits.page hostname + pagePath, pageTitle; event ← hits.type, eventInfo"),
        tr("source, medium, campaign, term, content ← trafficSource")};
}

SessionRules UaSessionSource::rules() const
{
    SessionRules rules;
    rules.useSessionIds = true;
    rules.sourceGiven = true;
    rules.dedupeByEventId = true;
    return rules;
}

UaSessionSource::Next UaSessionSource::readSession(RowRejection& rejection)
{
    if (const Next read = readLine(rejection); read != Next::Row)
        return read;
    const dom::element session = parser().document;
    OwnedRow base;
    base.visitor = str(session["fullVisitorId"]);
    if (base.visitor.empty()) {
        rejection = {u"fullVisitorId"_s, u"missing_visitor"_s, tr("The visitor id is empty.")};
        return Next::Rejected;
    }
    const auto start = integer(session["visitStartTime"]);
    if (!start) {
        rejection = {u"visitStartTime"_s, u"bad_time"_s, tr("The session has no visitStartTime.")};
        return Next::Rejected;
    }
    // Seconds; bounded before they become milliseconds, so that no value can overflow.
    if (*start < 0 || *start > (qint64(1) << 40) || !isPlausibleTrackingTime(*start * 1000)) {
        rejection = {
            u"visitStartTime"_s, u"time_out_of_range"_s,
            implausibleTrackingTimeMessage(QString::number(*start),
                                           std::clamp<qint64>(*start, 0, qint64(1) << 40) * 1000)};
        return Next::Rejected;
    }
    base.session = str(session["visitId"]);
    base.userId = str(session["userId"]);
    dom::object traffic;
    std::string referralPath;
    if (!session["trafficSource"].get(traffic)) {
        base.source = reported(str(traffic["source"]));
        base.medium = reported(str(traffic["medium"]));
        base.campaign = known(str(traffic["campaign"]));
        base.term = known(str(traffic["keyword"]));
        base.content = known(str(traffic["adContent"]));
        referralPath = known(str(traffic["referralPath"]));
    }
    dom::array hits;
    if (session["hits"].get(hits)) {
        rejection = {u"hits"_s, u"no_hits"_s, tr("The session has no hits.")};
        return Next::Rejected;
    }
    bool first = true;
    for (dom::element hit : hits) {
        OwnedRow row = base;
        // A hit's time is milliseconds after the session's start; a session lasts hours at
        // most, never a week.
        const qint64 offset = integer(hit["time"]).value_or(0);
        if (offset < 0 || offset > qint64(7) * 24 * 3600 * 1000) {
            rejection = {
                u"hits.time"_s, u"time_out_of_range"_s,
                tr("A hit's time, %1 ms after the session's start, cannot be right.").arg(offset)};
            m_pending.clear();
            return Next::Rejected;
        }
        row.ts = *start * 1000 + offset;
        // visitId and hitNumber identify a hit; identical hits at the same time stay distinct.
        if (const auto number = integer(hit["hitNumber"]))
            row.eventId = base.visitor + '/' + base.session + '/' + std::to_string(*number);
        const std::string type = str(hit["type"]);
        dom::object page;
        if (!hit["page"].get(page)) {
            const std::string host = str(page["hostname"]);
            row.url = (host.empty() ? std::string() : "https://" + host) + str(page["pagePath"]);
            row.title = str(page["pageTitle"]);
        }
        if (first && base.medium == "referral" && !referralPath.empty() && !base.source.empty())
            row.referrer = "https://" + base.source + referralPath;
        first = false;
        if (type == "PAGE") {
            row.event.clear();
        } else if (type == "TRANSACTION") {
            row.event = "purchase";
            if (const auto micros = integer(hit["transaction"]["transactionRevenue"]))
                row.valueCents = *micros / 10000;
            row.currency = str(hit["transaction"]["currencyCode"]);
        } else {
            std::string action = str(hit["eventInfo"]["eventAction"]);
            if (action.empty())
                action = str(hit["eventInfo"]["eventCategory"]);
            row.event = action.empty() ? (type.empty() ? std::string("event") : type) : action;
        }
        m_pending.push_back(std::move(row));
    }
    return Next::Row;
}

TrackingRowSource::Next UaSessionSource::next(TrackingRow& row, RowRejection& rejection)
{
    while (m_pending.empty()) {
        const Next read = readSession(rejection);
        if (read != Next::Row)
            return read;
    }
    m_current = std::move(m_pending.front());
    m_pending.pop_front();
    m_current.fill(row, line(), conversionEvents());
    return Next::Row;
}

} // namespace leadloop
