#pragma once

#include "reports/reportrequest.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace bulkhead::ui {

// Writes PDF reports (pdf::generateReport) and findings exports (exportFindings through
// writeFileAtomically, then a generated_reports row) on a thread it owns: both read the whole
// store and write a file, nothing the GUI thread may wait for. One job at a time (the page
// offers one); progress() reports the PDF's pages as they are painted, cancel() stops the job
// at its next check (between gathered sections, painted pages, written blocks) and leaves no file.
class ReportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportRunner)

public:
    explicit ReportRunner(QString storePath, QObject *parent = nullptr);
    ~ReportRunner() override; // cancels a job in progress and waits for it to stop

    // Queues the job; finished() answers with the same number.
    quint64 start(const ReportRequest &request);
    void cancel();
    bool isRunning() const { return m_running.load() > 0; }

Q_SIGNALS:
    // From the worker thread (queued to receivers): `total` 0 while the store is being read.
    void progress(quint64 job, int done, int total);
    void finished(quint64 job, const bulkhead::ui::ReportOutcome &outcome);

private:
    void run(quint64 job, const ReportRequest &request);
    ReportOutcome writePdf(quint64 job, const ReportRequest &request);
    ReportOutcome writeExport(const ReportRequest &request);

    QString m_storePath;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread: the context jobs run in
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_running{0};
    quint64 m_lastJob = 0;
};

} // namespace bulkhead::ui
