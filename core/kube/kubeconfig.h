#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bulkhead {

// An `exec` credential plugin entry of a kubeconfig user (client.authentication.k8s.io/v1 or
// v1beta1). Running it is ExecCredentialProvider's job, and only after the user approved it.
struct KubeExecConfig {
    std::string apiVersion; // "client.authentication.k8s.io/v1" or ".../v1beta1"
    std::string command;    // a path (made absolute against the kubeconfig's directory when it holds a '/') or a
                            // name looked up in PATH; never a shell line
    std::vector<std::string> args;
    std::vector<std::pair<std::string, std::string>> env; // name, value (added to our environment)
    std::string interactiveMode; // "Never", "IfAvailable", "Always"; v1beta1 without one reads as IfAvailable,
                                 // v1 without one stays "" (refused when resolved, as kubectl refuses it)
    bool provideClusterInfo = false;
    std::string installHint;
};

// A kubeconfig `users` entry. Secrets (token, key, password) live here in memory only: they are
// never logged, stored or put in an error message.
struct KubeUser {
    std::string name;
    std::string token;
    std::string tokenFile;              // absolute (resolved against the kubeconfig's directory)
    std::string clientCertificateData;  // PEM (base64 of the kubeconfig decoded)
    std::string clientCertificateFile;  // absolute
    std::string clientKeyData;          // PEM
    std::string clientKeyFile;          // absolute
    std::string username, password;
    std::optional<KubeExecConfig> exec;
    std::string authProvider;           // name of an `auth-provider` entry: not supported
    std::string sourceFile;             // the kubeconfig file that defined this user
};

// A kubeconfig `clusters` entry.
struct KubeCluster {
    std::string name;
    std::string server;                   // "https://host:port[/path]"
    std::string certificateAuthorityData; // PEM
    std::string certificateAuthority;     // absolute file path
    bool insecureSkipTlsVerify = false;
    std::string proxyUrl;
    std::string tlsServerName;
    std::string sourceFile;
};

struct KubeContext {
    std::string name, cluster, user, nameSpace;
    std::string sourceFile;
};

// The merged view of one or more kubeconfig files, merged as kubectl merges KUBECONFIG: for
// clusters, users and contexts the first file that defines a name wins; the first non-empty
// current-context wins. Relative paths in a file are resolved against that file's directory.
struct KubeConfig {
    std::vector<std::string> files; // the files read, in merge order
    std::vector<KubeCluster> clusters;
    std::vector<KubeUser> users;
    std::vector<KubeContext> contexts;
    std::string currentContext;

    const KubeContext *context(std::string_view name) const;
    const KubeCluster *cluster(std::string_view name) const;
    const KubeUser *user(std::string_view name) const;
};

// The files to read: `explicitPath` alone when given; else the entries of KUBECONFIG (split on
// ':', empty entries dropped); else ~/.kube/config.
std::vector<std::string> kubeConfigPaths(const std::string &explicitPath = {});

// Reads and merges `paths`. A path named explicitly (one entry) must exist; entries of KUBECONFIG
// that do not exist are skipped, as kubectl does (all missing is an error). Errors name the file
// and, for YAML problems, the line and column: "kubeconfig /home/me/.kube/config: line 12,
// column 3: ...". A base64 field that does not decode is an error naming the entry and field
// (never its value); so is a name defined twice in one file's list and a document of another
// kind. Files are recorded with absolute paths. Null with *error on failure.
std::optional<KubeConfig> loadKubeConfig(const std::vector<std::string> &paths, std::string *error);

} // namespace bulkhead
