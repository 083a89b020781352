#pragma once

namespace leadloop {

class ImportPresets;

/// Moves the import presets that LeadLoop 0.1 kept in this computer's settings (QSettings,
/// "importPresets/KIND/NAME") into the presets file the CLI reads too, once: afterwards the
/// settings hold none. A preset already in the file keeps the file's mapping.
void adoptLegacyPresets(ImportPresets& presets);

} // namespace leadloop
