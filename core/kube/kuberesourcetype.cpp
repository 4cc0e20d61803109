#include "kube/kuberesourcetype.h"

namespace bulkhead {

std::string KubeResourceType::listPath() const
{
    return (group.empty() ? "/api/" + version : "/apis/" + group + "/" + version) + "/" + resource;
}

std::string KubeResourceType::qualifiedName() const
{
    return group.empty() ? resource : resource + "." + group;
}

} // namespace bulkhead
