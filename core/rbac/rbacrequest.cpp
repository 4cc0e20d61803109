// The RBAC authorizer's matching of one PolicyRule against one request, as the API server does it
// (plugin/pkg/auth/authorizer/rbac): verbs, then API group, resource and resource name for a
// resource request; verbs and non-resource URLs for anything else. Hot: who-can runs it for every
// rule of every role, so nothing here allocates.
#include "rbac/rbacrequest.h"

#include "rbac/rbacrequestparts.h"

#include <algorithm>
#include <array>

namespace bulkhead {

namespace {

bool hasOrStar(const std::vector<std::string> &values, std::string_view value)
{
    for (const std::string &v : values)
        if (v == value || v == "*")
            return true;
    return false;
}

// "pods" for "pods", "pods/exec" for resource "pods" + subresource "exec": a rule resource names
// the combined form; "*" is every resource and subresource, "*/exec" one subresource of every
// resource. "pods" alone does not grant "pods/exec".
bool resourceMatches(const std::vector<std::string> &ruleResources, const RbacRequest &request)
{
    const std::string_view resource = request.resource, sub = request.subresource;
    for (const std::string &r : ruleResources) {
        const std::string_view rule = r;
        if (rule == "*")
            return true;
        if (sub.empty()) {
            if (rule == resource)
                return true;
            continue;
        }
        if (rule.size() == resource.size() + 1 + sub.size() && rule.starts_with(resource)
            && rule[resource.size()] == '/' && rule.ends_with(sub))
            return true;
        if (rule.size() == 2 + sub.size() && rule.starts_with("*/") && rule.ends_with(sub))
            return true;
    }
    return false;
}

// Empty resourceNames: any object. Otherwise only a request naming one of them; a request
// without a name (list, watch, create, deletecollection) never matches such a rule.
bool resourceNameMatches(const std::vector<std::string> &names, std::string_view name)
{
    if (names.empty())
        return true;
    return std::find(names.begin(), names.end(), name) != names.end();
}

// "*" is every URL; a trailing "*" a prefix ("/healthz/*", "/api*"); anything else exact.
bool urlMatches(const std::vector<std::string> &urls, std::string_view url)
{
    for (const std::string &u : urls) {
        const std::string_view rule = u;
        if (rule == "*" || rule == url)
            return true;
        if (!rule.empty() && rule.back() == '*' && url.starts_with(rule.substr(0, rule.size() - 1)))
            return true;
    }
    return false;
}

struct KnownResource {
    std::string_view resource, group;
};

// Resources whose group people leave out (kubectl resolves them through discovery; bulkhead
// answers offline). A name not listed here and without a ".group" is taken as a core resource.
constexpr std::array kKnownResources{
    KnownResource{"deployments", "apps"}, KnownResource{"statefulsets", "apps"},
    KnownResource{"daemonsets", "apps"}, KnownResource{"replicasets", "apps"},
    KnownResource{"controllerrevisions", "apps"}, KnownResource{"jobs", "batch"},
    KnownResource{"cronjobs", "batch"}, KnownResource{"roles", "rbac.authorization.k8s.io"},
    KnownResource{"clusterroles", "rbac.authorization.k8s.io"},
    KnownResource{"rolebindings", "rbac.authorization.k8s.io"},
    KnownResource{"clusterrolebindings", "rbac.authorization.k8s.io"},
    KnownResource{"networkpolicies", "networking.k8s.io"}, KnownResource{"ingresses", "networking.k8s.io"},
    KnownResource{"ingressclasses", "networking.k8s.io"}, KnownResource{"poddisruptionbudgets", "policy"},
    KnownResource{"certificatesigningrequests", "certificates.k8s.io"},
    KnownResource{"validatingwebhookconfigurations", "admissionregistration.k8s.io"},
    KnownResource{"mutatingwebhookconfigurations", "admissionregistration.k8s.io"},
    KnownResource{"storageclasses", "storage.k8s.io"}, KnownResource{"volumeattachments", "storage.k8s.io"},
    KnownResource{"csidrivers", "storage.k8s.io"}, KnownResource{"csinodes", "storage.k8s.io"},
    KnownResource{"leases", "coordination.k8s.io"}, KnownResource{"endpointslices", "discovery.k8s.io"},
    KnownResource{"horizontalpodautoscalers", "autoscaling"},
    KnownResource{"customresourcedefinitions", "apiextensions.k8s.io"},
    KnownResource{"priorityclasses", "scheduling.k8s.io"}, KnownResource{"tokenreviews", "authentication.k8s.io"},
    KnownResource{"subjectaccessreviews", "authorization.k8s.io"},
    KnownResource{"selfsubjectaccessreviews", "authorization.k8s.io"},
    KnownResource{"localsubjectaccessreviews", "authorization.k8s.io"},
    KnownResource{"podsecuritypolicies", "policy"},
};

// Cluster-scoped resources of the built-in API groups (kubectl api-resources --namespaced=false).
constexpr std::array kClusterScoped{
    KnownResource{"nodes", ""}, KnownResource{"persistentvolumes", ""},
    KnownResource{"componentstatuses", ""},
    KnownResource{"clusterroles", "rbac.authorization.k8s.io"},
    KnownResource{"clusterrolebindings", "rbac.authorization.k8s.io"},
    KnownResource{"certificatesigningrequests", "certificates.k8s.io"},
    KnownResource{"validatingwebhookconfigurations", "admissionregistration.k8s.io"},
    KnownResource{"mutatingwebhookconfigurations", "admissionregistration.k8s.io"},
    KnownResource{"validatingadmissionpolicies", "admissionregistration.k8s.io"},
    KnownResource{"validatingadmissionpolicybindings", "admissionregistration.k8s.io"},
    KnownResource{"storageclasses", "storage.k8s.io"}, KnownResource{"volumeattachments", "storage.k8s.io"},
    KnownResource{"csidrivers", "storage.k8s.io"}, KnownResource{"csinodes", "storage.k8s.io"},
    KnownResource{"ingressclasses", "networking.k8s.io"}, KnownResource{"runtimeclasses", "node.k8s.io"},
    KnownResource{"customresourcedefinitions", "apiextensions.k8s.io"},
    KnownResource{"apiservices", "apiregistration.k8s.io"},
    KnownResource{"priorityclasses", "scheduling.k8s.io"},
    KnownResource{"tokenreviews", "authentication.k8s.io"},
    KnownResource{"selfsubjectreviews", "authentication.k8s.io"},
    KnownResource{"subjectaccessreviews", "authorization.k8s.io"},
    KnownResource{"selfsubjectaccessreviews", "authorization.k8s.io"},
    KnownResource{"selfsubjectrulesreviews", "authorization.k8s.io"},
    KnownResource{"podsecuritypolicies", "policy"},
    KnownResource{"flowschemas", "flowcontrol.apiserver.k8s.io"},
    KnownResource{"prioritylevelconfigurations", "flowcontrol.apiserver.k8s.io"},
};

bool validName(std::string_view s)
{
    if (s.empty())
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
            || c == '*' || c == '_';
    });
}

} // namespace

namespace rbacparts {

unsigned mismatchParts(const PolicyRule &rule, const RbacRequest &request)
{
    unsigned parts = 0;
    if (!hasOrStar(rule.verbs, request.verb))
        parts |= Verb;
    if (!request.nonResourceUrl.empty()) {
        if (!urlMatches(rule.nonResourceURLs, request.nonResourceUrl))
            parts |= NonResourceUrl;
        return parts;
    }
    // A rule for non-resource URLs only has no apiGroups and resources: it is about other things
    // altogether, which "resource" says better than "apiGroup".
    if (rule.apiGroups.empty() && rule.resources.empty() && !rule.nonResourceURLs.empty())
        return parts | Resource;
    if (!hasOrStar(rule.apiGroups, request.apiGroup))
        parts |= ApiGroup;
    if (!resourceMatches(rule.resources, request))
        parts |= Resource;
    if (!resourceNameMatches(rule.resourceNames, request.name))
        parts |= ResourceName;
    return parts;
}

const char *partName(Part part)
{
    switch (part) {
    case Verb: return "verb";
    case ApiGroup: return "apiGroup";
    case Resource: return "resource";
    case ResourceName: return "resourceName";
    case NonResourceUrl: return "nonResourceURL";
    case Namespace: return "namespace";
    }
    return "";
}

std::string partNames(unsigned mask)
{
    std::string out;
    for (Part p : {Verb, ApiGroup, Resource, ResourceName, NonResourceUrl, Namespace}) {
        if (!(mask & p))
            continue;
        if (!out.empty())
            out += ", ";
        out += partName(p);
    }
    return out;
}

int partCount(unsigned mask)
{
    int n = 0;
    for (; mask; mask &= mask - 1)
        ++n;
    return n;
}

} // namespace rbacparts

bool parseRbacResource(std::string_view text, RbacRequest &out, std::string *error)
{
    const auto bad = [&](const std::string &why) {
        if (error)
            *error = "resource \"" + std::string(text) + "\": " + why;
        return false;
    };
    out.apiGroup.clear();
    out.resource.clear();
    out.subresource.clear();
    out.nonResourceUrl.clear();
    if (text.empty())
        return bad("is empty");
    if (text.front() == '/') {
        if (text.find_first_of(" \t\n") != std::string_view::npos)
            return bad("a URL path has no spaces");
        out.nonResourceUrl = std::string(text);
        return true;
    }
    std::string_view head = text, sub;
    if (const auto slash = text.find('/'); slash != std::string_view::npos) {
        head = text.substr(0, slash);
        sub = text.substr(slash + 1);
        if (!validName(sub) || sub.find('.') != std::string_view::npos)
            return bad("expected RESOURCE[.GROUP][/SUBRESOURCE], e.g. pods/exec");
    }
    std::string_view resource = head, group;
    const auto dot = head.find('.');
    if (dot != std::string_view::npos) {
        resource = head.substr(0, dot);
        group = head.substr(dot + 1);
        if (group.empty() || group.back() == '.')
            return bad("the API group after \".\" is empty");
    }
    if (!validName(resource) || resource.find('.') != std::string_view::npos || !validName(group.empty() ? "x" : group))
        return bad("expected RESOURCE[.GROUP][/SUBRESOURCE], e.g. deployments.apps/scale");
    out.resource = std::string(resource);
    out.subresource = std::string(sub);
    if (dot != std::string_view::npos) {
        out.apiGroup = std::string(group);
    } else if (resource == "*") {
        out.apiGroup = "*"; // "every resource": only a rule for every group answers it
    } else {
        for (const KnownResource &k : kKnownResources)
            if (k.resource == resource)
                out.apiGroup = std::string(k.group);
    }
    return true;
}

bool isClusterScopedRequest(const RbacRequest &request)
{
    if (!request.nonResourceUrl.empty())
        return true;
    return std::any_of(kClusterScoped.begin(), kClusterScoped.end(), [&](const KnownResource &k) {
        return k.resource == request.resource && k.group == request.apiGroup;
    });
}

std::string describeRequest(const RbacRequest &request)
{
    std::string out = request.verb.empty() ? std::string("(no verb)") : request.verb;
    out += ' ';
    if (!request.nonResourceUrl.empty())
        return out + request.nonResourceUrl;
    out += request.resource;
    if (!request.apiGroup.empty() && request.apiGroup != "*")
        out += '.' + request.apiGroup;
    if (!request.subresource.empty())
        out += '/' + request.subresource;
    if (!request.name.empty())
        out += " \"" + request.name + '"';
    out += request.nameSpace.empty() ? std::string(" cluster-wide") : " in namespace " + request.nameSpace;
    return out;
}

bool ruleAllows(const PolicyRule &rule, const RbacRequest &request)
{
    // mismatchParts() without collecting every part: stops at the first that fails.
    if (!hasOrStar(rule.verbs, request.verb))
        return false;
    if (!request.nonResourceUrl.empty())
        return urlMatches(rule.nonResourceURLs, request.nonResourceUrl);
    return hasOrStar(rule.apiGroups, request.apiGroup) && resourceMatches(rule.resources, request)
        && resourceNameMatches(rule.resourceNames, request.name);
}

std::string ruleMismatch(const PolicyRule &rule, const RbacRequest &request)
{
    const unsigned parts = rbacparts::mismatchParts(rule, request);
    for (rbacparts::Part p : {rbacparts::Verb, rbacparts::ApiGroup, rbacparts::Resource, rbacparts::ResourceName,
                              rbacparts::NonResourceUrl})
        if (parts & p)
            return rbacparts::partName(p);
    return {};
}

} // namespace bulkhead
