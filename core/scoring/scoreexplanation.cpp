#include "scoreexplanation.h"

#include "factorwording.h"
#include "sales/leadscores.h"
#include "scorefactors.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<ResultTable> ScoreExplanation::of(Database& db, qint64 contact)
{
    auto score = LeadScores::of(db, contact);
    if (!score)
        return score.error();
    if (!*score)
        return Error{ErrorCode::NotFound,
                     tr("This lead has no score: it is not an open lead for the model's target, "
                        "or no model was trained yet.")};
    const LeadScore& s = **score;
    const auto utc = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
    };
    ResultTable table;
    table.addColumn(u"factor"_s, tr("Factor"), ValueKind::Text);
    table.addColumn(u"points"_s, tr("Points"), ValueKind::Text);
    table.addColumn(u"feature"_s, tr("Feature"), ValueKind::Text);
    auto factors = ScoreFactors(db).of(s);
    if (!factors)
        return factors.error();
    for (const QJsonValue& f : *factors) {
        const QJsonObject factor = f.toObject();
        table.addRow({FactorWording::describe(factor),
                      FactorWording::points(factor.value(u"points"_s).toInt()),
                      factor.value(u"feature"_s).toString()});
    }
    table.meta.insert(u"contact"_s, s.contact);
    table.meta.insert(u"score"_s, s.score);
    table.meta.insert(u"probability"_s, s.probability);
    table.meta.insert(u"tier"_s, s.tier);
    table.meta.insert(u"model_id"_s, s.modelId);
    table.meta.insert(u"scored_at"_s, utc(s.scoredAt));
    table.meta.insert(u"cutoff"_s, utc(s.cutoff));
    return table;
}

} // namespace leadloop
