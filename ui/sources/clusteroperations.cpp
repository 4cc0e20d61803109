#include "sources/clusteroperations.h"

#include "kube/execcredential.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "kube/kubeconnection.h"
#include "sources/sourceoperations.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bulkhead::ui::clusterops {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// The cluster operations' messages: a class of their own so that lupdate files them
// under the context tr() looks up at run time.
class ClusterOperationsText
{
    Q_DECLARE_TR_FUNCTIONS(ClusterOperationsText)
};

std::vector<std::string> pathsFor(const QString &path)
{
    return kubeConfigPaths(path.trimmed().toStdString());
}

} // namespace

QStringList defaultKubeconfigFiles()
{
    QStringList out;
    for (const std::string &p : kubeConfigPaths())
        out << q(p);
    return out;
}

KubeconfigRead readKubeconfig(const QString &path)
{
    KubeconfigRead out;
    std::string error;
    const std::optional<KubeConfig> config = loadKubeConfig(pathsFor(path), &error);
    if (!config) {
        out.error = q(error);
        return out;
    }
    for (const std::string &f : config->files)
        out.files << q(f);
    out.currentContext = q(config->currentContext);
    for (const KubeContext &ctx : config->contexts) {
        ContextChoice c;
        c.name = q(ctx.name);
        c.cluster = q(ctx.cluster);
        c.user = q(ctx.user);
        c.nameSpace = q(ctx.nameSpace);
        if (const KubeCluster *cluster = config->cluster(ctx.cluster))
            c.server = q(cluster->server);
        if (const KubeUser *user = config->user(ctx.user); user && user->exec) {
            c.hasExec = true;
            c.execCommand = q(describeExecCommand(*user->exec));
            c.execFingerprint = q(execApprovalFingerprint(user->sourceFile, user->name, *user->exec));
        }
        // Resolving reads the files the context names (CA, certificate, token): a problem with
        // them is better said now than at the first collection.
        std::string problem;
        if (!resolveKubeConnection(*config, ctx.name, &problem))
            c.problem = q(problem);
        out.contexts.push_back(std::move(c));
    }
    return out;
}

ConnectionTest testConnection(const QString &kubeconfigPath, const QString &context, const QString &approvedFingerprint)
{
    ConnectionTest out;
    std::string error;
    const std::optional<KubeConfig> config = loadKubeConfig(pathsFor(kubeconfigPath), &error);
    if (!config) {
        out.error = q(error);
        return out;
    }
    std::optional<KubeConnection> connection = resolveKubeConnection(*config, context.toStdString(), &error);
    if (!connection) {
        out.error = q(error);
        return out;
    }
    if (connection->exec && approvedFingerprint.isEmpty()) {
        out.error = ClusterOperationsText::tr("This context authenticates with an exec plugin: approve running its command first.");
        return out;
    }
    // A test is interactive: give up sooner than a collection would.
    connection->http.connectTimeout = std::chrono::seconds(10);
    connection->http.totalTimeout = std::chrono::seconds(20);
    connection->http.maxRetries = 0;
    ExecCredentialProvider exec(std::chrono::seconds(30));
    const bool hasExec = connection->exec.has_value();
    KubeClient client(std::move(*connection), hasExec ? &exec : nullptr, approvedFingerprint.toStdString());
    std::string version;
    if (!client.version(&version, &error)) {
        out.error = q(error);
        return out;
    }
    out.version = q(version);
    return out;
}

QString save(const QString &storePath, const ClusterSourceConfig &config, bool update)
{
    // A cluster source holds no secret: the store is all there is to write.
    return sourceops::writeSource(storePath, config, update);
}

QString suggestedName(const QString &context)
{
    // EKS contexts are ARNs ending in "cluster/NAME"; GKE's are "gke_PROJECT_ZONE_NAME".
    QString name = context.section(QLatin1Char('/'), -1);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    name = name.left(64);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name;
}

} // namespace bulkhead::ui::clusterops
