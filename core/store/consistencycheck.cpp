#include "consistencycheck.h"

#include "database.h"
#include "statement.h"

#include <map>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<QStringList> ConsistencyCheck::run(Database& db)
{
    QStringList findings;
    const QLocale locale;
    // Rows that refer to rows that are missing: by table and the table they refer to.
    std::map<std::pair<QString, QString>, qint64> dangling;
    {
        Statement check(db.handle(), "PRAGMA foreign_key_check");
        while (check.next())
            ++dangling[{check.text(0), check.text(2)}];
        if (Status read = check.status(); !read)
            return read.error();
    }
    for (const auto& [tables, rows] : dangling)
        findings.append(tr("%Ln rows of %1 refer to %2 that are missing.", nullptr, int(rows))
                            .arg(tables.first, tables.second));
    // Counts kept on a session against the rows that are there.
    const std::pair<const char*, const char*> counted[] = {
        {"SELECT count(*), coalesce(sum(s.pageviews - coalesce(p.n, 0)), 0) FROM sessions s LEFT "
         "JOIN (SELECT session_id, count(*) AS n FROM pageviews GROUP BY session_id) p ON "
         "p.session_id = s.id WHERE s.pageviews > coalesce(p.n, 0)",
         QT_TRANSLATE_N_NOOP("ConsistencyCheck",
                             "%Ln sessions lack %1 of the page views they count.")},
        {"SELECT count(*), coalesce(sum(s.events - coalesce(e.n, 0)), 0) FROM sessions s LEFT "
         "JOIN (SELECT session_id, count(*) AS n FROM events GROUP BY session_id) e ON "
         "e.session_id = s.id WHERE s.events > coalesce(e.n, 0)",
         QT_TRANSLATE_N_NOOP("ConsistencyCheck",
                             "%Ln sessions lack %1 of the events they count.")}};
    for (const auto& [sql, sentence] : counted) {
        Statement query(db.handle(), sql);
        auto row = query.next();
        if (Status read = query.status(); !read)
            return read.error();
        if (row && query.int64(0) > 0)
            findings.append(
                tr(sentence, nullptr, int(query.int64(0))).arg(locale.toString(query.int64(1))));
    }
    // A deal's outcome is that of its latest outcome event (docs/outcomes.md).
    Statement outcomes(db.handle(),
                       "SELECT count(*) FROM deals d JOIN outcome_events e ON e.id = (SELECT id "
                       "FROM outcome_events WHERE deal_id = d.id ORDER BY at DESC, id DESC "
                       "LIMIT 1) WHERE e.new_outcome <> d.outcome");
    auto row = outcomes.next();
    if (Status read = outcomes.status(); !read)
        return read.error();
    if (row && outcomes.int64(0) > 0)
        findings.append(tr("%Ln deals have another outcome than their latest outcome event.",
                           nullptr, int(outcomes.int64(0))));
    return findings;
}

} // namespace leadloop
