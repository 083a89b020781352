// leadloop: the desktop app. Composition root only: builds the services, hands them to the
// main window through its constructor, and opens the workspace the command line names.
#include "common/applicationidentity.h"
#include "common/translations.h"
#include "common/version.h"
#include "settings/appearance.h"
#include "settings/desktopsettings.h"
#include "shell/eventloopprobe.h"
#include "shell/mainwindow.h"
#include "shell/workspacesession.h"

#include <exception>
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    leadloop::applyApplicationIdentity();
    const leadloop::DesktopSettings preferences;
    const QString language = preferences.language.get();
    leadloop::installTranslations(app, language.isEmpty() ? QLocale::system() : QLocale(language));
    leadloop::Appearance::apply(preferences.theme.get());
    QGuiApplication::setDesktopFileName(QString::fromLatin1(leadloop::applicationId()));
    QGuiApplication::setApplicationDisplayName(u"LeadLoop"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "LeadLoop: closed-loop "
                                                                     "marketing analytics."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {u"demo"_s,
         QApplication::translate("main", "Open the demo workspace (writing it first if needed).")});
    parser.addOption(
        {u"import"_s,
         QApplication::translate("main", "Open the import wizard on FILE once the workspace is "
                                         "open."),
         u"FILE"_s});
    parser.addPositionalArgument(u"workspace"_s,
                                 QApplication::translate("main", "A workspace file to open."),
                                 u"[workspace]"_s);
    parser.process(app);

    try {
        leadloop::DesktopSettings settings;
        leadloop::WorkspaceSession session;
        leadloop::MainWindow window(session, settings);
        window.show();

        const QStringList files = parser.positionalArguments();
        if (parser.isSet(u"demo"_s))
            window.openDemoWorkspace();
        else if (!files.isEmpty())
            window.openWorkspace(QFileInfo(files.first()).absoluteFilePath());
        else if (const QString last = settings.lastWorkspace.get(); QFileInfo::exists(last))
            window.openWorkspace(last);
        // LEADLOOP_EVENT_LOOP_PROBE=1: every stall of the window of 50 ms or more on standard
        // error (docs/performance.md, "Responsiveness").
        leadloop::EventLoopProbe probe;
        if (qEnvironmentVariableIntValue("LEADLOOP_EVENT_LOOP_PROBE") == 1) {
            QObject::connect(&probe, &leadloop::EventLoopProbe::stalled,
                             [](double cpu, double wall) {
                                 qWarning("leadloop: the window stalled for %.0f ms of CPU "
                                          "(%.0f ms in all)",
                                          cpu, wall);
                             });
            probe.start();
        }
        if (parser.isSet(u"import"_s)) {
            const QString file = QFileInfo(parser.value(u"import"_s)).absoluteFilePath();
            QTimer::singleShot(0, &window, [&window, file] { window.importFile(file); });
        }
        return app.exec();
    } catch (const std::exception& e) {
        QMessageBox::critical(nullptr, u"LeadLoop"_s,
                              QApplication::translate("main", "LeadLoop stopped after an internal "
                                                              "error: %1")
                                  .arg(QString::fromLocal8Bit(e.what())));
    }
    return 1;
}
