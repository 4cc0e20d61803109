#include "jobs/jobsmodel.h"

#include "jobs/collecttask.h"
#include "jobs/importtask.h"
#include "jobs/jobtext.h"

#include <QFileInfo>

#include <algorithm>

namespace bulkhead::ui {

JobsModel::JobsModel(QString storePath, QObject *parent)
    : QAbstractListModel(parent), m_storePath(std::move(storePath))
{}

JobsModel::~JobsModel()
{
    if (m_task)
        m_task->cancel(); // ~ImportTask waits; the rollback keeps the store as it was
    if (m_collect)
        m_collect->cancel(); // ~CollectTask waits
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_jobs.size());
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRecord &j = job(index.row());
    switch (role) {
    case Qt::DisplayRole: return jobtext::title(j);
    case Qt::ToolTipRole: return j.inputs.join(QLatin1Char('\n'));
    case IdRole: return j.id;
    case StateRole: return static_cast<int>(j.state);
    case StateTextRole: return jobtext::state(j);
    case ProgressTextRole: return jobtext::progress(j);
    case ResultTextRole: return jobtext::result(j);
    case FileErrorsRole: return j.fileErrors;
    case FinishedRole: return j.isFinished();
    default: return {};
    }
}

QHash<int, QByteArray> JobsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "jobId");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(ProgressTextRole, "progressText");
    names.insert(ResultTextRole, "resultText");
    names.insert(FileErrorsRole, "fileErrors");
    names.insert(FinishedRole, "finished");
    return names;
}

quint64 JobsModel::startImport(const QStringList &inputs)
{
    JobRecord job;
    job.id = m_nextId++;
    job.inputs = inputs;
    job.hasFolders = std::any_of(inputs.begin(), inputs.end(), [](const QString &p) { return QFileInfo(p).isDir(); });
    if (inputs.size() == 1 && job.hasFolders)
        job.sourceFolder = QFileInfo(inputs.first()).fileName();
    return enqueue(std::move(job));
}

quint64 JobsModel::startCollect(const QStringList &sourceNames)
{
    JobRecord job;
    job.id = m_nextId++;
    job.kind = JobRecord::Kind::Collect;
    job.inputs = sourceNames;
    return enqueue(std::move(job));
}

quint64 JobsModel::enqueue(JobRecord job)
{
    beginInsertRows({}, 0, 0);
    m_jobs.insert(m_jobs.begin(), std::move(job));
    endInsertRows();
    const quint64 id = m_jobs.front().id;
    Q_EMIT activeCountChanged(activeCount());
    startNext();
    return id;
}

bool JobsModel::cancel(quint64 id)
{
    JobRecord *job = find(id);
    if (!job || !job->canCancel())
        return false;
    if (job->state == JobRecord::State::Queued) {
        job->state = JobRecord::State::Cancelled;
        touch(id);
        Q_EMIT jobFinished(id);
        Q_EMIT activeCountChanged(activeCount());
        return true;
    }
    job->state = JobRecord::State::Cancelling;
    if (job->kind == JobRecord::Kind::Collect)
        m_collect->cancel();
    else
        m_task->cancel();
    touch(id);
    return true;
}

bool JobsModel::clear(quint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || !job(row).isFinished())
        return false;
    beginRemoveRows({}, row, row);
    m_jobs.erase(m_jobs.begin() + row);
    endRemoveRows();
    return true;
}

int JobsModel::clearFinished()
{
    int removed = 0;
    // Bottom up, one contiguous run at a time, so that views get exact remove notifications.
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (job(row).isFinished()) {
            clear(job(row).id);
            ++removed;
        }
    }
    return removed;
}

int JobsModel::rowOf(quint64 id) const
{
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(), [id](const JobRecord &j) { return j.id == id; });
    return it == m_jobs.end() ? -1 : static_cast<int>(it - m_jobs.begin());
}

int JobsModel::activeCount() const
{
    return static_cast<int>(std::count_if(m_jobs.begin(), m_jobs.end(), [](const JobRecord &j) { return !j.isFinished(); }));
}

JobRecord *JobsModel::find(quint64 id)
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_jobs[static_cast<std::size_t>(row)];
}

void JobsModel::touch(quint64 id)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void JobsModel::startNext()
{
    if (m_task || m_collect)
        return;
    // The oldest waiting job: jobs run in the order they were asked for.
    const auto waiting = std::find_if(m_jobs.rbegin(), m_jobs.rend(),
                                      [](const JobRecord &j) { return j.state == JobRecord::State::Queued; });
    if (waiting == m_jobs.rend())
        return;
    waiting->state = JobRecord::State::Running;
    m_runningId = waiting->id;
    m_clock.start();
    if (waiting->kind == JobRecord::Kind::Collect)
        startCollectTask(*waiting);
    else
        startImportTask(*waiting);
}

void JobsModel::startImportTask(JobRecord &job)
{
    const quint64 id = job.id;
    m_task = std::make_unique<ImportTask>(m_storePath, job.inputs);
    // The task emits from its own thread: these connections are queued onto this (GUI) thread.
    connect(m_task.get(), &ImportTask::progress, this, [this, id](qint64 filesDone, qint64 filesTotal,
                                                                  qint64 bytesDone, qint64 bytesTotal) {
        if (JobRecord *job = find(id)) {
            job->filesDone = filesDone;
            job->filesTotal = filesTotal;
            job->bytesDone = bytesDone;
            job->bytesTotal = bytesTotal;
            touch(id);
        }
    });
    connect(m_task.get(), &ImportTask::fileDone, this,
            [this, id](const QString &path, const QString &, const QString &error) { onFileDone(id, path, error); });
    connect(m_task.get(), &ImportTask::finished, this,
            [this, id](bool committed, qint64 fresh, qint64 resolved, qint64 reopened, const QString &error) {
                onFinished(id, committed, fresh, resolved, reopened, error);
            });
    touch(id);
    m_task->start();
}

void JobsModel::startCollectTask(JobRecord &job)
{
    const quint64 id = job.id;
    m_collect = std::make_unique<CollectTask>(m_storePath, job.inputs);
    // Queued onto this thread, like the import's signals.
    connect(m_collect.get(), &CollectTask::progress, this,
            [this, id](const QString &source, qint64 done, qint64 total, const QString &phase) {
                if (JobRecord *j = find(id)) {
                    j->currentSource = source;
                    j->phase = phase;
                    j->filesDone = j->bytesDone = done;
                    j->filesTotal = j->bytesTotal = total;
                    touch(id);
                }
            });
    connect(m_collect.get(), &CollectTask::sourceDone, this,
            [this, id](const QString &source, const QString &status, const QString &summary, const QString &error) {
                onSourceDone(id, source, status, summary, error);
            });
    connect(m_collect.get(), &CollectTask::finished, this,
            [this, id](bool allComplete, const QString &error) { onCollectFinished(id, allComplete, error); });
    touch(id);
    m_collect->start();
}

void JobsModel::onSourceDone(quint64 id, const QString &source, const QString &status, const QString &summary,
                             const QString &error)
{
    JobRecord *job = find(id);
    if (!job)
        return;
    ++job->sourcesDone;
    if (status == QLatin1String("complete"))
        ++job->sourcesComplete;
    if (status == QLatin1String("complete") || status == QLatin1String("partial"))
        ++job->sourcesWritten;
    job->sourceResults << (summary.isEmpty() ? QStringLiteral("%1: %2").arg(source, status)
                                             : QStringLiteral("%1: %2 — %3").arg(source, status, summary));
    if (!error.isEmpty())
        job->fileErrors << QStringLiteral("%1: %2").arg(source, error);
    touch(id);
}

void JobsModel::onCollectFinished(quint64 id, bool allComplete, const QString &error)
{
    m_collect.release()->deleteLater(); // its thread is still returning from this signal
    JobRecord *job = find(id);
    bool wrote = false;
    if (job) {
        job->elapsedMs = m_clock.elapsed();
        job->error = error;
        // A partial source writes what it read (and deletes nothing): the views re-read then too.
        wrote = job->sourcesWritten > 0;
        if (job->state == JobRecord::State::Cancelling)
            job->state = JobRecord::State::Cancelled;
        else if (allComplete && error.isEmpty())
            job->state = JobRecord::State::Succeeded;
        else
            job->state = wrote ? JobRecord::State::Partial : JobRecord::State::Failed;
        touch(id);
    }
    finishJob(id, wrote);
}

void JobsModel::finishJob(quint64 id, bool storeChanged)
{
    m_runningId = 0;
    if (storeChanged)
        Q_EMIT collectionWritten(id);
    Q_EMIT jobFinished(id);
    Q_EMIT activeCountChanged(activeCount());
    startNext();
}

void JobsModel::onFileDone(quint64 id, const QString &path, const QString &error)
{
    JobRecord *job = find(id);
    if (!job)
        return;
    if (error.isEmpty()) {
        ++job->filesImported;
    } else if (error != QLatin1String("cancelled")) {
        // Missing inputs come with the path already in the message; parse errors without it.
        job->fileErrors << (error.startsWith(path) ? error : QStringLiteral("%1: %2").arg(path, error));
    }
    touch(id);
}

void JobsModel::onFinished(quint64 id, bool committed, qint64 newFindings, qint64 resolved, qint64 reopened,
                           const QString &error)
{
    // Delete the task later: its thread is still returning from the signal that got us here.
    m_task.release()->deleteLater();
    m_runningId = 0;
    JobRecord *job = find(id);
    if (job) {
        job->elapsedMs = m_clock.elapsed();
        if (committed) {
            job->newFindings = newFindings;
            job->resolved = resolved;
            job->reopened = reopened;
            if (job->filesImported == 0)
                job->state = JobRecord::State::Failed;
            else
                job->state = job->fileErrors.isEmpty() ? JobRecord::State::Succeeded : JobRecord::State::Partial;
        } else {
            // Nothing of it is in the store, whatever the files reported on the way.
            job->filesImported = 0;
            job->state = job->state == JobRecord::State::Cancelling ? JobRecord::State::Cancelled
                                                                    : JobRecord::State::Failed;
            if (job->state == JobRecord::State::Failed)
                job->error = error;
        }
        touch(id);
    }
    if (committed)
        Q_EMIT importCommitted(id);
    Q_EMIT jobFinished(id);
    Q_EMIT activeCountChanged(activeCount());
    startNext();
}

} // namespace bulkhead::ui
