#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bulkhead {

// Response headers in the order received; names compare case-insensitively (RFC 9110), and a
// name may repeat (Link, WWW-Authenticate).
class HttpHeaders
{
public:
    void add(std::string name, std::string value);
    void clear() { m_entries.clear(); }

    std::optional<std::string> value(std::string_view name) const; // the first one
    std::vector<std::string> values(std::string_view name) const;
    bool contains(std::string_view name) const { return value(name).has_value(); }
    const std::vector<std::pair<std::string, std::string>> &entries() const { return m_entries; }

    static bool sameName(std::string_view a, std::string_view b);

private:
    std::vector<std::pair<std::string, std::string>> m_entries;
};

} // namespace bulkhead
