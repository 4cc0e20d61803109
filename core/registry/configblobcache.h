#pragma once

#include "registry/imageconfig.h"

#include <functional>
#include <future>
#include <map>
#include <mutex>
#include <string>

namespace bulkhead {

// Image configs of one collection, shared by its worker threads: many tags and repositories point
// at the same config blob (a base image pushed to many repositories, rebuilt tags with the same
// config), and each digest is fetched once. A worker asking for a digest another worker is
// fetching waits for that fetch instead of starting its own.
class ConfigBlobCache
{
public:
    struct Entry {
        ImageConfigInfo config;
        std::string error; // fetch or parse error, for every image using this config
    };
    using Fetch = std::function<Entry()>;

    // The entry for `digest`, calling `fetch` only if no worker has fetched or is fetching it.
    Entry get(const std::string &digest, const Fetch &fetch);

private:
    std::mutex m_mutex;
    std::map<std::string, std::shared_future<Entry>> m_entries;
};

} // namespace bulkhead
