#pragma once
// RBAC objects built in code for the RBAC page's tests (header-only: tests/ui/tst_*.cpp are built
// one executable each, without a support library of their own).

#include "rbac/rbacobjects.h"

#include <string>
#include <vector>

namespace bulkhead::test::rbac {

inline PolicyRule rule(std::vector<std::string> verbs, std::vector<std::string> groups,
                       std::vector<std::string> resources,
                       std::vector<std::string> names = {})
{
    PolicyRule r;
    r.verbs = std::move(verbs);
    r.apiGroups = std::move(groups);
    r.resources = std::move(resources);
    r.resourceNames = std::move(names);
    return r;
}

inline PolicyRule urlRule(std::vector<std::string> verbs, std::vector<std::string> urls)
{
    PolicyRule r;
    r.verbs = std::move(verbs);
    r.nonResourceURLs = std::move(urls);
    return r;
}

inline RbacRole role(bool cluster, std::string ns, std::string name, std::vector<PolicyRule> rules)
{
    RbacRole r;
    r.clusterRole = cluster;
    r.nameSpace = std::move(ns);
    r.name = std::move(name);
    r.uid = r.nameSpace + "/" + r.name;
    r.rules = std::move(rules);
    return r;
}

inline RbacBinding binding(bool cluster, std::string ns, std::string name, std::string roleKind, std::string roleName,
                    std::vector<RbacSubject> subjects)
{
    RbacBinding b;
    b.clusterBinding = cluster;
    b.nameSpace = std::move(ns);
    b.name = std::move(name);
    b.uid = b.nameSpace + "/" + b.name;
    b.roleRef = {std::move(roleKind), std::move(roleName)};
    b.subjects = std::move(subjects);
    return b;
}

inline RbacSubject user(std::string name)
{
    return {SubjectKind::User, std::move(name), {}};
}

inline RbacSubject sa(std::string ns, std::string name)
{
    return {SubjectKind::ServiceAccount, std::move(name), std::move(ns)};
}

inline RbacSubject group(std::string name)
{
    return {SubjectKind::Group, std::move(name), {}};
}

} // namespace bulkhead::test::rbac
