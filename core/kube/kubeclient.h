#pragma once

#include "kube/kubeconnection.h"
#include "kube/kuberesourcetype.h"
#include "kube/kubeliststatus.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

class CancelToken;
class ExecCredentialProvider;

// The Kubernetes API as the cluster collector uses it, over core/net's HttpClient: TLS and client
// certificates from the connection, `Authorization: Bearer` (static token, token file, or an
// approved exec plugin's token, renewed once on a 401) or Basic. One client per thread.
class KubeClient
{
public:
    // `exec` may be null when the connection has no plugin; `execApproval` is the fingerprint the
    // user approved for this source ("" = none: a plugin is then refused with a clear error).
    KubeClient(KubeConnection connection, ExecCredentialProvider *exec, std::string execApproval);
    ~KubeClient();
    KubeClient(const KubeClient &) = delete;
    KubeClient &operator=(const KubeClient &) = delete;

    // GET /version: "v1.29.2" in *gitVersion. False with *error naming the server and the problem
    // (TLS, 401 "credentials refused", unreachable) for the test-connection button.
    bool version(std::string *gitVersion, std::string *error, const CancelToken *cancel = nullptr);

    // Discovery: /api, /api/v1, /apis and /apis/<group>/<preferred version> for every group. Only
    // resources that support `list` are returned. A group whose document fails is skipped and
    // named in *warnings. Null with *error when /api itself fails.
    std::optional<std::vector<KubeResourceType>> discover(std::string *error, std::vector<std::string> *warnings = nullptr,
                                                          const CancelToken *cancel = nullptr);

    struct ListOptions {
        int limit = 500; // items per page; 0 = no limit (one answer)
        // Accept PartialObjectMetadataList (meta.k8s.io/v1): only metadata comes back. Used for
        // secrets, so that secret values are never requested. A server that answers with a full
        // list anyway is refused (Failed): items that are not PartialObjectMetadata are not kept.
        // The kubectl.kubernetes.io/last-applied-configuration annotation is dropped from each
        // item before the callback: it holds the object as applied, a secret's values included.
        bool metadataOnly = false;
        std::string nameSpace; // "" = all namespaces
        // Sent as `fieldSelector=` (URL-encoded) on every page, continue requests included: the
        // server pages over the matching items only. "" = none. The server decides which fields
        // it supports (metadata.name, metadata.namespace, plus per kind: a secret's `type`); an
        // unsupported one is a 400 BadRequest, which ends the list Failed with its message.
        std::string fieldSelector;
    };
    using ItemCallback = std::function<void(const nlohmann::json &item)>;
    // LIST with limit/continue. Each item goes to `onItem` as the page arrives (the list's
    // apiVersion/kind are set on items that lack them). A 410 Gone on a continue token calls
    // `onRestart` (the caller forgets what it got) and starts the list again once; a second 410
    // ends it Partial. 429 is retried honouring Retry-After (HttpClient).
    KubeListStatus list(const KubeResourceType &type, const ListOptions &options, const ItemCallback &onItem,
                        const std::function<void()> &onRestart, const CancelToken *cancel = nullptr);

    std::int64_t requestCount() const;
    const KubeConnection &connection() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace bulkhead
