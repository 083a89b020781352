// Tests of URL splitting and campaign parameter parsing (UTM, Matomo, click ids).
#include "tracking/urlparser.h"

#include <QTest>

using namespace leadloop;

class TestUrlParser : public QObject
{
    Q_OBJECT

private slots:
    void splitsUrls_data()
    {
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("fragment");
        QTest::newRow("full") << QByteArray("https://www.x.com/a/b?q=1#top")
                              << QByteArray("www.x.com") << QByteArray("/a/b") << QByteArray("q=1")
                              << QByteArray("top");
        QTest::newRow("no path") << QByteArray("http://x.com") << QByteArray("x.com")
                                 << QByteArray("/") << QByteArray() << QByteArray();
        QTest::newRow("query without path")
            << QByteArray("https://x.com?utm_source=a") << QByteArray("x.com") << QByteArray("/")
            << QByteArray("utm_source=a") << QByteArray();
        QTest::newRow("relative") << QByteArray("/pricing?x=1") << QByteArray()
                                  << QByteArray("/pricing") << QByteArray("x=1") << QByteArray();
        QTest::newRow("credentials and port")
            << QByteArray("https://u:p@x.com:8080/p") << QByteArray("x.com:8080")
            << QByteArray("/p") << QByteArray() << QByteArray();
        QTest::newRow("protocol-relative") << QByteArray("//cdn.x.com/a") << QByteArray("cdn.x.com")
                                           << QByteArray("/a") << QByteArray() << QByteArray();
    }

    void splitsUrls()
    {
        QFETCH(QByteArray, url);
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, fragment);
        const UrlParts parts = splitUrl(std::string_view(url.constData(), size_t(url.size())));
        QCOMPARE(QByteArray::fromStdString(std::string(parts.host)), host);
        QCOMPARE(QByteArray::fromStdString(std::string(parts.path)), path);
        QCOMPARE(QByteArray::fromStdString(std::string(parts.query)), query);
        QCOMPARE(QByteArray::fromStdString(std::string(parts.fragment)), fragment);
    }

    void parsesCampaignParameters_data()
    {
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<QByteArray>(
            "expected"); // source|medium|campaign|term|content|id|click type|click
        QTest::newRow("utm")
            << QByteArray("https://x.com/?utm_source=google&utm_medium=cpc&utm_campaign=brand")
            << QByteArray("google|cpc|brand|||||");
        QTest::newRow("any order")
            << QByteArray("/p?utm_campaign=brand&x=1&utm_medium=cpc&utm_source=google")
            << QByteArray("google|cpc|brand|||||");
        QTest::newRow("percent and plus")
            << QByteArray(
                   "/?utm_campaign=summer%20promo&utm_term=Brand+Awareness&utm_content=a%2Fb")
            << QByteArray("||summer promo|Brand Awareness|a/b|||");
        QTest::newRow("utf-8 escapes") << QByteArray("/?utm_campaign=lejek%20sprzeda%C5%BCowy")
                                       << QByteArray("||lejek sprzedażowy|||||");
        QTest::newRow("in the fragment")
            << QByteArray("/landing#utm_source=newsletter&utm_medium=email")
            << QByteArray("newsletter|email||||||");
        QTest::newRow("utm id") << QByteArray("/?utm_id=42&utm_source=a")
                                << QByteArray("a|||||42||");
        QTest::newRow("upper-case keys")
            << QByteArray("/?UTM_SOURCE=Bing&Utm_Medium=CPC") << QByteArray("Bing|CPC||||||");
        QTest::newRow("matomo mtm")
            << QByteArray("/?mtm_campaign=spring&mtm_source=fb&mtm_medium=social&mtm_kwd=k")
            << QByteArray("fb|social|spring|k||||");
        QTest::newRow("matomo pk")
            << QByteArray("/?pk_campaign=old&pk_kwd=shoes") << QByteArray("||old|shoes||||");
        QTest::newRow("utm wins over pk")
            << QByteArray("/?pk_campaign=old&utm_campaign=new") << QByteArray("||new|||||");
        QTest::newRow("gclid") << QByteArray("/?gclid=abc123") << QByteArray("||||||gclid|abc123");
        QTest::newRow("gclid wins over fbclid")
            << QByteArray("/?fbclid=f&gclid=g") << QByteArray("||||||gclid|g");
        QTest::newRow("msclkid") << QByteArray("/?msclkid=m1") << QByteArray("||||||msclkid|m1");
        QTest::newRow("semicolons")
            << QByteArray("/?utm_source=a;utm_medium=b") << QByteArray("a|b||||||");
        QTest::newRow("empty values ignored")
            << QByteArray("/?utm_source=&utm_medium=x") << QByteArray("|x||||||");
        QTest::newRow("no parameters")
            << QByteArray("https://x.com/pricing") << QByteArray("|||||||");
        QTest::newRow("broken escape")
            << QByteArray("/?utm_campaign=100%25%zz") << QByteArray("||100%%zz|||||");
    }

    void parsesCampaignParameters()
    {
        QFETCH(QByteArray, url);
        QFETCH(QByteArray, expected);
        const CampaignParams p =
            parseCampaignParams(std::string_view(url.constData(), size_t(url.size())));
        const std::string got = p.source + '|' + p.medium + '|' + p.campaign + '|' + p.term + '|' +
                                p.content + '|' + p.utmId + '|' + p.clickIdType + '|' + p.clickId;
        QCOMPARE(QByteArray::fromStdString(got), expected);
    }

    // Every click id is kept for the ad platforms, the first value of each type, in order.
    void collectsEveryClickId_data()
    {
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("none") << QByteArray("/?utm_source=a") << QByteArray("");
        QTest::newRow("one") << QByteArray("/?gclid=g1") << QByteArray("gclid=g1");
        QTest::newRow("google and meta") << QByteArray("/p?fbclid=IwAR%2D1&utm_source=x&gclid=Cj0")
                                         << QByteArray("fbclid=IwAR-1;gclid=Cj0");
        QTest::newRow("every platform")
            << QByteArray("/?gbraid=b&wbraid=w&msclkid=m&li_fat_id=l&ttclid=t")
            << QByteArray("gbraid=b;wbraid=w;msclkid=m;li_fat_id=l;ttclid=t");
        QTest::newRow("a repeated type keeps the first")
            << QByteArray("/?gclid=first&gclid=second") << QByteArray("gclid=first");
        QTest::newRow("in the fragment, upper-case key")
            << QByteArray("/l#MSCLKID=abc") << QByteArray("msclkid=abc");
        QTest::newRow("empty value ignored")
            << QByteArray("/?gclid=&ttclid=t") << QByteArray("ttclid=t");
    }

    void collectsEveryClickId()
    {
        QFETCH(QByteArray, url);
        QFETCH(QByteArray, expected);
        const CampaignParams p =
            parseCampaignParams(std::string_view(url.constData(), size_t(url.size())));
        std::string got;
        for (const auto& [type, value] : p.clickIds)
            got += (got.empty() ? "" : ";") + type + '=' + value;
        QCOMPARE(QByteArray::fromStdString(got), expected);
    }

    // A click id from a mapped column joins the URL's as one more parameter would.
    void addsGivenClickIds_data()
    {
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected"); // preferred type=value | all
        QTest::newRow("alone") << QByteArray("/") << QByteArray("msclkid") << QByteArray("m")
                               << QByteArray("msclkid=m|msclkid=m");
        QTest::newRow("ranks before the URL's")
            << QByteArray("/?fbclid=f") << QByteArray("gclid") << QByteArray("g")
            << QByteArray("gclid=g|fbclid=f;gclid=g");
        QTest::newRow("ranks after the URL's")
            << QByteArray("/?gclid=g") << QByteArray("ttclid") << QByteArray("t")
            << QByteArray("gclid=g|gclid=g;ttclid=t");
        QTest::newRow("the URL's value of the same type stays")
            << QByteArray("/?gclid=url") << QByteArray("gclid") << QByteArray("column")
            << QByteArray("gclid=url|gclid=url");
        QTest::newRow("empty") << QByteArray("/") << QByteArray("gclid") << QByteArray("")
                               << QByteArray("=|");
        QTest::newRow("unknown type")
            << QByteArray("/") << QByteArray("srsltid") << QByteArray("x") << QByteArray("=|");
    }

    void addsGivenClickIds()
    {
        QFETCH(QByteArray, url);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        CampaignParams p = parseCampaignParams(url.toStdString());
        addClickId(p, type.toStdString(), value.toStdString());
        std::string all;
        for (const auto& [t, v] : p.clickIds)
            all += (all.empty() ? "" : ";") + t + '=' + v;
        QCOMPARE(QByteArray::fromStdString(p.clickIdType + '=' + p.clickId + '|' + all), expected);
    }

    void normalisesHosts_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("www") << QByteArray("WWW.Google.COM") << QByteArray("google.com");
        QTest::newRow("port") << QByteArray("x.com:443") << QByteArray("x.com");
        QTest::newRow("trailing dot") << QByteArray("x.com.") << QByteArray("x.com");
        QTest::newRow("subdomain kept")
            << QByteArray("m.facebook.com") << QByteArray("m.facebook.com");
    }

    void normalisesHosts()
    {
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, expected);
        QCOMPARE(QByteArray::fromStdString(normalizedHost(host.toStdString())), expected);
    }

    void comparesCampaigns()
    {
        CampaignParams a;
        a.source = "google";
        a.medium = "cpc";
        CampaignParams b = a;
        b.clickId = "different click";
        QVERIFY(a.sameCampaignAs(b));
        b.campaign = "other";
        QVERIFY(!a.sameCampaignAs(b));
    }
};

QTEST_GUILESS_MAIN(TestUrlParser)
#include "tst_urlparser.moc"
