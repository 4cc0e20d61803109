#pragma once

#include "rbac/bindingreview.h"

#include <QDialog>

#include <string>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace bulkhead::ui {

// The note prompt of a review decision, for one binding or a selection of many: the decision
// (preselected from the key that opened it: K, R, X, E), a note, and how many bindings it
// applies to. Enter or Ctrl+Enter records (Shift+Enter starts a new line of the note); OK stays
// disabled, with the reason shown, while the decision needs a note it does not have yet: a keep
// may go without one, reduce, remove and escalate say what should happen.
class ReviewNoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewNoteDialog)

public:
    // `subject` names the binding (one) or is empty (the count says how many).
    ReviewNoteDialog(ReviewDecision decision, int bindingCount, const QString &subject, QWidget *parent = nullptr);

    ReviewDecision decision() const;
    void setDecision(ReviewDecision decision);
    std::string note() const; // trimmed
    QPlainTextEdit *noteEdit() const { return m_note; }
    // Why OK is disabled; empty when the review is complete.
    QString problem() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();

    int m_count;
    QButtonGroup *m_decisions = nullptr;
    QLabel *m_explanation = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bulkhead::ui
