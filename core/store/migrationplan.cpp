#include "migrationplan.h"

#include "database.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace leadloop {

static Status runSqlResource(Database& db, const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, MigrationPlan::tr("Missing schema resource %1.").arg(resource)};
    return db.exec(QString::fromUtf8(file.readAll()));
}

MigrationPlan::MigrationPlan(std::vector<Migration> steps)
    : m_steps(std::move(steps))
{}

MigrationPlan MigrationPlan::standard()
{
    return MigrationPlan({
        {1, u"Initial schema: tracking, contacts, deals, outcomes, campaigns, imports"_s,
         [](Database& db) { return runSqlResource(db, u":/leadloop/sql/001_initial.sql"_s); }},
        {2, u"Sessions: the start-time index goes (the visitor index covers its queries)"_s,
         [](Database& db) {
             return runSqlResource(db, u":/leadloop/sql/002_drop_sessions_started.sql"_s);
         }},
        // The schema is unchanged; Workspace::open rewrites the file with a checksum on every
        // page once the transaction has committed (PageChecksums; VACUUM cannot run inside it).
        {ChecksumsVersion, u"Page checksums: every page carries a checksum of its content"_s,
         [](Database&) { return Status(); }},
        {4, u"Team workspaces: outcome events a replica still has to send"_s,
         [](Database& db) { return runSqlResource(db, u":/leadloop/sql/004_team.sql"_s); }},
        {5,
         u"Team workspaces: imports, settings, lost reasons, channel grouping and identity "
         u"decisions a replica still has to send"_s,
         [](Database& db) { return runSqlResource(db, u":/leadloop/sql/005_team_changes.sql"_s); }},
        {6, u"Lead attributes: the CRM columns no field maps, kept per contact"_s,
         [](Database& db) {
             return runSqlResource(db, u":/leadloop/sql/006_contact_properties.sql"_s);
         }},
        {7, u"Lead scoring: trained models and the scores of open leads"_s,
         [](Database& db) { return runSqlResource(db, u":/leadloop/sql/007_lead_scores.sql"_s); }},
        {8, u"Lead scoring: each contact's current properties packed in one row"_s,
         [](Database& db) {
             return runSqlResource(db, u":/leadloop/sql/008_contact_property_sets.sql"_s);
         }},
        {9,
         u"Lead scoring: a property's current values read from one index; factors name their "
         u"feature by its place in the model's list"_s,
         [](Database& db) {
             return runSqlResource(db, u":/leadloop/sql/009_scoring_reads.sql"_s);
         }},
        {10, u"Ad platforms: every click id of a session"_s,
         [](Database& db) {
             return runSqlResource(db, u":/leadloop/sql/010_session_click_ids.sql"_s);
         }},
        {11, u"Ad platforms: each person's consent to ad measurement"_s,
         [](Database& db) { return runSqlResource(db, u":/leadloop/sql/011_ad_consent.sql"_s); }},
        {12, u"Ad platforms: what each export of offline conversions sent"_s,
         [](Database& db) {
             return runSqlResource(db, u":/leadloop/sql/012_ad_conversion_exports.sql"_s);
         }},
        {13, u"Custom funnels saved by name"_s,
         [](Database& db) {
             return runSqlResource(db, u":/leadloop/sql/013_saved_funnels.sql"_s);
         }},
        {14, u"Custom funnels: URLs found by their path"_s,
         [](Database& db) { return runSqlResource(db, u":/leadloop/sql/014_urls_path.sql"_s); }},
        {15, u"Each person's touches precomputed for reports"_s,
         [](Database& db) {
             return runSqlResource(db, u":/leadloop/sql/015_touch_sequences.sql"_s);
         }},
    });
}

int MigrationPlan::latestVersion() const
{
    return m_steps.empty() ? 0 : m_steps.back().version;
}

Status MigrationPlan::migrate(Database& db, int fromVersion) const
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    for (const Migration& step : m_steps) {
        if (step.version <= fromVersion)
            continue;
        if (Status applied = step.apply(db); !applied) {
            return Error{applied.error().code,
                         tr("Upgrading the workspace to version %1 (%2) failed: %3")
                             .arg(step.version)
                             .arg(step.description, applied.error().message)};
        }
    }
    if (Status set = db.exec(u"PRAGMA user_version = %1"_s.arg(latestVersion())); !set)
        return set;
    return transaction.commit();
}

} // namespace leadloop
