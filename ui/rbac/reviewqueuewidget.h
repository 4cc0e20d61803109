#pragma once

#include "rbac/bindingreview.h"

#include <QWidget>

#include <cstdint>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace bulkhead::ui {

class ReviewDetailPane;
class ReviewFilterBar;
class ReviewQueueModel;
class ListExporter;

// The bindings-to-review queue of the RBAC page: a paged table of bindings (kind, namespace,
// name, role, subjects, risk, review state, due date) filtered to those needing review by
// default, with keyboard decisions (K keep, R reduce, X remove, E escalate; multi-selection for
// bulk; a note prompt), the selected binding's review history and its diff since the last review.
// Reviews go to the store on a worker thread; reviewer = the OS user.
//
// (Beyond the contract: the private members and the accessors below, for RbacView and the tests;
// source-compatible with the committed header.)
class ReviewQueueWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewQueueWidget(const QString &storePath, QWidget *parent = nullptr);
    ~ReviewQueueWidget() override;

    ReviewQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ReviewFilterBar *filterBar() const { return m_filterBar; }
    ReviewDetailPane *detailPane() const { return m_detail; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *iam2Label() const { return m_iam2; }
    bool isRecording() const { return m_busy; }
    // "Export…": the bindings of the current filter and sort, with their last review, as CSV or JSON.
    ListExporter *exporter() const { return m_exporter; }

public Q_SLOTS:
    void setCluster(const QString &cluster); // "" = all clusters
    void refresh();
    // Asks for the note of `decision` on the selected bindings (or the current one), then records
    // it: what K, R, X and E do.
    void decide(bulkhead::ReviewDecision decision);

Q_SIGNALS:
    void reviewsRecorded(int count); // after the store took them

private:
    void createTable();
    void addDecisionAction(bulkhead::ReviewDecision decision, Qt::Key key, QPushButton *button);
    QList<QPair<int, int>> selectedRanges() const;
    void record(const QList<QPair<int, int>> &ranges, bulkhead::ReviewDecision decision, const std::string &note);
    void showMessage(const QString &text, bool error);
    void applyFilter();
    void loadDetail();
    void updateSummary();
    void loadIam2();
    void saveLayout();

    QString m_storePath;
    std::string m_cluster;
    ReviewFilterBar *m_filterBar = nullptr;
    ReviewQueueModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ReviewDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_iam2 = nullptr; // IAM-2 over the cluster: bindings with a current review
    QLabel *m_message = nullptr;
    ListExporter *m_exporter = nullptr;
    bool m_busy = false;            // a review is being written
    std::int64_t m_detailId = 0;    // the binding the pane shows (or is loading)
    quint64 m_detailRequest = 0;    // only the newest answer is shown
};

} // namespace bulkhead::ui
