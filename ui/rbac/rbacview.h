#pragma once

#include "rbac/rbacobjects.h"

#include <QWidget>

#include <optional>
#include <string>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace bulkhead::ui {

class PermissionMatrixPanel;
class RbacFilterBar;
class RbacQueries;
class RbacSubjectsModel;
class ReviewQueueWidget;
class WhoCanPanel;
struct RbacFacts;
struct RbacMatrixAnswer;

// The RBAC page: a cluster chooser and three tabs. "Subjects": the paged subjects list (risk
// badges, review state, bootstrap hidden by default) and, for the selected subject, the
// permission matrix (resources x verbs, per namespace or cluster-wide) whose cells explain which
// binding and role grant them. "Who can": a query box (verb, resource, namespace) answered with
// the granting chains. "Review": the bindings-to-review queue (ReviewQueueWidget). Until a
// cluster was collected it says how to add one. Store reads and analysis run off the GUI thread.
class RbacView : public QWidget
{
    Q_OBJECT

public:
    enum Tab { SubjectsTab, WhoCanTab, ReviewTab };

    explicit RbacView(const QString &storePath, QWidget *parent = nullptr);
    ~RbacView() override;

    ReviewQueueWidget *reviewQueue() const;

    // For tests and the main window.
    QComboBox *clusterCombo() const { return m_cluster; }
    std::string cluster() const;
    RbacFilterBar *filterBar() const { return m_filterBar; }
    RbacSubjectsModel *subjectsModel() const { return m_model; }
    QTableView *subjectsTable() const { return m_table; }
    PermissionMatrixPanel *matrixPanel() const { return m_matrix; }
    WhoCanPanel *whoCanPanel() const { return m_whoCan; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *addClusterButton() const { return m_addButton; }
    QPushButton *emptyCollectButton() const { return m_emptyCollectButton; }
    bool isEmptyStateShown() const;
    // Opens the permission matrix of the subjects list's row (what Enter and a click do).
    void openSubject(int row);

public Q_SLOTS:
    void refresh(); // the store changed (a collection finished, a source was added or removed)
    void focusSearch();
    // A control's drill-down: the bindings-to-review queue (IAM-2), or the subjects with a risky
    // permission (IAM-1, IAM-3; the list filters by "risky", not by one rule).
    void showReviewQueue();
    void showRiskySubjects();

Q_SIGNALS:
    void addClusterRequested();
    void collectRequested();
    void factsLoaded(int clusters); // after each refresh: how many clusters have an RBAC analysis
    void matrixShown();             // a permission matrix (or its error) is on screen

private:
    QWidget *createEmptyState();
    QWidget *createSubjectsTab();
    void loadFacts();
    void onFacts(const RbacFacts &facts);
    void onClusterChanged();
    void requestMatrix(const std::string &scope);
    void onMatrix(const RbacMatrixAnswer &answer);
    void updateSummary();
    void saveLayout();

    RbacQueries *m_queries = nullptr;
    RbacSubjectsModel *m_model = nullptr;
    QComboBox *m_cluster = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_collectButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    RbacFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    PermissionMatrixPanel *m_matrix = nullptr;
    WhoCanPanel *m_whoCan = nullptr;
    ReviewQueueWidget *m_review = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_emptyCollectButton = nullptr;
    QTimer *m_openDelay = nullptr; // arrow keys through the list open the subject they stop on
    int m_clusterCount = -1;       // unknown until read
    int m_clusterSources = 0;
    quint64 m_factsRequest = 0;
    // The subject whose matrix is shown or asked for.
    std::string m_subjectCluster;
    std::optional<RbacSubject> m_subject;
    bool m_focusMatrix = false; // Enter opened the subject: its matrix takes the focus when it arrives
};

} // namespace bulkhead::ui
