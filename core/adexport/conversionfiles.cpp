#include "conversionfiles.h"

#include "adidentifiers.h"
#include "export/tableformatter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

QString money(const std::optional<qint64>& cents)
{
    if (!cents)
        return {};
    const qint64 whole = *cents / 100;
    const qint64 part = std::abs(*cents % 100);
    return (*cents < 0 && whole == 0 ? u"-"_s : QString()) + QString::number(whole) + u'.' +
           QString::number(part).rightJustified(2, u'0');
}

/// Lines joined as CSV: cells escaped, CRLF line ends.
class Csv
{
public:
    void raw(const QString& line) { m_lines.append(line); }
    void row(const QStringList& cells)
    {
        QStringList escaped;
        for (const QString& cell : cells)
            escaped.append(csvCell(cell));
        m_lines.append(escaped.join(u','));
    }
    QByteArray bytes() const { return (m_lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8(); }

private:
    QStringList m_lines;
};

QString consentWord(AdConsent::State state)
{
    return state == AdConsent::State::Granted  ? u"Granted"_s
           : state == AdConsent::State::Denied ? u"Denied"_s
                                               : QString();
}

QByteArray google(const ConversionPlan& plan)
{
    const QByteArray zone = plan.request.timeZone.toUtf8();
    bool braids = false;
    for (const AdConversion& c : plan.conversions)
        braids = braids || c.clickKind != u"gclid"_s;
    Csv csv;
    csv.raw(u"Parameters:TimeZone="_s + plan.request.timeZone);
    QStringList header = {u"Google Click ID"_s,  u"Conversion Name"_s,     u"Conversion Time"_s,
                          u"Conversion Value"_s, u"Conversion Currency"_s, u"Order ID"_s};
    if (braids)
        header << u"GBRAID"_s << u"WBRAID"_s;
    csv.row(header);
    for (const AdConversion& c : plan.conversions) {
        QStringList row = {c.clickKind == u"gclid"_s ? c.clickId : QString(),
                           plan.request.name,
                           ConversionFiles::googleTime(c.at, zone),
                           money(c.valueCents),
                           c.valueCents ? c.currency : QString(),
                           c.orderId};
        if (braids)
            row << (c.clickKind == u"gbraid"_s ? c.clickId : QString())
                << (c.clickKind == u"wbraid"_s ? c.clickId : QString());
        csv.row(row);
    }
    return csv.bytes();
}

QByteArray googleEnhanced(const ConversionPlan& plan)
{
    const QByteArray zone = plan.request.timeZone.toUtf8();
    Csv csv;
    csv.raw(u"Parameters:TimeZone="_s + plan.request.timeZone);
    csv.row({u"Email"_s, u"Phone Number"_s, u"Google Click ID"_s, u"Conversion Name"_s,
             u"Conversion Time"_s, u"Conversion Value"_s, u"Conversion Currency"_s, u"Order ID"_s,
             u"Ad User Data"_s, u"Ad Personalization"_s});
    for (const AdConversion& c : plan.conversions)
        csv.row({AdIdentifiers::sha256(AdIdentifiers::googleEmail(c.email)),
                 AdIdentifiers::sha256(c.phone), c.clickKind == u"gclid"_s ? c.clickId : QString(),
                 plan.request.name, ConversionFiles::googleTime(c.at, zone), money(c.valueCents),
                 c.valueCents ? c.currency : QString(), c.orderId,
                 consentWord(c.consent.adUserData), consentWord(c.consent.adPersonalization)});
    return csv.bytes();
}

/// Microsoft's file takes one offset for all its times: the zone's when the file is made.
int microsoftOffset(const ConversionPlan& plan)
{
    return QTimeZone(plan.request.timeZone.toUtf8())
        .offsetFromUtc(QDateTime::fromMSecsSinceEpoch(plan.request.now, QTimeZone::utc()));
}

QByteArray microsoft(const ConversionPlan& plan)
{
    const int offset = microsoftOffset(plan);
    Csv csv;
    csv.raw(u"Parameters:TimeZone="_s + ConversionFiles::offsetText(offset, false));
    csv.row({u"Microsoft Click ID"_s, u"Conversion Name"_s, u"Conversion Time"_s,
             u"Conversion Value"_s, u"Conversion Currency"_s});
    for (const AdConversion& c : plan.conversions)
        csv.row({c.clickId, plan.request.name, ConversionFiles::microsoftTime(c.at, offset),
                 money(c.valueCents), c.valueCents ? c.currency : QString()});
    return csv.bytes();
}

QByteArray meta(const ConversionPlan& plan)
{
    QJsonArray events;
    for (const AdConversion& c : plan.conversions) {
        QJsonObject user;
        const auto hashed = [&](const QString& key, const QString& normalised) {
            if (!normalised.isEmpty())
                user.insert(key, QJsonArray{AdIdentifiers::sha256(normalised)});
        };
        hashed(u"em"_s, AdIdentifiers::plainEmail(c.email));
        hashed(u"ph"_s, AdIdentifiers::metaPhone(c.phone));
        hashed(u"fn"_s, AdIdentifiers::metaName(c.firstName));
        hashed(u"ln"_s, AdIdentifiers::metaName(c.lastName));
        if (c.clickKind == u"fbclid"_s)
            user.insert(u"fbc"_s, u"fb.1.%1.%2"_s.arg(c.clickAt).arg(c.clickId));
        QJsonObject event{{u"event_name"_s, plan.request.name},
                          {u"event_time"_s, c.at / 1000},
                          {u"action_source"_s, u"system_generated"_s},
                          {u"event_id"_s, c.orderId},
                          {u"user_data"_s, user}};
        if (c.valueCents)
            event.insert(u"custom_data"_s, QJsonObject{{u"value"_s, double(*c.valueCents) / 100.0},
                                                       {u"currency"_s, c.currency}});
        events.append(event);
    }
    return QJsonDocument(QJsonObject{{u"data"_s, events}}).toJson(QJsonDocument::Indented);
}

QByteArray linkedIn(const ConversionPlan& plan)
{
    // LinkedIn refuses an @ anywhere but in the e-mail column.
    const auto text = [](QString s) { return s.remove(u'@').trimmed(); };
    Csv csv;
    csv.row({u"email"_s, u"firstname"_s, u"lastname"_s, u"employeecompany"_s, u"title"_s,
             u"country"_s, u"timestamp"_s, u"eventtype"_s, u"amount"_s, u"currency"_s});
    for (const AdConversion& c : plan.conversions)
        csv.row({AdIdentifiers::sha256(AdIdentifiers::plainEmail(c.email)), text(c.firstName),
                 text(c.lastName), text(c.company), text(c.jobTitle), c.country.toLower(),
                 QString::number(c.at), plan.request.name, money(c.valueCents),
                 c.valueCents ? c.currency : QString()});
    return csv.bytes();
}

} // namespace

QString ConversionFiles::offsetText(int offsetSeconds, bool colon)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return (offsetSeconds < 0 ? u"-"_s : u"+"_s) +
           QString::number(minutes / 60).rightJustified(2, u'0') + (colon ? u":"_s : QString()) +
           QString::number(minutes % 60).rightJustified(2, u'0');
}

QString ConversionFiles::googleTime(qint64 utcMs, const QByteArray& zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(zone));
    return local.toString(u"yyyy-MM-dd HH:mm:ss"_s) + offsetText(local.offsetFromUtc(), true);
}

QString ConversionFiles::microsoftTime(qint64 utcMs, int offsetSeconds)
{
    const QDateTime local =
        QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).addSecs(offsetSeconds);
    return QLocale::c().toString(local, u"M/d/yyyy h:mm:ss AP"_s);
}

QByteArray ConversionFiles::conversions(const ConversionPlan& plan)
{
    switch (plan.request.platform) {
    case AdPlatform::Id::GoogleAds:
        return google(plan);
    case AdPlatform::Id::GoogleAdsEnhanced:
        return googleEnhanced(plan);
    case AdPlatform::Id::MicrosoftAds:
        return microsoft(plan);
    case AdPlatform::Id::Meta:
        return meta(plan);
    case AdPlatform::Id::LinkedIn:
        break;
    }
    return linkedIn(plan);
}

QByteArray ConversionFiles::retractions(const ConversionPlan& plan)
{
    const AdPlatform::Id p = plan.request.platform;
    if (plan.retractions.empty() || !AdPlatform::takesRetractions(p))
        return {};
    Csv csv;
    if (p == AdPlatform::Id::MicrosoftAds) {
        // The Bulk API's Offline Conversion record, times in UTC.
        csv.row({u"Type"_s, u"Status"_s, u"Id"_s, u"Parent Id"_s, u"Client Id"_s, u"Name"_s,
                 u"Conversion Currency Code"_s, u"Conversion Name"_s, u"Conversion Time"_s,
                 u"Conversion Value"_s, u"Microsoft Click Id"_s, u"Adjustment Type"_s,
                 u"Adjustment Time"_s, u"Adjustment Value"_s, u"Adjustment Currency Code"_s});
        csv.raw(u"Format Version,,,,,6.0,,,,,,,,,"_s);
        for (const AdRetraction& x : plan.retractions)
            csv.row({u"Offline Conversion"_s, QString(), QString(), QString(), QString(), QString(),
                     x.valueCents ? x.currency : QString(), plan.request.name,
                     microsoftTime(x.conversionAt, 0), money(x.valueCents), x.clickId, u"Retract"_s,
                     microsoftTime(x.at, 0), QString(), QString()});
        return csv.bytes();
    }
    const QByteArray zone = plan.request.timeZone.toUtf8();
    csv.raw(u"Parameters:TimeZone="_s + plan.request.timeZone);
    csv.row({u"Order ID"_s, u"Conversion Name"_s, u"Adjustment Time"_s, u"Adjustment Type"_s,
             u"Adjusted Value"_s, u"Adjusted Value Currency"_s});
    for (const AdRetraction& x : plan.retractions)
        csv.row({x.orderId, plan.request.name, googleTime(x.at, zone), u"RETRACT"_s, QString(),
                 QString()});
    return csv.bytes();
}

Result<QString> ConversionFiles::save(Database& db, const ConversionPlan& plan, const QString& path,
                                      QString retractionPath, const QString& user)
{
    const auto write = [](const QString& file, const QByteArray& bytes) -> Status {
        QSaveFile out(file);
        if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit())
            return {};
        return Error{ErrorCode::Io, tr("%1 could not be written: %2")
                                        .arg(QDir::toNativeSeparators(file), out.errorString())};
    };
    if (!path.isEmpty())
        if (Status written = write(path, conversions(plan)); !written)
            return written.error();
    const QByteArray retracted = retractions(plan);
    if (retractionPath.isEmpty() && !path.isEmpty())
        retractionPath = ConversionFiles::retractionPath(path);
    if (retracted.isEmpty())
        retractionPath.clear();
    if (!retractionPath.isEmpty())
        if (Status written = write(retractionPath, retracted); !written)
            return written.error();
    if (Status kept = ConversionExport::remember(
            db, plan, path.isEmpty() ? u"-"_s : QDir::toNativeSeparators(path),
            QDir::toNativeSeparators(retractionPath), user);
        !kept)
        return Error{kept.error().code,
                     tr("The file was written, but what it sent could not be remembered, so the "
                        "next export will send it again: %1")
                         .arg(kept.error().message)};
    return retractionPath;
}

QString ConversionFiles::retractionPath(const QString& conversionsPath)
{
    const QFileInfo info(conversionsPath);
    const QString base =
        info.completeBaseName().isEmpty() ? info.fileName() : info.completeBaseName();
    return info.dir().filePath(base + u"-retractions.csv"_s);
}

} // namespace leadloop
