#pragma once

#include "kube/kubeconfig.h"
#include "net/httpsourceoptions.h"

#include <optional>
#include <string>

namespace bulkhead {

// Everything needed to talk to one cluster, resolved from a kubeconfig context: the API server,
// the TLS policy (CA, client certificate, skip-verify, proxy, TLS server name, all in
// HttpSourceOptions) and the static credentials. Held in memory only; never stored or logged.
struct KubeConnection {
    std::string contextName, clusterName, userName, defaultNamespace;
    std::string server;       // "https://host:port[/path]" without a trailing '/'
    HttpSourceOptions http;   // caPem, clientCertPem/clientKeyPem, skipTlsVerify, proxyUrl, tlsServerName
    std::string bearerToken;  // static token, or the contents of tokenFile (trimmed)
    std::string basicUser, basicPassword;
    std::optional<KubeExecConfig> exec; // the user authenticates through a plugin
    std::string userSourceFile;         // the kubeconfig file that defined the user (exec approval)
    bool insecureSkipTlsVerify = false; // reported as a finding by the collector
};

// Resolves `contextName` (empty = the config's current-context) into a connection: reads the
// token, certificate, key and CA files it names. Errors (null, *error set) name the context and
// what is wrong: unknown context/cluster/user, a missing or unreadable file (named), a user with
// an `auth-provider` ("user \"X\" uses auth-provider \"gcp\", which Bulkhead does not support;
// use an exec credential plugin (client.authentication.k8s.io) instead"), an exec plugin with
// interactiveMode Always ("... needs an interactive terminal, which a background collector does
// not have"), a server URL that is not https (refused), a client certificate without its key (or
// a key without its certificate), a CA, certificate or key that is not PEM, a cluster with both
// insecure-skip-tls-verify and a CA, a user with both a token and username/password (the last
// two refused by kubectl as well). A context without a user connects anonymously. tokenFile wins
// over token and *-data over the file, as in kubectl.
std::optional<KubeConnection> resolveKubeConnection(const KubeConfig &config, const std::string &contextName,
                                                    std::string *error);

} // namespace bulkhead
