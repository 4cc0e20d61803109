#include "sources/sourcesmodel.h"

#include "images/imagetext.h"
#include "jobs/collectjobtext.h"

#include <QColor>
#include <QDateTime>

namespace bulkhead::ui {

namespace {

QString authText(RegistryAuthKind kind)
{
    switch (kind) {
    case RegistryAuthKind::Anonymous: return SourcesModel::tr("anonymous");
    case RegistryAuthKind::Basic: return SourcesModel::tr("password (keyring)");
    case RegistryAuthKind::DockerConfig: return SourcesModel::tr("docker config.json");
    }
    return {};
}

QString clusterAuthText(const ClusterSourceConfig &c)
{
    const QString context = SourcesModel::tr("context %1").arg(QString::fromStdString(c.context));
    if (!c.execCommand.empty() || !c.execApproval.empty())
        return SourcesModel::tr("%1, exec plugin approved").arg(context);
    return context;
}

// Where the token comes from (never the token): the variable or the file, and the namespace.
QString vaultAuthText(const VaultSourceConfig &v)
{
    QString text = v.tokenFile.empty() ? SourcesModel::tr("token from $%1").arg(QString::fromStdString(v.tokenEnv))
                                       : SourcesModel::tr("token file %1").arg(QString::fromStdString(v.tokenFile));
    if (!v.vaultNamespace.empty())
        text = SourcesModel::tr("%1, namespace %2").arg(text, QString::fromStdString(v.vaultNamespace));
    return text;
}

// "https://vault.example:8200, secret/team-a/, secret/shared/": the server and what is walked.
QString vaultUrlText(const VaultSourceConfig &v)
{
    QStringList walked;
    for (const std::string &p : v.paths)
        walked << QString::fromStdString(v.mount + "/" + p);
    if (walked.isEmpty())
        walked << QString::fromStdString(v.mount + "/");
    QString url = QString::fromStdString(v.url);
    if (v.insecure)
        url = SourcesModel::tr("%1 (insecure)").arg(url);
    return SourcesModel::tr("%1, %2").arg(url, walked.join(QStringLiteral(", ")));
}

QString kindText(const std::string &kind)
{
    if (kind == "cluster")
        return SourcesModel::tr("cluster");
    if (kind == "vault")
        return SourcesModel::tr("vault");
    return SourcesModel::tr("registry");
}

// What the last run recorded: a cluster counts its workloads, a vault its secrets, a registry its images.
QString collectedText(const SourceRow &s)
{
    const int n = s.lastRun->images;
    if (s.kind == "cluster")
        return SourcesModel::tr("%Ln workloads", nullptr, n);
    if (s.kind == "vault")
        return SourcesModel::tr("%Ln secrets", nullptr, n);
    return SourcesModel::tr("%Ln images", nullptr, n);
}

QString lastRunText(const SourceRow &s)
{
    if (!s.lastRun)
        return SourcesModel::tr("never collected");
    const CollectionRunRow &r = *s.lastRun;
    const std::int64_t at = r.finishedAt > 0 ? r.finishedAt : r.startedAt;
    return SourcesModel::tr("%1, %2", "run status, how long ago (\"3 days ago\")")
        .arg(collectjobtext::runStatus(r.status), imagetext::ago(at, QDateTime::currentSecsSinceEpoch()));
}

} // namespace

void SourcesModel::setSources(std::vector<SourceRow> sources)
{
    beginResetModel();
    m_sources = std::move(sources);
    endResetModel();
}

const SourceRow *SourcesModel::source(int row) const
{
    return row >= 0 && row < rowCount() ? &m_sources[static_cast<std::size_t>(row)] : nullptr;
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sources.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    const SourceRow *s = source(index.row());
    if (!s)
        return {};
    const bool failed = s->lastRun && s->lastRun->status != "complete" && s->lastRun->status != "running";
    if (role == Qt::ForegroundRole && index.column() == LastRunColumn && failed)
        return QColor(0xb9, 0x1c, 0x1c);
    if (role == Qt::ToolTipRole && index.column() == LastRunColumn && s->lastRun)
        return QString::fromStdString(s->lastRun->error);
    if (role == Qt::ToolTipRole && index.column() == AuthColumn && s->kind == "cluster" && !s->cluster.execCommand.empty())
        return tr("Approved command: %1").arg(QString::fromStdString(s->cluster.execCommand));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return QString::fromStdString(s->name);
    case KindColumn: return kindText(s->kind);
    case UrlColumn:
        if (s->kind == "cluster")
            return QString::fromStdString(s->cluster.server.empty() ? s->url : s->cluster.server);
        if (s->kind == "vault")
            return vaultUrlText(s->vault);
        return s->config.insecure ? tr("%1 (insecure)").arg(QString::fromStdString(s->url)) : QString::fromStdString(s->url);
    case AuthColumn:
        if (s->kind == "cluster")
            return clusterAuthText(s->cluster);
        if (s->kind == "vault")
            return vaultAuthText(s->vault);
        return authText(s->config.auth);
    case LastRunColumn: return lastRunText(*s);
    case ImagesColumn: return s->lastRun ? collectedText(*s) : QVariant();
    default: return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case UrlColumn: return tr("URL");
    case AuthColumn: return tr("Authentication");
    case LastRunColumn: return tr("Last collection");
    case ImagesColumn: return tr("Collected");
    default: return {};
    }
}

} // namespace bulkhead::ui
