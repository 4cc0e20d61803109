#include "jobs/collecttask.h"

#include "kube/execcredential.h"
#include "registry/sourcecollection.h"
#include "store/database.h"
#include "store/snapshotrepository.h"

#include <QDateTime>
#include <QDebug>

namespace bulkhead {

namespace {

// A posture snapshot after a source's data was committed. A record, not part of the collection:
// failing, it is a warning and the run keeps its status.
void recordCollectionSnapshot(const std::string &storePath, const std::string &source)
{
    try {
        Database db = Database::open(storePath);
        recordSnapshot(db, "collect " + source, QDateTime::currentSecsSinceEpoch());
    } catch (const std::exception &e) {
        qWarning("collect %s: posture snapshot not recorded: %s", source.c_str(), e.what());
    }
}

} // namespace

CollectTask::CollectTask(QString storePath, QStringList sourceNames, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_sourceNames(std::move(sourceNames))
{}

CollectTask::~CollectTask()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void CollectTask::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("collect"));
    m_thread->start();
}

void CollectTask::cancel()
{
    m_cancel.cancel();
}

bool CollectTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void CollectTask::run()
{
    // Everything below runs on the task's thread; signals reach receivers on other threads queued.
    std::vector<std::string> names;
    for (const QString &n : std::as_const(m_sourceNames))
        names.push_back(n.toStdString());
    std::string error;
    const std::vector<CollectableSource> sources = collectableSources(m_storePath.toStdString(), names, &error);
    if (!error.empty() || sources.empty()) {
        Q_EMIT finished(false, error.empty() ? tr("No sources to collect.") : QString::fromStdString(error));
        return;
    }
    ExecCredentialProvider exec; // one per task: plugin tokens are shared by its clusters, then dropped
    bool allComplete = true;
    for (const CollectableSource &source : sources) {
        const QString name = QString::fromStdString(source.name);
        if (m_cancel.isCancelled()) {
            allComplete = false;
            Q_EMIT sourceDone(name, QStringLiteral("cancelled"), {}, tr("cancelled before it started"));
            continue;
        }
        const CollectionResult r = collectAnySource(
            m_storePath.toStdString(), source, &m_cancel,
            [this, &name](const CollectionProgress &p) {
                Q_EMIT progress(name, p.done, p.total, QString::fromStdString(p.phase));
            },
            &exec);
        allComplete = allComplete && r.status == CollectionStatus::Complete;
        if (r.status == CollectionStatus::Complete || r.status == CollectionStatus::Partial)
            recordCollectionSnapshot(m_storePath.toStdString(), source.name);
        QString details = QString::fromStdString(r.error);
        if (r.status == CollectionStatus::Partial) {
            QStringList lines;
            for (const std::string &f : r.failures)
                lines << QString::fromStdString(f);
            details = lines.join(QLatin1Char('\n'));
        }
        Q_EMIT sourceDone(name, QString::fromLatin1(collectionStatusName(r.status)),
                          QString::fromStdString(collectionSummary(r, source.kind)), details);
    }
    Q_EMIT finished(allComplete, m_cancel.isCancelled() ? tr("cancelled") : QString());
}

} // namespace bulkhead
