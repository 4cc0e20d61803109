#include "kube/ownerresolver.h"

#include "kube/kubefields.h"

namespace bulkhead {

using namespace kubefields;

namespace {

// Owners chain a few levels deep at most (Pod -> ReplicaSet -> Deployment); a longer walk means
// a reference cycle in broken data.
constexpr int kMaxDepth = 16;

std::string key(std::string_view nameSpace, std::string_view kind, std::string_view name)
{
    std::string out;
    out.reserve(nameSpace.size() + kind.size() + name.size() + 2);
    out.append(nameSpace).append("/").append(kind).append("/").append(name);
    return out;
}

} // namespace

std::optional<OwnerResolver::Controller> OwnerResolver::controllerOf(const nlohmann::json &object)
{
    for (const nlohmann::json &ref : arrayAt(member(&object, "metadata"), "ownerReferences")) {
        if (!boolAt(&ref, "controller").value_or(false))
            continue;
        const std::string_view kind = stringAt(&ref, "kind");
        if (kind == "Node")
            return std::nullopt; // the kubelet's mirror of a static pod
        return Controller{std::string(kind), std::string(stringAt(&ref, "name")), std::string(stringAt(&ref, "uid"))};
    }
    return std::nullopt;
}

void OwnerResolver::addOwner(const nlohmann::json &object)
{
    const nlohmann::json *meta = member(&object, "metadata");
    std::string uid(stringAt(meta, "uid"));
    if (uid.empty())
        return;
    m_byUid[std::move(uid)] = Ref{std::string(stringAt(&object, "kind")), std::string(stringAt(meta, "name")),
                                  std::string(stringAt(meta, "namespace")), controllerOf(object)};
}

std::string OwnerResolver::topLevelOwner(const nlohmann::json &pod) const
{
    std::optional<Controller> at = controllerOf(pod);
    if (!at)
        return {};
    // Owners live in the pod's namespace (a namespaced object cannot be owned across namespaces).
    std::string nameSpace(stringAt(member(&pod, "metadata"), "namespace"));
    for (int depth = 0; depth < kMaxDepth; ++depth) {
        const auto it = at->uid.empty() ? m_byUid.end() : m_byUid.find(at->uid);
        if (it == m_byUid.end())
            break; // not listed: the reference itself names the owner
        const Ref &owner = it->second;
        if (!owner.parent)
            return key(owner.nameSpace.empty() ? nameSpace : owner.nameSpace, owner.kind, owner.name);
        at = owner.parent;
        if (!owner.nameSpace.empty())
            nameSpace = owner.nameSpace;
    }
    return key(nameSpace, at->kind, at->name);
}

} // namespace bulkhead
