#include "scorefactors.h"

#include "featureschema.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<QJsonArray> ScoreFactors::of(const LeadScore& score)
{
    auto features = m_features.constFind(score.modelId);
    if (features == m_features.cend()) {
        auto read = LeadScores::featuresOf(m_db, score.modelId);
        if (!read)
            return read.error();
        features = m_features.insert(score.modelId, *read);
    }
    return expand(score.factorsJson, *features);
}

Result<QJsonArray> ScoreFactors::expand(const QByteArray& stored, const QJsonArray& features)
{
    const auto damaged = [] {
        return Error{ErrorCode::Corrupt,
                     tr("A stored score's factors are damaged; training the model again in the "
                        "Scoring view writes them anew.")};
    };
    auto schema = FeatureSchema::fromJson(features);
    if (!schema)
        return schema.error();
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(stored, &parsed);
    if (parsed.error != QJsonParseError::NoError || !doc.isArray())
        return damaged();
    QJsonArray out;
    for (const QJsonValue& item : doc.array()) {
        const QJsonArray factor = item.toArray();
        const qint64 column = factor.at(0).toInteger(-1);
        if (factor.size() != 3 || column < 0 || column >= qint64(schema->features().size()) ||
            !factor.at(2).isDouble())
            return damaged();
        QJsonObject o = features.at(column).toObject();
        o.insert(u"feature"_s, schema->features()[size_t(column)].name());
        o.insert(u"x"_s, factor.at(1));
        o.insert(u"points"_s, factor.at(2).toInt());
        out.append(o);
    }
    return out;
}

} // namespace leadloop
