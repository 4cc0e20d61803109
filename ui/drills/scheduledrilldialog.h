#pragma once

#include "drills/drill.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bulkhead::ui {

// "Schedule drill…": a template (built-in or the team's own), the drill's name, its owner and its
// cadence (the template's suggestion, 0 = on demand). Refuses an empty name or one already used
// (names are unique in the store) before anything is written.
class ScheduleDrillDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDrillDialog)

public:
    ScheduleDrillDialog(const std::vector<DrillTemplate> &templates, const std::vector<std::string> &takenNames,
                        QWidget *parent = nullptr);

    void setTemplate(std::int64_t templateId); // chooses it in the list (a template's "Schedule…")
    Drill drill() const;                       // what to schedule, valid once accepted
    QComboBox *templateBox() const { return m_template; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *ownerField() const { return m_owner; }
    QSpinBox *cadenceBox() const { return m_cadence; }

    void accept() override;

private:
    void onTemplateChanged();

    std::vector<DrillTemplate> m_templates;
    std::vector<std::string> m_taken;
    QComboBox *m_template = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_owner = nullptr;
    QSpinBox *m_cadence = nullptr;
    QLabel *m_scenario = nullptr;
    QLabel *m_error = nullptr;
    QString m_suggestedName; // replaced on a template change unless the user wrote their own
};

} // namespace bulkhead::ui
