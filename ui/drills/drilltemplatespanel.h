#pragma once

#include "drills/drill.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace bulkhead::ui {

class DrillsStore;

// The Templates tab: every template, built-in ones read-only (the team copies one to change it),
// its own ones editable. "New template" and "Copy to my templates" write a user template at once;
// its fields are saved as they are left, like the run editor's ("All changes saved" beside the
// title). "Schedule drill…" schedules one from the chosen template.
class DrillTemplatesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillTemplatesPanel)

public:
    explicit DrillTemplatesPanel(DrillsStore *store, QWidget *parent = nullptr);

    void setTemplates(const std::vector<DrillTemplate> &templates);
    const std::vector<DrillTemplate> &templates() const { return m_templates; }
    std::int64_t currentId() const;
    void setCurrentId(std::int64_t id);

    QListWidget *list() const { return m_list; }
    QLineEdit *titleField() const { return m_title; }
    QPlainTextEdit *checklistEdit() const { return m_checklist; }
    QPlainTextEdit *scenarioEdit() const { return m_scenario; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *scheduleButton() const { return m_schedule; }
    QLabel *saveStateLabel() const { return m_saveState; }

public Q_SLOTS:
    void createTemplate(const bulkhead::DrillTemplate &t); // written as a user template, then chosen
    void copyCurrent();
    void newTemplate();
    void saveFields();

Q_SIGNALS:
    void templatesChanged(); // the view reads templates (and drills, whose template names show) again
    void scheduleRequested(qint64 templateId);
    void saved();
    void saveFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCurrent();
    DrillTemplate fromFields() const;
    const DrillTemplate *current() const;
    void setSaveState(const QString &text, bool error);

    DrillsStore *m_store = nullptr;
    std::vector<DrillTemplate> m_templates;
    std::int64_t m_shownId = 0;
    std::int64_t m_selectAfterLoad = 0;
    bool m_filling = false;

    QListWidget *m_list = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_saveState = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_cadence = nullptr;
    QLineEdit *m_controls = nullptr;
    QPlainTextEdit *m_scenario = nullptr;
    QPlainTextEdit *m_checklist = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_schedule = nullptr;
};

} // namespace bulkhead::ui
