#include "httpheaders.h"

#include <cctype>

namespace bulkhead {

bool HttpHeaders::sameName(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

void HttpHeaders::add(std::string name, std::string value)
{
    m_entries.emplace_back(std::move(name), std::move(value));
}

std::optional<std::string> HttpHeaders::value(std::string_view name) const
{
    for (const auto &[n, v] : m_entries) {
        if (sameName(n, name))
            return v;
    }
    return std::nullopt;
}

std::vector<std::string> HttpHeaders::values(std::string_view name) const
{
    std::vector<std::string> out;
    for (const auto &[n, v] : m_entries) {
        if (sameName(n, name))
            out.push_back(v);
    }
    return out;
}

} // namespace bulkhead
