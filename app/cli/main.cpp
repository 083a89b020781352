// leadloop-cli: the headless twin of the desktop app. Composition root only.
#include "cliapplication.h"
#include "common/applicationidentity.h"
#include "common/translations.h"

#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>
#include <QApplication>

int main(int argc, char* argv[])
{
    // The PDF report lays charts out through a graphics scene, which needs a GUI application;
    // it runs on the offscreen platform, so no display is needed. Everything else stays a core
    // application.
    bool gui = false;
    for (int i = 1; i < argc; ++i)
        gui = gui || std::strcmp(argv[i], "report") == 0;
    if (gui)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    leadloop::applyApplicationIdentity();
    leadloop::installTranslations(app, QLocale::system());
    try {
        return leadloop::cli::CliApplication().run(QCoreApplication::arguments());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "leadloop-cli: internal error: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "leadloop-cli: internal error\n");
    }
    return 3;
}
