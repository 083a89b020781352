// The text readers issue 18 and 19 added: a custom funnel's steps file (JSON), a step as the CLI
// names it (time-to-convert --from), a phone number made E.164 and e-mail addresses normalised
// for the ad platforms. A parsed funnel must write itself back to JSON that reads the same.
#include "adexport/adidentifiers.h"
#include "adexport/phonenumber.h"
#include "analytics/funneldefinition.h"
#include "analytics/timetoconvert.h"
#include "fuzzsupport.h"

#include <cstdlib>
#include <QJsonDocument>

using namespace leadloop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::scratch();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    if (auto funnel = FunnelDefinition::fromJson(bytes, QStringLiteral("fuzz"))) {
        const QByteArray written = QJsonDocument(funnel->toJson()).toJson();
        auto again = FunnelDefinition::fromJson(written, QStringLiteral("again"));
        if (!again || again->steps.size() != funnel->steps.size())
            std::abort(); // what it wrote, it must read
        for (const FunnelStep& step : funnel->steps)
            (void)step.describe();
    }
    (void)TimeToConvert::parseStep(text);
    for (const char* country : {"PL", "US", "RU", "IT", ""}) {
        const QString e164 = PhoneNumber::e164(text, QString::fromLatin1(country));
        if (!e164.isEmpty() && (e164.size() < 9 || e164.size() > 16 || !e164.startsWith(u'+')))
            std::abort(); // + and 8 to 15 digits, or nothing
    }
    (void)AdIdentifiers::sha256(AdIdentifiers::googleEmail(text));
    (void)AdIdentifiers::metaName(text);
    return 0;
}
