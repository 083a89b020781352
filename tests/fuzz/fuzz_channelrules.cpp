// Channel rule files (JSON, docs/tracking.md): compiling them and classifying with them.
#include "fuzzsupport.h"
#include "tracking/channelruleset.h"

using namespace leadloop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::scratch();
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    auto rules = ChannelRuleSet::fromJson(json, fuzz::scratch().path(), QStringLiteral("fuzz"));
    if (!rules)
        return 0;
    for (const ChannelInput& input :
         {ChannelInput{QStringLiteral("google"), QStringLiteral("cpc"), QStringLiteral("brand"),
                       QStringLiteral("gclid"), QString()},
          ChannelInput{QStringLiteral("(direct)"), QStringLiteral("(none)"), {}, {}, {}},
          ChannelInput{QStringLiteral("facebook.com"),
                       QStringLiteral("referral"),
                       {},
                       {},
                       QStringLiteral("facebook.com")},
          ChannelInput{QStringLiteral("newsletter"),
                       QStringLiteral("email"),
                       QStringLiteral("spring_sale"),
                       {},
                       {}}})
        (void)rules->classify(input);
    return 0;
}
