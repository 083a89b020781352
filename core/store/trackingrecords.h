#pragma once

#include <optional>
#include <QString>
#include <utility>
#include <vector>

namespace leadloop {

// Plain rows of the tracking tables; times are UTC milliseconds, money is minor units.

/// A browser identified by its cookie id.
struct VisitorRecord
{
    QString cookieId;
    qint64 firstSeen = 0;
    qint64 lastSeen = 0;
};

/// One visit with its traffic source and the channel it was classified into.
struct SessionRecord
{
    qint64 visitorId = 0;
    QString externalId;
    qint64 startedAt = 0;
    qint64 endedAt = 0;
    QString landingUrl; ///< looked up in the urls table unless landingUrlId is set
    QString referrer;   ///< looked up in the urls table unless referrerUrlId is set
    qint64 landingUrlId = 0;
    qint64 referrerUrlId = 0;
    QString referrerHost;
    QString source;
    QString medium;
    QString campaign;
    QString term;
    QString content;
    QString utmId;
    QString clickIdType;
    QString clickId;
    /// Every ad click id of the landing URL and the mapped columns, (type, value): kept in
    /// session_click_ids for the ad platforms.
    std::vector<std::pair<QString, QString>> clickIds;
    QString channel;
    QString channelRule;
    int pageviews = 0;
    int events = 0;
    int conversions = 0;
};

/// One page view inside a session; seq numbers a session's page views from 0.
struct PageViewRecord
{
    qint64 sessionId = 0;
    int seq = 0;
    qint64 ts = 0;
    QString url;
    QString title;
    QString referrer;
    QString eventKey;
};

/// A tracked event; conversions may carry a value and a form's e-mail.
struct EventRecord
{
    std::optional<qint64> sessionId;
    qint64 visitorId = 0;
    qint64 ts = 0;
    QString name;
    QString eventKey;
    bool isConversion = false;
    std::optional<qint64> valueCents;
    QString currency;
    QString email;
    QString userId;
    QString url;
};

} // namespace leadloop
