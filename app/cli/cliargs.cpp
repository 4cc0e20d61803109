#include "cliargs.h"
#include "clitext.h"

namespace bulkhead::cli {

bool CliArgs::parse(const std::vector<std::string> &args)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--") {
            m_positional.insert(m_positional.end(), args.begin() + static_cast<long>(i) + 1, args.end());
            break;
        }
        if (a.size() < 2 || a[0] != '-') {
            m_positional.push_back(a);
            continue;
        }
        std::string name = a;
        std::optional<std::string> inlineValue;
        if (const auto eq = a.find('='); eq != std::string::npos) {
            name = a.substr(0, eq);
            inlineValue = a.substr(eq + 1);
        }
        if (m_flagOptions.count(name)) {
            if (inlineValue) {
                m_error = msg(QCoreApplication::translate("CliArgs", "option %1 takes no value"), name);
                return false;
            }
            m_flags.insert(name);
        } else if (m_valueOptions.count(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    m_error = msg(QCoreApplication::translate("CliArgs", "option %1 needs a value"), name);
                    return false;
                }
                inlineValue = args[++i];
            }
            m_values.emplace(name, *inlineValue);
        } else {
            m_error = msg(QCoreApplication::translate("CliArgs", "unknown option %1"), name);
            return false;
        }
    }
    return true;
}

std::optional<std::string> CliArgs::value(const std::string &name) const
{
    auto range = m_values.equal_range(name);
    if (range.first == range.second)
        return std::nullopt;
    return std::prev(range.second)->second; // the last one wins
}

std::vector<std::string> CliArgs::values(const std::string &name) const
{
    std::vector<std::string> out;
    auto range = m_values.equal_range(name);
    for (auto it = range.first; it != range.second; ++it)
        out.push_back(it->second);
    return out;
}

bool CliArgs::count(const std::string &name, long long &out) const
{
    out = -1;
    const std::optional<std::string> text = value(name);
    if (!text)
        return true;
    try {
        std::size_t used = 0;
        out = std::stoll(*text, &used);
        return used == text->size() && out >= 0;
    } catch (...) {
        return false;
    }
}

} // namespace bulkhead::cli
