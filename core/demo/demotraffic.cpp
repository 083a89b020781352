#include "demotraffic.h"

#include "store/trackingwriter.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace leadloop::demo {

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Day = 86'400'000;

QString referrerFor(const QString& channel, const QString& source, DemoRandom& random)
{
    if (channel == u"Organic Search" || channel == u"Paid Search") {
        if (source == u"bing")
            return u"https://www.bing.com/"_s;
        if (source == u"duckduckgo")
            return u"https://duckduckgo.com/"_s;
        if (source == u"yandex")
            return u"https://yandex.ru/"_s;
        if (source == u"ecosia.org")
            return u"https://www.ecosia.org/"_s;
        return u"https://www.google.com/"_s;
    }
    if (channel == u"Organic Social") {
        if (source == u"t.co")
            return u"https://t.co/"_s + QString::number(random.between(100000, 999999), 36);
        return u"https://www."_s + source + u'/';
    }
    if (channel == u"Paid Social") {
        if (source == u"facebook")
            return u"https://m.facebook.com/"_s;
        if (source == u"instagram")
            return u"https://l.instagram.com/"_s;
        return u"https://www."_s + source + u".com/"_s;
    }
    if (channel == u"Referral") {
        static const QStringList paths = {u"/products/fjordly/reviews"_s,
                                          u"/blog/best-helpdesk-tools"_s, u"/compare/helpdesk"_s,
                                          u"/apps/fjordly"_s};
        return u"https://"_s + source + random.pick(paths);
    }
    if (channel == u"Display" && source == u"google")
        return u"https://tpc.googlesyndication.com/"_s;
    return {};
}

QString hostOf(const QString& url)
{
    return url.isEmpty() ? QString() : QUrl(url).host();
}

QString token(DemoRandom& random, int length)
{
    static const QString alphabet =
        u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"_s;
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(alphabet[random.below(int(alphabet.size()))]);
    return out;
}

} // namespace

DemoTraffic::DemoTraffic(DemoRandom& random, const ChannelRuleSet& channels, qint64 firstDayMs,
                         int days)
    : m_random(random)
    , m_channels(channels)
    , m_firstDayMs(firstDayMs)
    , m_days(days)
{}

QString DemoTraffic::cookieId()
{
    const auto hex = [this](int digits) {
        QString out;
        for (int i = 0; i < digits; ++i)
            out.append(QChar(u"0123456789abcdef"[m_random.below(16)]));
        return out;
    };
    // One group per statement (the operands of + are unsequenced, and compilers differ), drawn
    // last group first, as the demo has always drawn them.
    const QString node = hex(12);
    const QString sequence = hex(4);
    const QString version = hex(3);
    const QString middle = hex(4);
    const QString low = hex(8);
    return low + u'-' + middle + u"-4"_s + version + u'-' + sequence + u'-' + node;
}

DemoTraffic::Touch DemoTraffic::drawTouch(int day)
{
    QList<int> weights;
    for (const ChannelPlan& plan : channelPlans())
        weights.append(plan.sessionWeight);
    Touch touch{channelPlans()[m_random.weighted(weights)].channel, nullptr};

    const bool viaCampaign = channelPlan(touch.channel).sources.isEmpty() ||
                             (touch.channel == u"Referral" && m_random.below(5) == 0);
    if (!viaCampaign)
        return touch;
    QList<const CampaignPlan*> active;
    for (const CampaignPlan& campaign : campaignPlans())
        if (campaign.channel == touch.channel && day >= campaign.firstDay &&
            day <= campaign.lastDay)
            active.append(&campaign);
    if (!active.isEmpty()) {
        // Bigger budgets buy more visits.
        QList<int> budget;
        for (const CampaignPlan* campaign : active)
            budget.append(campaign->dailyCostEuros + 20);
        touch.campaign = active[m_random.weighted(budget)];
    } else if (channelPlan(touch.channel).sources.isEmpty()) {
        touch.channel = u"Direct"_s;
    }
    return touch;
}

DemoTraffic::Touch DemoTraffic::followUpTouch(const Touch& first, int day)
{
    const int roll = m_random.below(100);
    if (roll < 40)
        return {u"Direct"_s, nullptr};
    if (roll < 75 && (!first.campaign || day <= first.campaign->lastDay))
        return first;
    return drawTouch(day);
}

DemoTraffic::PlannedSession DemoTraffic::planSession(const Touch& touch, qint64 start)
{
    PlannedSession planned;
    SessionRecord& s = planned.session;
    const ChannelPlan& channel = channelPlan(touch.channel);
    s.startedAt = start;

    QString path;
    QString query;
    if (const CampaignPlan* campaign = touch.campaign) {
        s.source = campaign->source;
        s.medium = campaign->medium;
        s.campaign = campaign->name;
        if (m_random.below(3) == 0)
            s.content = u"variant_"_s + QChar(u'a' + m_random.below(3));
        if (campaign->channel == u"Paid Search") {
            static const QStringList terms = {
                u"helpdesk software"_s, u"customer service software"_s, u"zendesk alternative"_s,
                u"system helpdesk"_s,   u"klantenservice software"_s,   u"fjordly"_s,
                u"shared inbox tool"_s};
            s.term = m_random.pick(terms);
        }
        if (!campaign->clickIdType.isEmpty()) {
            s.clickIdType = campaign->clickIdType;
            s.clickId = token(m_random, 24);
            s.clickIds = {{s.clickIdType, s.clickId}}; // kept for the ad platforms
        }
        path = m_random.pick(campaign->landingPaths);
        query = u"?utm_source="_s + s.source + u"&utm_medium="_s + s.medium + u"&utm_campaign="_s +
                s.campaign;
        if (!s.content.isEmpty())
            query += u"&utm_content="_s + s.content;
        if (!s.term.isEmpty())
            query += u"&utm_term="_s + QString::fromUtf8(QUrl::toPercentEncoding(s.term));
        if (!s.clickId.isEmpty())
            query += u'&' + s.clickIdType + u'=' + s.clickId;
    } else {
        s.source = m_random.pick(channel.sources);
        s.medium = channel.medium;
        path = m_random.pick(channel.landingPaths);
    }
    s.referrer = referrerFor(touch.channel, s.source, m_random);
    s.referrerHost = hostOf(s.referrer);
    const ChannelMatch match =
        m_channels.classify({s.source, s.medium, s.campaign, s.clickIdType, s.referrerHost});
    s.channel = match.channel;
    s.channelRule = match.rule;

    const QString base = u"https://"_s + siteHost();
    s.landingUrl = base + path + query;

    const int morePages = m_random.below(5); // one draw per statement (see DemoSales)
    const int pageCount = 1 + morePages + (m_random.below(3) == 0 ? 1 : 0);
    qint64 ts = start;
    QString previousUrl = s.referrer;
    QString currentPath = path;
    QString currentUrl = s.landingUrl;
    const QList<SitePage>& pages = sitePages();
    for (int i = 0; i < pageCount; ++i) {
        planned.pages.append({0, i, ts, currentUrl, pageAt(currentPath).title, previousUrl, {}});
        previousUrl = currentUrl;
        // Browse on: anywhere but the thank-you and login pages.
        currentPath = pages[m_random.below(int(pages.size()) - 3)].path;
        currentUrl = base + currentPath;
        ts += 1000 * m_random.between(12, 240);
    }
    s.endedAt = planned.pages.back().ts + 1000 * m_random.between(5, 60);
    s.pageviews = int(planned.pages.size());
    return planned;
}

void DemoTraffic::addConversion(PlannedSession& planned, const QString& eventName,
                                const QString& email, bool isConversion)
{
    const QString base = u"https://"_s + siteHost();
    qint64 ts = planned.session.endedAt + 1000 * m_random.between(10, 90);
    QString previous = planned.pages.back().url;
    if (isConversion) {
        planned.pages.append({0,
                              int(planned.pages.size()),
                              ts,
                              base + u"/demo"_s,
                              pageAt(u"/demo"_s).title,
                              previous,
                              {}});
        previous = base + u"/demo"_s;
        ts += 1000 * m_random.between(40, 180);
        planned.pages.append({0,
                              int(planned.pages.size()),
                              ts,
                              base + u"/demo/thank-you"_s,
                              pageAt(u"/demo/thank-you"_s).title,
                              previous,
                              {}});
    }
    EventRecord event;
    event.ts = ts;
    event.name = eventName;
    event.isConversion = isConversion;
    event.email = email;
    event.url = planned.pages.back().url;
    planned.events.append(event);
    planned.session.endedAt = ts + 1000 * m_random.between(5, 30);
    planned.session.pageviews = int(planned.pages.size());
    planned.session.events = int(planned.events.size());
    planned.session.conversions += isConversion ? 1 : 0;
}

Status DemoTraffic::writeVisitor(TrackingWriter& writer, const QString& cookie,
                                 QList<PlannedSession>& sessions, TrafficSummary& summary,
                                 qint64* visitorId)
{
    VisitorRecord visitor{cookie, sessions.front().session.startedAt,
                          sessions.back().session.endedAt};
    auto id = writer.addVisitor(visitor);
    if (!id)
        return id.error();
    *visitorId = *id;
    ++summary.visitors;
    for (PlannedSession& planned : sessions) {
        planned.session.visitorId = *id;
        auto sessionId = writer.addSession(planned.session);
        if (!sessionId)
            return sessionId.error();
        ++summary.sessions;
        for (PageViewRecord& page : planned.pages) {
            page.sessionId = *sessionId;
            if (auto done = writer.addPageView(page); !done)
                return done.error();
            ++summary.pageviews;
        }
        for (EventRecord& event : planned.events) {
            event.sessionId = *sessionId;
            event.visitorId = *id;
            if (auto done = writer.addEvent(event); !done)
                return done.error();
            ++summary.events;
        }
    }
    return {};
}

Result<TrafficSummary> DemoTraffic::write(TrackingWriter& writer, int visitorCount,
                                          const std::function<bool(int, int)>& progress)
{
    TrafficSummary summary;
    const qint64 storyEnd = m_firstDayMs + m_days * Day;
    const auto startOn = [&](int day) {
        const qint64 hour = m_random.bell(6, 21); // one draw per statement (see DemoSales)
        const qint64 minute = m_random.below(60);
        const qint64 second = m_random.below(60);
        return m_firstDayMs + day * Day + hour * 60 * Minute + minute * Minute + 1000 * second +
               m_random.below(1000);
    };

    while (summary.visitors < visitorCount) {
        if (progress && summary.visitors % 500 == 0 &&
            !progress(int(summary.visitors), visitorCount))
            return Error{ErrorCode::Cancelled, {}};

        int day = m_random.below(m_days);
        if (m_random.below(4) == 0)
            day = m_days / 2 + m_random.below(m_days - m_days / 2); // traffic grows
        const Touch first = drawTouch(day);
        QList<PlannedSession> sessions{planSession(first, startOn(day))};
        const int sessionCount = 1 + m_random.below(5);
        for (int i = 1; i < sessionCount; ++i) {
            day += m_random.below(qMin(15, m_days - day));
            qint64 start = startOn(day);
            const qint64 earliest = sessions.back().session.endedAt + 30 * Minute;
            if (start < earliest)
                start = earliest + m_random.between(1, 180) * Minute;
            PlannedSession next = planSession(followUpTouch(first, day), start);
            if (next.session.endedAt >= storyEnd - 60 * Minute) // leave room for a conversion
                break;
            sessions.append(next);
        }

        const Behaviour& behaviour = behaviourFor(first.channel, first.campaign);
        const bool becomesLead = m_random.chancePerMille(behaviour.leadPerMille);
        LeadSeed lead;
        if (becomesLead) {
            lead.person = makePerson(m_random);
            // Namesakes at one company get a numbered address, as mail servers do.
            const QString email = lead.person.email;
            for (int n = 2; m_emails.contains(lead.person.email); ++n)
                lead.person.email = QString(email).replace(u'@', QString::number(n) + u'@');
            m_emails.insert(lead.person.email);
            lead.firstChannel = first.channel;
            lead.firstCampaign = first.campaign;
            const int at = m_random.below(10) < 6 ? int(sessions.size()) - 1
                                                  : m_random.below(int(sessions.size()));
            addConversion(sessions[at], u"generate_lead"_s, lead.person.email, true);
            lead.convertedAt = sessions[at].events.back().ts;
        }
        if (Status written = writeVisitor(writer, cookieId(), sessions, summary, &lead.visitorId);
            !written)
            return written.error();
        if (!becomesLead)
            continue;

        // About one lead in twelve comes back on a second device and signs up for a webinar.
        const int nextDay = int((lead.convertedAt - m_firstDayMs) / Day) + 1 + m_random.below(10);
        if (m_random.below(12) == 0 && nextDay < m_days && summary.visitors < visitorCount) {
            // One draw per statement: the start first, as the demo has always drawn them.
            const qint64 deviceStart = startOn(nextDay);
            QList<PlannedSession> device{planSession(followUpTouch(first, nextDay), deviceStart)};
            addConversion(device.front(), u"webinar_signup"_s, lead.person.email, false);
            qint64 deviceId = 0;
            if (Status written = writeVisitor(writer, cookieId(), device, summary, &deviceId);
                !written)
                return written.error();
            lead.otherDevices.append(deviceId);
            lead.otherDeviceSeen.append(device.front().events.back().ts);
        }
        summary.leads.append(lead);
    }
    if (progress)
        progress(visitorCount, visitorCount);
    return summary;
}

} // namespace leadloop::demo
