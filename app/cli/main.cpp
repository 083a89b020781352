// leadloop-cli: the headless twin of the desktop app. Composition root only.
#include "cliapplication.h"
#include "common/applicationidentity.h"
#include "common/translations.h"

#include <cstdio>
#include <exception>
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
