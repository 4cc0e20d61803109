#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace bulkhead {

class CancelToken;
class VaultClient;

// The folders a vault source walks: its paths as folders ("team-a" -> "team-a/"), a path under
// another one dropped (it would be listed twice), duplicates removed; the mount's root ("") when
// there are none.
std::vector<std::string> vaultRoots(const std::vector<std::string> &paths);

// What a walk of a KV v2 metadata tree found.
struct VaultTreeWalk {
    std::vector<std::string> secrets;  // full paths under the mount, in listing order
    std::vector<std::string> failures; // one message per folder that could not be listed or key skipped
    std::vector<std::string> notCollected; // "secret/metadata/team-b/ (forbidden)"
    int foldersListed = 0;             // LIST answers that were usable (404 included)
    int rootsFailed = 0;               // roots whose own LIST failed
    std::string firstRootError;
    bool firstRootForbidden = false;
    bool truncated = false;            // stopped at maxPaths secrets (or as many folders)
    bool cancelled = false;
};

// Lists `roots` and every folder below them breadth first, `batch` folders at a time (the
// client runs each batch concurrently), keeping at most maxPaths secrets; a folder that fails is
// a failure and its subtree is not walked. `listed(foldersListed)` after each batch.
VaultTreeWalk walkVaultTree(VaultClient &client, const std::vector<std::string> &roots, int maxPaths, int batch,
                            const std::function<void(int)> &listed, const CancelToken *cancel);

} // namespace bulkhead
