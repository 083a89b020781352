// URLs, referrers and UTM parameters: splitting, percent-decoding, hosts, campaign parameters.
#include "fuzzsupport.h"
#include "tracking/urlparser.h"

#include <string_view>

using namespace leadloop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view url(reinterpret_cast<const char*>(data), size);
    const UrlParts parts = splitUrl(url);
    (void)normalizedHost(parts.host);
    (void)parseCampaignParams(url);
    (void)percentDecode(url);
    (void)percentDecode(url, false);
    (void)urlHostAndPath(url);
    return 0;
}
