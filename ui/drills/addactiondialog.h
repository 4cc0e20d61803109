#pragma once

#include "drills/drill.h"

#include <QDialog>

#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace bulkhead::ui {

// "Add action…": what changes, who owns it, by when (optional) and the control it strengthens
// (the template's controls offered, any id accepted).
class AddActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddActionDialog)

public:
    AddActionDialog(const std::vector<std::string> &controls, std::int64_t now, QWidget *parent = nullptr);

    DrillAction action() const; // runId and id left 0
    QLineEdit *textField() const { return m_text; }
    QLineEdit *ownerField() const { return m_owner; }
    QCheckBox *dueBox() const { return m_hasDue; }
    QDateEdit *dueEdit() const { return m_due; }
    QComboBox *controlBox() const { return m_control; }

    void accept() override;

private:
    QLineEdit *m_text = nullptr;
    QLineEdit *m_owner = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_control = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace bulkhead::ui
