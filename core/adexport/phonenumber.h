#pragma once

#include <QString>

namespace leadloop {

/// A phone number in E.164 form (docs/ad-platforms.md, "Identifiers"): what Google and Meta
/// match hashed phone numbers by. International numbers ("+48 …", "0048 …") keep their country
/// code; national ones take the person's country's code after the trunk prefix is dropped.
class PhoneNumber final
{
public:
    /// "+48123456789", or empty when the text is no phone number (fewer than 8 or more than 15
    /// digits, letters) or is national and `country` (ISO 3166 two letters) is unknown.
    static QString e164(const QString& text, const QString& country);
    /// The calling code of a country ("PL" → "48"), empty for one not in LeadLoop's table.
    static QString callingCode(const QString& country);
};

} // namespace leadloop
