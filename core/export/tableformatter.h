#pragma once

#include "common/resulttable.h"

#include <optional>
#include <QByteArray>
#include <QString>

namespace leadloop {

/// The output formats of the CLI's `--format` option.
enum class TableFormat
{
    Table,
    Json,
    Csv
};

/// Parses "table", "json" or "csv"; nullopt for anything else.
std::optional<TableFormat> parseTableFormat(const QString& name);

/// Renders a ResultTable as an aligned text table, as JSON ({"columns", "rows", "meta"}) or as
/// RFC 4180 CSV (cells that a spreadsheet would run as a formula are prefixed with ').
QByteArray formatTable(const ResultTable& table, TableFormat format);

/// Escapes a cell for CSV: quoted when needed, formula-like text neutralised.
QString csvCell(const QString& text);

} // namespace leadloop
