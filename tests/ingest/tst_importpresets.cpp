// Import presets in their shared file (docs/import.md): what the wizard saves, the CLI reads.
#include "ingest/crmmapping.h"
#include "ingest/importpresets.h"
#include "ingest/trackingmapping.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestImportPresets : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;

private slots:
    void savesLoadsListsAndRemoves()
    {
        ImportPresets presets(m_dir.path(u"a/import-presets.json"_s)); // the folder is made
        QCOMPARE(*presets.names(u"tracking"_s), QStringList());
        const ImportPresets::Mapping shop = {{u"visitor"_s, u"Klient"_s},
                                             {u"time"_s, u"Czas, UTC"_s},
                                             {u"url"_s, u"Adres=strony"_s},
                                             {u"referrer"_s, QString()}};
        QVERIFY(presets.save(u"tracking"_s, u"Sklep"_s, shop).ok());
        QVERIFY(presets.save(u"tracking"_s, u"analytics export"_s, {{u"url"_s, u"page"_s}}).ok());
        QVERIFY(presets.save(u"crm"_s, u"Bitrix"_s, {{u"email"_s, u"E-mail"_s}}).ok());
        // Sorted without regard to case; kinds apart.
        QCOMPARE(*presets.names(u"tracking"_s), (QStringList{u"analytics export"_s, u"Sklep"_s}));
        QCOMPARE(*presets.names(u"crm"_s), QStringList{u"Bitrix"_s});
        // Another reader of the same file (the CLI) sees the same; empty columns are not kept.
        auto loaded = ImportPresets(presets.file()).load(u"tracking"_s, u"Sklep"_s);
        QVERIFY(loaded.ok());
        ImportPresets::Mapping expected = shop;
        expected.remove(u"referrer"_s);
        QCOMPARE(*loaded, expected);
        // Column names with a comma or '=' reach the importer's mapping whole.
        auto fields = TrackingMappings::fromNames(*loaded);
        QVERIFY(fields.ok());
        QCOMPARE(fields->value(TrackingField::Time), u"Czas, UTC"_s);
        QCOMPARE(fields->value(TrackingField::Url), u"Adres=strony"_s);
        QVERIFY(presets.remove(u"tracking"_s, u"Sklep"_s).ok());
        QCOMPARE(*presets.names(u"tracking"_s), QStringList{u"analytics export"_s});
        QCOMPARE(presets.load(u"tracking"_s, u"Sklep"_s).error().code, ErrorCode::NotFound);
    }

    void unknownFieldsAreAnError()
    {
        auto tracking = TrackingMappings::fromNames({{u"visiter"_s, u"id"_s}});
        QVERIFY(!tracking.ok());
        QCOMPARE(tracking.error().code, ErrorCode::BadInput);
        auto crm = CrmMappings::fromNames({{u"e-mail"_s, u"Email"_s}});
        QVERIFY(!crm.ok());
        QCOMPARE(crm.error().code, ErrorCode::BadInput);
        QCOMPARE(CrmMappings::fromNames({{u"email"_s, u"E-mail"_s}})->value(CrmField::Email),
                 u"E-mail"_s);
    }

    void aBrokenFileIsAnErrorAndIsNotOverwritten()
    {
        const QString file = m_dir.file(u"broken.json"_s, "{\"presets\": {\"tracking\": ");
        ImportPresets presets(file);
        auto names = presets.names(u"tracking"_s);
        QVERIFY(!names.ok());
        QCOMPARE(names.error().code, ErrorCode::BadInput);
        QVERIFY(names.error().message.contains(u"broken.json"_s));
        // Saving does not replace what it cannot read (the user may mend it by hand).
        QVERIFY(!presets.save(u"tracking"_s, u"x"_s, {{u"url"_s, u"u"_s}}).ok());
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), QByteArray("{\"presets\": {\"tracking\": "));
    }

    void aPresetNeedsAName()
    {
        ImportPresets presets(m_dir.path(u"named.json"_s));
        QCOMPARE(presets.save(u"crm"_s, u"  "_s, {}).error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestImportPresets)
#include "tst_importpresets.moc"
