#pragma once

#include "drills/drill.h"

#include <QWidget>

#include <cstdint>
#include <string>
#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace bulkhead::ui {

class DrillActionsModel;
class DrillItemsModel;
class DrillsStore;

// One run of a drill: participants, the incident (post-incident reviews), the checklist (done,
// evidence, notes), notes, action items, and Complete. Every edit is saved when it is made: a
// check box when toggled, a cell or a line when its editor closes, a text box when it loses the
// focus; the line under the title says "Saving…", then "All changes saved" (or what failed).
// Completion is the repository's decision: when it refuses, the editor says why and lists the
// items that are neither done nor explained. A completed run's fields are read-only; its action
// items stay editable (they are worked off after the drill).
class DrillRunEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillRunEditor)

public:
    DrillRunEditor(DrillsStore *store, QWidget *parent = nullptr);

    void showRun(const DrillRun &run, const QString &drillName, DrillKind kind, const std::vector<std::string> &controls);
    void showNothing(const QString &message);
    void setNow(std::int64_t now);

    std::int64_t runId() const { return m_run.id; }
    const DrillRun &run() const { return m_run; }
    bool isShowingRun() const { return m_run.id != 0; }
    DrillItemsModel *itemsModel() const { return m_itemsModel; }
    DrillActionsModel *actionsModel() const { return m_actionsModel; }
    QTableView *itemsTable() const { return m_items; }
    QTableView *actionsTable() const { return m_actions; }
    QLineEdit *participantsField() const { return m_participants; }
    QPlainTextEdit *incidentEdit() const { return m_incident; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *addActionButton() const { return m_addAction; }
    QPushButton *completeButton() const { return m_complete; }
    QLabel *saveStateLabel() const { return m_saveState; }
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    void saveFields();  // what the text fields hold, if it differs from the run (focus-out does it)
    void addAction(const bulkhead::DrillAction &action); // "Add action…" without the dialog
    void complete();

Q_SIGNALS:
    void saved();                   // a write of this editor reached the store
    void saveFailed(const QString &message);
    void actionsChanged();          // open/overdue counts in the list may differ now
    void runCompleted(qint64 runId);
    void completionRefused(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void saveRun();
    void saveAction(const DrillAction &action);
    void reloadRun();
    void openAddActionDialog();
    // A write of this editor answered: counts it off and says "saved" or what failed; true on success.
    bool writeAnswered(const QString &error);
    void setSaveState(const QString &text, bool error);
    void showMessage(const QString &text, bool error);
    void updateHeader();
    QTableView *makeTable(const QString &name);

    DrillsStore *m_store = nullptr;
    DrillRun m_run;
    QString m_drillName;
    DrillKind m_kind = DrillKind::Tabletop;
    std::vector<std::string> m_controls;
    std::int64_t m_now = 0;
    int m_saving = 0; // writes in flight

    QLabel *m_title = nullptr;
    QLabel *m_saveState = nullptr;
    QLineEdit *m_participants = nullptr;
    QLabel *m_incidentLabel = nullptr;
    QPlainTextEdit *m_incident = nullptr;
    DrillItemsModel *m_itemsModel = nullptr;
    QTableView *m_items = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    DrillActionsModel *m_actionsModel = nullptr;
    QTableView *m_actions = nullptr;
    QPushButton *m_addAction = nullptr;
    QPushButton *m_complete = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_placeholder = nullptr;
};

} // namespace bulkhead::ui
