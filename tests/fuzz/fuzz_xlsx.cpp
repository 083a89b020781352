// XLSX workbooks (a zip of XML parts): every sheet's records.
#include "fuzzsupport.h"
#include "ingest/tablefile.h"
#include "ingest/xlsxreader.h"

using namespace leadloop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::scratch();
    const QString path = fuzz::writeInput(QStringLiteral("input.xlsx"), data, size);
    auto sheet = XlsxReader::open(path);
    if (!sheet)
        return 0;
    size_t fields = 0;
    while ((*sheet)->next())
        fields += (*sheet)->fields().size() + size_t((*sheet)->rawText().size() > 0);
    (void)(*sheet)->failed();
    (void)TableFiles::preview(path, {}, 10);
    return 0;
}
