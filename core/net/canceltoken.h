#pragma once

#include <atomic>

namespace bulkhead {

// Set by the job (any thread) to stop its transfers; HttpClient checks it in libcurl's progress
// callback and between polls, so a slow or stalled transfer ends within about 100 ms.
class CancelToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace bulkhead
