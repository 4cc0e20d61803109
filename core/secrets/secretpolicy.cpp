#include "secrets/secretpolicy.h"

#include "secrets/secrettimestamp.h"
#include "sources/registrysourceconfig.h" // globMatch

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bulkhead {

namespace {

constexpr char kServiceAccountTokenType[] = "kubernetes.io/service-account-token";
// A hundred years (kMaxStatedDays): anything longer is a typo, and days * 86400 stays far from
// overflowing.
constexpr int kMaxDays = kMaxStatedDays;

// An empty pattern matches anything, so a rule names only what it cares about.
bool fieldMatches(const std::string &pattern, const std::string &text)
{
    return pattern.empty() || globMatch(pattern, text);
}

bool labelMatches(const std::string &label, const std::vector<std::pair<std::string, std::string>> &labels)
{
    if (label.empty())
        return true;
    const auto eq = label.find('=');
    const std::string key = label.substr(0, eq);
    const auto it = std::find_if(labels.begin(), labels.end(), [&](const auto &kv) { return kv.first == key; });
    if (it == labels.end())
        return false;
    return eq == std::string::npos || it->second == label.substr(eq + 1);
}

bool ruleMatches(const SecretPolicyRule &rule, const SecretRecord &secret)
{
    return (rule.store.empty() || rule.store == secretStoreKindName(secret.store))
        && fieldMatches(rule.origin, secret.origin) && fieldMatches(rule.location, secret.location)
        && fieldMatches(rule.type, secret.type) && fieldMatches(rule.namePattern, secret.name)
        && labelMatches(rule.label, secret.labels);
}

// The rule's text fields, in the order they are written; `days` and `name` are handled apart.
struct RuleField {
    const char *key;
    std::string SecretPolicyRule::*member;
};
constexpr RuleField kRuleFields[] = {
    {"name", &SecretPolicyRule::name},         {"store", &SecretPolicyRule::store},
    {"origin", &SecretPolicyRule::origin},     {"location", &SecretPolicyRule::location},
    {"type", &SecretPolicyRule::type},         {"namePattern", &SecretPolicyRule::namePattern},
    {"label", &SecretPolicyRule::label},
};

bool readDays(const nlohmann::json &value, const std::string &where, int &out, std::string &error)
{
    if (!value.is_number_integer() || value.get<std::int64_t>() < 0) {
        error = where + ": not a non-negative integer";
        return false;
    }
    if (value.get<std::int64_t>() > kMaxDays) {
        error = where + ": more than " + std::to_string(kMaxDays) + " days";
        return false;
    }
    out = value.get<int>();
    return true;
}

bool readRule(const nlohmann::json &value, const std::string &where, SecretPolicyRule &rule, std::string &error)
{
    if (!value.is_object()) {
        error = where + ": not an object";
        return false;
    }
    for (const auto &[key, field] : value.items()) {
        const std::string at = where + '.' + key;
        if (key == "days") {
            if (!readDays(field, at, rule.days, error))
                return false;
            continue;
        }
        // key: captured by name, clang < 16 cannot capture a structured binding.
        const auto known = std::find_if(std::begin(kRuleFields), std::end(kRuleFields),
                                        [&k = key](const RuleField &f) { return k == f.key; });
        // An unknown key is most likely a misspelt one ("namepattern"): ignoring it would leave a
        // rule that matches far more than its author meant.
        if (known == std::end(kRuleFields)) {
            error = at + ": unknown field";
            return false;
        }
        if (!field.is_string()) {
            error = at + ": not a string";
            return false;
        }
        rule.*(known->member) = field.get<std::string>();
    }
    SecretStoreKind kind;
    if (!rule.store.empty() && !parseSecretStoreKindName(rule.store, kind)) {
        error = where + ".store: \"" + rule.store + "\" is not kubernetes, vault or inventory";
        return false;
    }
    if (!rule.label.empty() && (rule.label.front() == '=')) {
        error = where + ".label: \"" + rule.label + "\" has no key (key=value or key)";
        return false;
    }
    return true;
}

} // namespace

SecretPolicyDecision decideSecretPolicy(const SecretPolicy &policy, const SecretRecord &secret)
{
    // Legacy token secrets never expire by themselves: whatever is declared on them, their
    // interval is the token policy's.
    if (secret.store == SecretStoreKind::Kubernetes && secret.type == kServiceAccountTokenType)
        return {policy.serviceAccountTokenDays, "service-account token"};
    if (secret.declaredPolicyDays)
        return {*secret.declaredPolicyDays, "declared on the secret"};
    for (std::size_t i = 0; i < policy.rules.size(); ++i) {
        const SecretPolicyRule &rule = policy.rules[i];
        if (ruleMatches(rule, secret))
            return {rule.days, rule.name.empty() ? "rule " + std::to_string(i + 1) : "rule '" + rule.name + "'"};
    }
    return {policy.defaultDays, "default"};
}

std::optional<std::int64_t> secretDueAt(const SecretRecord &secret, const SecretPolicyDecision &decision)
{
    if (secret.lastChangeAt <= 0)
        return std::nullopt;
    return secret.lastChangeAt + static_cast<std::int64_t>(decision.days) * 86400;
}

std::string secretPolicyToJson(const SecretPolicy &policy)
{
    nlohmann::ordered_json out;
    out["defaultDays"] = policy.defaultDays;
    out["serviceAccountTokenDays"] = policy.serviceAccountTokenDays;
    out["rotationAnnotations"] = policy.rotationAnnotations;
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const SecretPolicyRule &rule : policy.rules) {
        nlohmann::ordered_json r;
        for (const RuleField &f : kRuleFields)
            r[f.key] = rule.*(f.member);
        r["days"] = rule.days;
        rules.push_back(std::move(r));
    }
    out["rules"] = std::move(rules);
    return out.dump(2);
}

std::optional<SecretPolicy> secretPolicyFromJson(std::string_view json, std::string *error)
{
    std::string message;
    const auto fail = [&](std::string text) -> std::optional<SecretPolicy> {
        if (error)
            *error = std::move(text);
        return std::nullopt;
    };
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded())
        return fail("not valid JSON");
    if (!doc.is_object())
        return fail("not a JSON object");

    // Keys left out keep their defaults: a file may set only the rules.
    SecretPolicy policy;
    for (const auto &[key, value] : doc.items()) {
        if (key == "defaultDays") {
            if (!readDays(value, key, policy.defaultDays, message))
                return fail(message);
        } else if (key == "serviceAccountTokenDays") {
            if (!readDays(value, key, policy.serviceAccountTokenDays, message))
                return fail(message);
        } else if (key == "rotationAnnotations") {
            if (!value.is_array())
                return fail(key + ": not an array");
            policy.rotationAnnotations.clear();
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (!value[i].is_string() || value[i].get<std::string>().empty())
                    return fail(key + '[' + std::to_string(i) + "]: not a non-empty string");
                policy.rotationAnnotations.push_back(value[i].get<std::string>());
            }
        } else if (key == "rules") {
            if (!value.is_array())
                return fail(key + ": not an array");
            for (std::size_t i = 0; i < value.size(); ++i) {
                SecretPolicyRule rule;
                if (!readRule(value[i], "rules[" + std::to_string(i) + ']', rule, message))
                    return fail(message);
                policy.rules.push_back(std::move(rule));
            }
        } else {
            return fail(key + ": unknown field");
        }
    }
    return policy;
}

} // namespace bulkhead
