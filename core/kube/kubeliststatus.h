#pragma once

#include <cstdint>
#include <string>

namespace bulkhead {

// How listing one resource ended.
enum class KubeListOutcome : std::uint8_t {
    Complete,     // every page read
    Partial,      // a continue token expired twice (410 Gone), or a later page failed: items so far kept
    Forbidden,    // 403: the credentials may not list it ("not collected: forbidden")
    Unauthorized, // 401 (after one fresh exec credential, when there is a plugin)
    NotFound,     // 404: the API does not serve it
    Failed,       // other HTTP error, transport error, unparsable body
    Cancelled,
};
const char *kubeListOutcomeName(KubeListOutcome outcome); // "complete", "partial", "forbidden", ...

struct KubeListStatus {
    KubeListOutcome outcome = KubeListOutcome::Failed;
    long httpStatus = 0;
    std::string message;   // the Status object's message (or the transport error), host named, redacted
    std::int64_t items = 0; // items handed to the callback (after a restart: of the last attempt)
    int pages = 0;
    bool restarted = false; // a 410 made the list start again once
};

} // namespace bulkhead
