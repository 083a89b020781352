#include "contactproperties.h"

#include "store/database.h"
#include "store/statement.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// A property's current value for each contact: the newest import's row, when not empty.
/// (The rule of which is current is the view's, schema version 8.)
constexpr const char* CurrentValues =
    "SELECT p.contact_id, p.name, p.value FROM current_contact_properties p WHERE 1";

} // namespace

Status ContactProperties::write(Database& db, qint64 contact, qint64 batch,
                                const QList<std::pair<QString, QString>>& properties)
{
    Statement current(db.handle(), "SELECT value, batch_id FROM contact_properties WHERE "
                                   "contact_id = ?1 AND name = ?2 ORDER BY batch_id DESC LIMIT 1");
    Statement put(db.handle(), "INSERT INTO contact_properties (contact_id, name, batch_id, value) "
                               "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (contact_id, name, batch_id) "
                               "DO UPDATE SET value = excluded.value");
    for (const auto& [name, value] : properties) {
        current.bind(1, contact).bind(2, name);
        const bool known = current.next();
        const QString was = known && !current.isNull(0) ? current.text(0) : QString();
        const bool sameImport = known && current.int64(1) == batch;
        if (Status read = current.status(); !read)
            return read;
        current.reset();
        if (!sameImport && was == value)
            continue; // unchanged (or still empty)
        put.bind(1, contact).bind(2, name).bind(3, batch);
        if (value.isEmpty())
            put.bindNull(4);
        else
            put.bind(4, value);
        if (Status done = put.execute(); !done)
            return done;
    }
    return {};
}

Result<QList<std::pair<QString, QString>>> ContactProperties::of(Database& db, qint64 contact)
{
    Statement query(db.handle(), (QByteArray(CurrentValues) + " AND p.contact_id = ?1 ORDER BY "
                                                              "p.name")
                                     .constData());
    query.bind(1, contact);
    QList<std::pair<QString, QString>> values;
    while (query.next())
        values.append({query.text(1), query.text(2)});
    if (Status read = query.status(); !read)
        return read.error();
    return values;
}

Result<QList<PropertyInfo>> ContactProperties::list(Database& db)
{
    Statement query(db.handle(), CurrentValues);
    QHash<QString, QSet<QString>> distinct;
    QHash<QString, qint64> contacts;
    while (query.next()) {
        const QString name = query.text(1);
        ++contacts[name];
        distinct[name].insert(query.text(2));
    }
    if (Status read = query.status(); !read)
        return read.error();
    QList<PropertyInfo> out;
    for (auto it = contacts.begin(); it != contacts.end(); ++it) {
        const QSet<QString>& values = distinct[it.key()];
        out.append({it.key(), infer(QStringList(values.begin(), values.end())), it.value(),
                    qint64(values.size())});
    }
    std::sort(out.begin(), out.end(), [](const PropertyInfo& a, const PropertyInfo& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

Result<std::vector<qint64>> ContactProperties::contactsWith(Database& db, const QString& name,
                                                            const QString& value)
{
    Statement query(db.handle(), (QByteArray(CurrentValues) + " AND p.name = ?1 ORDER BY "
                                                              "p.contact_id")
                                     .constData());
    query.bind(1, name);
    const std::optional<bool> wanted = yesNo(value);
    std::vector<qint64> out;
    while (query.next()) {
        const QString current = query.text(2);
        const std::optional<bool> answer = wanted ? yesNo(current) : std::nullopt;
        if (answer ? *answer == *wanted
                   : current.compare(value.trimmed(), Qt::CaseInsensitive) == 0)
            out.push_back(query.int64(0));
    }
    if (Status read = query.status(); !read)
        return read.error();
    return out;
}

Result<QStringList> ContactProperties::names(Database& db)
{
    Statement query(db.handle(), "SELECT DISTINCT name FROM contact_properties ORDER BY name");
    QStringList out;
    while (query.next())
        out.append(query.text(0));
    if (Status read = query.status(); !read)
        return read.error();
    return out;
}

Result<QStringList> ContactProperties::values(Database& db, const QString& name)
{
    Statement query(db.handle(), (QByteArray(CurrentValues) + " AND p.name = ?1").constData());
    query.bind(1, name);
    QSet<QString> distinct;
    while (query.next())
        distinct.insert(query.text(2));
    if (Status read = query.status(); !read)
        return read.error();
    QStringList out(distinct.begin(), distinct.end());
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return out;
}

PropertyType ContactProperties::infer(const QStringList& values)
{
    const auto all = [&](auto&& test) {
        return !values.isEmpty() &&
               std::all_of(values.begin(), values.end(), [&](const QString& v) { return test(v); });
    };
    const bool yesNos = all([](const QString& v) { return yesNo(v).has_value(); });
    const bool numbers = !yesNos && all([](const QString& v) { return number(v).has_value(); });
    const bool dates =
        !yesNos && !numbers && all([](const QString& v) { return date(v).has_value(); });
    return infer(yesNos, numbers, dates, qint64(values.size()));
}

PropertyType ContactProperties::infer(bool allYesNo, bool allNumbers, bool allDates,
                                      qint64 distinct)
{
    if (allYesNo)
        return PropertyType::YesNo;
    if (allNumbers)
        return PropertyType::Number;
    if (allDates)
        return PropertyType::Date;
    return distinct <= MaxCategories ? PropertyType::Category : PropertyType::Text;
}

QString ContactProperties::typeName(PropertyType type)
{
    switch (type) {
    case PropertyType::YesNo:
        return tr("yes/no");
    case PropertyType::Number:
        return tr("number");
    case PropertyType::Date:
        return tr("date");
    case PropertyType::Category:
        return tr("category");
    case PropertyType::Text:
        return tr("text");
    }
    return {};
}

std::optional<bool> ContactProperties::yesNo(const QString& text)
{
    static const QSet<QString> yes{u"yes"_s, u"true"_s, u"y"_s, u"1"_s, u"tak"_s, u"ja"_s, u"да"_s};
    static const QSet<QString> no{u"no"_s,  u"false"_s, u"n"_s,   u"0"_s,
                                  u"nie"_s, u"nee"_s,   u"nej"_s, u"нет"_s};
    const QString key = text.trimmed().toLower();
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

std::optional<double> ContactProperties::number(const QString& text)
{
    // 1234.5, -3, 1 234,5 or 1,234.5: spaces group thousands; the last '.' or ',' followed by
    // other than exactly three digits is the decimal mark (else a thousands separator).
    static const QRegularExpression shape(u"^[-+]?[0-9][0-9 \u00a0.,]*$"_s);
    QString t = text.trimmed();
    if (!shape.match(t).hasMatch())
        return std::nullopt;
    t.remove(u' ').remove(QChar(0x00a0));
    const qsizetype mark = std::max(t.lastIndexOf(u'.'), t.lastIndexOf(u','));
    if (mark >= 0) {
        const QString decimals = t.mid(mark + 1);
        const bool grouping = decimals.size() == 3 && t.count(t.at(mark)) > 1;
        const QChar other = t.at(mark) == u'.' ? u',' : u'.';
        QString whole = t.left(mark);
        whole.remove(other);
        if (grouping) {
            whole.remove(t.at(mark));
            t = whole + decimals;
        } else {
            whole.remove(t.at(mark));
            t = whole + u'.' + decimals;
        }
    }
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<QDate> ContactProperties::date(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& format : {u"yyyy-MM-dd"_s, u"d.M.yyyy"_s, u"M/d/yyyy"_s})
        if (const QDate d = QDate::fromString(
                t.left(format.size() + 2).section(u'T', 0, 0).section(u' ', 0, 0), format);
            d.isValid())
            return d;
    return std::nullopt;
}

} // namespace leadloop
