#include "store/trendrepository.h"

#include "model/findingstatus.h"

#include <algorithm>
#include <map>

namespace bulkhead {

namespace {

constexpr std::int64_t kDay = 86400;

// The last scan day of each week, counted back from the newest, when daily points are too many.
std::vector<std::int64_t> thinToWeeks(const std::vector<std::int64_t> &days, int maxPoints)
{
    if (static_cast<int>(days.size()) <= std::max(maxPoints, 2))
        return days;
    std::vector<std::int64_t> kept;
    for (auto it = days.rbegin(); it != days.rend(); ++it) {
        if (kept.empty() || *it <= kept.back() - 7)
            kept.push_back(*it);
    }
    std::reverse(kept.begin(), kept.end());
    return kept;
}

// Net change of open findings per day and severity: +sign on the day a finding was first seen,
// -sign on the day it was resolved. One pass over the rows, no sort: a GROUP BY over (severity,
// first day, resolved day) took ~800 ms on a million findings, this ~200 ms.
using Deltas = std::map<std::int64_t, std::array<std::int64_t, 6>>;

void addEvents(SqliteStatement &rows, std::int64_t sign, Deltas &deltas)
{
    auto last = deltas.end();
    auto at = [&](std::int64_t day) -> std::array<std::int64_t, 6> & {
        if (last == deltas.end() || last->first != day)
            last = deltas.try_emplace(day).first;
        return last->second;
    };
    while (rows.step()) {
        const auto severity = static_cast<std::size_t>(std::clamp<std::int64_t>(rows.int64(0), 0, 5));
        at(rows.int64(1) / kDay)[severity] += sign;
        if (!rows.isNull(2))
            at(rows.int64(2) / kDay)[severity] -= sign;
    }
}

} // namespace

std::int64_t TrendPoint::total() const
{
    std::int64_t sum = 0;
    for (std::int64_t n : openBySeverity)
        sum += n;
    return sum;
}

std::vector<TrendPoint> TrendRepository::openBySeverity(int maxPoints) const
{
    std::vector<std::int64_t> days;
    SqliteStatement scanDays = m_db.prepare("SELECT DISTINCT scanned_at / 86400 FROM reports ORDER BY 1");
    while (scanDays.step())
        days.push_back(scanDays.int64(0));
    if (days.empty())
        return {};
    days = thinToWeeks(days, maxPoints);

    Deltas deltas;
    SqliteStatement all = m_db.prepare("SELECT severity, first_seen, resolved_at FROM findings");
    addEvents(all, 1, deltas);
    // Decided away now: taken out again (driven from the small triage table).
    SqliteStatement decided = m_db.prepare(
        "SELECT f.severity, f.first_seen, f.resolved_at FROM triage t JOIN findings f ON f.id = t.finding_id "
        "WHERE t.status IN (?1, ?2, ?3)");
    decided.bind(1, static_cast<int>(FindingStatus::FalsePositive)).bind(2, static_cast<int>(FindingStatus::RiskAccepted))
        .bind(3, static_cast<int>(FindingStatus::Mitigated));
    addEvents(decided, -1, deltas);

    std::vector<TrendPoint> points;
    points.reserve(days.size());
    std::array<std::int64_t, 6> open{};
    auto next = deltas.begin();
    for (std::int64_t day : days) {
        for (; next != deltas.end() && next->first <= day; ++next) {
            for (std::size_t s = 0; s < open.size(); ++s)
                open[s] += next->second[s];
        }
        points.push_back({day, open});
    }
    return points;
}

} // namespace bulkhead
