// Rule texts of the workload, namespace and cluster checks (declared in workloadposture.h). Each
// description says what was found, why it matters and how to fix it; references point at the
// Kubernetes documentation, the Pod Security Standards and the CIS Kubernetes Benchmark.
#include "analysis/ruletexttr.h"
#include "analysis/ruletext.h"
#include "kube/namespaceposture.h"
#include "kube/workloadposture.h"

namespace bulkhead {

namespace {

constexpr char kPss[] = "https://kubernetes.io/docs/concepts/security/pod-security-standards/";
constexpr char kSecurityContext[] = "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/";
constexpr char kCis[] = "https://www.cisecurity.org/benchmark/kubernetes";
constexpr char kNetworkPolicies[] = "https://kubernetes.io/docs/concepts/services-networking/network-policies/";

RuleInfo rule(std::string key, const char *title, const char *description, std::initializer_list<const char *> refs,
              FindingKind kind = FindingKind::Misconfiguration)
{
    return describedRule(kind, std::move(key), title, description, refs);
}

std::string check(const char *id)
{
    return std::string("bulkhead/k8s-") + id;
}

std::vector<RuleInfo> makeRules()
{
    using namespace workloadcheck;
    return {
        rule(check(kPrivileged), QT_TRANSLATE_NOOP("RuleText", "Container runs privileged"),
             QT_TRANSLATE_NOOP("RuleText", "The container sets securityContext.privileged: true. A privileged container has every Linux "
             "capability, sees the node's devices and is not confined by seccomp or AppArmor: whoever controls "
             "it controls the node. Remove `privileged: true`; grant only the capability the workload needs "
             "(capabilities.add) and keep the rest dropped. Pod Security Standards: Baseline; CIS 5.2.2."),
             {kPss, kSecurityContext, kCis}),
        rule(check(kPrivilegeEscalation), QT_TRANSLATE_NOOP("RuleText", "Privilege escalation allowed"),
             QT_TRANSLATE_NOOP("RuleText", "allowPrivilegeEscalation is not set to false (it defaults to true), or the container is privileged "
             "or adds CAP_SYS_ADMIN, which always allow it. A process can then gain more privileges than its "
             "parent through setuid binaries or file capabilities (no_new_privs is not set). Set "
             "`securityContext.allowPrivilegeEscalation: false` on every container. Pod Security Standards: "
             "Restricted; CIS 5.2.5."),
             {kPss, kSecurityContext, kCis}),
        rule(check(kCapabilitiesNotDropped), QT_TRANSLATE_NOOP("RuleText", "Container does not drop all capabilities"),
             QT_TRANSLATE_NOOP("RuleText", "securityContext.capabilities.drop does not contain ALL, so the container keeps the runtime's default "
             "capability set (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_BIND_SERVICE, NET_RAW, ...). Most "
             "applications need none of them. Set `capabilities: {drop: [ALL]}` and add back only what is "
             "needed (usually NET_BIND_SERVICE, or nothing when the port is above 1024). Pod Security "
             "Standards: Restricted; CIS 5.2.9."),
             {kPss, "https://man7.org/linux/man-pages/man7/capabilities.7.html", kCis}),
        rule(check(kDangerousCapabilities), QT_TRANSLATE_NOOP("RuleText", "Container adds a dangerous capability"),
             QT_TRANSLATE_NOOP("RuleText", "securityContext.capabilities.add grants a capability that reaches beyond the container: SYS_ADMIN, "
             "SYS_MODULE or ALL amount to root on the node; SYS_PTRACE, SYS_RAWIO, DAC_READ_SEARCH, BPF and "
             "NET_ADMIN read other processes, files or traffic or change the node's network; NET_RAW allows "
             "spoofed packets. The severity follows the most dangerous capability. Remove the capability, or "
             "move the task that needs it into a separate, reviewed component (a node agent, an init step). Pod "
             "Security Standards: Baseline; CIS 5.2.8."),
             {kPss, "https://man7.org/linux/man-pages/man7/capabilities.7.html", kCis}),
        rule(check(kRunAsRoot), QT_TRANSLATE_NOOP("RuleText", "Container may run as root"),
             QT_TRANSLATE_NOOP("RuleText", "runAsUser is 0, or runAsNonRoot is not true and neither runAsUser nor the image (when the registry "
             "knows it) sets a non-root user, so the container's processes run as uid 0. Root inside a container "
             "is one kernel bug or misconfigured mount away from root on the node. Set `runAsNonRoot: true` and "
             "a non-zero `runAsUser` in the pod's or container's securityContext, and build the image with a "
             "numeric USER. Pod Security Standards: Restricted; CIS 5.2.6."),
             {kPss, kSecurityContext, kCis}),
        rule(check(kWritableRootFs), QT_TRANSLATE_NOOP("RuleText", "Root filesystem is writable"),
             QT_TRANSLATE_NOOP("RuleText", "securityContext.readOnlyRootFilesystem is not true. An attacker in the container can then change its "
             "binaries and configuration, drop tools and persist until the pod is replaced. Set "
             "`readOnlyRootFilesystem: true` and mount an emptyDir where the application must write (/tmp, "
             "caches)."),
             {kSecurityContext, "https://kubernetes.io/docs/concepts/storage/volumes/#emptydir", kCis}),
        rule(check(kNoSeccomp), QT_TRANSLATE_NOOP("RuleText", "No seccomp profile"),
             QT_TRANSLATE_NOOP("RuleText", "Neither the container nor the pod sets seccompProfile to RuntimeDefault or Localhost (nor does the old "
             "seccomp annotation), or the profile is Unconfined. Without a seccomp filter every system call is "
             "open to the container, including the rarely used ones most kernel exploits go through. Set "
             "`securityContext.seccompProfile.type: RuntimeDefault` at pod level (or a Localhost profile). Pod "
             "Security Standards: Restricted; CIS 5.7.2."),
             {"https://kubernetes.io/docs/tutorials/security/seccomp/", kPss, kCis}),
        rule(check(kNoAppArmor), QT_TRANSLATE_NOOP("RuleText", "No AppArmor profile"),
             QT_TRANSLATE_NOOP("RuleText", "The container names no AppArmor profile (securityContext.appArmorProfile or the annotation "
             "container.apparmor.security.beta.kubernetes.io/<container>), or names unconfined. On AppArmor nodes "
             "the runtime may apply its default profile, but nothing in the spec says so, and unconfined turns it "
             "off. Set `securityContext.appArmorProfile.type: RuntimeDefault` (Kubernetes 1.30+) or the annotation "
             "`runtime/default`, or a Localhost profile. Pod Security Standards: Baseline; CIS 5.7.2."),
             {"https://kubernetes.io/docs/tutorials/security/apparmor/", kPss, kCis}),
        rule(check(kHostNamespaces), QT_TRANSLATE_NOOP("RuleText", "Pod shares the node's namespaces"),
             QT_TRANSLATE_NOOP("RuleText", "hostNetwork, hostPID or hostIPC is true: the pod sees the node's network interfaces and every "
             "service listening on them, every process of the node, or its shared memory. Such pods can sniff "
             "traffic, signal or inspect other containers' processes and reach services bound to localhost. "
             "Remove the setting; expose ports through a Service instead of hostNetwork. Pod Security Standards: "
             "Baseline; CIS 5.2.3, 5.2.4."),
             {kPss, kCis}),
        rule(check(kHostPath), QT_TRANSLATE_NOOP("RuleText", "Pod mounts a path of the node"),
             QT_TRANSLATE_NOOP("RuleText", "A hostPath volume mounts a directory or file of the node into the pod (the path is in the message). "
             "Node paths such as /, /etc, /var/run/docker.sock or /var/lib/kubelet give a container the node's "
             "credentials or its container runtime (High); other paths still expose node data and tie the pod "
             "to one node (Medium). Use emptyDir, a PersistentVolumeClaim, a ConfigMap or a CSI driver instead; "
             "where a node agent needs the path, mount it readOnly. Pod Security Standards: Baseline."),
             {"https://kubernetes.io/docs/concepts/storage/volumes/#hostpath", kPss, kCis}),
        rule(check(kSecretEnvRef), QT_TRANSLATE_NOOP("RuleText", "Secret passed as environment variable"),
             QT_TRANSLATE_NOOP("RuleText", "The container reads a Secret through env[].valueFrom.secretKeyRef (Low) or every key of one through "
             "envFrom[].secretRef (Medium). Environment variables are inherited by child processes, printed by "
             "debug endpoints and crash reports, and cannot change while the pod runs, so the secret cannot be "
             "rotated in place. Mount the Secret as a volume (read-only files) and let the application read it "
             "from there; CIS 5.4.1."),
             {"https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod",
              "https://kubernetes.io/docs/concepts/security/secrets-good-practices/", kCis}),
        rule(check(kSecretEnvLiteral), QT_TRANSLATE_NOOP("RuleText", "Secret-looking literal value in the pod spec"),
             QT_TRANSLATE_NOOP("RuleText", "An environment variable whose name looks like a credential (PASSWORD, SECRET, TOKEN, API_KEY, "
             "PRIVATE_KEY, ACCESS_KEY, CREDENTIAL, ...) is set to a literal value in the workload's spec. Anyone "
             "who can read the Deployment or Pod, its manifests in git or the API server's audit log can read it. "
             "Bulkhead records only the variable's name, never the value. Rotate the credential, store it in a "
             "Secret (or a secret store through external-secrets or the CSI driver) and mount it as a file."),
             {"https://kubernetes.io/docs/concepts/configuration/secret/",
              "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"},
             FindingKind::Secret),
        rule(check(kImageNotPinned), QT_TRANSLATE_NOOP("RuleText", "Image not pinned by digest"),
             QT_TRANSLATE_NOOP("RuleText", "The image is referenced by a tag without a digest, by latest, or without any tag. A tag can be moved "
             "to other content at any time, so two nodes can run different images under one spec and a pushed "
             "image reaches production without review. Reference images by digest "
             "(`registry/app@sha256:...`, optionally with the tag for readability) and let the pipeline update "
             "the digest."),
             {"https://kubernetes.io/docs/concepts/containers/images/#image-names",
              "https://kubernetes.io/docs/concepts/configuration/overview/#container-images"}),
        rule(check(kUntrustedRegistry), QT_TRANSLATE_NOOP("RuleText", "Image from an untrusted registry"),
             QT_TRANSLATE_NOOP("RuleText", "The image's registry (Docker Hub when the reference names none) is not in the trusted registries "
             "of the settings. Images from elsewhere bypass the scanning, signing and push controls of the "
             "team's registries. Mirror the image into a trusted registry and deploy it from there, or add the "
             "registry to the trusted list if it is one; enforce the list with an admission policy."),
             {"https://kubernetes.io/docs/concepts/containers/images/",
              "https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/"}),
        rule(check(kImageUnsigned), QT_TRANSLATE_NOOP("RuleText", "Deployed image not signed and verified"),
             QT_TRANSLATE_NOOP("RuleText", "The registry collector found the deployed image unsigned (Medium), with an invalid signature (High) "
             "or with a signature no configured key verifies (Low). The cluster cannot tell the image the "
             "pipeline built from one pushed by anyone else with write access. Sign images in the release "
             "pipeline (cosign), configure the public key on the registry source, and verify signatures at "
             "admission (sigstore policy-controller, Kyverno)."),
             {"https://docs.sigstore.dev/cosign/signing/signing_with_containers/",
              "https://docs.sigstore.dev/policy-controller/overview/"}),
        rule(check(kAutomountToken), QT_TRANSLATE_NOOP("RuleText", "Service account token mounted but not needed"),
             QT_TRANSLATE_NOOP("RuleText", "The pod mounts its service account's API token (automountServiceAccountToken is not false on the pod "
             "nor on the service account), yet no RoleBinding or ClusterRoleBinding grants that account anything. "
             "The token is of no use to the application but of use to an attacker in the container. Set "
             "`automountServiceAccountToken: false` on the service account or the pod; CIS 5.1.6."),
             {"https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/"
              "#opt-out-of-api-credential-automounting",
              kCis}),
        rule(check(kDefaultServiceAccount), QT_TRANSLATE_NOOP("RuleText", "Pod runs as the default service account"),
             QT_TRANSLATE_NOOP("RuleText", "The pod sets no serviceAccountName (or sets default), so it shares the namespace's default service "
             "account with every other pod that does. Any permission granted to default is granted to all of "
             "them, and access cannot be told apart in audit logs. Create a service account per workload, set "
             "serviceAccountName, and grant it only what it needs; CIS 5.1.5."),
             {"https://kubernetes.io/docs/concepts/security/service-accounts/", kCis}),
        rule(clusterrule::kNoNetworkPolicy, QT_TRANSLATE_NOOP("RuleText", "Namespace has no NetworkPolicy"),
             QT_TRANSLATE_NOOP("RuleText", "No NetworkPolicy exists in the namespace, so every pod in it accepts traffic from every pod of the "
             "cluster and may connect anywhere. One compromised pod reaches all others. Add a default-deny "
             "policy for ingress and egress and allow the flows the workloads need; CIS 5.3.2."),
             {kNetworkPolicies, kCis}),
        rule(clusterrule::kNoDefaultDenyIngress, QT_TRANSLATE_NOOP("RuleText", "Namespace has no default-deny ingress policy"),
             QT_TRANSLATE_NOOP("RuleText", "No NetworkPolicy in the namespace selects every pod (empty podSelector) with Ingress in its "
             "policyTypes and no ingress rules. Pods not selected by some policy accept connections from "
             "anywhere in the cluster. Add `podSelector: {}` with `policyTypes: [Ingress]` and no rules, then "
             "allow what is needed with further policies."),
             {"https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-ingress-traffic",
              kCis}),
        rule(clusterrule::kNoDefaultDenyEgress, QT_TRANSLATE_NOOP("RuleText", "Namespace has no default-deny egress policy"),
             QT_TRANSLATE_NOOP("RuleText", "No NetworkPolicy in the namespace selects every pod with Egress in its policyTypes and no egress "
             "rules, so pods may open connections anywhere: other namespaces, the cloud metadata service, the "
             "internet. Egress limits what an attacker can reach and exfiltrate. Add `podSelector: {}` with "
             "`policyTypes: [Egress]` and no rules, then allow DNS and the needed destinations."),
             {"https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-egress-traffic",
              kCis}),
        rule(clusterrule::kInsecureTls, QT_TRANSLATE_NOOP("RuleText", "Cluster reached without TLS verification"),
             QT_TRANSLATE_NOOP("RuleText", "The kubeconfig sets insecure-skip-tls-verify for this cluster: Bulkhead (and kubectl) accept any "
             "certificate from the API server, so anyone on the network path can read the credentials sent to "
             "it and answer in its name. Put the cluster's CA in the kubeconfig (certificate-authority-data) "
             "and remove insecure-skip-tls-verify."),
             {"https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
              "https://kubernetes.io/docs/reference/config-api/kubeconfig.v1/"}),
    };
}

} // namespace

const std::vector<RuleInfo> &workloadPostureRules()
{
    static const std::vector<RuleInfo> rules = makeRules();
    return rules;
}

} // namespace bulkhead
