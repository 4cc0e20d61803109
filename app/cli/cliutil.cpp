#include "commands.h"

#include "util/osuser.h"

#include "util/timestamps.h"

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

} // namespace bulkhead::cli
