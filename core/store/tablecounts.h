#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace leadloop {

/// A name as an SQL identifier: in double quotes, any double quote in it doubled.
QString quotedIdentifier(const QString& name);

class Database;

/// The number of rows in one workspace table.
struct TableCount
{
    QString table;
    qint64 rows = 0;
};

/// Counts the rows of every table of the workspace schema, in table-name order.
Result<QList<TableCount>> countTableRows(Database& db);

} // namespace leadloop
