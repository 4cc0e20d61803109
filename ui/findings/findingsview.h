#pragma once

#include "findings/triagedialog.h"
#include "report/listexport.h"
#include "store/findingfilter.h"
#include "store/triagerepository.h"

#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTableView;

namespace bulkhead::ui {

class FindingDetailPane;
class FindingGroupsModel;
class FindingsFilterBar;
class FindingsListModel;

// The findings triage page: filter bar, optional group list, the paged findings table and the
// detail pane. Triage, copy and export act on the selection or the current filter; every store
// read and write runs off the GUI thread.
class FindingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsView)

public:
    explicit FindingsView(const QString &storePath, QWidget *parent = nullptr);
    ~FindingsView() override;

    // Actions the main window puts in its Findings menu (triage shortcuts, copy, export, ...).
    QList<QAction *> menuActions() const;

    FindingsListModel *model() const { return m_model; }
    FindingGroupsModel *groupsModel() const { return m_groups; }
    QTableView *table() const { return m_table; }
    QTableView *groupsTable() const { return m_groupsTable; }
    FindingsFilterBar *filterBar() const { return m_filterBar; }
    FindingDetailPane *detailPane() const { return m_detail; }
    QString messageText() const;

    // A store this user may not write: the triage actions are disabled, and a change asked for
    // anyway (applyToSelection) is refused with a message instead of failing in the store.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Applies `change` to the selected rows (no dialog); triageFinished reports the outcome.
    void applyToSelection(const TriageChange &change);
    // Writes every finding of the current filter and sort to `path` (CSV or JSON, the columns of
    // `bulkheadctl findings --format`); exportFinished reports.
    void exportList(const QString &path, bulkhead::ExportFormat format);
    void exportCsv(const QString &path) { exportList(path, ExportFormat::Csv); }
    // Puts the selected rows on the clipboard as tab-separated text with a header line.
    void copySelection();

public Q_SLOTS:
    void refresh();                                         // the store changed (import finished)
    void showFilter(const bulkhead::FindingFilter &filter); // replace the filter (overview click-through)
    void focusSearch();                                     // the `/` shortcut

Q_SIGNALS:
    void statusMessage(const QString &message);
    void triageFinished(qint64 changed, const QString &error);
    void exportFinished(const QString &path, qint64 rows, const QString &error);
    void copyFinished(int rows);

private:
    void createActions();
    void loadChoices();
    void applyFilter();
    void triage(TriageDialog::Mode mode);
    void askExport(bulkhead::ExportFormat format);
    void showMessage(const QString &text, bool error);
    void updateSummary();
    QList<QPair<int, int>> selectedRanges() const;
    qint64 selectedCount() const;
    void saveLayout();

    QString m_storePath;
    FindingsFilterBar *m_filterBar = nullptr;
    FindingsListModel *m_model = nullptr;
    FindingGroupsModel *m_groups = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_groupsTable = nullptr;
    FindingDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QList<QAction *> m_actions;
    QList<QAction *> m_triageActions;
    FindingFilter m_groupBase; // the filter the group list was computed for
    bool m_busy = false;
    bool m_readOnly = false;
};

} // namespace bulkhead::ui
