// Rule texts of the image posture checks (declared in imageposture.h). Each description says what
// was found, why it matters and how to fix it; references point at the practice (Docker docs,
// sigstore, OCI, CIS Docker Benchmark).
#include "analysis/imageposture.h"
#include "analysis/ruletext.h"
#include "analysis/ruletexttr.h"

namespace bulkhead {

namespace {

constexpr char kCis[] = "https://www.cisecurity.org/benchmark/docker";
constexpr char kDockerBest[] = "https://docs.docker.com/build/building/best-practices/";

RuleInfo rule(const char *key, const char *title, const char *description, std::initializer_list<const char *> refs,
              FindingKind kind = FindingKind::Misconfiguration)
{
    return describedRule(kind, key, title, description, refs);
}

std::vector<RuleInfo> makeRules()
{
    return {
        rule(imagerule::kRootUser, QT_TRANSLATE_NOOP("RuleText", "Image runs as root"),
             QT_TRANSLATE_NOOP("RuleText", "The image config sets no USER, or sets user 0/root, so every container started from it runs as root "
             "unless its runtime overrides the user. A process that escapes or abuses a root container starts with "
             "the most privilege the runtime allows. Create an unprivileged user in the Dockerfile and end with "
             "`USER <uid>` (a numeric uid lets Kubernetes check runAsNonRoot); CIS Docker Benchmark 4.1."),
             {"https://docs.docker.com/reference/dockerfile/#user", kDockerBest, kCis,
              "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"}),
        rule(imagerule::kUnsigned, QT_TRANSLATE_NOOP("RuleText", "Image is not signed"),
             QT_TRANSLATE_NOOP("RuleText", "No cosign signature was found for this digest, neither under the cosign tag (sha256-<digest>.sig) nor "
             "as an OCI referrer. Without a signature, a deployment cannot tell the image the pipeline built from one "
             "pushed by anyone with write access to the registry. Sign images in the release pipeline "
             "(`cosign sign --key cosign.key <image>@<digest>`) and verify signatures before deployment."),
             {"https://docs.sigstore.dev/cosign/signing/signing_with_containers/",
              "https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md", kCis}),
        rule(imagerule::kSignatureInvalid, QT_TRANSLATE_NOOP("RuleText", "Image signature is invalid"),
             QT_TRANSLATE_NOOP("RuleText", "A signature stored for this image cannot be right: its payload names another manifest digest, is not a "
             "cosign simple-signing document, or the signature is not decodable. This happens when a signature is "
             "copied to another image, when a tag was re-pushed after signing, or when someone tampers with the "
             "registry. Find out how the signature got there, delete it, and sign the digest that is deployed."),
             {"https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md",
              "https://docs.sigstore.dev/cosign/verifying/verify/"}),
        rule(imagerule::kSignatureUnverified, QT_TRANSLATE_NOOP("RuleText", "Image signature not verified by a trusted key"),
             QT_TRANSLATE_NOOP("RuleText", "The image carries a well-formed signature for its digest, but none of the public keys configured for "
             "this registry source verifies it (or no key is configured). A signature only proves something when it "
             "is checked against a key you trust. Add the release key (cosign.pub) to the source, or sign the image "
             "with a key that is configured."),
             {"https://docs.sigstore.dev/cosign/verifying/verify/",
              "https://docs.sigstore.dev/cosign/key_management/signing_with_self-managed_keys/"}),
        rule(imagerule::kNoSbom, QT_TRANSLATE_NOOP("RuleText", "Image has no SBOM"),
             QT_TRANSLATE_NOOP("RuleText", "No SBOM (SPDX or CycloneDX) is attached to this image as an OCI referrer or a cosign attachment. "
             "Without a bill of materials, the packages in the image cannot be checked when a new vulnerability is "
             "published. Generate an SBOM in the build (syft, trivy, `docker buildx build --sbom=true`) and attach it "
             "to the digest (`oras attach` or a cosign attestation)."),
             {"https://docs.docker.com/build/metadata/attestations/sbom/",
              "https://github.com/opencontainers/image-spec/blob/main/manifest.md",
              "https://docs.sigstore.dev/cosign/verifying/attestation/"}),
        rule(imagerule::kSbomStale, QT_TRANSLATE_NOOP("RuleText", "Image SBOM is stale"),
             QT_TRANSLATE_NOOP("RuleText", "The SBOM attached to this image is older than the limit set in the posture settings. An SBOM made long "
             "before the image was last rebuilt may not list what the image contains now. Generate the SBOM in the "
             "same pipeline run that builds the image, and attach the new one to the digest."),
             {"https://docs.docker.com/build/metadata/attestations/sbom/",
              "https://github.com/sigstore/cosign/blob/main/specs/SBOM_SPEC.md"}),
        rule(imagerule::kTooManyLayers, QT_TRANSLATE_NOOP("RuleText", "Image has too many layers"),
             QT_TRANSLATE_NOOP("RuleText", "The image has more layers than the limit set in the posture settings. Many layers usually mean files "
             "added in one step and deleted in a later one (still shipped in the earlier layer), slower pulls and a "
             "harder review of what the image contains. Use a multi-stage build and copy only the result into a "
             "small final stage; combine related RUN steps."),
             {"https://docs.docker.com/build/building/multi-stage/", kDockerBest}),
        rule(imagerule::kTooLarge, QT_TRANSLATE_NOOP("RuleText", "Image is larger than the limit"),
             QT_TRANSLATE_NOOP("RuleText", "The compressed size of the image's layers is over the limit set in the posture settings. Large images "
             "usually carry build tools, package caches or whole distributions the application does not need, and "
             "every extra package is attack surface and vulnerability noise. Start from a slim or distroless base, "
             "build in a separate stage and install only what runs; CIS Docker Benchmark 4.3."),
             {"https://docs.docker.com/build/building/multi-stage/", kDockerBest, kCis}),
        rule(imagerule::kTooOld, QT_TRANSLATE_NOOP("RuleText", "Image was built too long ago"),
             QT_TRANSLATE_NOOP("RuleText", "The image config's creation time is older than the limit set in the posture settings. An image that is "
             "not rebuilt keeps the base image and packages of its build day, so every fix published since is "
             "missing. Rebuild images regularly (with --pull and without cache for the base) even when the "
             "application did not change; CIS Docker Benchmark 4.4."),
             {kDockerBest, kCis}),
        rule(imagerule::kSecretEnv, QT_TRANSLATE_NOOP("RuleText", "Secret-looking value in the image environment"),
             QT_TRANSLATE_NOOP("RuleText", "The image config sets an environment variable whose name looks like a credential (PASSWORD, TOKEN, "
             "SECRET, API_KEY, ...) to a literal value. Anyone who can pull the image can read it with `docker "
             "inspect`, and it stays in the image history. Bulkhead records only the name, never the value. Remove "
             "the ENV instruction, rotate the credential, and pass secrets at run time (Kubernetes Secrets, Docker "
             "secrets, a *_FILE variable) or at build time with `RUN --mount=type=secret`; CIS Docker Benchmark 4.10."),
             {"https://docs.docker.com/build/building/secrets/", "https://kubernetes.io/docs/concepts/configuration/secret/",
              kCis},
             FindingKind::Secret),
        rule(imagerule::kNotScanned, QT_TRANSLATE_NOOP("RuleText", "Image has no recent vulnerability scan"),
             QT_TRANSLATE_NOOP("RuleText", "No vulnerability scan of this image digest (or of its index or config) has been imported, or the newest "
             "one is older than the limit set in the posture settings. An image in a registry without a current scan "
             "may be deployed with known vulnerabilities nobody has seen. Scan every pushed image (Trivy, Grype) in "
             "the pipeline and on a schedule, and import the reports; CIS Docker Benchmark 4.4."),
             {"https://aquasecurity.github.io/trivy/", "https://github.com/anchore/grype", kCis}),
        rule(imagerule::kRegistryInsecure, QT_TRANSLATE_NOOP("RuleText", "Registry reached without TLS verification"),
             QT_TRANSLATE_NOOP("RuleText", "The registry source is marked insecure: images are pulled over plain HTTP or without verifying the "
             "registry's certificate. Anyone on the network path can then serve other images or read credentials. "
             "Serve the registry over HTTPS with a certificate the clients trust (a private CA is fine: give its "
             "certificate to the source), then clear the insecure flag; CIS Docker Benchmark: ensure insecure "
             "registries are not used."),
             {"https://distribution.github.io/distribution/about/insecure/",
              "https://docs.docker.com/engine/security/certificates/", kCis}),
    };
}

} // namespace

const std::vector<RuleInfo> &imagePostureRules()
{
    static const std::vector<RuleInfo> rules = makeRules();
    return rules;
}

} // namespace bulkhead
