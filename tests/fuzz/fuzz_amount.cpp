// Money amounts as CRM and cost exports write them ("1 234,50", "$1,234.50", "(12.00)", "1e3").
#include "common/money.h"
#include "fuzzsupport.h"

using namespace leadloop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::scratch();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)parseMoneyCents(text);
    return 0;
}
