// Kubernetes RBAC objects (rbac.authorization.k8s.io/v1 and core/v1 ServiceAccount) read from
// their API JSON. The API server has validated what it stores, so a malformed object is rare; it
// is refused with a message naming the object and the field rather than half read.
#include "rbac/rbacobjects.h"

#include "kube/kubefields.h"
#include "util/timestamps.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bulkhead {

namespace {

using json = nlohmann::json;
using kubefields::member;

std::string textAt(const json *o, const char *key)
{
    return std::string(kubefields::stringAt(o, key));
}

// "ClusterRole admin" / "RoleBinding shop/dev": how an error names the object.
std::string objectName(const std::string &kind, const std::string &nameSpace, const std::string &name)
{
    return kind + ' ' + (nameSpace.empty() ? name : nameSpace + '/' + name);
}

void fail(std::string *error, const std::string &object, const std::string &what)
{
    if (error)
        *error = object + ": " + what;
}

// A list of strings; absent or null reads as empty (the fixtures' `rules: null`, omitempty
// fields). false when it is something else.
bool stringList(const json *list, std::vector<std::string> &out)
{
    out.clear();
    if (list == nullptr || list->is_null())
        return true;
    if (!list->is_array())
        return false;
    out.reserve(list->size());
    for (const json &item : *list) {
        if (!item.is_string())
            return false;
        out.push_back(item.get<std::string>());
    }
    return true;
}

bool stringMap(const json *o, std::map<std::string, std::string> &out)
{
    out.clear();
    if (o == nullptr || o->is_null())
        return true;
    if (!o->is_object())
        return false;
    for (const auto &[k, v] : o->items()) {
        if (!v.is_string())
            return false;
        out.emplace(k, v.get<std::string>());
    }
    return true;
}

// The metadata every RBAC object carries. `kind` names the object in errors.
struct Meta {
    std::string nameSpace, name, uid;
    std::int64_t createdAt = 0;
    std::map<std::string, std::string> labels;
};

bool readMeta(const json &object, const std::string &kind, Meta &out, std::string *error)
{
    const json *meta = member(&object, "metadata");
    out.name = textAt(meta, "name");
    out.nameSpace = textAt(meta, "namespace");
    if (out.name.empty()) {
        fail(error, kind, "metadata.name is missing");
        return false;
    }
    out.uid = textAt(meta, "uid");
    out.createdAt = parseTimestamp(kubefields::stringAt(meta, "creationTimestamp"));
    if (!stringMap(member(meta, "labels"), out.labels)) {
        fail(error, objectName(kind, out.nameSpace, out.name), "metadata.labels is not a map of strings");
        return false;
    }
    return true;
}

// The object's kind: as written, else `fallback` (list items come without one).
std::string kindOf(const json &object, const char *fallback)
{
    const std::string kind = textAt(&object, "kind");
    return kind.empty() ? std::string(fallback) : kind;
}

// The kind, name, namespace, uid, creation time and labels of a role or binding; `self` names it
// for errors. A namespaced kind must have a namespace; a cluster-scoped one keeps none.
template <class T>
bool readHeader(const json &object, const std::string &clusterKind, const std::string &namespacedKind, T &out,
                bool &cluster, std::string &self, std::string *error)
{
    const bool noNamespace = kubefields::stringAt(member(&object, "metadata"), "namespace").empty();
    const std::string kind = kindOf(object, (noNamespace ? clusterKind : namespacedKind).c_str());
    if (kind != clusterKind && kind != namespacedKind) {
        fail(error, kind, "not a " + namespacedKind + " or " + clusterKind);
        return false;
    }
    Meta meta;
    if (!readMeta(object, kind, meta, error))
        return false;
    cluster = kind == clusterKind;
    out.nameSpace = cluster ? std::string() : std::move(meta.nameSpace);
    out.name = std::move(meta.name);
    out.uid = std::move(meta.uid);
    out.createdAt = meta.createdAt;
    out.labels = std::move(meta.labels);
    self = objectName(kind, out.nameSpace, out.name);
    if (!cluster && out.nameSpace.empty()) {
        fail(error, self, "metadata.namespace is missing");
        return false;
    }
    return true;
}

bool readRule(const json &rule, PolicyRule &out, std::string &what)
{
    if (!rule.is_object()) {
        what = "is not an object";
        return false;
    }
    const std::pair<const char *, std::vector<std::string> *> fields[] = {
        {"verbs", &out.verbs},
        {"apiGroups", &out.apiGroups},
        {"resources", &out.resources},
        {"resourceNames", &out.resourceNames},
        {"nonResourceURLs", &out.nonResourceURLs},
    };
    for (const auto &[key, list] : fields) {
        if (!stringList(member(&rule, key), *list)) {
            what = std::string(".") + key + " is not a list of strings";
            return false;
        }
    }
    return true;
}

bool readSelector(const json &selector, LabelSelector &out, std::string &what)
{
    if (!selector.is_object()) {
        what = " is not an object";
        return false;
    }
    if (!stringMap(member(&selector, "matchLabels"), out.matchLabels)) {
        what = ".matchLabels is not a map of strings";
        return false;
    }
    const json *expressions = member(&selector, "matchExpressions");
    if (expressions == nullptr)
        return true;
    if (!expressions->is_array()) {
        what = ".matchExpressions is not a list";
        return false;
    }
    for (std::size_t i = 0; i < expressions->size(); ++i) {
        const json &e = (*expressions)[i];
        LabelSelectorRequirement r;
        r.key = textAt(&e, "key");
        r.op = textAt(&e, "operator");
        if (!e.is_object() || r.key.empty() || !stringList(member(&e, "values"), r.values)) {
            what = ".matchExpressions[" + std::to_string(i) + "] is not a key/operator/values requirement";
            return false;
        }
        out.matchExpressions.push_back(std::move(r));
    }
    return true;
}

bool contains(const std::vector<std::string> &values, const std::string &value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

} // namespace

bool labelSelectorMatches(const LabelSelector &selector, const std::map<std::string, std::string> &labels)
{
    // The aggregation controller skips an empty selector instead of selecting every ClusterRole.
    if (selector.matchLabels.empty() && selector.matchExpressions.empty())
        return false;
    for (const auto &[key, value] : selector.matchLabels) {
        const auto it = labels.find(key);
        if (it == labels.end() || it->second != value)
            return false;
    }
    for (const LabelSelectorRequirement &r : selector.matchExpressions) {
        const auto it = labels.find(r.key);
        const bool has = it != labels.end();
        bool ok = false;
        if (r.op == "In")
            ok = has && contains(r.values, it->second);
        else if (r.op == "NotIn") // an absent label is "not in" any set
            ok = !has || !contains(r.values, it->second);
        else if (r.op == "Exists")
            ok = has;
        else if (r.op == "DoesNotExist")
            ok = !has;
        if (!ok)
            return false;
    }
    return true;
}

const char *subjectKindName(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::User: return "User";
    case SubjectKind::Group: return "Group";
    case SubjectKind::ServiceAccount: return "ServiceAccount";
    }
    return "User";
}

bool parseSubjectKind(std::string_view text, SubjectKind &out)
{
    for (SubjectKind k : {SubjectKind::User, SubjectKind::Group, SubjectKind::ServiceAccount}) {
        if (text == subjectKindName(k)) {
            out = k;
            return true;
        }
    }
    return false;
}

std::string RbacSubject::key() const
{
    std::string k = subjectKindName(kind);
    k += '/';
    if (kind == SubjectKind::ServiceAccount)
        k.append(nameSpace).append("/");
    k += name;
    return k;
}

std::optional<RbacSubject> parseRbacSubject(std::string_view text)
{
    const auto serviceAccount = [](std::string_view ns, std::string_view name) -> std::optional<RbacSubject> {
        if (ns.empty() || name.empty())
            return std::nullopt;
        return RbacSubject{SubjectKind::ServiceAccount, std::string(name), std::string(ns)};
    };
    const auto named = [](SubjectKind kind, std::string_view name) -> std::optional<RbacSubject> {
        if (name.empty())
            return std::nullopt;
        return RbacSubject{kind, std::string(name), {}};
    };
    // "NS/NAME" after a service-account prefix.
    const auto slashPair = [&](std::string_view rest) {
        const auto slash = rest.find('/');
        return slash == std::string_view::npos ? std::nullopt
                                               : serviceAccount(rest.substr(0, slash), rest.substr(slash + 1));
    };
    if (text.starts_with("User/"))
        return named(SubjectKind::User, text.substr(5));
    if (text.starts_with("Group/"))
        return named(SubjectKind::Group, text.substr(6));
    if (text.starts_with("group:"))
        return named(SubjectKind::Group, text.substr(6));
    if (text.starts_with("ServiceAccount/"))
        return slashPair(text.substr(15));
    if (text.starts_with("sa:"))
        return slashPair(text.substr(3));
    if (text.starts_with("system:serviceaccount:")) {
        const std::string_view rest = text.substr(22);
        const auto colon = rest.find(':');
        return colon == std::string_view::npos ? std::nullopt
                                               : serviceAccount(rest.substr(0, colon), rest.substr(colon + 1));
    }
    return named(SubjectKind::User, text);
}

bool parseRbacRole(const json &object, RbacRole &out, std::string *error)
{
    out = RbacRole{};
    std::string self;
    if (!readHeader(object, "ClusterRole", "Role", out, out.clusterRole, self, error))
        return false;
    const json *rules = member(&object, "rules");
    if (rules != nullptr && !rules->is_array()) {
        fail(error, self, "rules is not a list");
        return false;
    }
    if (rules != nullptr) {
        out.rules.reserve(rules->size());
        for (std::size_t i = 0; i < rules->size(); ++i) {
            PolicyRule rule;
            std::string what;
            if (!readRule((*rules)[i], rule, what)) {
                fail(error, self, "rules[" + std::to_string(i) + "]" + what);
                return false;
            }
            out.rules.push_back(std::move(rule));
        }
    }
    if (const json *aggregation = member(&object, "aggregationRule"); aggregation != nullptr && out.clusterRole) {
        out.aggregated = true;
        const json *selectors = member(aggregation, "clusterRoleSelectors");
        if (selectors != nullptr && !selectors->is_array()) {
            fail(error, self, "aggregationRule.clusterRoleSelectors is not a list");
            return false;
        }
        for (std::size_t i = 0; selectors != nullptr && i < selectors->size(); ++i) {
            LabelSelector selector;
            std::string what;
            if (!readSelector((*selectors)[i], selector, what)) {
                fail(error, self, "aggregationRule.clusterRoleSelectors[" + std::to_string(i) + "]" + what);
                return false;
            }
            out.aggregationSelectors.push_back(std::move(selector));
        }
    }
    out.bootstrap = isBootstrapObject(out.labels, out.name);
    return true;
}

bool parseRbacBinding(const json &object, RbacBinding &out, std::string *error)
{
    out = RbacBinding{};
    std::string self;
    if (!readHeader(object, "ClusterRoleBinding", "RoleBinding", out, out.clusterBinding, self, error))
        return false;
    const json *roleRef = member(&object, "roleRef");
    out.roleRef.kind = textAt(roleRef, "kind");
    out.roleRef.name = textAt(roleRef, "name");
    if (out.roleRef.name.empty() || (out.roleRef.kind != "Role" && out.roleRef.kind != "ClusterRole")) {
        fail(error, self, "roleRef is not a Role or ClusterRole with a name");
        return false;
    }
    const json *subjects = member(&object, "subjects");
    if (subjects != nullptr && !subjects->is_array()) {
        fail(error, self, "subjects is not a list");
        return false;
    }
    for (std::size_t i = 0; subjects != nullptr && i < subjects->size(); ++i) {
        const json &s = (*subjects)[i];
        RbacSubject subject;
        const std::string at = "subjects[" + std::to_string(i) + "]";
        if (!parseSubjectKind(kubefields::stringAt(&s, "kind"), subject.kind)) {
            fail(error, self, at + ".kind is not User, Group or ServiceAccount");
            return false;
        }
        subject.name = textAt(&s, "name");
        if (subject.name.empty()) {
            fail(error, self, at + ".name is missing");
            return false;
        }
        if (subject.kind == SubjectKind::ServiceAccount) {
            subject.nameSpace = textAt(&s, "namespace");
            if (subject.nameSpace.empty())
                subject.nameSpace = out.nameSpace;
            if (subject.nameSpace.empty()) {
                fail(error, self, at + ": a ServiceAccount subject of a ClusterRoleBinding needs a namespace");
                return false;
            }
        }
        out.subjects.push_back(std::move(subject));
    }
    out.bootstrap = isBootstrapObject(out.labels, out.name);
    return true;
}

bool parseRbacServiceAccount(const json &object, RbacServiceAccount &out, std::string *error)
{
    out = RbacServiceAccount{};
    const std::string kind = kindOf(object, "ServiceAccount");
    if (kind != "ServiceAccount") {
        fail(error, kind, "not a ServiceAccount");
        return false;
    }
    Meta meta;
    if (!readMeta(object, kind, meta, error))
        return false;
    if (meta.nameSpace.empty()) {
        fail(error, objectName(kind, meta.nameSpace, meta.name), "metadata.namespace is missing");
        return false;
    }
    out.nameSpace = std::move(meta.nameSpace);
    out.name = std::move(meta.name);
    out.automountToken = kubefields::boolAt(&object, "automountServiceAccountToken");
    return true;
}

bool isBootstrapObject(const std::map<std::string, std::string> &labels, std::string_view name)
{
    const auto it = labels.find("kubernetes.io/bootstrapping");
    if (it != labels.end() && it->second == "rbac-defaults")
        return true;
    // The API server's own roles and bindings are all named "system:..." (a user cannot create
    // such names without being trusted already); the label alone misses some operators copy.
    return name.starts_with("system:");
}

} // namespace bulkhead
