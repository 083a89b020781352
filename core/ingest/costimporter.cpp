#include "costimporter.h"

#include "common/money.h"
#include "crmimporter.h"
#include "headercheck.h"
#include "importreplay.h"
#include "store/changelog.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "tablefile.h"

#include <cmath>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr qint64 DayMs = 86'400'000;

/// Common column names of each field (lower case), first match wins.
const QHash<QString, QStringList>& synonyms()
{
    static const QHash<QString, QStringList> table = {
        {u"date"_s, {u"date"_s, u"day"_s, u"start_date"_s, u"start date"_s, u"data"_s, u"datum"_s}},
        {u"end_date"_s, {u"end_date"_s, u"end date"_s, u"end"_s, u"until"_s}},
        {u"source"_s, {u"source"_s, u"utm_source"_s, u"ga:source"_s}},
        {u"medium"_s, {u"medium"_s, u"utm_medium"_s, u"ga:medium"_s}},
        {u"campaign"_s,
         {u"campaign"_s, u"utm_campaign"_s, u"campaign name"_s, u"ga:campaign"_s, u"kampania"_s}},
        {u"cost"_s,
         {u"cost"_s, u"spend"_s, u"amount"_s, u"amount spent"_s, u"ga:adcost"_s, u"koszt"_s,
          u"kosten"_s, u"kostnad"_s}},
        {u"currency"_s, {u"currency"_s, u"currency code"_s, u"waluta"_s}},
        {u"clicks"_s, {u"clicks"_s, u"ga:adclicks"_s, u"link clicks"_s}},
        {u"impressions"_s, {u"impressions"_s, u"ga:impressions"_s}},
        {u"rate"_s, {u"rate"_s, u"exchange rate"_s, u"kurs"_s, u"koers"_s}},
    };
    return table;
}

/// The start of the UTC day a time falls in.
qint64 dayOf(qint64 ms)
{
    return ms - ((ms % DayMs) + DayMs) % DayMs;
}

/// A mapped table file: its records, and the current record's fields by name.
struct Table
{
    TableFile file;
    QStringList header;
    QHash<QString, int> columns; // field → column
    QStringList notes;

    /// The current record's value of a field, trimmed; empty when unmapped or missing.
    QString value(const QString& field) const
    {
        if (!columns.contains(field))
            return {};
        const auto& fields = file.records->fields();
        const size_t c = size_t(columns.value(field));
        return c < fields.size()
                   ? QString::fromUtf8(fields[c].data(), qsizetype(fields[c].size())).trimmed()
                   : QString();
    }

    /// Rejects the current record, naming the field's column.
    void reject(CostImportReport& report, const QString& field, const QString& code,
                const QString& message) const
    {
        report.issues.append({u"error"_s, file.records->line(),
                              columns.contains(field) ? header[columns.value(field)] : QString(),
                              code, message, file.records->rawText()});
        ++report.batch.rowsRejected;
    }
};

Result<Table> openMapped(const QString& path, const CostImportOptions& options,
                         const QStringList& fields, const QStringList& required)
{
    const QString name = QDir::toNativeSeparators(path);
    auto file = TableFiles::open(path, {options.encoding, options.delimiter, options.sheet});
    if (!file)
        return file.error();
    Table table{std::move(*file), {}, {}, {}};
    RecordReader& records = *table.file.records;
    if (!records.next())
        return Error{ErrorCode::BadInput,
                     records.failed()
                         ? CostImporter::tr("%1: %2").arg(name, records.errorString())
                         : CostImporter::tr("%1 is empty: it has no header row.").arg(name)};
    QStringList lower;
    for (std::string_view f : records.fields()) {
        table.header.append(QString::fromUtf8(f.data(), qsizetype(f.size())).trimmed());
        lower.append(table.header.back().toLower());
    }
    for (auto it = options.map.begin(); it != options.map.end(); ++it) {
        if (!fields.contains(it.key()))
            return Error{ErrorCode::BadInput,
                         CostImporter::tr("--map: '%1' is not a field here (%2).")
                             .arg(it.key(), fields.join(u", "_s))};
        const int column = int(lower.indexOf(it.value().trimmed().toLower()));
        if (column < 0)
            return Error{ErrorCode::BadInput,
                         CostImporter::tr("--map: %1 has no column '%2' (its columns: %3).")
                             .arg(name, it.value(), table.header.join(u", "_s))};
        table.columns.insert(it.key(), column);
        table.notes.append(CostImporter::tr("%1 ← %2 (--map)").arg(it.key(), table.header[column]));
    }
    const QHash<QString, QString> guessed = CostImporter::guessColumns(fields, table.header);
    for (const QString& field : fields) {
        if (table.columns.contains(field) || !guessed.contains(field))
            continue;
        const int column = int(lower.indexOf(guessed.value(field).toLower()));
        table.columns.insert(field, column);
        table.notes.append(
            CostImporter::tr("%1 ← %2 (guessed from the name)").arg(field, table.header[column]));
    }
    QStringList missing;
    for (const QString& field : required)
        if (!table.columns.contains(field))
            missing.append(field);
    if (!missing.isEmpty())
        return Error{
            ErrorCode::BadInput,
            CostImporter::tr("%1: no column for %2; name it with --map, e.g. --map "
                             "%3=COLUMN. The columns are: %4.")
                .arg(name, missing.join(u", "_s), missing.front(), table.header.join(u", "_s))};
    if (auto twice = HeaderCheck::duplicateUsedColumn(table.header, table.columns.values()))
        return Error{twice->code, CostImporter::tr("%1: %2").arg(name, twice->message)};
    return table;
}

Result<qint64> beginBatch(Database& db, ImportBatch& batch, const QString& kind,
                          const QString& path)
{
    batch.kind = kind;
    batch.sourceName = QFileInfo(path).fileName();
    batch.sourceSize = QFileInfo(path).size();
    batch.startedAt = QDateTime::currentMSecsSinceEpoch();
    return ImportBatches::begin(db, batch);
}

/// Commits the batch's record; in a team replica the import travels to the other members
/// with the options it ran with.
Status finishBatch(Database& db, CostImportReport& report, const QString& path,
                   const CostImportOptions& options)
{
    report.batch.finishedAt = QDateTime::currentMSecsSinceEpoch();
    report.batch.status = u"committed"_s;
    if (Status stored = ImportIssues::store(db, report.batch.id, report.issues); !stored)
        return stored;
    if (Status recorded =
            ChangeLog::recordImport(db, report.batch, path, ImportReplay::toJson(options));
        !recorded)
        return recorded;
    return ImportBatches::finish(db, report.batch);
}

/// A rate: a positive decimal number with a '.' or ',' decimal mark.
std::optional<double> parseRate(const QString& text)
{
    QString t = text.trimmed();
    t.replace(u',', u'.');
    bool ok = false;
    const double rate = t.toDouble(&ok);
    if (!ok || !(rate > 0))
        return std::nullopt;
    return rate;
}

} // namespace

QStringList CostImporter::costFields()
{
    return {u"date"_s, u"end_date"_s, u"source"_s, u"medium"_s,     u"campaign"_s,
            u"cost"_s, u"currency"_s, u"clicks"_s, u"impressions"_s};
}

QHash<QString, QString> CostImporter::guessColumns(const QStringList& fields,
                                                   const QStringList& header)
{
    QStringList lower;
    for (const QString& h : header)
        lower.append(h.trimmed().toLower());
    QHash<QString, QString> out;
    for (const QString& field : fields)
        for (const QString& candidate : synonyms().value(field)) {
            const qsizetype column = lower.indexOf(candidate);
            if (column >= 0) {
                out.insert(field, header[column].trimmed());
                break;
            }
        }
    return out;
}

QStringList CostImporter::rateFields()
{
    return {u"date"_s, u"currency"_s, u"rate"_s};
}

Result<CostImportReport> CostImporter::importRates(Workspace& workspace, const QString& path,
                                                   const CostImportOptions& options)
{
    if (Status writable = workspace.checkWritable(); !writable)
        return writable.error();
    auto table = openMapped(path, options, rateFields(), rateFields());
    if (!table)
        return table.error();
    if (Status kept =
            workspace.keepGoodState(tr("the import of %1").arg(QFileInfo(path).fileName()));
        !kept)
        return kept.error();
    Database& db = workspace.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    CostImportReport report;
    report.mapping = table->notes;
    auto currency = WorkspaceSettings::reportingCurrency(db);
    if (!currency)
        return currency.error();
    report.reportingCurrency = *currency;
    auto batchId = beginBatch(db, report.batch, u"rates"_s, path);
    if (!batchId)
        return batchId.error();
    report.batch.id = *batchId;
    Statement upsert(db.handle(), "INSERT INTO currency_rates (day, currency, rate, batch_id) "
                                  "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (day, currency) DO UPDATE "
                                  "SET rate = ?3, batch_id = ?4");
    RecordReader& records = *table->file.records;
    while (records.next()) {
        ++report.batch.rowsRead;
        const auto value = [&](const QString& f) { return table->value(f); };
        const auto reject = [&](const QString& f, const QString& code, const QString& message) {
            table->reject(report, f, code, message);
        };
        const auto day = CrmImporter::parseDate(value(u"date"_s), {}, QTimeZone::utc());
        if (!day) {
            reject(u"date"_s, u"bad_time"_s, tr("'%1' is not a date.").arg(value(u"date"_s)));
            continue;
        }
        const QString currency = value(u"currency"_s).toUpper();
        if (currency.size() != 3) {
            reject(u"currency"_s, u"bad_currency"_s,
                   tr("'%1' is not a three-letter currency code.").arg(value(u"currency"_s)));
            continue;
        }
        const auto rate = parseRate(value(u"rate"_s));
        if (!rate) {
            reject(u"rate"_s, u"bad_rate"_s,
                   tr("'%1' is not a positive rate.").arg(value(u"rate"_s)));
            continue;
        }
        if (Status done = upsert.bind(1, dayOf(*day))
                              .bind(2, currency)
                              .bind(3, QString::number(*rate, 'g', 15))
                              .bind(4, report.batch.id)
                              .execute();
            !done)
            return done.error();
        ++report.batch.rowsImported;
    }
    if (records.failed())
        return Error{ErrorCode::BadInput,
                     tr("%1: %2 Nothing was imported.")
                         .arg(QDir::toNativeSeparators(path), records.errorString())};
    if (Status finished = finishBatch(db, report, path, options); !finished)
        return finished.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

Result<CostImportReport> CostImporter::importCosts(Workspace& workspace, const QString& path,
                                                   const CostImportOptions& options)
{
    if (Status writable = workspace.checkWritable(); !writable)
        return writable.error();
    auto table = openMapped(path, options, costFields(), {u"date"_s, u"campaign"_s, u"cost"_s});
    if (!table)
        return table.error();
    if (Status kept =
            workspace.keepGoodState(tr("the import of %1").arg(QFileInfo(path).fileName()));
        !kept)
        return kept.error();
    Database& db = workspace.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    CostImportReport report;
    report.mapping = table->notes;
    auto reporting = WorkspaceSettings::reportingCurrency(db);
    if (!reporting)
        return reporting.error();
    report.reportingCurrency = *reporting;
    auto batchId = beginBatch(db, report.batch, u"costs"_s, path);
    if (!batchId)
        return batchId.error();
    report.batch.id = *batchId;

    Statement findCampaign(db.handle(), "SELECT id FROM campaigns WHERE name = ?1 AND source = ?2 "
                                        "AND medium = ?3");
    Statement addCampaign(db.handle(), "INSERT INTO campaigns (name, source, medium, batch_id) "
                                       "VALUES (?1, ?2, ?3, ?4)");
    Statement existing(db.handle(), "SELECT 1 FROM campaign_costs WHERE campaign_id = ?1 AND "
                                    "day = ?2 AND currency = ?3");
    Statement upsert(db.handle(),
                     "INSERT INTO campaign_costs (campaign_id, day, cost_cents, currency, clicks, "
                     "impressions, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT "
                     "(campaign_id, day, currency) DO UPDATE SET cost_cents = ?3, clicks = ?5, "
                     "impressions = ?6, batch_id = ?7");
    Statement rate(db.handle(), "SELECT rate FROM currency_rates WHERE currency = ?1 AND day <= "
                                "?2 ORDER BY day DESC LIMIT 1");
    Statement matched(db.handle(),
                      "SELECT EXISTS (SELECT 1 FROM sessions WHERE lower(campaign) = lower(?1) AND "
                      "(?2 = '' OR lower(source) = lower(?2)) AND (?3 = '' OR lower(medium) = "
                      "lower(?3)))");
    RecordReader& records = *table->file.records;
    while (records.next()) {
        ++report.batch.rowsRead;
        const auto value = [&](const QString& f) { return table->value(f); };
        const auto reject = [&](const QString& f, const QString& code, const QString& message) {
            table->reject(report, f, code, message);
        };
        const auto start = CrmImporter::parseDate(value(u"date"_s), {}, QTimeZone::utc());
        if (!start) {
            reject(u"date"_s, u"bad_time"_s, tr("'%1' is not a date.").arg(value(u"date"_s)));
            continue;
        }
        qint64 end = dayOf(*start);
        if (const QString until = value(u"end_date"_s); !until.isEmpty()) {
            const auto last = CrmImporter::parseDate(until, {}, QTimeZone::utc());
            if (!last || dayOf(*last) < dayOf(*start) ||
                dayOf(*last) - dayOf(*start) > 366 * DayMs) {
                reject(u"end_date"_s, u"bad_period"_s,
                       tr("'%1' does not end a period of at most a year that starts on %2.")
                           .arg(until, value(u"date"_s)));
                continue;
            }
            end = dayOf(*last);
        }
        const QString campaign = value(u"campaign"_s);
        if (campaign.isEmpty()) {
            reject(u"campaign"_s, u"missing_campaign"_s, tr("The campaign is empty."));
            continue;
        }
        const auto cost = parseMoneyCents(value(u"cost"_s));
        if (!cost || *cost < 0) {
            reject(u"cost"_s, u"bad_amount"_s,
                   tr("'%1' is not a cost (write 1234.56 or 1 234,56).").arg(value(u"cost"_s)));
            continue;
        }
        QString currency = value(u"currency"_s).toUpper();
        if (currency.isEmpty())
            currency = report.reportingCurrency;
        if (currency.size() != 3) {
            reject(u"currency"_s, u"bad_currency"_s,
                   tr("'%1' is not a three-letter currency code.").arg(value(u"currency"_s)));
            continue;
        }
        const qint64 days = (end - dayOf(*start)) / DayMs + 1;
        // A period's cost is spread evenly over its days; leftover cents go to the first days.
        std::vector<double> dayRates(size_t(days), 1.0); // reporting units per unit, by day
        if (currency != report.reportingCurrency) {
            bool missing = false;
            for (qint64 d = 0; d < days && !missing; ++d) {
                rate.bind(1, currency).bind(2, dayOf(*start) + d * DayMs);
                auto found = rate.optionalText();
                if (!found)
                    return found.error();
                missing = !*found;
                if (!missing)
                    dayRates[size_t(d)] = (*found)->toDouble();
            }
            if (missing) {
                reject(u"currency"_s, u"missing_rate"_s,
                       tr("No %1 rate for %2 on or before %3: import rates first (leadloop-cli "
                          "import rates FILE).")
                           .arg(report.reportingCurrency, currency, value(u"date"_s)));
                continue;
            }
        }
        // Unmapped or empty source and medium are stored as '' (GA4's cost key allows them).
        const QString source = value(u"source"_s).isNull() ? u""_s : value(u"source"_s);
        const QString medium = value(u"medium"_s).isNull() ? u""_s : value(u"medium"_s);
        qint64 campaignId = 0;
        findCampaign.bind(1, campaign).bind(2, source).bind(3, medium);
        auto foundCampaign = findCampaign.optionalInt64();
        if (!foundCampaign)
            return foundCampaign.error();
        campaignId = foundCampaign->value_or(0);
        if (!campaignId) {
            addCampaign.bind(1, campaign).bind(2, source).bind(3, medium).bind(4, report.batch.id);
            auto id = addCampaign.insert();
            if (!id)
                return id.error();
            campaignId = *id;
            ++report.campaignsCreated;
        }
        const auto clicks = value(u"clicks"_s).isEmpty()
                                ? std::nullopt
                                : std::optional<qint64>(value(u"clicks"_s).toLongLong());
        const auto impressions = value(u"impressions"_s).isEmpty()
                                     ? std::nullopt
                                     : std::optional<qint64>(value(u"impressions"_s).toLongLong());
        for (qint64 d = 0; d < days; ++d) {
            const qint64 day = dayOf(*start) + d * DayMs;
            const qint64 share = *cost / days + (d < *cost % days ? 1 : 0);
            existing.bind(1, campaignId).bind(2, day).bind(3, currency);
            auto replaced = existing.optionalInt64();
            if (!replaced)
                return replaced.error();
            if (*replaced)
                ++report.replaced;
            upsert.bind(1, campaignId)
                .bind(2, day)
                .bind(3, share)
                .bind(4, currency)
                .bind(5, days == 1 ? clicks : std::nullopt)
                .bind(6, days == 1 ? impressions : std::nullopt)
                .bind(7, report.batch.id);
            if (Status done = upsert.execute(); !done)
                return done.error();
            ++report.days;
            report.totalCostCents += qint64(std::llround(double(share) * dayRates[size_t(d)]));
        }
        matched.bind(1, campaign).bind(2, source).bind(3, medium);
        auto sessions = matched.optionalInt64();
        if (!sessions)
            return sessions.error();
        const bool hasSessions = sessions->value_or(0) != 0;
        if (!hasSessions) {
            ++report.unmatchedRows;
            report.issues.append({u"warning"_s, records.line(),
                                  table->header[table->columns.value(u"campaign"_s)],
                                  u"unmatched_campaign"_s,
                                  tr("No session carries campaign %1 (%2 / %3); the cost is kept "
                                     "and counts once sessions arrive.")
                                      .arg(campaign, source.isEmpty() ? u"any source"_s : source,
                                           medium.isEmpty() ? u"any medium"_s : medium),
                                  records.rawText()});
        }
        ++report.batch.rowsImported;
    }
    if (records.failed())
        return Error{ErrorCode::BadInput,
                     tr("%1: %2 Nothing was imported.")
                         .arg(QDir::toNativeSeparators(path), records.errorString())};
    if (Status finished = finishBatch(db, report, path, options); !finished)
        return finished.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace leadloop
