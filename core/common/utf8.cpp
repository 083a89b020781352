#include "utf8.h"

namespace leadloop {

void appendUtf8(std::string& out, QStringView text)
{
    const char16_t* p = text.utf16();
    const char16_t* end = p + text.size();
    // Most bound text (sources, media, channels, campaigns) is ASCII: copy it in one pass.
    const size_t start = out.size();
    out.resize(start + size_t(text.size()));
    char* ascii = out.data() + start;
    while (p < end && *p < 0x80)
        *ascii++ = char(*p++);
    out.resize(size_t(ascii - out.data()));
    while (p < end) {
        char32_t c = *p++;
        if (c < 0x80) {
            out.push_back(char(c));
            continue;
        }
        if (c >= 0xD800 && c <= 0xDBFF && p < end && *p >= 0xDC00 && *p <= 0xDFFF)
            c = 0x10000 + ((c - 0xD800) << 10) + (char32_t(*p++) - 0xDC00);
        else if (c >= 0xD800 && c <= 0xDFFF)
            c = 0xFFFD;
        if (c < 0x800) {
            out.push_back(char(0xC0 | (c >> 6)));
        } else if (c < 0x10000) {
            out.push_back(char(0xE0 | (c >> 12)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        } else {
            out.push_back(char(0xF0 | (c >> 18)));
            out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        }
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

} // namespace leadloop
