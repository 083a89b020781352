// Delimited text of every delimiter and encoding, as the import wizard previews it and as the
// importers read it: the first byte picks the options, the rest is the file.
#include "fuzzsupport.h"
#include "ingest/tablefile.h"

using namespace leadloop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::scratch();
    if (size < 1)
        return 0;
    static const char delimiters[] = {0, ',', ';', '\t', '|'};
    static const char* const encodings[] = {"",
                                            "UTF-8",
                                            "UTF-16LE",
                                            "UTF-16BE",
                                            "windows-1250",
                                            "windows-1251",
                                            "windows-1252",
                                            "ISO-8859-2",
                                            "KOI8-R"};
    TableFileOptions options;
    options.delimiter = delimiters[data[0] % 5];
    options.encoding = encodings[(data[0] / 5) % 9];
    const QString path = fuzz::writeInput(QStringLiteral("input.csv"), data + 1, size - 1);
    if (auto preview = TableFiles::preview(path, options, 20))
        (void)preview->header.size();
    auto file = TableFiles::open(path, options);
    if (!file)
        return 0;
    size_t fields = 0;
    while (file->records->next())
        fields += file->records->fields().size() + size_t(file->records->rawText().size() > 0);
    (void)file->records->failed();
    return 0;
}
