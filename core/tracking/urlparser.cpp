#include "urlparser.h"

#include <algorithm>
#include <array>

namespace leadloop {

namespace {

/// Where `a` or `b` first occurs in `text`, or npos. One pass over the text: find_first_of
/// searches its set of characters once for every character of the text.
size_t findEither(std::string_view text, char a, char b)
{
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == a || text[i] == b)
            return i;
    return std::string_view::npos;
}

} // namespace

namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == y; });
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = lower(c);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Where each recognised parameter goes, in order of precedence (lower rank wins).
enum class Slot
{
    Source,
    Medium,
    Campaign,
    Term,
    Content,
    UtmId,
    Click
};

struct KnownParam
{
    std::string_view name;
    Slot slot;
    int rank;
};

constexpr std::array<KnownParam, 31> knownParams{{
    {"utm_source", Slot::Source, 0},     {"utm_medium", Slot::Medium, 0},
    {"utm_campaign", Slot::Campaign, 0}, {"utm_term", Slot::Term, 0},
    {"utm_content", Slot::Content, 0},   {"utm_id", Slot::UtmId, 0},
    {"mtm_source", Slot::Source, 1},     {"mtm_medium", Slot::Medium, 1},
    {"mtm_campaign", Slot::Campaign, 1}, {"mtm_keyword", Slot::Term, 1},
    {"mtm_kwd", Slot::Term, 1},          {"mtm_content", Slot::Content, 1},
    {"mtm_cid", Slot::UtmId, 1},         {"matomo_campaign", Slot::Campaign, 2},
    {"pk_campaign", Slot::Campaign, 2},  {"piwik_campaign", Slot::Campaign, 2},
    {"pk_cpn", Slot::Campaign, 2},       {"pk_source", Slot::Source, 2},
    {"pk_medium", Slot::Medium, 2},      {"pk_kwd", Slot::Term, 2},
    {"pk_keyword", Slot::Term, 2},       {"piwik_kwd", Slot::Term, 2},
    {"pk_content", Slot::Content, 2},    {"gclid", Slot::Click, 0},
    {"gbraid", Slot::Click, 1},          {"wbraid", Slot::Click, 2},
    {"dclid", Slot::Click, 3},           {"msclkid", Slot::Click, 4},
    {"li_fat_id", Slot::Click, 5},       {"ttclid", Slot::Click, 6},
    {"fbclid", Slot::Click, 7},
}};

struct Collector
{
    CampaignParams params;
    std::array<int, 7> ranks{99, 99, 99, 99, 99, 99, 99};

    void take(std::string_view key, std::string_view rawValue)
    {
        if (rawValue.empty())
            return;
        for (const KnownParam& known : knownParams) {
            if (!equalsIgnoreCase(key, known.name))
                continue;
            const int slot = int(known.slot);
            if (known.slot == Slot::Click) {
                const bool seen =
                    std::any_of(params.clickIds.begin(), params.clickIds.end(),
                                [&](const auto& id) { return id.first == known.name; });
                if (!seen)
                    params.clickIds.emplace_back(std::string(known.name), percentDecode(rawValue));
            }
            if (known.rank >= ranks[slot])
                return;
            ranks[slot] = known.rank;
            std::string value = percentDecode(rawValue);
            switch (known.slot) {
            case Slot::Source:
                params.source = std::move(value);
                break;
            case Slot::Medium:
                params.medium = std::move(value);
                break;
            case Slot::Campaign:
                params.campaign = std::move(value);
                break;
            case Slot::Term:
                params.term = std::move(value);
                break;
            case Slot::Content:
                params.content = std::move(value);
                break;
            case Slot::UtmId:
                params.utmId = std::move(value);
                break;
            case Slot::Click:
                params.clickIdType = std::string(known.name);
                params.clickId = std::move(value);
                break;
            }
            return;
        }
    }

    void scan(std::string_view text)
    {
        while (!text.empty()) {
            const size_t end = findEither(text, '&', ';');
            const std::string_view pair = text.substr(0, end);
            const size_t eq = pair.find('=');
            if (eq != std::string_view::npos)
                take(pair.substr(0, eq), pair.substr(eq + 1));
            if (end == std::string_view::npos)
                break;
            text.remove_prefix(end + 1);
        }
    }
};

} // namespace

UrlParts splitUrl(std::string_view url)
{
    UrlParts parts;
    const size_t hash = url.find('#');
    if (hash != std::string_view::npos) {
        parts.fragment = url.substr(hash + 1);
        url = url.substr(0, hash);
    }
    const size_t question = url.find('?');
    if (question != std::string_view::npos) {
        parts.query = url.substr(question + 1);
        url = url.substr(0, question);
    }
    const size_t schemeEnd = url.find("://");
    if (schemeEnd != std::string_view::npos && url.find('/') > schemeEnd) {
        parts.scheme = url.substr(0, schemeEnd);
        url.remove_prefix(schemeEnd + 3);
        const size_t slash = url.find('/');
        parts.host = url.substr(0, slash);
        parts.path = slash == std::string_view::npos ? std::string_view("/") : url.substr(slash);
    } else if (url.substr(0, 2) == "//") {
        url.remove_prefix(2);
        const size_t slash = url.find('/');
        parts.host = url.substr(0, slash);
        parts.path = slash == std::string_view::npos ? std::string_view("/") : url.substr(slash);
    } else {
        parts.path = url;
    }
    if (const size_t at = parts.host.rfind('@'); at != std::string_view::npos)
        parts.host.remove_prefix(at + 1); // user:password@host
    return parts;
}

bool CampaignParams::sameCampaignAs(const CampaignParams& other) const
{
    return source == other.source && medium == other.medium && campaign == other.campaign &&
           term == other.term && content == other.content;
}

CampaignParams parseCampaignParams(std::string_view url)
{
    if (findEither(url, '?', '#') == std::string_view::npos)
        return {};
    const UrlParts parts = splitUrl(url);
    Collector collector;
    collector.scan(parts.query);
    collector.scan(parts.fragment);
    return std::move(collector.params);
}

void addClickId(CampaignParams& params, std::string_view type, std::string_view value)
{
    const auto rankOf = [](std::string_view name) {
        for (const KnownParam& known : knownParams)
            if (known.slot == Slot::Click && known.name == name)
                return known.rank;
        return -1;
    };
    const int rank = rankOf(type);
    if (rank < 0 || value.empty())
        return;
    const bool seen = std::any_of(params.clickIds.begin(), params.clickIds.end(),
                                  [&](const auto& id) { return id.first == type; });
    if (!seen)
        params.clickIds.emplace_back(std::string(type), std::string(value));
    if (params.clickIdType.empty() || rank < rankOf(params.clickIdType)) {
        params.clickIdType = std::string(type);
        params.clickId = std::string(value);
    }
}

std::string percentDecode(std::string_view text, bool plusIsSpace)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+' && plusIsSpace) {
            out.push_back(' ');
        } else if (c == '%' && i + 2 < text.size()) {
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high >= 0 && low >= 0) {
                out.push_back(char(high * 16 + low));
                i += 2;
            } else {
                out.push_back(c);
            }
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::string normalizedHost(std::string_view host)
{
    if (const size_t colon = host.rfind(':');
        colon != std::string_view::npos && host.find(']') == std::string_view::npos)
        host = host.substr(0, colon);
    while (!host.empty() && host.back() == '.')
        host.remove_suffix(1);
    std::string out(host);
    std::transform(out.begin(), out.end(), out.begin(), lower);
    if (out.rfind("www.", 0) == 0)
        out.erase(0, 4);
    return out;
}

} // namespace leadloop

namespace leadloop {

std::vector<std::string> urlHostAndPath(std::string_view url)
{
    const UrlParts parts = splitUrl(url);
    return {normalizedHost(parts.host), std::string(parts.path)};
}

} // namespace leadloop
