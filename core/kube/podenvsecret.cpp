// podEnvLooksSecret (workloadposture.h): envLooksSecret of the image checks, plus what pod specs
// write in place of a value: references to other variables, template placeholders, file paths
// and URLs.
#include "kube/workloadposture.h"

#include "registry/imageconfig.h"
#include "util/asciicase.h"

#include <algorithm>
#include <array>

namespace bulkhead {

namespace {

// Stand-ins people write where the real value goes at deploy time.
bool isPlaceholder(std::string_view value)
{
    if ((value.starts_with('<') && value.ends_with('>')) || (value.starts_with("{{") && value.ends_with("}}")))
        return true;
    if (std::all_of(value.begin(), value.end(), [](char ch) { return ch == '*' || ch == 'x' || ch == 'X' || ch == '.'; }))
        return true;
    static constexpr std::array<std::string_view, 14> kWords{
        "changeme", "change-me", "change_me", "replaceme", "replace-me", "replace_me", "placeholder",
        "redacted", "todo", "tbd", "none", "null", "nil", "undefined"};
    const std::string v = asciiLower(value);
    return std::find(kWords.begin(), kWords.end(), v) != kWords.end();
}

// "https://vault.example:8200/v1" names a place, not a secret; "postgres://u:p@db" carries one.
bool isPlainUrl(std::string_view value)
{
    const auto scheme = value.find("://");
    if (scheme == std::string_view::npos || scheme == 0)
        return false;
    const std::string_view rest = value.substr(scheme + 3);
    const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    return authority.find('@') == std::string_view::npos && rest.find('@') == std::string_view::npos;
}

} // namespace

bool podEnvLooksSecret(std::string_view name, std::string_view value)
{
    if (value.empty() || value.find("$(") != std::string_view::npos || value.find("${") != std::string_view::npos)
        return false;
    if (value.front() == '/' || isPlaceholder(value) || isPlainUrl(value))
        return false;
    if (envLooksSecret(name, value))
        return true;
    // envLooksSecret knows CREDENTIALS; "AWS_CREDENTIAL" names one as well. Its value rules are
    // asked through a name that qualifies; the file-pointer suffixes are the name's own.
    const std::string n = asciiUpper(name);
    return n.find("CREDENTIAL") != std::string::npos && !n.ends_with("_FILE") && !n.ends_with("_PATH")
        && !n.ends_with("_DIR") && envLooksSecret("CREDENTIALS", value);
}

} // namespace bulkhead
