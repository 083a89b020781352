#pragma once

#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>
#include <QStringList>

namespace leadloop {

/// What a recovery salvaged of one table.
struct TableRecovery
{
    QString table;
    qint64 recovered = 0;      ///< rows in the new file
    qint64 fromLoosePages = 0; ///< of them, rows found on pages no readable page pointed to
    qint64 lostAtMost = 0;     ///< rows whose ids fall in unreadable parts (removed imports leave
                               ///< gaps too, so at most)
    bool lostUnknown = false;  ///< part of the table could not be bounded: more may be lost
    QStringList lostIds;       ///< the id ranges that could not be read, "120–180"
};

/// What a recovery did: the pages that could not be trusted, each table's rows, the rows that
/// fit no table, and what LeadLoop's consistency checks say of the new file.
struct RecoveryReport
{
    QString output;
    quint32 pages = 0;
    quint32 badPages = 0; ///< failed their checksum or could not be read
    QList<TableRecovery> tables;
    qint64 unplaced = 0; ///< rows kept in the table lost_and_found
    QStringList findings;

    /// Whether nothing was lost: no bad page, no lost rows, no unplaced rows, no findings.
    bool complete() const;
    /// The report for people: one row per table and per finding (the `recover` command).
    ResultTable table() const;
};

/// Salvages what can be read from a damaged workspace into a new file, the way SQLite's own
/// recovery does (its `.recover` is not usable with Debian's library): every page is read
/// straight from disk, pages failing their checksum are left out, each table's b-tree is walked
/// from the schema, leaf pages no readable page points to are matched to the table their rows
/// fit, and what fits nowhere goes to lost_and_found. The damaged file is only read, never
/// changed; the new one is written whole or not at all.
class Recovery final
{
    Q_DECLARE_TR_FUNCTIONS(Recovery)

public:
    static Result<RecoveryReport> run(const QString& damaged, const QString& output);
};

} // namespace leadloop
