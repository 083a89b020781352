#pragma once

#include <QString>

namespace leadloop {

/// The one rule by which e-mail addresses are compared and stored (docs/identity.md): trimmed
/// and in lower case, so that a form's "Anna@Example.com " finds the CRM's anna@example.com.
QString normalizedEmail(const QString& email);

} // namespace leadloop
