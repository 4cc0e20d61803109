#pragma once

#include "net/canceltoken.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>

namespace bulkhead {

// A collection of sources as a Qt job: runs RegistryCollector or ClusterCollector for each source,
// one after the other, on a thread it owns, and reports through queued signals, so the GUI never
// waits on the network or SQLite. Credentials are resolved on that thread (keyring, docker
// config.json, kubeconfig); the task has ONE ExecCredentialProvider, so an approved exec plugin
// runs once for the clusters of one user and its token lives in memory for the task's life only.
// Cancelling stops the running crawl (its transfers end within ~100 ms) and skips the rest; a
// cancelled source leaves the store as it was, apart from its run record.
class CollectTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectTask)

public:
    // `sourceNames` empty = every source (registries and clusters) in the store.
    CollectTask(QString storePath, QStringList sourceNames, QObject *parent = nullptr);
    ~CollectTask() override; // cancels and waits

    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // phase: registries "catalog", "manifests" (done/total repositories), "writing"; clusters
    // "discovery", "listing" (done/total resources), "writing".
    void progress(const QString &source, qint64 done, qint64 total, const QString &phase);
    // status: complete | partial | failed | cancelled; summary: collectionSummary(); error: why it
    // failed, or the failures of a partial run, one per line.
    void sourceDone(const QString &source, const QString &status, const QString &summary, const QString &error);
    // Once, at the end: allComplete when every source's run was complete.
    void finished(bool allComplete, const QString &error);

private:
    void run();

    QString m_storePath;
    QStringList m_sourceNames;
    CancelToken m_cancel;
    std::unique_ptr<QThread> m_thread;
};

} // namespace bulkhead
