// loadSecretPolicy / saveSecretPolicy (secretpolicy.h): the QSettings group "secrets". The rules
// are kept as the JSON text of secretPolicyToJson's "rules" array, so the settings file, the
// policy import/export and the CLI read one format with one set of checks.
#include "secrets/secretpolicy.h"
#include "secrets/secrettimestamp.h"

#include <QSettings>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace bulkhead {

namespace {

constexpr char kDefaultDaysKey[] = "secrets/defaultDays";
constexpr char kTokenDaysKey[] = "secrets/serviceAccountTokenDays";
constexpr char kAnnotationsKey[] = "secrets/rotationAnnotations";
constexpr char kRulesKey[] = "secrets/rules";

// 0 is a real setting here (no age is acceptable), so only a missing, unreadable or negative value
// falls back to the default.
int readDays(const QSettings &s, const char *key, int fallback)
{
    bool ok = false;
    const int days = s.value(QLatin1String(key)).toInt(&ok);
    return ok && days >= 0 && days <= kMaxStatedDays ? days : fallback;
}

} // namespace

SecretPolicy loadSecretPolicy()
{
    const QSettings s;
    SecretPolicy p;
    p.defaultDays = readDays(s, kDefaultDaysKey, p.defaultDays);
    p.serviceAccountTokenDays = readDays(s, kTokenDaysKey, p.serviceAccountTokenDays);
    // An empty list is a choice (no annotation is trusted), distinct from never having saved one.
    if (s.contains(QLatin1String(kAnnotationsKey))) {
        p.rotationAnnotations.clear();
        for (const QString &name : s.value(QLatin1String(kAnnotationsKey)).toStringList()) {
            if (!name.trimmed().isEmpty())
                p.rotationAnnotations.push_back(name.trimmed().toStdString());
        }
    }
    const nlohmann::json rules =
        nlohmann::json::parse(s.value(QLatin1String(kRulesKey)).toString().toStdString(), nullptr, false);
    if (rules.is_array()) {
        // Checked like an imported policy; a damaged value leaves no rules rather than half of them.
        if (const auto parsed = secretPolicyFromJson(nlohmann::json{{"rules", rules}}.dump(), nullptr))
            p.rules = parsed->rules;
    }
    return p;
}

void saveSecretPolicy(const SecretPolicy &policy)
{
    QSettings s;
    s.setValue(QLatin1String(kDefaultDaysKey), policy.defaultDays);
    s.setValue(QLatin1String(kTokenDaysKey), policy.serviceAccountTokenDays);
    QStringList names;
    for (const std::string &name : policy.rotationAnnotations)
        names.push_back(QString::fromStdString(name));
    s.setValue(QLatin1String(kAnnotationsKey), names);
    const nlohmann::json all = nlohmann::json::parse(secretPolicyToJson(policy));
    s.setValue(QLatin1String(kRulesKey), QString::fromStdString(all.at("rules").dump()));
}

} // namespace bulkhead
