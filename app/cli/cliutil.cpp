#include "commands.h"

#include "util/osuser.h"

#include "util/timestamps.h"

#include <QCoreApplication>

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

std::unique_ptr<QCoreApplication> keyringApplication()
{
    if (QCoreApplication::instance())
        return nullptr;
    static int argc = 1;
    static char name[] = "bulkheadctl";
    static char *argv[] = {name, nullptr};
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace bulkhead::cli
