#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace bulkhead::cli {

// Minimal option parser for subcommands: "--name value", "--name=value" and flags. Unknown
// options are usage errors (exit code 2), reported with the option's name in the user's language.
class CliArgs
{
public:
    CliArgs(std::set<std::string> valueOptions, std::set<std::string> flagOptions)
        : m_valueOptions(std::move(valueOptions)), m_flagOptions(std::move(flagOptions))
    {}

    // Returns false and sets error() on a usage error.
    bool parse(const std::vector<std::string> &args);

    bool flag(const std::string &name) const { return m_flags.count(name) > 0; }
    std::optional<std::string> value(const std::string &name) const;
    std::vector<std::string> values(const std::string &name) const; // repeated option
    // A count option such as --limit: -1 when absent, the number when it is one >= 0, else false.
    bool count(const std::string &name, long long &out) const;
    const std::vector<std::string> &positional() const { return m_positional; }
    const std::string &error() const { return m_error; }

private:
    std::set<std::string> m_valueOptions;
    std::set<std::string> m_flagOptions;
    std::set<std::string> m_flags;
    std::multimap<std::string, std::string> m_values;
    std::vector<std::string> m_positional;
    std::string m_error;
};

} // namespace bulkhead::cli
