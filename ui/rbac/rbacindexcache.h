#pragma once

#include "rbac/rbacindex.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace bulkhead {
class Database;
}

namespace bulkhead::ui {

// The RBAC graphs the page has built, one per cluster: reading a large cluster's objects and
// resolving its aggregation takes a while, asking the graph afterwards does not, so each cluster's
// RbacIndex is built once and kept until the store changes (clear()). Used on the page's worker
// thread only; the indexes themselves are read-only and may be handed to other threads.
class RbacIndexCache
{
public:
    struct Entry {
        std::shared_ptr<const RbacIndex> index;
        std::vector<std::string> errors; // objects loadRbacObjects could not read (skipped)
    };

    // The cluster's index, built from the store on first use. Throws StoreError.
    const Entry &get(const Database &db, const std::string &cluster);
    bool contains(const std::string &cluster) const { return m_entries.count(cluster) > 0; }
    void clear() { m_entries.clear(); }

private:
    std::map<std::string, Entry> m_entries;
};

} // namespace bulkhead::ui
