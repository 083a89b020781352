// A whole CRM import into an empty workspace: presets recognised from the header, mapping,
// dates, amounts and currencies, stages to outcomes. The first byte picks the preset.
#include "fuzzsupport.h"
#include "ingest/crmimporter.h"
#include "ingest/crmmapping.h"

using namespace leadloop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::scratch();
    if (size < 1)
        return 0;
    static const QStringList presets = QStringList{QStringLiteral("auto")} + CrmMappings::presets();
    CrmImportOptions options;
    options.preset = presets[data[0] % presets.size()];
    const QString path = fuzz::writeInput(QStringLiteral("crm.csv"), data + 1, size - 1);
    auto workspace = fuzz::freshWorkspace();
    auto report = CrmImporter::run(*workspace, path, options);
    if (report)
        (void)report->issues.size();
    return 0;
}
