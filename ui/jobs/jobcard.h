#pragma once

#include "jobs/jobrecord.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace bulkhead::ui {

// One job in the jobs panel: title and state, a progress bar over files and bytes, Cancel while it
// runs and Clear once it is done, then its result and the files that could not be imported, all
// in selectable text so that an error can be copied into a ticket.
class JobCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobCard)

public:
    explicit JobCard(QWidget *parent = nullptr);

    void update(const JobRecord &job);
    quint64 jobId() const { return m_id; }

    QLabel *titleLabel() const { return m_title; }
    QLabel *resultLabel() const { return m_result; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *clearButton() const { return m_clear; }
    QToolButton *errorsToggle() const { return m_errorsToggle; }
    QPlainTextEdit *errorsView() const { return m_errors; }

Q_SIGNALS:
    void cancelRequested(quint64 id);
    void clearRequested(quint64 id);

private:
    void updateProgress(const JobRecord &job);
    void updateErrors(const JobRecord &job);

    quint64 m_id = 0;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_clear = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QToolButton *m_errorsToggle = nullptr;
    QPlainTextEdit *m_errors = nullptr;
    qsizetype m_shownErrors = -1;
};

} // namespace bulkhead::ui
