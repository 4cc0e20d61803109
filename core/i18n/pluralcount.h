#pragma once

#include <algorithm>
#include <climits>
#include <cstdint>

namespace bulkhead::i18n {

// The n a plural form (tr("%n findings", nullptr, n)) takes: Qt's count is an int, store counts are 64-bit.
inline int pluralCount(std::int64_t n)
{
    return static_cast<int>(std::clamp<std::int64_t>(n, 0, INT_MAX));
}

} // namespace bulkhead::i18n
