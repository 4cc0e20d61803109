#pragma once

#include "jobs/jobrecord.h"

#include <QAbstractListModel>
#include <QElapsedTimer>

#include <memory>
#include <vector>

namespace bulkhead {
class CollectTask;
class ImportTask;
}

namespace bulkhead::ui {

// The jobs of this session, newest first, and the logic behind them: starts imports as
// ImportTasks and registry collections as CollectTasks (each on its own thread), one at a time
// because the store has one writer, follows their queued progress and results, cancels them and
// forgets finished ones. No widgets: the
// jobs panel shows it, tests drive it directly.
class JobsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,        // JobRecord::State as int
        StateTextRole,
        ProgressTextRole,
        ResultTextRole,
        FileErrorsRole,   // QStringList
        FinishedRole,
    };

    explicit JobsModel(QString storePath, QObject *parent = nullptr);
    ~JobsModel() override; // cancels what still runs and waits for it to roll back

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Queues an import of report files and folders; it starts at once unless another runs.
    quint64 startImport(const QStringList &inputs);
    // Queues a collection of the named registry sources (empty: every source).
    quint64 startCollect(const QStringList &sourceNames);
    bool cancel(quint64 id);  // queued: dropped at once; running: rolled back
    bool clear(quint64 id);   // finished jobs only
    int clearFinished();      // returns how many were removed

    int rowOf(quint64 id) const; // -1 when unknown
    const JobRecord &job(int row) const { return m_jobs.at(static_cast<std::size_t>(row)); }
    int activeCount() const; // queued, running or cancelling

Q_SIGNALS:
    // An import committed: the store changed and the views should re-read it.
    void importCommitted(quint64 id);
    // A collection ended having written something (complete or partial sources): images changed.
    void collectionWritten(quint64 id);
    void jobFinished(quint64 id);
    void activeCountChanged(int active);

private:
    JobRecord *find(quint64 id);
    void touch(quint64 id);
    quint64 enqueue(JobRecord job);
    void startNext();
    void startImportTask(JobRecord &job);
    void startCollectTask(JobRecord &job);
    void onSourceDone(quint64 id, const QString &source, const QString &status, const QString &summary,
                      const QString &error);
    void onCollectFinished(quint64 id, bool allComplete, const QString &error);
    void finishJob(quint64 id, bool storeChanged);
    void onFileDone(quint64 id, const QString &path, const QString &error);
    void onFinished(quint64 id, bool committed, qint64 newFindings, qint64 resolved, qint64 reopened,
                    const QString &error);

    QString m_storePath;
    std::vector<JobRecord> m_jobs; // newest first, as shown
    quint64 m_nextId = 1;
    quint64 m_runningId = 0;
    std::unique_ptr<ImportTask> m_task;       // the running import, if any
    std::unique_ptr<CollectTask> m_collect;   // the running collection, if any
    QElapsedTimer m_clock;
};

} // namespace bulkhead::ui
