#pragma once

#include "common/result.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <vector>

namespace leadloop {

class Database;

/// What a property's values are, inferred from all its current values (docs/scoring.md, "Lead
/// attributes").
enum class PropertyType
{
    YesNo,    ///< every value is yes/no, true/false, 1/0 (in the five languages)
    Number,   ///< every value is a number (1234.5, 1 234,5, -3)
    Date,     ///< every value is a date LeadLoop reads (ISO 8601, D.M.YYYY, M/D/YYYY)
    Category, ///< anything else with at most 50 distinct values
    Text,     ///< anything else
};

/// One property: its name, its type and how many contacts have a value.
struct PropertyInfo
{
    QString name;
    PropertyType type = PropertyType::Text;
    qint64 contacts = 0;
    qint64 distinct = 0;
};

/// A contact's properties: the CRM columns no field maps, kept as read, one row for each import
/// that changed one, so the current value is the newest import's (an empty one clears it) and
/// removing an import brings back the value before it.
class ContactProperties final
{
    Q_DECLARE_TR_FUNCTIONS(ContactProperties)

public:
    /// Most distinct values a category has; more make a text property.
    static constexpr qint64 MaxCategories = 50;

    /// Records what `batch` says of the contact's properties: a row for each one whose value
    /// changes (the same import naming the contact twice keeps its last value).
    static Status write(Database& db, qint64 contact, qint64 batch,
                        const QList<std::pair<QString, QString>>& properties);
    /// The contact's current values, by name.
    static Result<QList<std::pair<QString, QString>>> of(Database& db, qint64 contact);
    /// Every property with its type and use, by name.
    static Result<QList<PropertyInfo>> list(Database& db);
    /// The contacts whose current value of `name` is `value` (ascending ids): yes/no answers
    /// compare as answers (Yes, 1 and true match yes), other values ignoring case.
    static Result<std::vector<qint64>> contactsWith(Database& db, const QString& name,
                                                    const QString& value);
    /// The names of every property kept, sorted (without reading their values).
    static Result<QStringList> names(Database& db);
    /// The current distinct values of one property, sorted.
    static Result<QStringList> values(Database& db, const QString& name);

    static PropertyType infer(const QStringList& distinctValues);
    /// The rule infer() applies to what the values are (docs/scoring.md, "Lead attributes").
    static PropertyType infer(bool allYesNo, bool allNumbers, bool allDates, qint64 distinct);
    static QString typeName(PropertyType type); ///< yes/no, number, date, category, text
    static std::optional<bool> yesNo(const QString& text);
    static std::optional<double> number(const QString& text);
    static std::optional<QDate> date(const QString& text);
};

} // namespace leadloop
