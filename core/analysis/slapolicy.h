#pragma once

#include "model/severity.h"

#include <array>
#include <cstdint>

namespace bulkhead {

// How many days a finding may stay open, by severity, before it is overdue. Defaults follow the
// design: 7 / 30 / 90 / 180 days for critical / high / medium / low; info and unknown never fall
// due (0 = no deadline).
struct SlaPolicy {
    std::array<int, 6> days{0, 0, 180, 90, 30, 7}; // indexed by Severity
    bool operator==(const SlaPolicy &) const = default;

    int daysFor(Severity s) const { return days[static_cast<std::size_t>(s) % days.size()]; }
    // Unix seconds when a finding first seen at `firstSeen` falls due; 0 = never.
    std::int64_t dueAt(Severity s, std::int64_t firstSeen) const
    {
        const int d = daysFor(s);
        return d > 0 ? firstSeen + std::int64_t(d) * 86400 : 0;
    }
    bool isOverdue(Severity s, std::int64_t firstSeen, std::int64_t now) const
    {
        const std::int64_t due = dueAt(s, firstSeen);
        return due != 0 && due < now;
    }
};

} // namespace bulkhead
