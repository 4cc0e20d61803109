#pragma once

#include "store/triagerepository.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bulkhead::ui {

// Asks for what one triage change needs, for one finding or a selection of thousands: the target
// status, a justification where the decision has to be explained (false positive, accepted
// risk), an expiry date for an accepted risk, an assignee, or a comment. OK stays disabled, with
// the reason shown under the fields, until the change would pass TriageRepository's checks.
class TriageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageDialog)

public:
    enum class Mode { Confirm, FalsePositive, AcceptRisk, Mitigate, Reopen, Assign, Comment };
    Q_ENUM(Mode)

    TriageDialog(Mode mode, qint64 findingCount, QWidget *parent = nullptr);

    // Runs the dialog; nullopt when cancelled. The caller fills in actor and time, then applies
    // the change on its writer off the GUI thread.
    static std::optional<bulkhead::TriageChange> ask(QWidget *parent, Mode mode, qint64 findingCount);

    Mode mode() const { return m_mode; }
    // Why OK is disabled; empty when the change is complete.
    QString problem() const;
    bool isComplete() const { return problem().isEmpty(); }
    // The change as entered (actor and at left empty). Risk acceptances end when the chosen date
    // begins (UTC), exactly as `bulkheadctl triage --expires DATE`.
    bulkhead::TriageChange change() const;

    // Pre-fills the assignee (the current one when a single finding is triaged).
    void setAssignee(const QString &assignee);
    static QDate defaultExpiry(); // today + 90 days

private:
    void updateState();
    bool needsJustification() const { return m_mode == Mode::FalsePositive || m_mode == Mode::AcceptRisk; }
    std::int64_t expiresAt() const;

    Mode m_mode;
    qint64 m_count;
    QPlainTextEdit *m_justification = nullptr; // FalsePositive, AcceptRisk
    QDateEdit *m_expiry = nullptr;             // AcceptRisk
    QLineEdit *m_assignee = nullptr;           // Assign
    QPlainTextEdit *m_note = nullptr;          // every mode without a justification
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bulkhead::ui
