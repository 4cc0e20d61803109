#pragma once

#include "drills/drill.h"

#include <QWidget>

#include <cstdint>
#include <string>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace bulkhead::ui {

class DrillRunEditor;
class DrillTemplatesPanel;
class DrillsListModel;
class DrillsStore;

// The Drills page. The Drills tab lists the scheduled drills (template, owner, cadence, last
// completed run, next due date, open and overdue actions; an overdue drill's row is red), with
// "Schedule drill…" and "Start run…"; below, the chosen drill's run history and the run editor
// (DrillRunEditor). The Templates tab manages templates (DrillTemplatesPanel). Every read and
// write goes through DrillsStore's worker thread; every edit is saved as it is made (see
// DrillRunEditor), never with a Save button.
class DrillsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillsView)

public:
    explicit DrillsView(const QString &storePath, QWidget *parent = nullptr);
    ~DrillsView() override;

    DrillsStore *store() const { return m_store; }
    DrillsListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QListWidget *historyList() const { return m_history; }
    DrillRunEditor *runEditor() const { return m_editor; }
    DrillTemplatesPanel *templatesPanel() const { return m_templatesPanel; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *scheduleButton() const { return m_scheduleButton; }
    QPushButton *startRunButton() const { return m_startRunButton; }
    std::int64_t currentDrillId() const;
    // Due dates and "overdue" at this time instead of the clock (tests, screenshots); 0: the clock.
    void setNow(std::int64_t now);
    std::int64_t now() const;

public Q_SLOTS:
    void refresh(); // the store changed: drills, templates and the chosen drill's runs again
    void focusSearch();
    void selectDrill(qint64 drillId);
    void selectRun(qint64 runId);
    // What the dialogs do, without them (the dialogs call these).
    void scheduleDrill(const bulkhead::Drill &drill);
    void startRun(std::int64_t heldOn, const std::vector<std::string> &participants);
    void openScheduleDialog(qint64 templateId = 0);
    void openStartRunDialog();

Q_SIGNALS:
    void loaded(int drills);     // after each read of the list
    void runsLoaded(qint64 drillId, int runs);
    void drillScheduled(qint64 drillId);
    void runStarted(qint64 runId);
    void errorShown(const QString &message);
    // A write changed what INC-2/INC-3 are assessed from (a drill scheduled, a run started or
    // completed, an action added or changed): the Controls page may read the store again.
    void drillsChanged();
    void statusMessage(const QString &message);

private:
    void loadList(bool withRuns);
    void loadRuns();
    void onCurrentDrillChanged();
    void onHistoryChosen();
    void showRunOf(const DrillRun &run);
    void updateSummary();
    void updateButtons();
    void showError(const QString &message);
    QWidget *createDrillsTab();

    DrillsStore *m_store = nullptr;
    DrillsListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QListWidget *m_history = nullptr;
    DrillRunEditor *m_editor = nullptr;
    DrillTemplatesPanel *m_templatesPanel = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_bottomSplitter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_scheduleButton = nullptr;
    QPushButton *m_startRunButton = nullptr;

    std::vector<DrillTemplate> m_templates;
    std::vector<DrillRun> m_runs;     // of m_runsDrillId, newest first
    std::int64_t m_runsDrillId = 0;
    std::int64_t m_chosenDrillId = 0; // kept across reloads
    std::int64_t m_chosenRunId = 0;
    std::int64_t m_fixedNow = 0;
    bool m_restoring = false; // loadList puts the chosen drill back
    quint64 m_listRequest = 0;
    quint64 m_runsRequest = 0;
};

} // namespace bulkhead::ui
