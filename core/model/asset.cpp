#include "model/asset.h"

namespace bulkhead {

std::string_view assetKindName(AssetKind k)
{
    switch (k) {
    case AssetKind::Image: return "image";
    case AssetKind::Filesystem: return "filesystem";
    case AssetKind::KubernetesResource: return "kubernetes";
    case AssetKind::Other: break;
    }
    return "other";
}

std::string imageRepository(std::string_view reference)
{
    std::string_view ref = reference;
    if (auto at = ref.find('@'); at != std::string_view::npos)
        ref = ref.substr(0, at);
    // A colon after the last slash is a tag; one before it belongs to a registry port.
    const auto slash = ref.rfind('/');
    const auto colon = ref.rfind(':');
    if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash))
        ref = ref.substr(0, colon);
    return std::string(ref);
}

std::string kubernetesIdentity(std::string_view cluster, std::string_view nameSpace,
                               std::string_view kind, std::string_view name)
{
    std::string id;
    id.reserve(cluster.size() + nameSpace.size() + kind.size() + name.size() + 3);
    id.append(cluster).append("/").append(nameSpace).append("/").append(kind).append("/").append(name);
    return id;
}

} // namespace bulkhead
