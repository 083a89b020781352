// Tests of the GA4 default channel group as shipped data: one case or more per rule, derived by
// hand from Google's rule table (shared/reference/channel-grouping.md), plus the rule file format.
#include "testsupport.h"
#include "tracking/channelruleset.h"
#include "tracking/trafficsource.h"

#include <QTemporaryDir>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestChannelRuleSet : public QObject
{
    Q_OBJECT

    std::optional<ChannelRuleSet> m_ga4;

private slots:
    void initTestCase()
    {
        auto loaded = ChannelRuleSet::builtin(u"ga4"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        m_ga4 = std::move(loaded.value());
        QCOMPARE(m_ga4->id(), u"ga4"_s);
        QCOMPARE(m_ga4->categoryOf(u"google"_s), u"search"_s);
        QCOMPARE(m_ga4->categoryOf(u"LinkedIn.com"_s), u"social"_s);
        QCOMPARE(m_ga4->categoryOf(u"youtube"_s), u"video"_s);
    }

    void classifies_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("medium");
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("rule");
        auto row = [](const char* tag, const char* s, const char* m, const char* c, const char* ch,
                      const char* rule) {
            QTest::newRow(tag) << QString::fromUtf8(s) << QString::fromUtf8(m)
                               << QString::fromUtf8(c) << QString::fromUtf8(ch)
                               << QStringLiteral("ga4:") + QString::fromUtf8(rule);
        };
        row("direct", "(direct)", "(none)", "", "Direct", "direct");
        row("direct not set", "(direct)", "(not set)", "", "Direct", "direct");
        row("cross-network", "google", "cpc", "pmax_cross-network_q3", "Cross-network",
            "cross_network");
        row("paid shopping by source", "google shopping", "cpc", "", "Paid Shopping",
            "paid_shopping");
        row("paid shopping by campaign", "google", "cpc", "summer_shopping", "Paid Shopping",
            "paid_shopping");
        row("shop word boundary", "google", "cpc", "workshop", "Paid Search", "paid_search");
        row("paid search", "google", "cpc", "brand", "Paid Search", "paid_search");
        row("paid search ppc", "bing", "ppc", "", "Paid Search", "paid_search");
        row("paid search retargeting", "yahoo", "retargeting", "", "Paid Search", "paid_search");
        row("paid social", "facebook", "paid_social", "", "Paid Social", "paid_social");
        row("paid social retargeting", "facebook", "retargeting", "", "Paid Social", "paid_social");
        row("paid social linkedin cpc", "linkedin", "cpc", "", "Paid Social", "paid_social");
        row("paid video", "youtube", "cpv", "", "Paid Video", "paid_video");
        row("display", "criteo", "display", "", "Display", "display");
        row("display cpm", "anything", "cpm", "", "Display", "display");
        row("display before paid search", "google", "display", "", "Display", "display");
        row("paid other", "some-source", "cpc", "", "Paid Other", "paid_other");
        row("organic shopping", "google shopping", "referral", "", "Organic Shopping",
            "organic_shopping");
        row("organic social by source", "linkedin.com", "referral", "", "Organic Social",
            "organic_social");
        row("organic social by medium", "newsletter-x", "social", "", "Organic Social",
            "organic_social");
        row("organic video", "youtube.com", "referral", "", "Organic Video", "organic_video");
        row("organic video by medium", "vimeo-x", "video_embed", "", "Organic Video",
            "organic_video");
        row("organic search by source", "bing", "referral", "", "Organic Search", "organic_search");
        row("organic search by medium", "some-engine", "organic", "", "Organic Search",
            "organic_search");
        row("referral", "g2.com", "referral", "", "Referral", "referral");
        row("referral app", "x", "app", "", "Referral", "referral");
        row("email by medium", "newsletter", "email", "", "Email", "email");
        row("email by source", "e-mail", "anything", "", "Email", "email");
        row("email spaced", "", "e mail", "", "Email", "email");
        row("affiliate", "partner", "affiliate", "", "Affiliates", "affiliates");
        row("audio", "spotify-x", "audio", "", "Audio", "audio");
        row("sms", "sms", "text", "", "SMS", "sms");
        row("push", "app", "web-push", "", "Mobile Push Notifications", "mobile_push");
        row("firebase", "firebase", "x", "", "Mobile Push Notifications", "mobile_push");
        row("unassigned", "some-source", "some-medium", "", "Unassigned", "unassigned");
        row("case-insensitive", "Google", "CPC", "Brand", "Paid Search", "paid_search");
    }

    void classifies()
    {
        QFETCH(QString, source);
        QFETCH(QString, medium);
        QFETCH(QString, campaign);
        QFETCH(QString, channel);
        QFETCH(QString, rule);
        const ChannelMatch match = m_ga4->classify({source, medium, campaign, {}, {}});
        QCOMPARE(match.channel, channel);
        QCOMPARE(match.rule, rule);
        // A second call comes from the cache and must agree.
        QCOMPARE(m_ga4->classify({source, medium, campaign, {}, {}}).channel, channel);
    }

    void classifiesTheHubSpotWay_data()
    {
        QTest::addColumn<QStringList>("input"); // source, medium, campaign, click id, referrer
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("rule");
        auto row = [](const char* tag, QStringList in, const char* channel, const char* rule) {
            QTest::newRow(tag) << in << QString::fromUtf8(channel)
                               << u"hubspot:"_s + QString::fromUtf8(rule);
        };
        row("utm social", {u"linkedin.com"_s, u"social"_s, {}, {}, {}}, "Organic social",
            "social_tagged");
        row("adwords source", {u"adwords"_s, u"x"_s, {}, {}, {}}, "Paid search",
            "source_paid_word");
        row("gclid", {u"google"_s, u"cpc"_s, {}, u"gclid"_s, u"google.com"_s}, "Paid search",
            "gclid");
        row("paid social", {u"facebook"_s, u"paid_social"_s, u"spring"_s, {}, {}}, "Paid social",
            "paid_social");
        row("tagged from google", {u"partner"_s, u"banner"_s, u"spring"_s, {}, u"google.de"_s},
            "Paid search", "tagged_from_google");
        row("cpc medium", {u"bing"_s, u"cpc"_s, {}, {}, {}}, "Paid search", "tagged_paid_word");
        row("email", {u"newsletter"_s, u"email"_s, u"march"_s, {}, {}}, "Email marketing", "email");
        row("other campaign", {u"criteo"_s, u"display"_s, u"retarget"_s, {}, {}}, "Other campaigns",
            "other_campaigns");
        row("social referrer", {u"reddit.com"_s, u"referral"_s, {}, {}, u"reddit.com"_s},
            "Organic social", "social_referrer");
        row("webmail", {u"mail.google.com"_s, u"referral"_s, {}, {}, u"mail.google.com"_s},
            "Direct traffic", "mail_referrer");
        row("search", {u"google"_s, u"organic"_s, {}, {}, u"google.co.uk"_s}, "Organic search",
            "search");
        row("referral", {u"g2.com"_s, u"referral"_s, {}, {}, u"g2.com"_s}, "Referrals", "referral");
        row("direct", {u"(direct)"_s, u"(none)"_s, {}, {}, {}}, "Direct traffic", "unassigned");
    }

    void classifiesTheHubSpotWay()
    {
        QFETCH(QStringList, input);
        QFETCH(QString, channel);
        QFETCH(QString, rule);
        static const auto hubspot = ChannelRuleSet::builtin(u"hubspot"_s);
        QVERIFY2(hubspot.ok(), qPrintable(hubspot.ok() ? QString() : hubspot.error().message));
        const ChannelMatch match =
            hubspot->classify({input[0], input[1], input[2], input[3], input[4]});
        QCOMPARE(match.channel, channel);
        QCOMPARE(match.rule, rule);
    }

    void resolvesSources_data()
    {
        QTest::addColumn<QByteArray>("landing");
        QTest::addColumn<QByteArray>("referrer");
        QTest::addColumn<QString>("expected"); // source / medium / basis
        QTest::newRow("utm") << QByteArray(
                                    "https://fjordly.com/?utm_source=newsletter&utm_medium=email")
                             << QByteArray("https://mail.google.com/")
                             << u"newsletter / email / campaign"_s;
        QTest::newRow("campaign only") << QByteArray("/?utm_campaign=x") << QByteArray()
                                       << u"(not set) / (not set) / campaign"_s;
        QTest::newRow("gclid") << QByteArray("/?gclid=abc") << QByteArray("https://www.google.com/")
                               << u"google / cpc / click_id"_s;
        QTest::newRow("fbclid is not paid")
            << QByteArray("/?fbclid=abc") << QByteArray("https://m.facebook.com/")
            << u"m.facebook.com / social / referrer"_s;
        QTest::newRow("google search")
            << QByteArray("/") << QByteArray("https://www.google.co.uk/search?q=x")
            << u"google / organic / referrer"_s;
        QTest::newRow("yandex") << QByteArray("/") << QByteArray("https://yandex.ru/")
                                << u"yandex / organic / referrer"_s;
        QTest::newRow("social") << QByteArray("/") << QByteArray("https://www.linkedin.com/feed/")
                                << u"linkedin.com / social / referrer"_s;
        QTest::newRow("referral") << QByteArray("/") << QByteArray("https://www.g2.com/products/x")
                                  << u"g2.com / referral / referrer"_s;
        QTest::newRow("own site") << QByteArray("/")
                                  << QByteArray("https://www.fjordly.com/pricing")
                                  << u"(direct) / (none) / direct"_s;
        QTest::newRow("own subdomain") << QByteArray("/") << QByteArray("https://app.fjordly.com/")
                                       << u"(direct) / (none) / direct"_s;
        QTest::newRow("no referrer")
            << QByteArray("/") << QByteArray() << u"(direct) / (none) / direct"_s;
    }

    void resolvesSources()
    {
        QFETCH(QByteArray, landing);
        QFETCH(QByteArray, referrer);
        QFETCH(QString, expected);
        const TrafficSourceResolver resolver(*m_ga4, {u"www.fjordly.com"_s});
        const TrafficSource s =
            resolver.resolve(parseCampaignParams(landing.toStdString()), referrer.toStdString());
        QCOMPARE(s.source + u" / "_s + s.medium + u" / "_s + s.basis, expected);
    }

    void rejectsBrokenRuleFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{ rules: ");
        QTest::newRow("no rules") << QByteArray("{\"id\": \"x\", \"rules\": []}");
        QTest::newRow("unknown field")
            << QByteArray("{\"id\": \"x\", \"rules\": [{\"id\": \"a\", \"channel\": \"A\", "
                          "\"all\": [{\"field\": \"colour\", \"equals\": \"x\"}]}]}");
        QTest::newRow("bad regex")
            << QByteArray("{\"id\": \"x\", \"rules\": [{\"id\": \"a\", \"channel\": \"A\", "
                          "\"all\": [{\"field\": \"medium\", \"regex\": \"(\"}]}]}");
        QTest::newRow("no operator")
            << QByteArray("{\"id\": \"x\", \"rules\": [{\"id\": \"a\", \"channel\": \"A\", "
                          "\"all\": [{\"field\": \"medium\"}]}]}");
    }

    void rejectsBrokenRuleFiles()
    {
        QFETCH(QByteArray, json);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"rules.json"_s);
        QVERIFY(test::writeFile(path, json));
        auto loaded = ChannelRuleSet::load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::BadInput);
    }

    void customRulesWork()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"custom.json"_s);
        QVERIFY(test::writeFile(path, "{\"id\": \"mine\", \"fallback\": \"Other\", \"rules\": ["
                                      "{\"id\": \"partners\", \"channel\": \"Partners\", \"any\": "
                                      "[{\"field\": \"source\", \"endsWith\": \".partner.com\"}]},"
                                      "{\"id\": \"paid\", \"channel\": \"Paid\", \"all\": "
                                      "[{\"field\": \"medium\", \"in\": [\"cpc\", \"ppc\"]}]}]}"));
        auto loaded = ChannelRuleSet::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->classify({u"shop.partner.com"_s, u"cpc"_s, {}, {}, {}}).channel,
                 u"Partners"_s);
        QCOMPARE(loaded->classify({u"google"_s, u"CPC"_s, {}, {}, {}}).rule, u"mine:paid"_s);
        QCOMPARE(loaded->classify({u"google"_s, u"organic"_s, {}, {}, {}}).channel, u"Other"_s);
    }
};

QTEST_GUILESS_MAIN(TestChannelRuleSet)
#include "tst_channelruleset.moc"
