#include "commands.h"

#include "util/timestamps.h"

#include <cstdlib>
#include <ctime>
#include <pwd.h>
#include <unistd.h>

namespace bulkhead::cli {

std::string currentUserName()
{
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return pw->pw_name;
    if (const char *user = std::getenv("USER"); user && *user)
        return user;
    return "uid-" + std::to_string(geteuid());
}

std::string isoTime(long long unixSeconds)
{
    return isoTimestamp(unixSeconds);
}

} // namespace bulkhead::cli
