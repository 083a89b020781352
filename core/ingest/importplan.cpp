#include "importplan.h"

#include "costimporter.h"
#include "crmimporter.h"
#include "tablefile.h"
#include "trackingimporter.h"

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// Copies how to read the file from a plan into a tracking or CRM import's options, and reads
/// its map's field names with the kind's own mapping.
template <typename Options, typename FromNames>
Status readOptions(const ImportPlan& plan, Options& options, FromNames fromNames)
{
    auto map = fromNames(plan.map);
    if (!map)
        return map.error();
    options.map = *map;
    options.encoding = plan.encoding;
    options.delimiter = plan.delimiter;
    options.sheet = plan.sheet;
    options.timeZone = plan.timeZone;
    options.createdBy = plan.createdBy;
    return {};
}

Error cancelled()
{
    return Error{ErrorCode::Cancelled,
                 ImportPlans::tr("The import was cancelled; the workspace is unchanged.")};
}

} // namespace

QList<ImportKind> ImportPlans::kinds()
{
    return {ImportKind::Tracking, ImportKind::Crm, ImportKind::Costs, ImportKind::Rates};
}

QString ImportPlans::kindId(ImportKind kind)
{
    const QString ids[] = {u"tracking"_s, u"crm"_s, u"costs"_s, u"rates"_s};
    return ids[int(kind)];
}

QString ImportPlans::kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Tracking:
        return tr("Web tracking (visits, page views, events)");
    case ImportKind::Crm:
        return tr("CRM (contacts, leads, deals)");
    case ImportKind::Costs:
        return tr("Campaign costs");
    case ImportKind::Rates:
        return tr("Currency rates");
    }
    return {};
}

QStringList ImportPlans::fields(ImportKind kind)
{
    QStringList out;
    switch (kind) {
    case ImportKind::Tracking:
        for (int i = 0; i < TrackingFieldCount; ++i)
            out.append(TrackingMappings::fieldName(TrackingField(i)));
        return out;
    case ImportKind::Crm:
        for (int i = 0; i < CrmFieldCount; ++i)
            out.append(CrmMappings::fieldName(CrmField(i)));
        return out;
    case ImportKind::Costs:
        return CostImporter::costFields();
    case ImportKind::Rates:
        return CostImporter::rateFields();
    }
    return out;
}

QStringList ImportPlans::required(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Tracking:
        return {u"visitor"_s, u"time"_s};
    case ImportKind::Crm:
        return {}; // a contact (e-mail or id) or a deal: either will do
    case ImportKind::Costs:
        return {u"date"_s, u"campaign"_s, u"cost"_s};
    case ImportKind::Rates:
        return CostImporter::rateFields();
    }
    return {};
}

QHash<QString, QString> ImportPlans::guess(ImportKind kind, const QStringList& header)
{
    QHash<QString, QString> out;
    const auto fromColumns = [&](const auto& columns, const auto& name) {
        for (size_t i = 0; i < columns.size(); ++i)
            if (columns[i] >= 0 && columns[i] < header.size())
                out.insert(name(i), header[columns[i]]);
    };
    switch (kind) {
    case ImportKind::Tracking:
        if (auto m = TrackingMappings::resolve(header, u"auto"_s, {}, false))
            fromColumns(m->columns,
                        [](size_t i) { return TrackingMappings::fieldName(TrackingField(i)); });
        break;
    case ImportKind::Crm:
        if (auto m = CrmMappings::resolve(header, u"auto"_s, {}, false))
            fromColumns(m->columns, [](size_t i) { return CrmMappings::fieldName(CrmField(i)); });
        break;
    case ImportKind::Costs:
    case ImportKind::Rates:
        out = CostImporter::guessColumns(fields(kind), header);
        break;
    }
    return out;
}

std::optional<ImportKind> ImportPlans::recognise(const QStringList& header)
{
    // The narrowest kinds first: a rates file has a rate, a cost file a cost and a campaign.
    for (ImportKind kind : {ImportKind::Rates, ImportKind::Costs}) {
        const QHash<QString, QString> g = guess(kind, header);
        bool all = true;
        for (const QString& field : required(kind))
            all = all && g.contains(field);
        if (all)
            return kind;
    }
    const QHash<QString, QString> tracking = guess(ImportKind::Tracking, header);
    if (tracking.contains(u"visitor"_s) && tracking.contains(u"time"_s))
        return ImportKind::Tracking;
    if (CrmMappings::resolve(header, u"auto"_s, {}))
        return ImportKind::Crm;
    return std::nullopt;
}

std::optional<ImportKind> ImportPlans::recogniseFile(const QString& path)
{
    const QString lower = path.toLower();
    if (lower.contains(u".json"_s) || lower.contains(u".ndjson"_s))
        return ImportKind::Tracking;
    auto preview = TableFiles::preview(path, {}, 0);
    return preview ? recognise(preview->header) : std::nullopt;
}

Result<ImportOutcome> ImportPlans::run(Workspace& workspace, const ImportPlan& plan,
                                       const std::function<void(int, qint64)>& progress,
                                       const std::atomic_bool* cancel)
{
    const auto stop = [cancel] { return cancel && cancel->load(); };
    ImportOutcome out;
    switch (plan.kind) {
    case ImportKind::Tracking: {
        TrackingImportOptions options;
        if (Status read = readOptions(plan, options, &TrackingMappings::fromNames); !read)
            return read.error();
        auto report =
            TrackingImporter::run(workspace, plan.path, options, [&](qint64 done, qint64 total) {
                if (progress && total > 0)
                    progress(int(done * 100 / total), -1);
                return !stop();
            });
        if (!report)
            return stop() ? cancelled() : report.error();
        out.batch = report->batch;
        out.issues = report->issues;
        out.summary = {tr("%1 page views and %2 events in %3 sessions of %4 new visitors.")
                           .arg(report->pageviews)
                           .arg(report->events)
                           .arg(report->batch.sessionsCreated)
                           .arg(report->batch.visitorsCreated),
                       tr("%1 leads from forms, %2 visitors linked to leads.")
                           .arg(report->stitch.contactsCreated)
                           .arg(report->stitch.visitorsLinked)};
        break;
    }
    case ImportKind::Crm: {
        CrmImportOptions options;
        if (Status read = readOptions(plan, options, &CrmMappings::fromNames); !read)
            return read.error();
        auto report = CrmImporter::run(workspace, plan.path, options, [&](qint64 rows) {
            if (progress)
                progress(-1, rows);
            return !stop();
        });
        if (!report)
            return stop() ? cancelled() : report.error();
        out.batch = report->batch;
        out.issues = report->issues;
        out.summary = {tr("%1 contacts created, %2 updated; %3 deals created, %4 updated.")
                           .arg(report->counts.contactsCreated)
                           .arg(report->counts.contactsUpdated)
                           .arg(report->counts.dealsCreated)
                           .arg(report->counts.dealsUpdated)};
        break;
    }
    case ImportKind::Costs:
    case ImportKind::Rates: {
        if (stop())
            return cancelled();
        CostImportOptions options;
        options.map = plan.map;
        options.encoding = plan.encoding;
        options.delimiter = plan.delimiter;
        options.sheet = plan.sheet;
        auto report = plan.kind == ImportKind::Costs
                          ? CostImporter::importCosts(workspace, plan.path, options)
                          : CostImporter::importRates(workspace, plan.path, options);
        if (!report)
            return report.error();
        out.batch = report->batch;
        out.issues = report->issues;
        if (plan.kind == ImportKind::Costs)
            out.summary = {tr("%1 campaign-days, %2 new campaigns; %3 rows name a campaign no "
                              "session carries.")
                               .arg(report->days)
                               .arg(report->campaignsCreated)
                               .arg(report->unmatchedRows)};
        break;
    }
    }
    if (progress)
        progress(100, out.batch.rowsRead);
    return out;
}

} // namespace leadloop
