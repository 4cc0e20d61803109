#include "util/osuser.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

namespace bulkhead {

std::string osUserName()
{
    // The password database first: $USER is whatever the environment says.
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return pw->pw_name;
    if (const char *user = std::getenv("USER"); user && *user)
        return user;
    return "uid-" + std::to_string(geteuid());
}

} // namespace bulkhead
