#include "pathdata.h"

#include "ingest/tablefile.h"

#include <cmath>
#include <QDir>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<std::vector<attribution::Path>> PathData::read(const QString& file, const QString& separator)
{
    auto table = TableFiles::open(file, {});
    if (!table)
        return table.error();
    RecordReader& records = *table->records;
    const QString name = QDir::toNativeSeparators(file);
    if (!records.next())
        return Error{ErrorCode::BadInput, tr("%1 is empty: a header row was expected.").arg(name)};
    // The columns, by their header names.
    int pathColumn = -1, conversionsColumn = -1, valueColumn = -1, nullColumn = -1;
    QStringList header;
    for (const std::string_view field : records.fields())
        header.append(QString::fromUtf8(field.data(), qsizetype(field.size())).trimmed().toLower());
    pathColumn = int(header.indexOf(u"path"_s));
    conversionsColumn = int(header.indexOf(u"total_conversions"_s));
    valueColumn = int(header.indexOf(u"total_conversion_value"_s));
    nullColumn = int(header.indexOf(u"total_null"_s));
    if (pathColumn < 0 || conversionsColumn < 0)
        return Error{ErrorCode::BadInput,
                     tr("%1 needs the columns path and total_conversions (and optionally "
                        "total_conversion_value and total_null); it has: %2.")
                         .arg(name, header.join(u", "_s))};
    std::vector<attribution::Path> paths;
    while (records.next()) {
        const auto& fields = records.fields();
        const auto text = [&](int column) {
            return column >= 0 && size_t(column) < fields.size()
                       ? QString::fromUtf8(fields[size_t(column)].data(),
                                           qsizetype(fields[size_t(column)].size()))
                             .trimmed()
                       : QString();
        };
        const auto number = [&](int column, double& into) -> Status {
            const QString value = text(column);
            if (column < 0 || value.isEmpty()) {
                into = 0;
                return {};
            }
            bool ok = false;
            into = value.toDouble(&ok);
            if (!ok || into < 0 || !std::isfinite(into))
                return Error{ErrorCode::BadInput,
                             tr("%1, row %2, column %3: '%4' is not a count or amount of 0 or "
                                "more.")
                                 .arg(name)
                                 .arg(records.line())
                                 .arg(header.value(column), value)};
            return {};
        };
        attribution::Path path;
        for (const auto& [column, into] :
             {std::pair{conversionsColumn, &path.conversions}, std::pair{valueColumn, &path.value},
              std::pair{nullColumn, &path.nulls}})
            if (Status read = number(column, *into); !read)
                return read.error();
        const QString journey = text(pathColumn);
        if (journey.isEmpty() && path.conversions == 0 && path.nulls == 0)
            continue; // a blank line
        qint64 step = 0;
        for (const QString& channel : journey.split(separator, Qt::SkipEmptyParts)) {
            const QString label = channel.trimmed();
            if (!label.isEmpty())
                path.touches.push_back(
                    {label, ++step, label.compare(u"direct"_s, Qt::CaseInsensitive) == 0});
        }
        if (path.touches.empty())
            return Error{
                ErrorCode::BadInput,
                tr("%1, row %2, column path: the path is empty.").arg(name).arg(records.line())};
        paths.push_back(std::move(path));
    }
    if (records.failed())
        return Error{ErrorCode::BadInput, records.errorString()};
    return paths;
}

} // namespace leadloop
