#include "secrets/secretrecord.h"

#include <array>

namespace bulkhead {

namespace {

// Indexed by the enum value minus one; the enums start at 1 so that 0 in the store reads as unset.
constexpr std::array<const char *, 3> kStoreNames{"kubernetes", "vault", "inventory"};
constexpr std::array<const char *, 6> kAgeSourceNames{"version history", "inventory", "annotation",
                                                      "managedFields", "creation only", "unknown"};

// The two lookups every enum-with-names needs, on the tables above.
template <typename Enum, std::size_t N>
const char *nameOf(const std::array<const char *, N> &names, Enum value, const char *fallback)
{
    const auto i = static_cast<std::size_t>(value);
    return i >= 1 && i <= N ? names[i - 1] : fallback;
}

template <typename Enum, std::size_t N>
bool valueOf(const std::array<const char *, N> &names, std::string_view text, Enum &out)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == names[i]) {
            out = static_cast<Enum>(i + 1);
            return true;
        }
    }
    return false;
}

} // namespace

const char *secretStoreKindName(SecretStoreKind kind)
{
    return nameOf(kStoreNames, kind, "");
}

bool parseSecretStoreKindName(std::string_view text, SecretStoreKind &out)
{
    return valueOf(kStoreNames, text, out);
}

const char *ageSourceName(AgeSource source)
{
    return nameOf(kAgeSourceNames, source, "unknown");
}

bool parseAgeSourceName(std::string_view text, AgeSource &out)
{
    return valueOf(kAgeSourceNames, text, out);
}

bool isEnvUse(const SecretUse &use)
{
    return use.how == "env" || use.how == "envFrom";
}

AssetRef secretAsset(const SecretRecord &secret)
{
    AssetRef a;
    if (secret.store == SecretStoreKind::Kubernetes) {
        // The same identity scheme as the other resources of a cluster, so a secret's findings sit
        // next to its namespace's and workloads' in the findings views.
        a.kind = AssetKind::KubernetesResource;
        a.identity = kubernetesIdentity(secret.origin, secret.location, "Secret", secret.name);
        a.name = "Secret/" + secret.name;
        a.nameSpace = secret.location;
        a.cluster = secret.origin;
        return a;
    }
    a.kind = AssetKind::Other;
    const std::string where = secret.location.empty() ? secret.name : secret.location + '/' + secret.name;
    a.identity = std::string(secretStoreKindName(secret.store)) + ':' + secret.origin + '/' + where;
    a.name = where;
    return a;
}

} // namespace bulkhead
