#include "drillfigure.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace leadloop {

DrillFigure DrillFigure::of(const ResultTable& table, int row, const QString& key,
                            const PathQuery& query, attribution::Model model)
{
    DrillFigure figure;
    DrillRequest& r = figure.request;
    r.query = query;
    r.model = model;
    r.group = table.rows.value(row).value(0).toString();
    const std::pair<const char16_t*, ConversionKind> kinds[] = {
        {u"leads", ConversionKind::Lead},
        {u"opportunities", ConversionKind::Opportunity},
        {u"customers", ConversionKind::Customer},
        {u"revenue", ConversionKind::Revenue}};
    if (key == u"sessions" || key == u"visitors")
        r.target = DrillRequest::Target::Sessions;
    for (const auto& [name, kind] : kinds)
        if (key == name)
            r.query.kind = kind;
    for (attribution::Model m : attribution::allModels())
        if (key.startsWith(attribution::modelId(m) + u'_'))
            r.model = m;
    QString column = key;
    for (const ResultColumn& c : table.columns)
        if (c.key == key)
            column = c.title;
    QString dimension = table.columns.value(0).title;
    figure.description =
        QCoreApplication::translate("DrillFigure", "%1 · %2: %3").arg(column, dimension, *r.group);
    const QString modelId = attribution::modelId(r.model);
    if (r.target == DrillRequest::Target::Leads &&
        !ConversionPaths::isPeopleDimension(query.dimension) && !column.contains(modelId))
        figure.description += u" · "_s + modelId;
    return figure;
}

} // namespace leadloop
