#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace leadloop {

/// The parts of a URL as views into the original text (no copies, no decoding).
struct UrlParts
{
    std::string_view scheme;
    std::string_view host;
    std::string_view path;
    std::string_view query;    ///< without the '?'
    std::string_view fragment; ///< without the '#'
};

/// Splits an absolute or relative URL; a URL without "scheme://" has an empty host.
UrlParts splitUrl(std::string_view url);

/// The campaign parameters a landing URL carries, decoded (percent and '+'). Read from the query
/// and the fragment, in any order. UTM parameters win over Matomo's mtm_* and pk_* ones.
struct CampaignParams
{
    std::string source;
    std::string medium;
    std::string campaign;
    std::string term;
    std::string content;
    std::string utmId;
    std::string clickIdType; ///< gclid, gbraid, wbraid, dclid, msclkid, li_fat_id, ttclid, fbclid
    std::string clickId;     ///< the preferred click id (the one that names the source)
    /// Every click id the URL carries, the first value of each type, in the order found: what
    /// is sent back to the ad platforms (docs/ad-platforms.md).
    std::vector<std::pair<std::string, std::string>> clickIds;

    /// Whether source, medium or campaign is set (a click id alone does not count).
    bool hasCampaign() const { return !source.empty() || !medium.empty() || !campaign.empty(); }
    /// The identity of a campaign for session splitting: source, medium, campaign, term, content.
    bool sameCampaignAs(const CampaignParams& other) const;
};

CampaignParams parseCampaignParams(std::string_view url);
/// Adds a click id given apart from the URL (a mapped column), as if it were one more URL
/// parameter after the URL's own: kept in clickIds when its type is new, and the preferred
/// click id when it ranks before the URL's. Unknown types and empty values are ignored.
void addClickId(CampaignParams& params, std::string_view type, std::string_view value);

/// Decodes %XX escapes (and '+' as a space when asked); malformed escapes stay as they are.
std::string percentDecode(std::string_view text, bool plusIsSpace = true);

/// A host in lower case, without a port, a trailing dot or a leading "www.".
std::string normalizedHost(std::string_view host);

} // namespace leadloop

namespace leadloop {

/// The derived columns of a row in the urls table: normalised host and path (empty when absent).
std::vector<std::string> urlHostAndPath(std::string_view url);

} // namespace leadloop
