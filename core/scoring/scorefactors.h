#pragma once

#include "common/result.h"
#include "sales/leadscores.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace leadloop {

class Database;

/// Turns the factors of stored scores ([[feature index, x, points], …]) into objects naming their
/// feature ({feature, source, key, value, x, points}), with the features of the model that
/// scored each lead, read once per model.
class ScoreFactors final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreFactors)
public:
    explicit ScoreFactors(Database& db)
        : m_db(db)
    {}

    /// The score's factors, strongest up first, then strongest down.
    Result<QJsonArray> of(const LeadScore& score);
    /// The factors stored as `stored` by a model with these features; Corrupt when the text is
    /// not such a list or names a feature the model does not have.
    static Result<QJsonArray> expand(const QByteArray& stored, const QJsonArray& features);

private:
    Database& m_db;
    QHash<qint64, QJsonArray> m_features; ///< by model id
};

} // namespace leadloop
