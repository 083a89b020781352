#pragma once

#include "ingest/importplan.h"

#include <QWizard>

namespace leadloop {

class WorkspaceSession;
struct DesktopSettings;

/// The import wizard (docs/import.md, "The import wizard"): choose a file and its kind (or let
/// LeadLoop recognise it), check a live preview with encoding, delimiter, sheet and time zone,
/// map the columns (with saved presets), then import on a worker thread with progress and
/// Cancel, and see the batch and its issues.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum Page
    {
        SourcePage,
        PreviewPage,
        MappingPage,
        RunPage
    };

    ImportWizard(WorkspaceSession& session, const DesktopSettings& settings,
                 const QString& path = {}, QWidget* parent = nullptr);

    /// The import as the pages have set it up so far.
    ImportPlan& plan() { return m_plan; }
    /// The file's header as the preview read it.
    QStringList& header() { return m_header; }
    WorkspaceSession& session() const { return m_session; }
    QString userName() const;
    /// Closing mid-import cancels it first, so the workspace is left as it was.
    void reject() override;

private:
    WorkspaceSession& m_session;
    const DesktopSettings& m_settings;
    ImportPlan m_plan;
    QStringList m_header;
};

} // namespace leadloop
