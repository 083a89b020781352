// The time parser: automatic (ISO 8601, epochs) and with a format; the first byte picks the
// format and the zone.
#include "fuzzsupport.h"
#include "ingest/crmimporter.h"
#include "ingest/timeparser.h"

#include <string_view>

using namespace leadloop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::scratch();
    if (size < 1)
        return 0;
    static const char* const formats[] = {"",          "dd.MM.yyyy HH:mm", "M/d/yyyy h:mm AP",
                                          "epoch-s",   "epoch-ms",         "epoch-us",
                                          "yyyy-MM-dd"};
    static const char* const zones[] = {"UTC", "Europe/Warsaw", "Pacific/Chatham"};
    const TimeParser parser(QString::fromLatin1(formats[data[0] % 7]),
                            QTimeZone(zones[(data[0] / 7) % 3]));
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    (void)parser.parse(text);
    (void)TimeParser().parse(text);
    (void)CrmImporter::parseDate(QString::fromUtf8(text), QString(), QTimeZone::utc());
    return 0;
}
