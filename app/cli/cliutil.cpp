#include "commands.h"

#include "util/osuser.h"

#include "util/timestamps.h"

#include <QApplication>
#include <QCoreApplication>

#include <clocale>

#include <cstdlib>
#include <ctime>
#include <pwd.h>
#include <unistd.h>

namespace bulkhead::cli {

std::string currentUserName()
{
    return osUserName();
}

std::string isoTime(long long unixSeconds)
{
    return isoTimestamp(unixSeconds);
}

std::unique_ptr<QCoreApplication> createApplication(bool widgets, char *program)
{
    // Static: the application object keeps a reference to them.
    static int argc = 1;
    static char *argv[] = {program, nullptr};
    std::unique_ptr<QCoreApplication> app;
    if (widgets) {
        // On a server or in CI there is no display to connect to.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The application object sets the C library's locale from the environment; numbers that
    // printf, strtod and the parsers read and write (csv, json, --min-score 7.5) stay C.
    std::setlocale(LC_NUMERIC, "C");
    return app;
}

} // namespace bulkhead::cli
