// The workload checks (workloadposture.h). Every check yields a result per container (or per pod
// for pod-level fields) whatever its outcome, so that the Workloads matrix can show green cells;
// a result names the field it judged, written as the object spells it
// ("spec.template.spec.containers[1].securityContext.allowPrivilegeEscalation").
#include "kube/workloadposture.h"

#include "kube/imagereference.h"
#include "kube/kubefields.h"
#include "kube/namespaceposture.h"
#include "registry/imageconfig.h"
#include "util/asciicase.h"
#include "util/timestamps.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <span>
#include <utility>

namespace bulkhead {

namespace {

using json = nlohmann::json;
using namespace kubefields;

// Column order of workloadCheckIds(); the index of a check in the result buckets.
enum Check : std::size_t {
    Privileged,
    PrivilegeEscalation,
    CapabilitiesNotDropped,
    DangerousCapabilities,
    RunAsRoot,
    WritableRootFs,
    NoSeccomp,
    NoAppArmor,
    HostNamespaces,
    HostPath,
    SecretEnvRef,
    SecretEnvLiteral,
    ImageNotPinned,
    UntrustedRegistry,
    ImageUnsigned,
    AutomountToken,
    DefaultServiceAccount,
    CheckCount,
};

constexpr std::array<std::string_view, CheckCount> kControls{
    "RUN-1", "RUN-1", "RUN-1", "RUN-1", "IAM-3", "RUN-2", "RUN-5", "RUN-5", "RUN-1",
    "RUN-1", "SEC-5", "SEC-1", "SUP-4", "SUP-4", "BLD-3", "IAM-1", "IAM-1",
};

std::string index(std::string_view base, const char *field, std::size_t i)
{
    std::string out(base);
    out += '.';
    out += field;
    out += '[';
    out += std::to_string(i);
    out += ']';
    return out;
}

std::string joined(const std::vector<std::string> &items, std::size_t most = 8)
{
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < most; ++i)
        out += (i ? ", " : "") + items[i];
    if (items.size() > most)
        out += " and " + std::to_string(items.size() - most) + " more";
    return out;
}

// --- where the pod spec lives in each kind ------------------------------------------------------

struct Layout {
    std::span<const char *const> spec, meta; // keys from the object to the pod spec and its metadata
    const char *specPath, *metaPath;
};

std::optional<Layout> layoutOf(std::string_view kind)
{
    static constexpr std::array<const char *, 1> podSpec{"spec"}, podMeta{"metadata"};
    static constexpr std::array<const char *, 3> templateSpec{"spec", "template", "spec"},
        templateMeta{"spec", "template", "metadata"};
    static constexpr std::array<const char *, 5> cronSpec{"spec", "jobTemplate", "spec", "template", "spec"},
        cronMeta{"spec", "jobTemplate", "spec", "template", "metadata"};
    if (kind == "Pod")
        return Layout{podSpec, podMeta, "spec", "metadata"};
    if (kind == "Deployment" || kind == "StatefulSet" || kind == "DaemonSet" || kind == "ReplicaSet"
        || kind == "Job" || kind == "ReplicationController")
        return Layout{templateSpec, templateMeta, "spec.template.spec", "spec.template.metadata"};
    if (kind == "CronJob")
        return Layout{cronSpec, cronMeta, "spec.jobTemplate.spec.template.spec", "spec.jobTemplate.spec.template.metadata"};
    return std::nullopt;
}

struct Container {
    const json *object;
    const json *securityContext; // null when the container sets none
    std::string name, path;      // path: "spec.containers[0]"
    std::string_view image;
    std::string who;             // "container app", the subject of its messages
    std::string scPrefix;        // "spec.containers[0].securityContext."
};

// Capability names as written ("CAP_SYS_ADMIN", "sys_admin") to the bare upper-case name.
std::string capabilityName(std::string_view written)
{
    std::string name = asciiUpper(written);
    if (name.starts_with("CAP_"))
        name.erase(0, 4);
    return name;
}

// Capabilities that widen what a container can do to its node beyond the runtime's defaults,
// by how far: loading modules, SYS_ADMIN or all of them is a way out of the container; reading
// other processes' memory or any file, raw devices, the kernel's BPF and the network stack
// come next; raw sockets (spoofing) and performance events follow.
Severity capabilitySeverity(std::string_view cap)
{
    static constexpr std::array<std::pair<std::string_view, Severity>, 20> kDangerous{{
        {"ALL", Severity::Critical},          {"SYS_ADMIN", Severity::Critical},
        {"SYS_MODULE", Severity::Critical},   {"SYS_PTRACE", Severity::High},
        {"SYS_RAWIO", Severity::High},        {"DAC_READ_SEARCH", Severity::High},
        {"BPF", Severity::High},              {"NET_ADMIN", Severity::High},
        {"SYS_BOOT", Severity::High},         {"MAC_ADMIN", Severity::High},
        {"MAC_OVERRIDE", Severity::High},     {"CHECKPOINT_RESTORE", Severity::Medium},
        {"NET_RAW", Severity::Medium},        {"PERFMON", Severity::Medium},
        {"SYSLOG", Severity::Medium},         {"SYS_TIME", Severity::Medium},
        {"LINUX_IMMUTABLE", Severity::Medium}, {"AUDIT_CONTROL", Severity::Medium},
        {"SYS_RESOURCE", Severity::Low},      {"IPC_LOCK", Severity::Low},
    }};
    for (const auto &[name, severity] : kDangerous) {
        if (cap == name)
            return severity;
    }
    return Severity::Unknown;
}

// Host paths that hand a container the node: the root, configuration, kernel interfaces, the
// kubelet's and the container runtime's state and sockets.
bool sensitiveHostPath(std::string_view path)
{
    while (path.size() > 1 && path.back() == '/')
        path.remove_suffix(1);
    if (path.empty() || path == "/")
        return true;
    static constexpr std::array<std::string_view, 14> kPrefixes{
        "/etc", "/proc", "/sys", "/dev", "/boot", "/root", "/var/run", "/run", "/var/lib/kubelet",
        "/var/lib/docker", "/var/lib/containerd", "/var/lib/etcd", "/etc/kubernetes", "/home"};
    for (std::string_view prefix : kPrefixes) {
        if (path == prefix || (path.starts_with(prefix) && path[prefix.size()] == '/'))
            return true;
    }
    return path.ends_with(".sock");
}

// How a seccomp or AppArmor setting reads: confined by a profile, explicitly unconfined, or
// something unknown (judged as not confined).
enum class Confinement { Confined, Unconfined, Unknown };

Confinement fieldConfinement(std::string_view type)
{
    if (type == "RuntimeDefault" || type == "Localhost")
        return Confinement::Confined;
    return type == "Unconfined" ? Confinement::Unconfined : Confinement::Unknown;
}

Confinement annotationConfinement(std::string_view value)
{
    if (value == "runtime/default" || value == "docker/default" || value.starts_with("localhost/"))
        return Confinement::Confined;
    return value == "unconfined" ? Confinement::Unconfined : Confinement::Unknown;
}

// A profile setting found on the object: its value, where, and how to read it.
struct ProfileSetting {
    std::string_view value;
    std::string path;
    bool annotation = false;
    Confinement confinement() const { return annotation ? annotationConfinement(value) : fieldConfinement(value); }
};

class Evaluator
{
public:
    Evaluator(const json &object, const json &podSpec, const Layout &layout, const WorkloadCheckContext &context,
              KubeWorkload &out)
        : m_spec(podSpec), m_podSc(member(&podSpec, "securityContext")),
          m_annotations(member(memberPath(object, layout.meta), "annotations")), m_specPath(layout.specPath),
          m_annotationsPath(std::string(layout.metaPath) + ".annotations"), m_context(context), m_out(out),
          m_windows(stringAt(member(&podSpec, "os"), "name") == "windows")
    {
        for (const char *field : {"containers", "initContainers", "ephemeralContainers"}) {
            const json::array_t &list = arrayAt(&m_spec, field);
            for (std::size_t i = 0; i < list.size(); ++i) {
                const json &c = list[i];
                Container &added = m_containers.emplace_back();
                added.object = &c;
                added.securityContext = member(&c, "securityContext");
                added.name = std::string(stringAt(&c, "name"));
                added.path = index(m_specPath, field, i);
                added.image = stringAt(&c, "image");
                added.who = "container " + added.name;
                added.scPrefix = added.path + ".securityContext.";
            }
        }
    }

    void run()
    {
        for (auto &bucket : m_buckets)
            bucket.reserve(m_containers.size() + 1);
        for (const Container &c : m_containers)
            containerChecks(c);
        podChecks();
        std::size_t total = 0;
        for (const auto &bucket : m_buckets)
            total += bucket.size();
        m_out.checks.reserve(total);
        for (auto &bucket : m_buckets)
            std::move(bucket.begin(), bucket.end(), std::back_inserter(m_out.checks));
    }

private:
    void add(Check check, CheckState state, Severity severity, const Container *c, std::string path,
             std::string message)
    {
        WorkloadCheckResult r;
        r.check = std::string(workloadCheckIds()[check]);
        r.state = state;
        r.severity = state == CheckState::Fail ? severity : Severity::Info;
        r.control = std::string(kControls[check]);
        if (c != nullptr)
            r.container = c->name;
        r.path = std::move(path);
        r.message = std::move(message);
        m_buckets[check].push_back(std::move(r));
    }
    void pass(Check check, const Container *c, std::string path, std::string message)
    {
        add(check, CheckState::Pass, Severity::Info, c, std::move(path), std::move(message));
    }
    void fail(Check check, Severity severity, const Container *c, std::string path, std::string message)
    {
        add(check, CheckState::Fail, severity, c, std::move(path), std::move(message));
    }

    static std::string scPath(const Container &c, const char *field)
    {
        return c.scPrefix + field;
    }
    std::string podScPath(const char *field) const
    {
        return m_specPath + ".securityContext." + field;
    }
    std::string annotationPath(const std::string &key) const
    {
        return m_annotationsPath + "[\"" + key + "\"]";
    }
    static const std::string &who(const Container &c)
    {
        return c.who;
    }

    void containerChecks(const Container &c)
    {
        const bool privileged = boolAt(c.securityContext, "privileged").value_or(false);
        const json *caps = member(c.securityContext, "capabilities");
        std::vector<std::string> added;
        for (const json &cap : arrayAt(caps, "add"))
            added.push_back(capabilityName(stringOf(&cap)));
        const bool sysAdmin = std::find(added.begin(), added.end(), "SYS_ADMIN") != added.end()
            || std::find(added.begin(), added.end(), "ALL") != added.end();

        if (privileged)
            fail(Privileged, Severity::High, &c, scPath(c, "privileged"),
                 who(c) + " runs privileged: it has every capability and access to the node's devices");
        else
            pass(Privileged, &c, scPath(c, "privileged"), who(c) + " is not privileged");

        if (m_windows) {
            // The Pod Security Standards exempt Windows pods from these: the fields do not exist there.
            for (Check check : {PrivilegeEscalation, CapabilitiesNotDropped, DangerousCapabilities, WritableRootFs,
                                NoSeccomp, NoAppArmor})
                add(check, CheckState::NotApplicable, Severity::Info, &c, m_specPath + ".os.name",
                    who(c) + " runs on Windows nodes (spec.os.name), where this Linux control does not apply");
            runAsRoot(c);
            secretEnv(c);
            imageChecks(c);
            return;
        }
        privilegeEscalation(c, privileged, sysAdmin);
        capabilities(c, caps, added);
        runAsRoot(c);

        if (boolAt(c.securityContext, "readOnlyRootFilesystem").value_or(false))
            pass(WritableRootFs, &c, scPath(c, "readOnlyRootFilesystem"), who(c) + " has a read-only root filesystem");
        else
            fail(WritableRootFs, Severity::Medium, &c, scPath(c, "readOnlyRootFilesystem"),
                 who(c) + " can write to its root filesystem: readOnlyRootFilesystem is not true");

        seccomp(c);
        appArmor(c);
        secretEnv(c);
        imageChecks(c);
    }

    void privilegeEscalation(const Container &c, bool privileged, bool sysAdmin)
    {
        const std::string path = scPath(c, "allowPrivilegeEscalation");
        const std::optional<bool> allow = boolAt(c.securityContext, "allowPrivilegeEscalation");
        // The API server refuses allowPrivilegeEscalation: false next to these: it is always true.
        if (privileged)
            fail(PrivilegeEscalation, Severity::Medium, &c, path,
                 who(c) + " can gain privileges: privilege escalation is always allowed in a privileged container");
        else if (sysAdmin)
            fail(PrivilegeEscalation, Severity::Medium, &c, path,
                 who(c) + " can gain privileges: privilege escalation is always allowed with CAP_SYS_ADMIN");
        else if (allow == false)
            pass(PrivilegeEscalation, &c, path, who(c) + " sets allowPrivilegeEscalation: false");
        else
            fail(PrivilegeEscalation, Severity::Medium, &c, path,
                 who(c) + (allow ? " sets allowPrivilegeEscalation: true"
                                 : " does not set allowPrivilegeEscalation: false (it defaults to true)"));
    }

    void capabilities(const Container &c, const json *caps, const std::vector<std::string> &added)
    {
        bool dropsAll = false;
        for (const json &cap : arrayAt(caps, "drop"))
            dropsAll = dropsAll || capabilityName(stringOf(&cap)) == "ALL";
        if (dropsAll)
            pass(CapabilitiesNotDropped, &c, scPath(c, "capabilities.drop"), who(c) + " drops ALL capabilities");
        else
            fail(CapabilitiesNotDropped, Severity::Low, &c, scPath(c, "capabilities.drop"),
                 who(c) + " keeps the runtime's default capabilities: capabilities.drop does not contain ALL");

        Severity worst = Severity::Unknown;
        std::vector<std::string> dangerous;
        for (const std::string &cap : added) {
            const Severity s = capabilitySeverity(cap);
            if (s == Severity::Unknown)
                continue;
            dangerous.push_back(cap);
            worst = std::max(worst, s);
        }
        if (dangerous.empty())
            pass(DangerousCapabilities, &c, scPath(c, "capabilities.add"), who(c) + " adds no dangerous capability");
        else
            fail(DangerousCapabilities, worst, &c, scPath(c, "capabilities.add"),
                 who(c) + " adds capabilit" + (dangerous.size() == 1 ? "y " : "ies ") + joined(dangerous));
    }

    void runAsRoot(const Container &c)
    {
        // Container fields override the pod's.
        std::optional<std::int64_t> user = intAt(c.securityContext, "runAsUser");
        std::string userPath = scPath(c, "runAsUser");
        if (!user) {
            user = intAt(m_podSc, "runAsUser");
            userPath = podScPath("runAsUser");
        }
        std::optional<bool> nonRoot = boolAt(c.securityContext, "runAsNonRoot");
        std::string nonRootPath = scPath(c, "runAsNonRoot");
        if (!nonRoot && boolAt(m_podSc, "runAsNonRoot")) {
            nonRoot = boolAt(m_podSc, "runAsNonRoot");
            nonRootPath = podScPath("runAsNonRoot");
        }
        if (user == 0) {
            fail(RunAsRoot, Severity::High, &c, userPath, who(c) + " runs as root: runAsUser is 0");
            return;
        }
        if (nonRoot == true) {
            pass(RunAsRoot, &c, nonRootPath, who(c) + " must run as non-root: runAsNonRoot is true");
            return;
        }
        if (user) {
            pass(RunAsRoot, &c, userPath, who(c) + " runs as uid " + std::to_string(*user));
            return;
        }
        const std::string setting = nonRoot == false ? "runAsNonRoot is false" : "runAsNonRoot is not set";
        const std::optional<std::string> imageUser
            = m_context.imageUser && !c.image.empty() ? m_context.imageUser(std::string(c.image)) : std::nullopt;
        if (!imageUser) {
            fail(RunAsRoot, Severity::Medium, &c, nonRootPath,
                 who(c) + " may run as root: " + setting
                     + " and no runAsUser is given, so it runs as the image's user, which is not known");
            return;
        }
        ImageConfigInfo config;
        config.user = *imageUser;
        if (config.runsAsRoot())
            fail(RunAsRoot, Severity::High, &c, nonRootPath,
                 who(c) + " runs as root: " + setting + ", no runAsUser is given and the image's user is "
                     + (imageUser->empty() ? std::string("unset (root)") : *imageUser));
        else
            pass(RunAsRoot, &c, nonRootPath, who(c) + " runs as the image's non-root user " + *imageUser);
    }

    // Kubernetes' precedence: the container's own setting over the pod's; a field over the old
    // annotation at the same level (the API server kept them equal while both existed).
    std::optional<ProfileSetting> profile(const Container &c, const char *field, const char *containerAnnotation,
                                          const char *podKey) const
    {
        if (const std::string_view v = stringOf(memberPath(*c.object, {"securityContext", field, "type"}));
            !v.empty())
            return ProfileSetting{v, scPath(c, field) + ".type", false};
        if (m_annotations != nullptr) {
            const std::string containerKey = containerAnnotation + c.name;
            if (const std::string_view v = stringAt(m_annotations, containerKey.c_str()); !v.empty())
                return ProfileSetting{v, annotationPath(containerKey), true};
        }
        if (const std::string_view v = stringOf(memberPath(m_spec, {"securityContext", field, "type"})); !v.empty())
            return ProfileSetting{v, podScPath(field) + ".type", false};
        if (podKey != nullptr) {
            if (const std::string_view v = stringAt(m_annotations, podKey); !v.empty())
                return ProfileSetting{v, annotationPath(podKey), true};
        }
        return std::nullopt;
    }

    // How a check of a confinement profile reads: its field and annotations, and its words.
    struct ProfileCheck {
        Check check;
        const char *field, *containerAnnotation, *podAnnotation;
        Severity missingSeverity;
        const char *missing, *confined, *unconfined;
    };

    void confinement(const Container &c, const ProfileCheck &p)
    {
        const auto setting = profile(c, p.field, p.containerAnnotation, p.podAnnotation);
        if (!setting)
            fail(p.check, p.missingSeverity, &c, scPath(c, p.field) + ".type", who(c) + p.missing);
        else if (setting->confinement() == Confinement::Confined)
            pass(p.check, &c, setting->path, who(c) + p.confined + std::string(setting->value));
        else
            fail(p.check, Severity::Medium, &c, setting->path, who(c) + p.unconfined + std::string(setting->value));
    }

    void seccomp(const Container &c)
    {
        confinement(c, {NoSeccomp, "seccompProfile", "container.seccomp.security.alpha.kubernetes.io/",
                        "seccomp.security.alpha.kubernetes.io/pod", Severity::Medium,
                        " has no seccomp profile (container or pod): it runs Unconfined, every system call allowed",
                        " runs with seccomp profile ", " runs without a seccomp filter: profile "});
    }

    void appArmor(const Container &c)
    {
        // Without a profile the runtime may still apply its default on AppArmor nodes: Low until the spec says so.
        confinement(c, {NoAppArmor, "appArmorProfile", "container.apparmor.security.beta.kubernetes.io/", nullptr,
                        Severity::Low, " names no AppArmor profile (field or annotation)",
                        " runs with AppArmor profile ", " runs without AppArmor confinement: profile "});
    }

    void secretEnv(const Container &c)
    {
        std::vector<std::string> refs;
        std::string firstRefPath;
        bool wholeSecret = false;
        bool literal = false;
        const json::array_t &env = arrayAt(c.object, "env");
        for (std::size_t i = 0; i < env.size(); ++i) {
            const std::string_view name = stringAt(&env[i], "name");
            if (const json *ref = memberPath(env[i], {"valueFrom", "secretKeyRef"})) {
                refs.push_back(std::string(name) + " (secret " + std::string(stringAt(ref, "name")) + ")");
                if (firstRefPath.empty())
                    firstRefPath = index(c.path, "env", i) + ".valueFrom.secretKeyRef";
                continue;
            }
            const std::string_view value = stringAt(&env[i], "value");
            if (!value.empty() && podEnvLooksSecret(name, value)) {
                literal = true;
                // The name only: the value is the secret.
                fail(SecretEnvLiteral, Severity::High, &c, index(c.path, "env", i) + ".value",
                     "environment variable " + std::string(name) + " of " + who(c)
                         + " is set to a literal secret-looking value in the pod spec");
            }
        }
        const json::array_t &envFrom = arrayAt(c.object, "envFrom");
        for (std::size_t i = 0; i < envFrom.size(); ++i) {
            if (const json *ref = member(&envFrom[i], "secretRef")) {
                refs.push_back("every key of secret " + std::string(stringAt(ref, "name")));
                wholeSecret = true;
                if (firstRefPath.empty())
                    firstRefPath = index(c.path, "envFrom", i) + ".secretRef";
            }
        }
        if (!literal)
            pass(SecretEnvLiteral, &c, c.path + ".env", who(c) + " sets no secret-looking literal environment value");
        if (refs.empty())
            add(SecretEnvRef, CheckState::NotApplicable, Severity::Info, &c, c.path + ".env",
                who(c) + " takes no secret through environment variables");
        else
            fail(SecretEnvRef, wholeSecret ? Severity::Medium : Severity::Low, &c, firstRefPath,
                 who(c) + " takes secrets through environment variables: " + joined(refs));
    }

    void imageChecks(const Container &c)
    {
        const std::string path = c.path + ".image";
        const std::string image(c.image);
        if (image.empty()) {
            for (Check check : {ImageNotPinned, UntrustedRegistry, ImageUnsigned})
                add(check, CheckState::NotAssessed, Severity::Info, &c, path, who(c) + " names no image");
            return;
        }
        const ImageReference ref = parseImageReference(image);
        if (!ref.digest.empty())
            pass(ImageNotPinned, &c, path, "image " + image + " is pinned by digest");
        else if (ref.tag.empty())
            fail(ImageNotPinned, Severity::Medium, &c, path,
                 "image " + image + " has no tag and no digest: it pulls whatever latest is at the time");
        else if (ref.tag == "latest")
            fail(ImageNotPinned, Severity::Medium, &c, path,
                 "image " + image + " uses the tag latest without a digest: it changes under the workload");
        else
            fail(ImageNotPinned, Severity::Low, &c, path,
                 "image " + image + " is referenced by tag " + ref.tag + " without a digest: the tag can be moved");

        if (m_context.trustedRegistries.empty())
            add(UntrustedRegistry, CheckState::NotApplicable, Severity::Info, &c, path,
                "no trusted registries are configured");
        else if (registryTrusted(ref, m_context.trustedRegistries))
            pass(UntrustedRegistry, &c, path, "image " + image + " comes from trusted registry " + ref.registry);
        else
            fail(UntrustedRegistry, Severity::Medium, &c, path,
                 "image " + image + " comes from registry " + ref.registry + ", which is not in the trusted list");

        const std::optional<std::string> state
            = m_context.imageSignature ? m_context.imageSignature(image) : std::nullopt;
        if (!state)
            add(ImageUnsigned, CheckState::NotAssessed, Severity::Info, &c, path,
                "the signature of image " + image + " is not known: no collected registry holds this image");
        else if (*state == "verified")
            pass(ImageUnsigned, &c, path, "image " + image + " has a signature verified with a trusted key");
        else if (*state == "signed")
            fail(ImageUnsigned, Severity::Low, &c, path,
                 "image " + image + " is signed, but no configured key verifies the signature");
        else if (*state == "unsigned")
            fail(ImageUnsigned, Severity::Medium, &c, path, "image " + image + " is not signed");
        else if (*state == "invalid")
            fail(ImageUnsigned, Severity::High, &c, path, "image " + image + " carries an invalid signature");
        else
            add(ImageUnsigned, CheckState::NotAssessed, Severity::Info, &c, path,
                "the signature state of image " + image + " is unknown");
    }

    void podChecks()
    {
        bool shared = false;
        for (const char *field : {"hostNetwork", "hostPID", "hostIPC"}) {
            if (boolAt(&m_spec, field).value_or(false)) {
                shared = true;
                fail(HostNamespaces, Severity::High, nullptr, m_specPath + "." + field,
                     std::string("the pod shares the node's ") + (field[4] == 'N' ? "network" : field[4] == 'P' ? "process" : "IPC")
                         + " namespace: " + field + " is true");
            }
        }
        if (!shared)
            pass(HostNamespaces, nullptr, m_specPath, "the pod shares no namespace with the node");

        bool hostPaths = false;
        const json::array_t &volumes = arrayAt(&m_spec, "volumes");
        for (std::size_t i = 0; i < volumes.size(); ++i) {
            const json *hostPath = member(&volumes[i], "hostPath");
            if (hostPath == nullptr)
                continue;
            hostPaths = true;
            const std::string_view path = stringAt(hostPath, "path");
            fail(HostPath, sensitiveHostPath(path) ? Severity::High : Severity::Medium, nullptr,
                 index(m_specPath, "volumes", i) + ".hostPath.path",
                 "volume " + std::string(stringAt(&volumes[i], "name")) + " mounts the node's path "
                     + std::string(path));
        }
        if (!hostPaths)
            pass(HostPath, nullptr, m_specPath + ".volumes", "the pod mounts no path of the node");

        serviceAccountChecks();
    }

    void serviceAccountChecks()
    {
        std::string_view account = stringAt(&m_spec, "serviceAccountName");
        if (account.empty())
            account = stringAt(&m_spec, "serviceAccount"); // deprecated alias
        const std::string sa = account.empty() ? std::string("default") : std::string(account);
        const std::string accountPath = m_specPath + ".serviceAccountName";
        if (sa == "default")
            fail(DefaultServiceAccount, Severity::Low, nullptr, accountPath,
                 "the pod runs as the namespace's default service account");
        else
            pass(DefaultServiceAccount, nullptr, accountPath, "the pod runs as service account " + sa);

        const std::string path = m_specPath + ".automountServiceAccountToken";
        std::string source = "the pod";
        std::optional<bool> automount = boolAt(&m_spec, "automountServiceAccountToken");
        if (!automount && m_context.serviceAccountAutomount) {
            automount = m_context.serviceAccountAutomount(m_out.nameSpace, sa);
            source = "service account " + sa;
        }
        if (automount == false) {
            pass(AutomountToken, nullptr, path,
                 "the token of service account " + sa + " is not mounted (automountServiceAccountToken false on "
                     + source + ")");
        } else if (!m_context.serviceAccountHasBindings) {
            add(AutomountToken, CheckState::NotAssessed, Severity::Info, nullptr, path,
                "the token of service account " + sa
                    + " is mounted; whether it is needed is unknown: role bindings were not collected");
        } else if (m_context.serviceAccountHasBindings(m_out.nameSpace, sa)) {
            pass(AutomountToken, nullptr, path,
                 "the token of service account " + sa + " is mounted and a role binding grants it access");
        } else {
            fail(AutomountToken, Severity::Medium, nullptr, path,
                 "the token of service account " + sa
                     + " is mounted into the pod, but no RoleBinding or ClusterRoleBinding grants it anything");
        }
    }

    const json &m_spec;
    const json *m_podSc;
    const json *m_annotations;
    std::string m_specPath, m_annotationsPath;
    const WorkloadCheckContext &m_context;
    KubeWorkload &m_out;
    bool m_windows; // spec.os.name: windows
    std::vector<Container> m_containers;
    std::array<std::vector<WorkloadCheckResult>, CheckCount> m_buckets;
};

// "docker-pullable://nginx@sha256:..." / "docker.io/library/nginx@sha256:..." -> "sha256:...".
std::string digestOfImageId(std::string_view imageId)
{
    const auto at = imageId.rfind('@');
    if (at != std::string_view::npos)
        return std::string(imageId.substr(at + 1));
    return imageId.starts_with("sha256:") ? std::string(imageId) : std::string();
}

// images[i] and imageDigests[i] of `w`: each image once, its digest from the status of a
// container that runs it, else from the reference itself ("app@sha256:..."), else "".
void collectImages(const json &spec, const json *status, KubeWorkload &w)
{
    std::vector<std::pair<std::string_view, std::string_view>> running; // container name, imageID
    for (const char *field : {"containerStatuses", "initContainerStatuses", "ephemeralContainerStatuses"}) {
        for (const json &s : arrayAt(status, field))
            running.emplace_back(stringAt(&s, "name"), stringAt(&s, "imageID"));
    }
    for (const char *field : {"containers", "initContainers", "ephemeralContainers"}) {
        for (const json &c : arrayAt(&spec, field)) {
            const std::string_view image = stringAt(&c, "image");
            if (image.empty())
                continue;
            std::string digest;
            const std::string_view name = stringAt(&c, "name");
            for (const auto &[container, imageId] : running) {
                if (container == name)
                    digest = digestOfImageId(imageId);
            }
            if (digest.empty() && image.find('@') != std::string_view::npos)
                digest = std::string(image.substr(image.rfind('@') + 1));
            const auto known = std::find(w.images.begin(), w.images.end(), image);
            if (known == w.images.end()) {
                w.images.emplace_back(image);
                w.imageDigests.push_back(std::move(digest));
            } else if (std::string &d = w.imageDigests[std::size_t(known - w.images.begin())]; d.empty()) {
                d = std::move(digest);
            }
        }
    }
}

} // namespace

std::optional<KubeWorkload> evaluateWorkload(const nlohmann::json &object, const WorkloadCheckContext &context)
{
    const std::string_view kind = stringAt(&object, "kind");
    const std::optional<Layout> layout = layoutOf(kind);
    if (!layout)
        return std::nullopt;
    const json *spec = memberPath(object, layout->spec);
    if (spec == nullptr || !spec->is_object())
        return std::nullopt;

    KubeWorkload w;
    const json *meta = member(&object, "metadata");
    w.kind = std::string(kind);
    w.nameSpace = std::string(stringAt(meta, "namespace"));
    w.name = std::string(stringAt(meta, "name"));
    w.uid = std::string(stringAt(meta, "uid"));
    w.createdAt = parseTimestamp(stringAt(meta, "creationTimestamp"));
    w.serviceAccount = std::string(stringAt(spec, "serviceAccountName"));
    if (w.serviceAccount.empty())
        w.serviceAccount = std::string(stringAt(spec, "serviceAccount"));
    w.pods = kind == "Pod" ? 1 : 0; // a bare pod is its own one pod; controllers get theirs from the caller
    w.containers = int(arrayAt(spec, "containers").size() + arrayAt(spec, "initContainers").size());
    collectImages(*spec, member(&object, "status"), w);

    Evaluator(object, *spec, *layout, context, w).run();
    return w;
}

std::string_view controlForWorkloadCheck(std::string_view checkId)
{
    const auto &ids = workloadCheckIds();
    for (std::size_t i = 0; i < ids.size() && i < kControls.size(); ++i) {
        if (ids[i] == checkId)
            return kControls[i];
    }
    return {};
}

std::string_view controlForKubeRule(std::string_view ruleKey)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kOther{{
        {clusterrule::kNoNetworkPolicy, "RUN-3"},
        {clusterrule::kNoDefaultDenyIngress, "RUN-3"},
        {clusterrule::kNoDefaultDenyEgress, "RUN-3"},
        {clusterrule::kInsecureTls, "SEC-4"},
    }};
    for (const auto &[key, control] : kOther) {
        if (ruleKey == key)
            return control;
    }
    constexpr std::string_view prefix = "bulkhead/k8s-";
    if (!ruleKey.starts_with(prefix))
        return {};
    return controlForWorkloadCheck(ruleKey.substr(prefix.size()));
}

} // namespace bulkhead
