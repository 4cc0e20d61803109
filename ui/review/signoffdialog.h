#pragma once

#include "review/reviewdiff.h"

#include <QDialog>
#include <QString>

#include <cstdint>
#include <string>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace bulkhead::ui {

// "Sign off…": the lead confirms the review with notes (required: a sign-off says what was
// decided). Shows who signs (the OS account), the score and what the review held. The write
// (a "sign-off" snapshot, which becomes the next review's baseline, and the sign-off row) runs on
// a thread of its own; the dialog stays open with the error when it fails.
class SignoffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignoffDialog)

public:
    // `now`: the sign-off's time (tests, screenshots); 0: the clock when it is written.
    SignoffDialog(QString storePath, ReviewDiff diff, std::int64_t now = 0, QWidget *parent = nullptr);

    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *signButton() const;
    QLabel *problemLabel() const { return m_problem; }
    QString signer() const { return QString::fromStdString(m_signer); }
    // Why the sign-off cannot be written yet; empty when it can.
    QString problem() const;

    void accept() override; // writes; closes when the write succeeded
    void reject() override; // not while the write runs: its outcome is still to be shown

Q_SIGNALS:
    void signedOff(qint64 signoffId);

private:
    void updateState();
    void onWritten(qint64 id, const QString &error);

    QString m_storePath;
    ReviewDiff m_diff;
    std::int64_t m_now = 0;
    std::string m_signer;
    bool m_writing = false;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bulkhead::ui
