#include "phonenumber.h"

#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// A country's calling code and the trunk prefix its national numbers begin with (dropped in
/// the international form). Sources: ITU-T E.164 assigned codes (Annex to ITU OB 1224) and
/// ITU-T national numbering plans. Italy keeps its leading 0; the North American plan's trunk
/// prefix is 1, the code itself.
struct Plan
{
    std::string_view country;
    std::string_view code;
    std::string_view trunk;
};

constexpr std::array<Plan, 62> Plans{{
    {"AR", "54", "0"},  {"AT", "43", "0"},  {"AU", "61", "0"},  {"BE", "32", "0"},
    {"BG", "359", "0"}, {"BR", "55", "0"},  {"BY", "375", "8"}, {"CA", "1", "1"},
    {"CH", "41", "0"},  {"CL", "56", ""},   {"CN", "86", "0"},  {"CO", "57", ""},
    {"CY", "357", ""},  {"CZ", "420", ""},  {"DE", "49", "0"},  {"DK", "45", ""},
    {"EE", "372", ""},  {"EG", "20", "0"},  {"ES", "34", ""},   {"FI", "358", "0"},
    {"FR", "33", "0"},  {"GB", "44", "0"},  {"GE", "995", "0"}, {"GR", "30", ""},
    {"HK", "852", ""},  {"HR", "385", "0"}, {"HU", "36", "06"}, {"IE", "353", "0"},
    {"IL", "972", "0"}, {"IN", "91", "0"},  {"IS", "354", ""},  {"IT", "39", ""},
    {"JP", "81", "0"},  {"KR", "82", "0"},  {"KZ", "7", "8"},   {"LT", "370", "8"},
    {"LU", "352", ""},  {"LV", "371", ""},  {"MD", "373", "0"}, {"MT", "356", ""},
    {"MX", "52", ""},   {"NL", "31", "0"},  {"NO", "47", ""},   {"NZ", "64", "0"},
    {"PH", "63", "0"},  {"PL", "48", ""},   {"PT", "351", ""},  {"RO", "40", "0"},
    {"RS", "381", "0"}, {"RU", "7", "8"},   {"SA", "966", "0"}, {"SE", "46", "0"},
    {"SG", "65", ""},   {"SI", "386", "0"}, {"SK", "421", "0"}, {"TR", "90", "0"},
    {"TW", "886", "0"}, {"UA", "380", "0"}, {"US", "1", "1"},   {"VN", "84", "0"},
    {"ZA", "27", "0"},  {"AE", "971", "0"},
}};

const Plan* planOf(const QString& country)
{
    const QByteArray code = country.trimmed().toUpper().toLatin1();
    for (const Plan& plan : Plans)
        if (plan.country == std::string_view(code.constData(), size_t(code.size())))
            return &plan;
    return nullptr;
}

} // namespace

QString PhoneNumber::callingCode(const QString& country)
{
    const Plan* plan = planOf(country);
    return plan ? QString::fromLatin1(plan->code.data(), qsizetype(plan->code.size())) : QString();
}

QString PhoneNumber::e164(const QString& text, const QString& country)
{
    QString t = text.trimmed();
    // An extension is no part of the number: "… ext. 12", "… x12", "… wew. 12".
    for (const QString& mark : {u"ext"_s, u"x"_s, u"wew"_s, u"#"_s, u"доб"_s, u"anknytning"_s}) {
        const qsizetype at = t.indexOf(mark, 1, Qt::CaseInsensitive);
        if (at > 0)
            t.truncate(at);
    }
    bool international = t.startsWith(u'+');
    QString digits;
    for (const QChar c : t) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c.isLetter())
            return {};
        else if (!QStringView(u" -./()+\u00a0").contains(c))
            return {};
    }
    if (!international && digits.startsWith(u"00"_s)) {
        digits.remove(0, 2);
        international = true;
    }
    if (!international) {
        const Plan* plan = planOf(country);
        if (!plan)
            return {};
        const QString code = QString::fromLatin1(plan->code.data(), qsizetype(plan->code.size()));
        const QString trunk =
            QString::fromLatin1(plan->trunk.data(), qsizetype(plan->trunk.size()));
        // A North American number written with its leading 1 is already whole.
        if (code == u"1"_s && digits.size() == 11 && digits.startsWith(u'1'))
            digits.remove(0, 1);
        else if (!trunk.isEmpty() && code != u"1"_s && digits.startsWith(trunk))
            digits.remove(0, trunk.size());
        digits.prepend(code);
    }
    if (digits.size() < 8 || digits.size() > 15 || digits.startsWith(u'0'))
        return {};
    return u'+' + digits;
}

} // namespace leadloop
