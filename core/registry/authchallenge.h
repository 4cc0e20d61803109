#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

// One challenge of a WWW-Authenticate header (RFC 9110 11.6.1): the scheme as sent and its
// auth-params (names lower-cased, values unquoted). A header may carry several challenges.
struct AuthChallenge
{
    std::string scheme;
    std::map<std::string, std::string> params;

    bool isScheme(std::string_view name) const; // case-insensitive
    std::string param(const std::string &name) const; // "" when absent

    static std::vector<AuthChallenge> parse(std::string_view header);
};

} // namespace bulkhead
