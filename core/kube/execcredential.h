#pragma once

#include "kube/kubeconfig.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace bulkhead {

struct KubeConnection;

// What an exec credential plugin returned (ExecCredential.status). Kept in memory only.
struct ExecCredential {
    std::string token;
    std::string clientCertificateData, clientKeyData; // PEM
    std::int64_t expiresAt = 0;                       // unix seconds from expirationTimestamp; 0 = none given
};

// The fingerprint a user approves: SHA-256 (hex) over the kubeconfig file, the user's name, the
// plugin's apiVersion, the command, each argument and each env entry (name=value) and whether
// it is given the cluster's details (provideClusterInfo), NUL-separated with the lists counted.
// Any change to what would run changes it, so an edited kubeconfig needs a new approval.
std::string execApprovalFingerprint(const std::string &kubeconfigFile, const std::string &userName,
                                    const KubeExecConfig &exec);

// The full command as shown to the user before approval, one line:
// "env AWS_PROFILE=dev aws eks get-token --cluster-name prod" (arguments quoted when they hold
// spaces or quotes). Shown, never executed.
std::string describeExecCommand(const KubeExecConfig &exec);

// Runs exec credential plugins for the collectors: only when `approvedFingerprint` equals the
// connection's execApprovalFingerprint, directly (QProcess with program and arguments, never a
// shell), with the plugin's env added, KUBERNETES_EXEC_INFO set (kind ExecCredential, the
// plugin's apiVersion, spec.interactive false, spec.cluster when provideClusterInfo), stdin
// closed, and a timeout. Output is parsed as an ExecCredential of the same apiVersion. Credentials
// are cached in memory per fingerprint and reused until 30 s before expiresAt (no expiry = for
// this provider's life). Errors name the plugin's command and arguments (not its env values) and
// quote at most the first line of its stderr (200 characters), never its stdout.
// Thread-safe: callers needing the same credential wait for one run of the plugin.
class ExecCredentialProvider
{
public:
    explicit ExecCredentialProvider(std::chrono::milliseconds timeout = std::chrono::seconds(30));

    std::optional<ExecCredential> credential(const KubeConnection &connection, const std::string &approvedFingerprint,
                                             std::string *error);
    // Forget the cached credential (the API server answered 401 with it).
    void invalidate(const KubeConnection &connection);
    // The clock; tests move it past expiresAt. 0 = system time.
    void setNow(std::int64_t now) { m_now = now; }
    int runs() const; // how many times a plugin was started

private:
    std::int64_t now() const;
    bool fresh(const ExecCredential &c) const;
    std::optional<ExecCredential> run(const KubeConnection &connection, std::string *error);

    std::chrono::milliseconds m_timeout;
    std::atomic<std::int64_t> m_now = 0;
    mutable std::mutex m_mutex; // guards m_cache, m_runLocks, m_runs
    std::map<std::string, ExecCredential> m_cache;
    // One lock per fingerprint, held while its plugin runs: two collections of the same cluster
    // wait for one run instead of starting the plugin twice; other plugins run meanwhile.
    std::map<std::string, std::shared_ptr<std::mutex>> m_runLocks;
    int m_runs = 0;
};

} // namespace bulkhead
