// The shipped translations load and choose the right plural form: Polish and Russian have three
// forms, Dutch and Swedish two (docs/translations.md).
#include "common/translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void pluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pl 1") << u"pl"_s << 1 << u"1 dzień"_s;
        QTest::newRow("pl 2") << u"pl"_s << 2 << u"2 dni"_s;
        QTest::newRow("pl 5") << u"pl"_s << 5 << u"5 dni"_s;
        QTest::newRow("ru 1") << u"ru"_s << 1 << u"1 день"_s;
        QTest::newRow("ru 3") << u"ru"_s << 3 << u"3 дня"_s;
        QTest::newRow("ru 11") << u"ru"_s << 11 << u"11 дней"_s;
        QTest::newRow("ru 21") << u"ru"_s << 21 << u"21 день"_s;
        QTest::newRow("nl 1") << u"nl"_s << 1 << u"1 dag"_s;
        QTest::newRow("nl 90") << u"nl"_s << 90 << u"90 dagen"_s;
        QTest::newRow("sv 1") << u"sv"_s << 1 << u"1 dag"_s;
        QTest::newRow("sv 7") << u"sv"_s << 7 << u"7 dagar"_s;
    }

    void pluralForms()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QVERIFY(leadloop::installTranslations(*QCoreApplication::instance(), QLocale(language)));
        QLocale::setDefault(QLocale(language));
        QCOMPARE(QCoreApplication::translate("ExecutiveReport", "%Ln days", nullptr, count),
                 expected);
    }

    void everyLanguageTranslatesTheFunnel_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        // The word each market uses (shared/seeds).
        QTest::newRow("pl") << u"pl"_s << u"Lejek sprzedażowy"_s;
        QTest::newRow("nl") << u"nl"_s << u"Trechter"_s;
        QTest::newRow("sv") << u"sv"_s << u"Tratt"_s;
        QTest::newRow("ru") << u"ru"_s << u"Воронка продаж"_s;
    }

    void everyLanguageTranslatesTheFunnel()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QVERIFY(leadloop::installTranslations(*QCoreApplication::instance(), QLocale(language)));
        QCOMPARE(QCoreApplication::translate("ExecutiveReport", "Funnel"), expected);
        QVERIFY(!leadloop::installTranslations(*QCoreApplication::instance(), QLocale(u"de"_s)));
        QCOMPARE(QCoreApplication::translate("ExecutiveReport", "Funnel"), u"Funnel"_s);
    }

    // Qt's own buttons in every language: from qt6-translations-l10n, and for Swedish, which it
    // lacks, from LeadLoop's qt_extras_sv. A language LeadLoop does not speak (German) leaves
    // them English, like the rest.
    void qtsOwnButtonsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("finish");
        QTest::newRow("pl") << u"pl"_s << u"Anuluj"_s << u"&Zakończ"_s;
        QTest::newRow("nl") << u"nl"_s << u"Annuleren"_s << u"Vol&tooien"_s;
        QTest::newRow("sv") << u"sv"_s << u"Avbryt"_s << u"&Slutför"_s;
        QTest::newRow("ru") << u"ru"_s << u"Отмена"_s << u"&Завершить"_s;
    }

    void qtsOwnButtonsAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        QFETCH(QString, finish);
        QVERIFY(leadloop::installTranslations(*QCoreApplication::instance(), QLocale(language)));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
        QCOMPARE(QCoreApplication::translate("QWizard", "&Finish"), finish);
        QVERIFY(!leadloop::installTranslations(*QCoreApplication::instance(), QLocale(u"de"_s)));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
