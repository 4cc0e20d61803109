#include "store/drillactionlookup.h"

namespace bulkhead {

std::optional<std::int64_t> drillActionRunId(const Database &db, std::int64_t actionId)
{
    SqliteStatement st = db.prepare("SELECT run_id FROM drill_actions WHERE id = ?1");
    st.bind(1, actionId);
    if (!st.step())
        return std::nullopt;
    return st.int64(0);
}

} // namespace bulkhead
