#include "rbac/rbacindexcache.h"

#include "rbac/rbacload.h"

namespace bulkhead::ui {

const RbacIndexCache::Entry &RbacIndexCache::get(const Database &db, const std::string &cluster)
{
    if (const auto it = m_entries.find(cluster); it != m_entries.end())
        return it->second;
    Entry entry;
    RbacObjects objects = loadRbacObjects(db, cluster, &entry.errors);
    entry.index = std::make_shared<const RbacIndex>(std::move(objects));
    return m_entries.emplace(cluster, std::move(entry)).first->second;
}

} // namespace bulkhead::ui
