#include "kube/kubeconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace bulkhead {

namespace {

// Tokens, certificates and keys are small; a larger file is a mistake (or /dev/zero).
constexpr qint64 kMaxCredentialFileBytes = 1024 * 1024;

std::string quoted(const std::string &s)
{
    return '"' + s + '"';
}

// Resolution of one context; every error starts with the context's name. File contents are
// never quoted, only the paths.
class Resolver
{
public:
    Resolver(const std::string &context, std::string *error) : m_prefix("context " + quoted(context) + ": "), m_error(error) {}

    bool fail(const std::string &message)
    {
        *m_error = m_prefix + message;
        return false;
    }

    // The file's bytes into `out`; `what` ("client-key of user \"u\"") names it in errors.
    bool readFile(const std::string &path, const std::string &what, std::string &out)
    {
        QFile file(QString::fromStdString(path));
        const QFileInfo info(file);
        if (!info.exists())
            return fail(what + ": file " + path + " does not exist");
        if (info.isDir() || !file.open(QIODevice::ReadOnly))
            return fail(what + ": file " + path + " cannot be read"
                        + (info.isDir() ? std::string(" (a directory)") : ": " + file.errorString().toStdString()));
        if (info.size() > kMaxCredentialFileBytes)
            return fail(what + ": file " + path + " is larger than 1 MiB");
        out = file.read(kMaxCredentialFileBytes).toStdString();
        return true;
    }

    // PEM text from `field`-data, else from the file `field` names (kubectl: data overrides the
    // file), of `owner` ("user \"u\""). Checked for a PEM header so that a wrong file gives this
    // message, not a TLS library's.
    bool pem(const std::string &data, const std::string &file, const std::string &field, const std::string &owner,
             std::string &out)
    {
        out = data;
        if (out.empty() && !file.empty() && !readFile(file, field + " of " + owner, out))
            return false;
        if (!out.empty() && out.find("-----BEGIN ") == std::string::npos)
            return fail((data.empty() ? field + " of " + owner + ": file " + file : field + "-data of " + owner)
                        + " is not PEM (no -----BEGIN line)");
        return true;
    }

    bool cluster(const KubeCluster &c, KubeConnection &k)
    {
        const std::string name = "cluster " + quoted(c.name);
        if (c.server.empty())
            return fail(name + " has no server");
        const QUrl url(QString::fromStdString(c.server), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return fail(name + ": server " + quoted(c.server)
                        + " is not an https URL; Bulkhead only talks to API servers over TLS");
        k.server = c.server;
        while (k.server.ends_with('/'))
            k.server.pop_back();
        k.insecureSkipTlsVerify = k.http.skipTlsVerify = c.insecureSkipTlsVerify;
        // Verify against this CA, or do not verify: kubectl refuses to guess which was meant.
        if (c.insecureSkipTlsVerify && (!c.certificateAuthorityData.empty() || !c.certificateAuthority.empty()))
            return fail(name + " sets both insecure-skip-tls-verify and a certificate-authority; kubectl refuses "
                               "this too: remove one of them");
        if (!pem(c.certificateAuthorityData, c.certificateAuthority, "certificate-authority", name, k.http.caPem))
            return false;
        if (!c.proxyUrl.empty()) {
            const QUrl proxy(QString::fromStdString(c.proxyUrl), QUrl::StrictMode);
            const QString scheme = proxy.scheme();
            if (!proxy.isValid() || proxy.host().isEmpty()
                || (scheme != QLatin1String("http") && scheme != QLatin1String("https")
                    && scheme != QLatin1String("socks5")))
                return fail(name + ": proxy-url must be an http, https or socks5 URL with a host");
            k.http.proxyUrl = c.proxyUrl;
        }
        k.http.tlsServerName = c.tlsServerName;
        return true;
    }

    bool user(const KubeUser &u, KubeConnection &k)
    {
        const std::string name = "user " + quoted(u.name);
        if (!u.authProvider.empty())
            return fail(name + " uses auth-provider " + quoted(u.authProvider)
                        + ", which Bulkhead does not support; use an exec credential plugin "
                          "(client.authentication.k8s.io) instead");
        // kubectl refuses a user with two ways to say who it is.
        if ((!u.token.empty() || !u.tokenFile.empty()) && (!u.username.empty() || !u.password.empty()))
            return fail(name + " has more than one authentication method (token and username/password); "
                               "only one is allowed");
        if (!u.tokenFile.empty()) {
            // As for kubectl, a token file wins over a token written in the kubeconfig.
            std::string token;
            if (!readFile(u.tokenFile, "tokenFile of " + name, token))
                return false;
            k.bearerToken = QByteArray::fromStdString(token).trimmed().toStdString();
            if (k.bearerToken.empty())
                return fail("tokenFile of " + name + ": file " + u.tokenFile + " is empty");
        } else {
            k.bearerToken = u.token;
        }
        k.basicUser = u.username;
        k.basicPassword = u.password;
        const bool hasCert = !u.clientCertificateData.empty() || !u.clientCertificateFile.empty();
        const bool hasKey = !u.clientKeyData.empty() || !u.clientKeyFile.empty();
        if (hasCert && !hasKey)
            return fail(name + " has a client certificate but no client-key or client-key-data");
        if (hasKey && !hasCert)
            return fail(name + " has a client key but no client-certificate or client-certificate-data");
        if (!pem(u.clientCertificateData, u.clientCertificateFile, "client-certificate", name, k.http.clientCertPem)
            || !pem(u.clientKeyData, u.clientKeyFile, "client-key", name, k.http.clientKeyPem))
            return false;
        if (u.exec)
            return exec(*u.exec, name, k);
        return true;
    }

    // The checks kubectl makes of an exec plugin before it runs it, and ours: no terminal here.
    bool exec(const KubeExecConfig &e, const std::string &name, KubeConnection &k)
    {
        const std::string plugin = name + ": exec plugin";
        if (e.command.empty())
            return fail(plugin + " has no command");
        if (e.apiVersion != "client.authentication.k8s.io/v1" && e.apiVersion != "client.authentication.k8s.io/v1beta1")
            return fail(plugin + " " + e.command + " has apiVersion " + quoted(e.apiVersion)
                        + "; supported are client.authentication.k8s.io/v1 and v1beta1");
        if (e.interactiveMode.empty())
            return fail(plugin + " " + e.command + ": interactiveMode must be given for apiVersion " + e.apiVersion);
        if (e.interactiveMode == "Always")
            return fail(plugin + " " + e.command
                        + " has interactiveMode Always: it needs an interactive terminal, which a background "
                          "collector does not have; use a plugin (or plugin option) that runs without one");
        if (e.interactiveMode != "Never" && e.interactiveMode != "IfAvailable")
            return fail(plugin + " " + e.command + ": invalid interactiveMode " + quoted(e.interactiveMode));
        k.exec = e;
        return true;
    }

private:
    std::string m_prefix;
    std::string *m_error;
};

} // namespace

std::optional<KubeConnection> resolveKubeConnection(const KubeConfig &config, const std::string &contextName,
                                                    std::string *error)
{
    std::string ignored;
    if (!error)
        error = &ignored;
    const std::string name = contextName.empty() ? config.currentContext : contextName;
    if (name.empty()) {
        *error = "the kubeconfig has no current-context; choose a context";
        return std::nullopt;
    }
    Resolver r(name, error);
    const KubeContext *context = config.context(name);
    if (!context) {
        std::string files;
        for (const std::string &f : config.files)
            files += (files.empty() ? "" : ", ") + f;
        r.fail("no such context in kubeconfig " + files);
        return std::nullopt;
    }
    KubeConnection k;
    k.contextName = name;
    k.clusterName = context->cluster;
    k.userName = context->user;
    k.defaultNamespace = context->nameSpace.empty() ? "default" : context->nameSpace;
    const KubeCluster *cluster = config.cluster(context->cluster);
    if (!cluster) {
        r.fail("cluster " + quoted(context->cluster) + " was not found in the kubeconfig");
        return std::nullopt;
    }
    if (!r.cluster(*cluster, k))
        return std::nullopt;
    // A context without a user connects anonymously, as kubectl does.
    if (!context->user.empty()) {
        const KubeUser *user = config.user(context->user);
        if (!user) {
            r.fail("user " + quoted(context->user) + " was not found in the kubeconfig");
            return std::nullopt;
        }
        k.userSourceFile = user->sourceFile;
        if (!r.user(*user, k))
            return std::nullopt;
    }
    return k;
}

} // namespace bulkhead
