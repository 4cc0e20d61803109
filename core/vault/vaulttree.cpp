#include "vault/vaulttree.h"

#include "net/canceltoken.h"
#include "vault/vaultclient.h"
#include "vault/vaultmetadata.h"

#include <algorithm>
#include <cstddef>
#include <deque>

namespace bulkhead {

std::vector<std::string> vaultRoots(const std::vector<std::string> &paths)
{
    std::vector<std::string> folders;
    for (std::string p : paths) {
        if (p.empty())
            return {""};
        if (p.back() != '/')
            p += '/';
        folders.push_back(std::move(p));
    }
    if (folders.empty())
        return {""};
    std::sort(folders.begin(), folders.end());
    folders.erase(std::unique(folders.begin(), folders.end()), folders.end());
    // Sorted, a folder's subfolders follow it directly.
    std::vector<std::string> out;
    for (std::string &f : folders) {
        if (!out.empty() && f.compare(0, out.back().size(), out.back()) == 0)
            continue;
        out.push_back(std::move(f));
    }
    return out;
}

VaultTreeWalk walkVaultTree(VaultClient &client, const std::vector<std::string> &roots, int maxPaths, int batch,
                            const std::function<void(int)> &listed, const CancelToken *cancel)
{
    VaultTreeWalk walk;
    const std::size_t limit = static_cast<std::size_t>(std::max(1, maxPaths));
    std::deque<std::string> queue(roots.begin(), roots.end());
    std::size_t foldersSeen = queue.size();
    bool firstBatch = true;
    while (!queue.empty()) {
        if (cancel && cancel->isCancelled()) {
            walk.cancelled = true;
            return walk;
        }
        // The roots go in one batch of their own, so that a refused token is told apart from a
        // forbidden subfolder.
        const std::size_t n = firstBatch ? queue.size() : std::min<std::size_t>(queue.size(), std::max(1, batch));
        std::vector<std::string> folders(queue.begin(), queue.begin() + static_cast<std::ptrdiff_t>(n));
        queue.erase(queue.begin(), queue.begin() + static_cast<std::ptrdiff_t>(n));
        const std::vector<VaultClient::Listing> listings = client.list(folders, cancel);
        if (cancel && cancel->isCancelled()) {
            walk.cancelled = true;
            return walk;
        }
        for (const VaultClient::Listing &l : listings) {
            if (!l.ok()) {
                walk.failures.push_back(l.error);
                walk.notCollected.push_back(client.apiPath(l.folder) + (l.forbidden ? " (forbidden)" : " (failed)"));
                if (firstBatch) {
                    if (walk.rootsFailed++ == 0) {
                        walk.firstRootError = l.error;
                        walk.firstRootForbidden = l.forbidden;
                    }
                }
                continue;
            }
            ++walk.foldersListed;
            for (const std::string &key : l.keys) {
                if (!isUsableVaultKey(key)) {
                    walk.failures.push_back("LIST " + client.apiPath(l.folder) + " at " + client.host()
                                            + ": skipped a key that is not a plain name");
                    continue;
                }
                const std::string path = l.folder + key;
                if (key.back() == '/') {
                    // Folders are bounded too: a server answering with endless folders must end.
                    if (foldersSeen >= limit) {
                        walk.truncated = true;
                        continue;
                    }
                    ++foldersSeen;
                    queue.push_back(path);
                } else if (walk.secrets.size() < limit) {
                    walk.secrets.push_back(path);
                } else {
                    walk.truncated = true;
                }
            }
        }
        firstBatch = false;
        if (walk.truncated && walk.secrets.size() >= limit)
            queue.clear(); // full: listing further would only find more to leave out
        if (listed)
            listed(walk.foldersListed);
    }
    return walk;
}

} // namespace bulkhead
