#include "importwizard.h"

#include "importmappingpage.h"
#include "importpreviewpage.h"
#include "importrunpage.h"
#include "importsourcepage.h"
#include "sales/outcometagger.h"
#include "settings/desktopsettings.h"

namespace leadloop {

ImportWizard::ImportWizard(WorkspaceSession& session, const DesktopSettings& settings,
                           const QString& path, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_settings(settings)
{
    setWindowTitle(tr("Import data"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setMinimumSize(820, 600);
    m_plan.path = path;
    setPage(SourcePage, new ImportSourcePage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(RunPage, new ImportRunPage(this));
}

void ImportWizard::reject()
{
    if (auto* run = qobject_cast<ImportRunPage*>(page(RunPage)); run && run->isRunning())
        run->cancelAndWait();
    QWizard::reject();
}

QString ImportWizard::userName() const
{
    const QString name = m_settings.userName.get().trimmed();
    return name.isEmpty() ? OutcomeTagger::defaultUser() : name;
}

} // namespace leadloop
