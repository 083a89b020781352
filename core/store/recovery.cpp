#include "recovery.h"

#include "btreereader.h"
#include "consistencycheck.h"
#include "database.h"
#include "integritycheck.h"
#include "migrationplan.h"
#include "propertysets.h"
#include "statement.h"
#include "tablecounts.h"
#include "touchsequences.h"
#include "workspace.h"

#include <map>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// A table of the new file, as its rows are stored.
struct TableShape
{
    QString name;
    QStringList columns;  ///< in declaration order
    QStringList affinity; ///< INTEGER, TEXT, REAL, … per column
    int rowidColumn = -1; ///< the INTEGER PRIMARY KEY column, if any
    bool withoutRowid = false;
    QList<int> storedOrder; ///< the declaration index of each value in a stored record
};

Result<std::vector<TableShape>> shapesOf(Database& db)
{
    std::vector<TableShape> shapes;
    Statement tables(db.handle(), "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND "
                                  "name NOT LIKE 'sqlite_%' ORDER BY name");
    while (tables.next()) {
        TableShape t;
        t.name = tables.text(0);
        t.withoutRowid = tables.text(1).contains(u"WITHOUT ROWID"_s, Qt::CaseInsensitive);
        shapes.push_back(t);
    }
    if (Status read = tables.status(); !read)
        return read.error();
    for (TableShape& t : shapes) {
        const QByteArray sql = "SELECT name, upper(type), pk FROM pragma_table_xinfo(?1)";
        Statement info(db.handle(), sql.constData());
        info.bind(1, t.name);
        std::map<int, int> pkOrder; // pk position → column
        while (info.next()) {
            const int column = int(t.columns.size());
            t.columns.append(info.text(0));
            t.affinity.append(info.text(1));
            if (info.int64(2) > 0)
                pkOrder[int(info.int64(2))] = column;
        }
        if (Status read = info.status(); !read)
            return read.error();
        if (!t.withoutRowid && pkOrder.size() == 1 &&
            t.affinity[pkOrder.begin()->second] == u"INTEGER")
            t.rowidColumn = pkOrder.begin()->second;
        // A WITHOUT ROWID table stores its key columns first, then the others.
        if (t.withoutRowid)
            for (const auto& [position, column] : pkOrder)
                t.storedOrder.append(column);
        for (int c = 0; c < t.columns.size(); ++c)
            if (!t.storedOrder.contains(c))
                t.storedOrder.append(c);
    }
    return shapes;
}

/// Whether a row's values can belong to the table: as many, each of a type its column takes.
bool fits(const TableShape& t, const FoundRow& row)
{
    if (row.values.size() != t.columns.size() || t.withoutRowid == row.rowid.has_value())
        return false;
    for (qsizetype i = 0; i < row.values.size(); ++i) {
        const QVariant& v = row.values[i];
        if (!v.isValid())
            continue;
        const QString& affinity = t.affinity[t.storedOrder[i]];
        const bool number = v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double;
        if (affinity.contains(u"INT"_s) && !(v.typeId() == QMetaType::LongLong))
            return false;
        if (affinity.contains(u"TEXT"_s) && v.typeId() != QMetaType::QString)
            return false;
        if (affinity.contains(u"REAL"_s) && !number)
            return false;
    }
    return true;
}

QString variantJson(const QVariantList& values)
{
    QJsonArray array;
    for (const QVariant& v : values)
        array.append(v.typeId() == QMetaType::QByteArray
                         ? QJsonValue(QString::fromLatin1(v.toByteArray().toBase64()))
                         : QJsonValue::fromVariant(v));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// Writes rows into one table of the new file; duplicates of rows already there are skipped.
class RowWriter
{
public:
    RowWriter(Database& db, const TableShape& t)
        : m_db(db)
        , m_shape(t)
        , m_insert(db.handle(), sql(t).c_str())
    {}
    /// Whether the row was new.
    Result<bool> write(const FoundRow& row)
    {
        for (int i = 0; i < m_shape.storedOrder.size(); ++i) {
            const int column = m_shape.storedOrder[i];
            bindValue(column + 1, column == m_shape.rowidColumn && row.rowid ? QVariant(*row.rowid)
                                                                             : row.values.value(i));
        }
        if (!m_shape.withoutRowid && m_shape.rowidColumn < 0)
            bindValue(int(m_shape.columns.size()) + 1,
                      row.rowid ? QVariant(*row.rowid) : QVariant());
        if (Status done = m_insert.execute(); !done)
            return done.error();
        return m_db.changes() > 0;
    }

private:
    static std::string sql(const TableShape& t)
    {
        QStringList names, marks;
        for (int c = 0; c < t.columns.size(); ++c) {
            names.append(u"\"%1\""_s.arg(QString(t.columns[c]).replace(u"\""_s, u"\"\""_s)));
            marks.append(u"?%1"_s.arg(c + 1));
        }
        if (!t.withoutRowid && t.rowidColumn < 0) {
            names.append(u"rowid"_s);
            marks.append(u"?%1"_s.arg(t.columns.size() + 1));
        }
        return (u"INSERT OR IGNORE INTO \"%1\" (%2) VALUES (%3)"_s.arg(
                    QString(t.name).replace(u"\""_s, u"\"\""_s), names.join(u", "_s),
                    marks.join(u", "_s)))
            .toStdString();
    }
    void bindValue(int index, const QVariant& v)
    {
        switch (v.typeId()) {
        case QMetaType::LongLong:
            m_insert.bind(index, v.toLongLong());
            break;
        case QMetaType::Double:
            m_insert.bind(index, v.toDouble());
            break;
        case QMetaType::QString:
            m_insert.bind(index, v.toString());
            break;
        case QMetaType::QByteArray:
            m_insert.bindBlob(index, v.toByteArray());
            break;
        default:
            m_insert.bindNull(index);
        }
    }
    Database& m_db;
    const TableShape& m_shape;
    Statement m_insert;
};

QString idRange(const BTreeReader::LostRange& r, const QLocale& locale)
{
    const QString from = r.after ? locale.toString(*r.after + 1) : u"…"_s;
    const QString to = r.upTo ? locale.toString(*r.upTo) : u"…"_s;
    return from == to ? from : from + u'–' + to;
}

} // namespace

bool RecoveryReport::complete() const
{
    if (badPages > 0 || unplaced > 0 || !findings.isEmpty())
        return false;
    return std::none_of(tables.begin(), tables.end(),
                        [](const TableRecovery& t) { return t.lostAtMost > 0 || t.lostUnknown; });
}

ResultTable RecoveryReport::table() const
{
    ResultTable out;
    out.addColumn(u"table"_s, Recovery::tr("Table"), ValueKind::Text);
    out.addColumn(u"recovered"_s, Recovery::tr("Rows recovered"), ValueKind::Count);
    out.addColumn(u"from_loose_pages"_s, Recovery::tr("Of them from loose pages"),
                  ValueKind::Count);
    out.addColumn(u"lost_at_most"_s, Recovery::tr("Rows lost (at most)"), ValueKind::Count);
    out.addColumn(u"lost_ids"_s, Recovery::tr("Ids lost"), ValueKind::Text);
    for (const TableRecovery& t : tables)
        out.addRow({t.table, t.recovered, t.fromLoosePages, t.lostAtMost,
                    (t.lostUnknown ? QStringList{Recovery::tr("more, unknown")} : QStringList{}) +
                        t.lostIds});
    for (qsizetype r = 0; r < out.rows.size(); ++r)
        out.rows[r][4] = out.rows[r][4].toStringList().join(u", "_s);
    if (unplaced > 0)
        out.addRow({u"lost_and_found"_s, unplaced, unplaced, QVariant(),
                    Recovery::tr("rows that fit no table")});
    for (const QString& finding : findings)
        out.addRow({Recovery::tr("(check)"), QVariant(), QVariant(), QVariant(), finding});
    out.meta = {{u"output"_s, output},
                {u"pages"_s, qint64(pages)},
                {u"bad_pages"_s, qint64(badPages)},
                {u"unplaced_rows"_s, unplaced},
                {u"complete"_s, complete()}};
    return out;
}

Result<RecoveryReport> Recovery::run(const QString& damaged, const QString& output)
{
    const QString in = QFileInfo(damaged).absoluteFilePath();
    const QString out = QFileInfo(output).absoluteFilePath();
    if (in == out)
        return Error{ErrorCode::InvalidArgument,
                     tr("Recover into a new file: the damaged workspace is never overwritten.")};
    if (QFileInfo::exists(out))
        return Error{ErrorCode::AlreadyExists,
                     tr("%1 already exists; choose a new file for the recovered workspace.")
                         .arg(QDir::toNativeSeparators(out))};
    auto file = PageFile::read(in);
    if (!file)
        return file.error();
    RecoveryReport report;
    report.output = out;
    report.pages = file->pageCount();
    for (quint32 p = 1; p <= file->pageCount(); ++p)
        report.badPages += file->isBad(p) ? 1 : 0;

    // The schema the file says it has, or LeadLoop's own of its version when page 1 is gone.
    BTreeReader reader(*file);
    std::map<QString, quint32> roots; // table or index name → root page
    for (const FoundRow& row : reader.rows(1))
        if (row.values.size() >= 5 && row.values[3].typeId() == QMetaType::LongLong)
            roots[row.values[1].toString()] = quint32(row.values[3].toLongLong());
    reader.clearLostRanges();
    const int latest = MigrationPlan::standard().latestVersion();
    const int version =
        file->headerTrusted() && file->userVersion() > 0 && file->userVersion() <= latest
            ? file->userVersion()
            : latest;
    std::vector<Migration> steps = MigrationPlan::standard().steps();
    steps.resize(size_t(version));
    auto created = Workspace::create(out, MigrationPlan(steps));
    if (!created)
        return created.error();
    std::unique_ptr<Workspace> workspace = std::move(*created);
    Database& db = workspace->database();
    const auto fail = [&](const Error& error) -> Error {
        workspace.reset();
        QFile::remove(out);
        return error;
    };
    // The whole salvage is one transaction: the new file holds all of it or nothing.
    if (Status ready = db.exec(u"PRAGMA foreign_keys = OFF; CREATE TABLE lost_and_found (page "
                               u"INTEGER, rowid INTEGER, row_values TEXT)"_s);
        !ready)
        return fail(ready.error());
    auto shapes = shapesOf(db);
    if (!shapes)
        return fail(shapes.error());
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return fail(transaction.error());
        const QLocale locale;
        std::map<QString, size_t> byName;
        std::vector<TableRecovery> recovered(shapes->size());
        std::vector<std::vector<std::pair<qint64, qint64>>> bounded(shapes->size()); // ids lost
        // Indexes are walked only so that their pages are not taken for loose table pages.
        for (const auto& tree : roots)
            if (std::none_of(shapes->begin(), shapes->end(),
                             [&](const TableShape& t) { return t.name == tree.first; }))
                (void)reader.rows(tree.second);
        reader.clearLostRanges();
        // The new schema's own first rows (default settings, lost reasons) give way to the
        // damaged file's.
        for (const TableShape& t : *shapes)
            if (Status emptied = db.exec(u"DELETE FROM %1"_s.arg(quotedIdentifier(t.name)));
                !emptied)
                return fail(emptied.error());
        for (size_t i = 0; i < shapes->size(); ++i) {
            const TableShape& t = (*shapes)[i];
            byName[t.name] = i;
            TableRecovery& r = recovered[i];
            r.table = t.name;
            if (t.name == u"lost_and_found")
                continue;
            const auto root = roots.find(t.name);
            if (root == roots.end()) {
                r.lostUnknown = roots.empty() || !file->headerTrusted(); // no schema to go by
                continue;
            }
            RowWriter writer(db, t);
            for (const FoundRow& row : reader.rows(root->second)) {
                auto added = writer.write(row);
                if (!added)
                    return fail(added.error());
                r.recovered += *added ? 1 : 0;
            }
            for (const BTreeReader::LostRange& lost : reader.lostRanges()) {
                if (t.withoutRowid || !lost.after || !lost.upTo) {
                    r.lostUnknown = true;
                    if (!t.withoutRowid)
                        r.lostIds.append(idRange(lost, locale));
                    continue;
                }
                r.lostIds.append(idRange(lost, locale));
                bounded[i].emplace_back(*lost.after + 1, *lost.upTo);
            }
            reader.clearLostRanges();
        }
        // Leaf pages no readable page led to: their rows go to the one table they fit.
        const std::set<quint32> freelist = file->freelistPages();
        Statement unplaced(db.handle(), "INSERT INTO lost_and_found (page, rowid, row_values) "
                                        "VALUES (?1, ?2, ?3)");
        for (quint32 p = 2; p <= file->pageCount(); ++p) {
            if (freelist.count(p) || reader.visited().count(p) || !reader.looksLikeLeaf(p))
                continue;
            auto rows = reader.leafRows(p);
            if (!rows || rows->empty())
                continue;
            std::vector<size_t> candidates;
            for (size_t i = 0; i < shapes->size(); ++i)
                if ((*shapes)[i].name != u"lost_and_found" &&
                    std::all_of(rows->begin(), rows->end(),
                                [&](const FoundRow& row) { return fits((*shapes)[i], row); }))
                    candidates.push_back(i);
            if (candidates.size() == 1) {
                RowWriter writer(db, (*shapes)[candidates.front()]);
                for (const FoundRow& row : *rows) {
                    auto added = writer.write(row);
                    if (!added)
                        return fail(added.error());
                    if (*added) {
                        ++recovered[candidates.front()].recovered;
                        ++recovered[candidates.front()].fromLoosePages;
                    }
                }
                continue;
            }
            for (const FoundRow& row : *rows) {
                unplaced.bind(1, qint64(p)).bind(2, row.rowid).bind(3, variantJson(row.values));
                if (Status done = unplaced.execute(); !done)
                    return fail(done.error());
                ++report.unplaced;
            }
        }
        // What the lost ranges still miss, now that loose pages may have filled some.
        for (size_t i = 0; i < shapes->size(); ++i)
            for (const auto& [from, to] : bounded[i]) {
                Statement present(db.handle(),
                                  u"SELECT count(*) FROM %1 WHERE rowid BETWEEN ?1 AND ?2"_s
                                      .arg(quotedIdentifier(recovered[i].table))
                                      .toUtf8()
                                      .constData());
                present.bind(1, from).bind(2, to);
                auto count = present.optionalInt64();
                if (!count)
                    return fail(count.error());
                recovered[i].lostAtMost += (to - from + 1) - count->value_or(0);
            }
        // Derived rows are rebuilt from what was salvaged, never trusted as found.
        if (version >= 8)
            if (Status invalidated = PropertySets::invalidate(db); !invalidated)
                return fail(invalidated.error());
        if (Status invalidated = TouchSequences::invalidate(db); !invalidated)
            return fail(invalidated.error());
        // Where it came from, for whoever opens it later.
        Statement note(db.handle(), "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)");
        for (const auto& [key, value] :
             {std::pair{u"recovered_from"_s, in},
              std::pair{u"recovered_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}})
            if (Status done = note.bind(1, key).bind(2, value).execute(); !done)
                return fail(done.error());
        if (Status committed = transaction.commit(); !committed)
            return fail(committed.error());
        for (const TableRecovery& r : recovered)
            if (r.table != u"lost_and_found")
                report.tables.append(r);
    }
    if (report.unplaced == 0)
        (void)db.exec(u"DROP TABLE lost_and_found"_s);
    auto findings = ConsistencyCheck::run(db);
    if (!findings)
        return fail(findings.error());
    report.findings = *findings;
    (void)db.exec(u"PRAGMA foreign_keys = ON"_s);
    workspace.reset();
    auto check = IntegrityCheck::run(out);
    if (!check)
        return fail(check.error());
    if (!check->whole)
        return fail(Error{ErrorCode::Corrupt, tr("The recovered workspace did not check whole "
                                                 "(%1); nothing was written.")
                                                  .arg(check->problems.value(0))});
    return report;
}

} // namespace leadloop
