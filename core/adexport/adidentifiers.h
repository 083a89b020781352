#pragma once

#include <QString>

namespace leadloop {

/// How a person's e-mail address and phone number are normalised and hashed for each ad
/// platform (docs/ad-platforms.md, "Identifiers"): the platforms match the SHA-256 of exactly
/// these strings against their users', so one character differently makes no match.
class AdIdentifiers final
{
public:
    /// Google: trimmed, lower case, and for gmail.com and googlemail.com every dot before the @
    /// removed. Empty for text without an @.
    static QString googleEmail(const QString& email);
    /// Meta and LinkedIn: trimmed and lower case. Empty for text without an @.
    static QString plainEmail(const QString& email);
    /// Meta's phone: the E.164 number's digits without the +.
    static QString metaPhone(const QString& e164);
    /// Meta's first and last names: lower case, without punctuation or spaces, UTF-8.
    static QString metaName(const QString& name);
    /// SHA-256 of the UTF-8 text in lower-case hex; empty for empty text.
    static QString sha256(const QString& text);
};

} // namespace leadloop
