#pragma once

#include "store/workloadrepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace bulkhead::ui {

class CoveragePanel;
class NamespacePanel;
class WorkloadsFilterBar;
class WorkloadsListModel;
class ListExporter;
struct WorkloadsFacts;

// The Workloads page: filter bar, the paged table of collected workloads (cluster, namespace,
// kind, name, pods, failing checks) with the check matrix (one narrow column per check), and
// below it the namespace segmentation and the collection coverage of the chosen cluster. Until a
// cluster source exists it shows how to add one instead. Every store read runs off the GUI thread.
class WorkloadsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadsView)

public:
    explicit WorkloadsView(const QString &storePath, QWidget *parent = nullptr);
    ~WorkloadsView() override;

    // "Export…": the workloads of the current filter and sort as CSV or JSON.
    ListExporter *exporter() const { return m_exporter; }

    WorkloadsListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    WorkloadsFilterBar *filterBar() const { return m_filterBar; }
    NamespacePanel *namespacePanel() const { return m_namespaces; }
    CoveragePanel *coveragePanel() const { return m_coverage; }
    QTabWidget *panelTabs() const { return m_tabs; }
    QLabel *cellDetailLabel() const { return m_cellDetail; }
    QPushButton *addClusterButton() const { return m_addButton; }
    bool isEmptyStateShown() const;
    int clusterSourceCount() const { return m_sourceCount; }

public Q_SLOTS:
    void refresh(); // the store changed (a collection finished, a source was added)
    void focusSearch();
    // Replaces the filter (a control's drill-down: the workloads failing one check).
    void showFilter(const bulkhead::WorkloadFilter &filter);

Q_SIGNALS:
    void addClusterRequested();
    void collectRequested();
    void factsLoaded(int clusterSources); // after each refresh, when the sources and panels are read

private:
    QWidget *createEmptyState();
    void createTable();
    void loadFacts();
    void onFacts(const WorkloadsFacts &facts);
    void updateSummary();
    void showCellDetail(const QModelIndex &current);
    void saveLayout();

    WorkloadsFilterBar *m_filterBar = nullptr;
    WorkloadsListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    NamespacePanel *m_namespaces = nullptr;
    CoveragePanel *m_coverage = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_collectButton = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    ListExporter *m_exporter = nullptr;
    QLabel *m_cellDetail = nullptr; // the current cell's check, state and field path, for the keyboard
    int m_sourceCount = -1; // unknown until read
    quint64 m_factsRequest = 0;
};

} // namespace bulkhead::ui
