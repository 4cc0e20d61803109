#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bulkhead {

struct ImageHistoryEntry {
    std::int64_t created = 0; // unix seconds, 0 unknown
    std::string createdBy, comment;
    bool emptyLayer = false;
};

// What an image config blob (OCI image config / Docker container image v1) says that matters
// for posture. Environment values are never kept: only the names, and which names look like
// they carry a literal secret.
struct ImageConfigInfo {
    std::string user;                 // config.User as written ("" = root)
    std::int64_t created = 0;         // unix seconds, 0 unknown
    std::string os, architecture, variant;
    std::vector<ImageHistoryEntry> history;
    std::vector<std::pair<std::string, std::string>> labels; // sorted by name
    std::vector<std::string> envNames;                        // NAMES only, in config order
    std::vector<std::string> secretLookingEnv; // names that look secret AND whose value is a non-empty literal
    int diffIdCount = 0;              // rootfs.diff_ids
    std::string error;                // non-empty when the blob could not be read

    // The container's default user is uid 0: "", "0", "root", "0:0", "root:root", "0:<gid>", "root:<group>".
    bool runsAsRoot() const;
};

ImageConfigInfo parseImageConfig(std::string_view body);

// Whether an environment entry NAME=value is a secret baked into the image: the name looks like
// one (PASSWORD, PASSWD, PASS, SECRET, TOKEN, API_KEY/APIKEY, PRIVATE_KEY, ACCESS_KEY,
// CREDENTIALS) and the value is a literal, not empty, not a reference ($VAR, ${VAR}), not a
// *_FILE/_PATH/_DIR name (the Docker-secrets convention of pointing at a file) and not a flag.
bool envLooksSecret(std::string_view name, std::string_view value);

} // namespace bulkhead
