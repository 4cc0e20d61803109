#include "registry/configblobcache.h"

namespace bulkhead {

ConfigBlobCache::Entry ConfigBlobCache::get(const std::string &digest, const Fetch &fetch)
{
    std::promise<Entry> promise;
    std::shared_future<Entry> pending;
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_entries.find(digest); it != m_entries.end())
            pending = it->second;
        else
            m_entries.emplace(digest, promise.get_future().share());
    }
    if (pending.valid())
        return pending.get(); // fetched, or being fetched, by another worker: wait outside the lock
    Entry entry = fetch();
    if (!entry.error.empty()) {
        // A failed fetch (cancelled, network) is not kept: the next image using it tries again.
        std::lock_guard lock(m_mutex);
        m_entries.erase(digest);
    }
    promise.set_value(entry);
    return entry;
}

} // namespace bulkhead
