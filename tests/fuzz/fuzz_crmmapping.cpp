// --map options and CRM mappings resolved from a header: the first line is the --map text,
// the second the header (comma-separated), and the first byte picks the preset.
#include "fuzzsupport.h"
#include "ingest/crmmapping.h"

using namespace leadloop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::scratch();
    if (size < 1)
        return 0;
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const QString map = text.section(QLatin1Char('\n'), 0, 0);
    const QStringList header = text.section(QLatin1Char('\n'), 1).split(QLatin1Char(','));
    static const QStringList presets =
        QStringList{QStringLiteral("auto"), QStringLiteral("generic")} + CrmMappings::presets();
    auto overrides = CrmMappings::parseMapOption(map);
    const QString preset = presets[data[0] % presets.size()];
    (void)CrmMappings::resolve(header, preset, overrides ? *overrides : QHash<CrmField, QString>{},
                               data[0] & 0x80);
    return 0;
}
