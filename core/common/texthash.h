#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace leadloop {

/// Hashes strings and string views alike, so a map keyed by std::string is searched by a view
/// without a copy (with std::equal_to<> as its key equality).
struct TextHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
};

} // namespace leadloop
