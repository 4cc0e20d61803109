#include "analysis/controlmapping.h"

#include "kube/workloadposture.h"
#include "rbac/rbacrisk.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace bulkhead {

namespace {

using Mapping = std::pair<std::string_view, std::string_view>;

// Check ids whose control is known. Trivy writes both "KSV001" and "AVD-KSV-0001"; the lookup
// below normalises the latter.
constexpr std::array kById{
    // Trivy Kubernetes checks
    Mapping{"KSV001", "RUN-1"}, Mapping{"KSV003", "RUN-1"}, Mapping{"KSV005", "RUN-1"},
    Mapping{"KSV017", "RUN-1"}, Mapping{"KSV022", "RUN-1"}, Mapping{"KSV009", "RUN-1"},
    Mapping{"KSV010", "RUN-1"}, Mapping{"KSV008", "RUN-1"}, Mapping{"KSV014", "RUN-2"},
    Mapping{"KSV012", "IAM-3"}, Mapping{"KSV020", "IAM-3"}, Mapping{"KSV021", "IAM-3"},
    Mapping{"KSV105", "IAM-3"}, Mapping{"KSV029", "IAM-3"}, Mapping{"KSV030", "RUN-5"},
    Mapping{"KSV104", "RUN-5"}, Mapping{"KSV002", "RUN-5"}, Mapping{"KSV025", "RUN-5"},
    Mapping{"KSV036", "IAM-1"}, Mapping{"KSV041", "IAM-1"}, Mapping{"KSV044", "IAM-1"},
    Mapping{"KSV045", "IAM-1"}, Mapping{"KSV046", "IAM-1"}, Mapping{"KSV047", "IAM-1"},
    Mapping{"KSV048", "IAM-1"}, Mapping{"KSV049", "IAM-1"}, Mapping{"KSV050", "IAM-1"},
    Mapping{"KSV053", "IAM-1"}, Mapping{"KSV056", "IAM-1"}, Mapping{"KSV113", "IAM-1"},
    Mapping{"KSV011", "RUN-1"}, Mapping{"KSV015", "RUN-1"}, Mapping{"KSV016", "RUN-1"},
    Mapping{"KSV018", "RUN-1"}, Mapping{"KSV013", "BLD-1"}, Mapping{"KSV032", "SUP-4"},
    Mapping{"KSV033", "SUP-4"}, Mapping{"KSV034", "SUP-4"}, Mapping{"KSV035", "SUP-4"},
    Mapping{"KSV038", "RUN-3"},
    // Trivy Dockerfile checks
    Mapping{"DS001", "BLD-1"}, Mapping{"DS002", "BLD-5"}, Mapping{"DS005", "BLD-6"},
    Mapping{"DS013", "BLD-6"}, Mapping{"DS017", "BLD-6"}, Mapping{"DS026", "RUN-6"},
    // Kubescape controls
    Mapping{"C-0002", "IAM-1"}, Mapping{"C-0007", "IAM-1"}, Mapping{"C-0012", "SEC-1"},
    Mapping{"C-0013", "IAM-3"}, Mapping{"C-0015", "IAM-1"}, Mapping{"C-0016", "RUN-1"},
    Mapping{"C-0017", "RUN-2"}, Mapping{"C-0030", "RUN-3"}, Mapping{"C-0034", "IAM-1"},
    Mapping{"C-0035", "IAM-1"}, Mapping{"C-0041", "RUN-1"}, Mapping{"C-0044", "RUN-1"},
    Mapping{"C-0046", "RUN-1"}, Mapping{"C-0048", "RUN-1"}, Mapping{"C-0055", "RUN-5"},
    Mapping{"C-0057", "RUN-1"}, Mapping{"C-0063", "IAM-1"}, Mapping{"C-0074", "RUN-1"},
    Mapping{"C-0078", "SUP-4"}, Mapping{"C-0086", "BLD-2"}, Mapping{"C-0260", "RUN-3"},
    Mapping{"C-0270", "RUN-1"}, Mapping{"C-0271", "RUN-1"},
    // Dockle
    Mapping{"CIS-DI-0001", "BLD-5"}, Mapping{"CIS-DI-0005", "BLD-3"}, Mapping{"CIS-DI-0010", "SEC-1"},
    Mapping{"DKL-DI-0005", "BLD-6"}, Mapping{"DKL-DI-0006", "BLD-1"},
};

// Bulkhead's own checks (analysis/imageposture.h): the control each was written for.
constexpr std::array kBulkhead{
    Mapping{"bulkhead/image-root-user", "BLD-5"},        Mapping{"bulkhead/image-unsigned", "BLD-3"},
    Mapping{"bulkhead/image-signature-invalid", "BLD-3"}, Mapping{"bulkhead/image-signature-unverified", "BLD-3"},
    Mapping{"bulkhead/image-no-sbom", "BLD-4"},           Mapping{"bulkhead/image-sbom-stale", "BLD-4"},
    Mapping{"bulkhead/image-too-many-layers", "BLD-6"},   Mapping{"bulkhead/image-too-large", "BLD-1"},
    Mapping{"bulkhead/image-too-old", "BLD-1"},           Mapping{"bulkhead/image-not-scanned", "BLD-2"},
    Mapping{"bulkhead/registry-insecure", "SUP-4"},
    // The secrets evaluation (secrets/secretevaluation.h): rotation and token lifetime, and how
    // workloads receive secrets.
    Mapping{"bulkhead/secret-rotation-overdue", "SEC-3"}, Mapping{"bulkhead/secret-long-lived-token", "SEC-3"},
    Mapping{"bulkhead/secret-in-env", "SEC-5"},
    // bulkhead/image-secret-env is a Secret finding: SEC-1 like every secret, above.
};

// Titles of checks with unknown ids, by the first phrase they contain (lower case, in order).
constexpr std::array kByTitle{
    Mapping{"read-only root", "RUN-2"}, Mapping{"readonlyrootfilesystem", "RUN-2"},
    Mapping{"immutable container filesystem", "RUN-2"}, Mapping{"privilege", "RUN-1"},
    Mapping{"capabilit", "RUN-1"}, Mapping{"host pid", "RUN-1"}, Mapping{"host ipc", "RUN-1"},
    Mapping{"host network", "RUN-1"}, Mapping{"seccomp", "RUN-5"}, Mapping{"apparmor", "RUN-5"},
    Mapping{"selinux", "RUN-5"}, Mapping{"network polic", "RUN-3"}, Mapping{"runs as root", "IAM-3"},
    Mapping{"non-root", "IAM-3"}, Mapping{"root user", "BLD-5"}, Mapping{"secret", "SEC-1"},
    Mapping{"password", "SEC-1"}, Mapping{"credential", "SEC-1"}, Mapping{"rbac", "IAM-1"},
    Mapping{"role", "IAM-1"}, Mapping{"service account", "IAM-1"}, Mapping{"image tag", "SUP-4"},
    Mapping{"registr", "SUP-4"}, Mapping{"healthcheck", "RUN-6"},
};

// "AVD-KSV-0001" -> "KSV001", "AVD-DS-0002" -> "DS002"; anything else unchanged.
std::string normaliseId(std::string_view key)
{
    if (key.substr(0, 4) != "AVD-")
        return std::string(key);
    std::string_view rest = key.substr(4);
    const auto dash = rest.find('-');
    if (dash == std::string_view::npos)
        return std::string(key);
    std::string_view prefix = rest.substr(0, dash);
    std::string_view digits = rest.substr(dash + 1);
    while (digits.size() > 3 && digits.front() == '0')
        digits.remove_prefix(1);
    return std::string(prefix) + std::string(digits);
}

} // namespace

std::string_view controlForRule(FindingKind kind, std::string_view key, std::string_view title)
{
    switch (kind) {
    case FindingKind::Vulnerability:
        return "BLD-2";
    case FindingKind::Secret:
        return "SEC-1";
    case FindingKind::Misconfiguration:
        break;
    }
    for (const auto &[known, control] : kBulkhead) {
        if (key == known)
            return control;
    }
    // The cluster checks ("bulkhead/k8s-..."): their table lives with the checks.
    if (const std::string_view control = controlForKubeRule(key); !control.empty())
        return control;
    // The RBAC risk rules ("bulkhead/rbac-..."): their table lives with the rules too.
    if (const std::string_view control = controlForRbacRule(key); !control.empty())
        return control;
    const std::string id = normaliseId(key);
    for (const auto &[known, control] : kById) {
        if (id == known)
            return control;
    }
    std::string lower(title);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const auto &[phrase, control] : kByTitle) {
        if (lower.find(phrase) != std::string::npos)
            return control;
    }
    return {};
}

} // namespace bulkhead
