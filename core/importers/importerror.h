#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace bulkhead {

// A report that cannot be imported at all. Thrown by parsers; the import service adds the file
// name and turns it into the user-facing message "FILE: byte OFFSET: REASON".
class ImportError : public std::runtime_error
{
public:
    static constexpr std::uint64_t kNoOffset = UINT64_MAX;

    explicit ImportError(std::string reason, std::uint64_t offset = kNoOffset)
        : std::runtime_error(reason), m_offset(offset)
    {}
    std::uint64_t offset() const { return m_offset; }

private:
    std::uint64_t m_offset;
};

} // namespace bulkhead
