// A whole tracking import into an empty workspace: CSV with its mapping and presets, GA4 and
// Universal Analytics JSON Lines, times, URLs and UTM parameters, sessions and channels. The
// first byte picks the file name's extension and the options; the rest is the file.
#include "fuzzsupport.h"
#include "ingest/trackingimporter.h"

using namespace leadloop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::scratch();
    if (size < 1)
        return 0;
    static const char* const names[] = {"visits.csv", "events.json", "visits.tsv", "visits.txt"};
    static const char* const zones[] = {"UTC", "Europe/Warsaw", "America/Los_Angeles",
                                        "Asia/Kathmandu"};
    TrackingImportOptions options;
    options.timeZone = QString::fromLatin1(zones[(data[0] >> 2) % 4]);
    if (data[0] & 0x10)
        options.sessionTimeoutMinutes = 1;
    if (data[0] & 0x20)
        options.timeFormat = QStringLiteral("dd.MM.yyyy HH:mm");
    if (data[0] & 0x40)
        options.encoding = "windows-1251";
    const QString path =
        fuzz::writeInput(QString::fromLatin1(names[data[0] % 4]), data + 1, size - 1);
    auto workspace = fuzz::freshWorkspace();
    auto report = TrackingImporter::run(*workspace, path, options);
    if (report)
        (void)report->issues.size();
    return 0;
}
