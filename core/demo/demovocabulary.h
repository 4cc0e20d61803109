#pragma once

#include "model/reportformat.h"
#include "model/severity.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace bulkhead::demo {

// The synthetic world of the demo workspace: images, the packages in them, Kubernetes workloads,
// configuration checks, secret rules and the words people write when they triage. Plain data so
// that the generator reads as the rules it applies, not as lists.

enum class Ecosystem : std::uint8_t { Os, Npm, Pip, Maven, Go, None };

// How a scanner names a package ecosystem, per tool ("debian"/"deb", "node-pkg"/"npm", ...).
enum class Scanner : std::uint8_t { Trivy, Grype };

struct DemoDistro {
    std::string_view os;        // AssetRef::os: "debian 12.5"
    std::string_view trivyType; // Trivy Result.Type of the OS packages
    std::string_view grypeType; // Grype artifact type
    std::string_view purlType;  // "deb", "apk", "rpm"
    std::string_view suffix;    // version suffix style: "-1+deb12u1" -> "deb", "-r2" -> "apk", ".el9" -> "rpm"
};

struct DemoImage {
    std::string_view repository; // "ghcr.io/acme/payments-api"
    std::string_view tag;
    int distro;                  // index into distros()
    Ecosystem lang1, lang2;      // application ecosystems (None when absent)
    int weight;                  // relative share of the vulnerabilities
    Scanner scanner;
    bool secrets;                // scanned for secrets too (Trivy only)
    std::string_view appDir;     // where the application lives in the image
};

struct DemoCheck {
    std::string_view key;   // "KSV017", "C-0057", "DS002"
    Severity severity;
    std::string_view title;
    std::string_view description;
    std::string_view message; // what failed, with %s for the container name
};

struct DemoSecretRule {
    std::string_view key; // Trivy's secret rule id
    Severity severity;
    std::string_view title;
};

struct DemoCluster {
    std::string_view name;
    std::string_view tool;     // "Kubescape" or "Trivy"
    ReportFormat format;
};

struct DemoWorkload {
    int cluster;               // index into clusters()
    std::string_view nameSpace;
    std::string_view kind;     // "Deployment", "StatefulSet", ...
    std::string_view name;
    int containers;            // 1 or 2; each container can fail each check once
};

std::span<const DemoDistro> distros();
std::span<const DemoImage> images();
std::span<const std::string_view> packageNames(Ecosystem e);
// Per scanner, what the findings' packageType says for an application ecosystem.
std::string_view packageType(Ecosystem e, Scanner s, const DemoDistro &distro);
std::string_view ecosystemPurlType(Ecosystem e);

std::span<const DemoCheck> kubescapeChecks();
std::span<const DemoCheck> trivyKubernetesChecks();
std::span<const DemoCheck> imageConfigChecks();
std::span<const DemoSecretRule> secretRules();
std::span<const std::string_view> secretFiles(); // "%s" is the image's application directory

std::span<const DemoCluster> clusters();
std::span<const DemoWorkload> workloads();
std::span<const std::string_view> sidecarNames();

// Fragments of vulnerability texts.
std::span<const std::string_view> weaknessClasses(); // "heap buffer overflow"
std::span<const std::string_view> weaknessCwes();    // parallel to weaknessClasses()
std::span<const std::string_view> impacts();         // "execute arbitrary code"
std::span<const std::string_view> shortImpacts();    // parallel to impacts(): "code execution"
std::span<const std::string_view> attackers();
std::span<const std::string_view> attackVectors();
std::span<const std::string_view> codeNouns();
std::span<const std::string_view> codeVerbs();
std::span<const std::string_view> closingRemarks();

// Triage vocabulary.
std::span<const std::string_view> falsePositiveReasons();
std::span<const std::string_view> acceptanceReasons();
std::span<const std::string_view> mitigationNotes();
std::span<const std::string_view> triageComments();
std::span<const std::string_view> assignees();

} // namespace bulkhead::demo
