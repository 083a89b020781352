#include "crmimporter.h"

#include "common/money.h"
#include "headercheck.h"
#include "importreplay.h"
#include "sales/dealoutcomes.h"
#include "store/changelog.h"
#include "store/database.h"
#include "store/workspace.h"
#include "tablefile.h"
#include "timeparser.h"
#include "tracking/identitystitcher.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// A parsed row, or why it was rejected.
struct ParsedRow
{
    CrmRecord record;
    QString rejectColumn;
    QString rejectCode;
    QString rejectMessage;
};

QString outcomeFromText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"won" || t == u"win" || t == u"closed won" || t == u"closedwon")
        return u"won"_s;
    if (t == u"lost" || t == u"loss" || t == u"closed lost" || t == u"closedlost")
        return u"lost"_s;
    if (t == u"open")
        return u"open"_s;
    return {};
}

} // namespace

std::optional<qint64> CrmImporter::parseDate(const QString& text, const QString& format,
                                             const QTimeZone& zone)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const QByteArray utf8 = t.toUtf8();
    const std::string_view view(utf8.constData(), size_t(utf8.size()));
    if (!format.isEmpty())
        return TimeParser(format, zone).parse(view);
    if (auto iso = TimeParser({}, zone).parse(view))
        return iso;
    static const QRegularExpression us(
        u"^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?$"_s);
    static const QRegularExpression eu(
        u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"_s);
    int month = 0, day = 0, year = 0, hour = 0, minute = 0, second = 0;
    if (const auto m = us.match(t); m.hasMatch()) {
        month = m.captured(1).toInt();
        day = m.captured(2).toInt();
        year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += year < 70 ? 2000 : 1900;
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
        const QString half = m.captured(7).toLower();
        if (half == u"pm" && hour < 12)
            hour += 12;
        if (half == u"am" && hour == 12)
            hour = 0;
    } else if (const auto e = eu.match(t); e.hasMatch()) {
        day = e.captured(1).toInt();
        month = e.captured(2).toInt();
        year = e.captured(3).toInt();
        hour = e.captured(4).toInt();
        minute = e.captured(5).toInt();
        second = e.captured(6).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, zone).toMSecsSinceEpoch();
}

Result<CrmImportReport> CrmImporter::run(Workspace& workspace, const QString& path,
                                         const CrmImportOptions& options, const Progress& progress)
{
    const QString file = QDir::toNativeSeparators(path);
    if (Status writable = workspace.checkWritable(); !writable)
        return writable.error();
    const QTimeZone zone(options.timeZone.toUtf8());
    if (!zone.isValid())
        return Error{ErrorCode::BadInput, tr("--timezone: '%1' is not a time zone LeadLoop knows "
                                             "(use a name such as Europe/Warsaw).")
                                              .arg(options.timeZone)};
    auto table = TableFiles::open(path, {options.encoding, options.delimiter, options.sheet});
    if (!table)
        return table.error();
    RecordReader& records = *table->records;
    if (!records.next())
        return Error{ErrorCode::BadInput, records.failed()
                                              ? tr("%1: %2").arg(file, records.errorString())
                                              : tr("%1 is empty: it has no header row.").arg(file)};
    QStringList header;
    for (std::string_view field : records.fields())
        header.append(QString::fromUtf8(field.data(), qsizetype(field.size())).trimmed());
    auto mapping = CrmMappings::resolve(header, options.preset, options.map);
    if (!mapping)
        return Error{mapping.error().code, tr("%1: %2").arg(file, mapping.error().message)};
    if (auto twice = HeaderCheck::duplicateUsedColumn(
            header, QList<int>(mapping->columns.begin(), mapping->columns.end())))
        return Error{twice->code, tr("%1: %2").arg(file, twice->message)};

    CrmImportReport report;
    report.mapping = *mapping;
    report.format = table->format;
    if (Status kept =
            workspace.keepGoodState(tr("the import of %1").arg(QFileInfo(path).fileName()));
        !kept)
        return kept.error();
    Database& db = workspace.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    ImportBatch& batch = report.batch;
    batch.kind = u"crm"_s;
    batch.sourceName = QFileInfo(path).fileName();
    batch.sourceSize = QFileInfo(path).size();
    batch.preset = mapping->preset;
    batch.startedAt = QDateTime::currentMSecsSinceEpoch();
    batch.createdBy = options.createdBy;
    auto batchId = ImportBatches::begin(db, batch);
    if (!batchId)
        return batchId.error();
    batch.id = *batchId;
    CrmMerger merger(db, batch.id, batch.startedAt);

    const CrmMapping& map = *mapping;
    // Every named column no field maps is kept as a contact property (docs/scoring.md).
    QList<int> unmapped;
    for (int c = 0; c < header.size(); ++c)
        if (!header[c].isEmpty() &&
            std::find(map.columns.begin(), map.columns.end(), c) == map.columns.end())
            unmapped.append(c);
    while (records.next()) {
        ++batch.rowsRead;
        if (progress && (batch.rowsRead & 1023) == 0 && !progress(batch.rowsRead))
            return Error{ErrorCode::Cancelled,
                         tr("The import of %1 was cancelled; nothing was changed.").arg(file)};
        const auto& fields = records.fields();
        const auto value = [&](CrmField f) {
            const int c = map.column(f);
            if (c < 0 || c >= int(fields.size()))
                return QString();
            return QString::fromUtf8(fields[size_t(c)].data(), qsizetype(fields[size_t(c)].size()))
                .trimmed();
        };
        const auto reject = [&](CrmField f, const QString& code, const QString& message) {
            report.issues.append({u"error"_s, records.line(),
                                  f == CrmField(-1) ? QString() : header[map.column(f)], code,
                                  message, records.rawText()});
            ++batch.rowsRejected;
        };
        bool blank = true;
        for (std::string_view f : fields)
            blank = blank && f.empty();
        if (blank) {
            --batch.rowsRead;
            continue;
        }

        CrmRecord r;
        // HubSpot lists a deal's associated contacts as "101;102": the first is the contact.
        r.contactId = value(CrmField::ContactId).section(u';', 0, 0).trimmed();
        r.campaignMember = map.isMembership();
        r.memberStatus = value(CrmField::MemberStatus);
        r.email = value(CrmField::Email);
        r.firstName = value(CrmField::FirstName);
        r.lastName = value(CrmField::LastName);
        if (r.firstName.isEmpty() && r.lastName.isEmpty()) {
            const QString name = value(CrmField::Name);
            const qsizetype space = name.lastIndexOf(u' ');
            r.firstName = space < 0 ? name : name.left(space).trimmed();
            r.lastName = space < 0 ? QString() : name.mid(space + 1).trimmed();
        }
        r.phone = value(CrmField::Phone);
        r.company = value(CrmField::Company);
        r.jobTitle = value(CrmField::JobTitle);
        r.lifecycleStage = value(CrmField::LifecycleStage);
        r.leadSource = value(CrmField::LeadSource);
        r.visitor = value(CrmField::Visitor);
        r.owner = value(CrmField::Owner);
        r.dealId = value(CrmField::DealId);
        r.dealName = value(CrmField::DealName);
        r.stage = value(CrmField::Stage);
        r.lostReason = value(CrmField::LostReason);
        r.product = value(CrmField::Product);
        r.account = value(CrmField::Account);
        r.campaign = value(CrmField::Campaign);
        for (int c : unmapped)
            r.properties.append(
                {header[c], c < int(fields.size())
                                ? QString::fromUtf8(fields[size_t(c)].data(),
                                                    qsizetype(fields[size_t(c)].size()))
                                      .trimmed()
                                : QString()});
        if (!r.email.isEmpty() && !r.email.contains(u'@')) {
            reject(CrmField::Email, u"bad_email"_s,
                   tr("'%1' is not an e-mail address.").arg(r.email));
            continue;
        }
        bool consentRead = true;
        for (const auto& [field, state] :
             {std::pair{CrmField::ConsentAdUserData, &r.adUserData},
              std::pair{CrmField::ConsentAdPersonalization, &r.adPersonalization}}) {
            const QString text = value(field);
            *state = AdConsent::parse(text);
            if (!*state) {
                reject(field, u"bad_consent"_s,
                       tr("'%1' is not a consent state: write granted or denied (or yes or no), "
                          "or leave it empty.")
                           .arg(text));
                consentRead = false;
                break;
            }
        }
        if (!consentRead)
            continue;
        r.currency = value(CrmField::Currency).toUpper();
        if (!r.currency.isEmpty() &&
            (r.currency.size() != 3 || !std::all_of(r.currency.begin(), r.currency.end(),
                                                    [](QChar c) { return c.isLetter(); }))) {
            reject(CrmField::Currency, u"bad_currency"_s,
                   tr("'%1' is not a three-letter currency code.").arg(value(CrmField::Currency)));
            continue;
        }
        if (const QString amount = value(CrmField::Amount); !amount.isEmpty()) {
            r.amountCents = parseMoneyCents(amount);
            if (!r.amountCents) {
                reject(CrmField::Amount, u"bad_amount"_s,
                       tr("'%1' is not an amount (write 1234.56 or 1 234,56).").arg(amount));
                continue;
            }
            // A deal's value is what it is worth; a refund or credit note is no deal, and a
            // negative amount would lower revenue and ROI (tag refuses one too).
            if (*r.amountCents < 0) {
                reject(CrmField::Amount, u"bad_amount"_s,
                       tr("'%1' is negative; a deal's amount is 0 or more.").arg(amount));
                continue;
            }
        }
        bool badDate = false;
        for (const auto& [field, target] :
             {std::pair{CrmField::ContactCreated, &r.contactCreated},
              std::pair{CrmField::DealCreated, &r.dealCreated},
              std::pair{CrmField::Closed, &r.closed}, std::pair{CrmField::Changed, &r.changed}}) {
            const QString text = value(field);
            if (text.isEmpty())
                continue;
            *target = parseDate(text, options.timeFormat, zone);
            if (!*target) {
                reject(field, u"bad_time"_s,
                       tr("'%1' is not a date LeadLoop can read; give --time-format.").arg(text));
                badDate = true;
                break;
            }
        }
        if (badDate)
            continue;
        // The outcome: an outcome column, else Salesforce's flags, else the stage's name.
        r.outcome = outcomeFromText(value(CrmField::Outcome));
        if (r.outcome.isEmpty() && map.isMapped(CrmField::IsClosed)) {
            const auto closed = DealOutcomes::flag(value(CrmField::IsClosed));
            const auto won = DealOutcomes::flag(value(CrmField::IsWon));
            if (closed)
                r.outcome = !*closed ? u"open"_s : (won.value_or(false) ? u"won"_s : u"lost"_s);
        }
        if (r.outcome.isEmpty() && !map.isHistory())
            r.outcome = DealOutcomes::fromStage(r.stage, options.wonStages, options.lostStages);
        if (!r.hasContact() && r.dealId.isEmpty()) {
            reject(CrmField(-1), u"no_key"_s,
                   tr("The row names no contact id, e-mail or deal id."));
            continue;
        }
        Status merged = map.isHistory() ? merger.mergeStageChange(r) : merger.merge(r);
        if (!merged) {
            if (merged.error().code != ErrorCode::BadInput)
                return merged.error();
            reject(CrmField(-1), u"conflict"_s, merged.error().message);
            continue;
        }
        ++batch.rowsImported;
    }
    if (records.failed())
        return Error{ErrorCode::BadInput,
                     tr("%1: %2 Nothing was imported.").arg(file, records.errorString())};

    report.counts = merger.counts();
    auto stitched = IdentityStitcher::stitch(db, batch.startedAt, batch.id);
    if (!stitched)
        return stitched.error();
    report.stitch = *stitched;
    batch.duplicates = report.counts.unchanged;
    batch.finishedAt = QDateTime::currentMSecsSinceEpoch();
    batch.status = u"committed"_s;
    if (Status stored = ImportIssues::store(db, batch.id, report.issues); !stored)
        return stored.error();
    // In a team replica, the import travels to the other members with the options it ran with.
    if (Status recorded = ChangeLog::recordImport(db, batch, path, ImportReplay::toJson(options));
        !recorded)
        return recorded.error();
    if (Status finished = ImportBatches::finish(db, batch); !finished)
        return finished.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace leadloop
