#pragma once

#include "reports/reportrequest.h"

#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace bulkhead::ui {

class ReportDialog;
class ReportHistoryModel;
class ReportRunner;

// The Reports page: "Generate PDF report…" and the findings exports (OpenVEX, .trivyignore.yaml,
// SARIF), each through a ReportDialog for its scope and file, written by ReportRunner on its
// thread with a progress bar and Cancel; the result (pages, size, SHA-256, Open) or the error
// under them; and the report history (generated_reports) with Open, Show in folder and Verify
// checksum. The history and the checksums are read on workers: the GUI thread never reads the
// store or hashes a file.
class ReportsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsView)

public:
    static constexpr int kHistoryLimit = 1000; // newest rows shown; the count says how many exist

    explicit ReportsView(const QString &storePath, QWidget *parent = nullptr);
    ~ReportsView() override;

    ReportRunner *runner() const { return m_runner; }
    ReportHistoryModel *historyModel() const { return m_model; }
    QTableView *historyTable() const { return m_table; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *exportButton(FindingsExportFormat format) const;
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *progressLabel() const { return m_progressLabel; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *resultOpenButton() const { return m_resultOpen; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *showInFolderButton() const { return m_showInFolder; }
    QPushButton *verifyButton() const { return m_verify; }
    QLabel *historySummary() const { return m_historySummary; }
    bool isRunning() const { return m_busy; }
    bool isHistoryLoaded() const { return m_historyLoaded; }

public Q_SLOTS:
    void refresh(); // the store changed: the history again
    // Opens the dialog (window-modal, not blocking); accepting it starts the job. Returns it.
    ReportDialog *openDialog(std::optional<bulkhead::FindingsExportFormat> exportFormat = std::nullopt);
    // What the dialog starts, without it. False when a job is already running.
    bool start(const bulkhead::ui::ReportRequest &request);
    void cancel();
    void openSelected();
    void showSelectedInFolder();
    void verifySelected();

Q_SIGNALS:
    void historyLoaded(int rows);
    void jobFinished(const bulkhead::ui::ReportOutcome &outcome);
    void checksumVerified(const QString &text);
    void statusMessage(const QString &message);

private:
    void onProgress(quint64 job, int done, int total);
    void onFinished(quint64 job, const ReportOutcome &outcome);
    void showResult(const QString &text, bool error, const QString &path);
    void updateActions();
    int selectedRow() const;

    QString m_storePath;
    ReportRunner *m_runner = nullptr;
    ReportHistoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_exportOpenVex = nullptr;
    QPushButton *m_exportTrivy = nullptr;
    QPushButton *m_exportSarif = nullptr;
    QWidget *m_progressRow = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QFrame *m_resultRow = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_resultOpen = nullptr;
    QPushButton *m_resultFolder = nullptr;
    QString m_resultPath;
    QPushButton *m_open = nullptr;
    QPushButton *m_showInFolder = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_historySummary = nullptr;
    ReportScope m_lastScope; // the next dialog starts from it
    quint64 m_job = 0;
    quint64 m_historyRequest = 0;
    bool m_historyLoaded = false;
    bool m_busy = false;            // from start() until its finished() arrives here
    bool m_cancelRequested = false;
    int m_verifying = 0;
};

} // namespace bulkhead::ui
