#pragma once

#include "importers/importjob.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

namespace bulkhead {

// An import of report files as a Qt job: runs ImportJob on a thread it owns, reports progress
// and each file's outcome through queued signals, and can be cancelled (the whole import is then
// rolled back and the store is exactly as before). For the GUI's jobs panel and drag-and-drop;
// the caller's thread never blocks on parsing or SQLite.
class ImportTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportTask)

public:
    ImportTask(QString storePath, QStringList inputs, QObject *parent = nullptr);
    ~ImportTask() override; // cancels and waits

    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // Bytes are the sizes of the files as found when the task started.
    void progress(qint64 filesDone, qint64 filesTotal, qint64 bytesDone, qint64 bytesTotal);
    // One per file, in input order: `error` is empty when the file was imported.
    void fileDone(const QString &path, const QString &summary, const QString &error);
    // Once, at the end. `committed` false means nothing of this import is in the store; `error`
    // then says why (cancelled, store error, or every input was bad).
    void finished(bool committed, qint64 newFindings, qint64 resolved, qint64 reopened, const QString &error);

private:
    void run();

    QString m_storePath;
    QStringList m_inputs;
    std::atomic<bool> m_cancel{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace bulkhead
