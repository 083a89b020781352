// leadloop-cli: the headless twin of the desktop app. Composition root only.
#include "cliapplication.h"
#include "common/applicationidentity.h"
#include "common/translations.h"

#include <cstdio>
#include <exception>
#include <memory>
#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // The PDF report runs in a GUI application on the offscreen platform: it sets text and draws
    // charts with QPainter, which needs fonts, and no display is ever needed. Qt Widgets is never
    // linked (the build checks it).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a login session (cron, a container, root), Qt's start-up warns that
    // XDG_RUNTIME_DIR is unset; the CLI never uses that folder, and scripts read its stderr.
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (!message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
                qt_message_output(type, context, message);
        });
    // Qt takes options of its own (--platform, --display, --style …) out of what it is given;
    // the CLI's own --platform (export conversions) must reach the command, so Qt sees none.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    int qtArgc = 1;
    // Only the PDF report draws; every other command starts as a core application, which skips
    // the platform plugin and the fonts (docs/performance.md). A stray argument "report" (a
    // folder of that name) only costs that time back.
    const bool draws = arguments.contains(QStringLiteral("report"));
    const std::unique_ptr<QCoreApplication> app =
        draws ? std::make_unique<QGuiApplication>(qtArgc, argv)
              : std::make_unique<QCoreApplication>(qtArgc, argv);
    qInstallMessageHandler(previous);
    leadloop::applyApplicationIdentity();
    leadloop::installTranslations(*app, QLocale::system());
    try {
        return leadloop::cli::CliApplication().run(arguments);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "leadloop-cli: internal error: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "leadloop-cli: internal error\n");
    }
    return 3;
}
