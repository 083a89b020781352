#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace leadloop {

/// Column mappings saved by name for each kind of import (tracking, crm, costs, rates), kept in
/// one JSON file that the desktop's import wizard and `leadloop-cli import … --preset NAME`
/// share (docs/import.md): the next export from the same tool needs no mapping.
class ImportPresets final
{
    Q_DECLARE_TR_FUNCTIONS(ImportPresets)

public:
    /// A mapping: field name → column name.
    using Mapping = QHash<QString, QString>;

    /// The presets in `file` (need not exist yet).
    explicit ImportPresets(QString file = defaultFile());
    /// <config folder>/LeadLoop/import-presets.json (~/.config/LeadLoop on Linux).
    static QString defaultFile();
    const QString& file() const { return m_file; }

    /// The names saved for a kind, sorted without regard to case.
    Result<QStringList> names(const QString& kind) const;
    /// Fails with NotFound when no preset of that name is saved for the kind.
    Result<Mapping> load(const QString& kind, const QString& name) const;
    /// Saves (or replaces) a preset; the file is replaced whole, never left half-written.
    Status save(const QString& kind, const QString& name, const Mapping& mapping);
    Status remove(const QString& kind, const QString& name);

private:
    QString m_file;
};

} // namespace leadloop
