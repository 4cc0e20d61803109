#pragma once

#include "store/findingfilter.h"
#include "store/secretrepository.h"

#include <QWidget>

#include <cstdint>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace bulkhead::ui {

class SecretAgeChart;
class SecretDetailPane;
class SecretsFilterBar;
class SecretsListModel;
class ListExporter;
struct SecretsFacts;

// The Secrets page: filter bar (text, store, origin, overdue, unused, via env), the paged table of
// secrets (name, store, origin, namespace/mount, type, age bar against its policy, age source,
// used by, how used, next due), an age distribution chart, and a detail pane (age signal, policy
// decision, uses, Vault version history). Until a cluster or vault source or an inventory exists it
// shows how to add one. Every store read runs off the GUI thread.
class SecretsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsView)

public:
    explicit SecretsView(const QString &storePath, QWidget *parent = nullptr);
    ~SecretsView() override;

    // "Export…": the secrets (metadata) of the current filter and sort as CSV or JSON.
    ListExporter *exporter() const { return m_exporter; }

    SecretsListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    SecretsFilterBar *filterBar() const { return m_filterBar; }
    SecretAgeChart *ageChart() const { return m_chart; }
    SecretDetailPane *detailPane() const { return m_detail; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *addVaultButton() const { return m_addVaultButton; }
    QPushButton *importInventoryButton() const { return m_importButton; }
    QPushButton *emptyImportButton() const { return m_emptyImportButton; }
    QPushButton *findingsButton() const { return m_findingsButton; }
    bool isEmptyStateShown() const;
    // Ages and "overdue" at this time instead of the wall clock (tests, screenshots); 0: the clock.
    void setNow(std::int64_t now);

public Q_SLOTS:
    void refresh(); // the store changed (a collection or import finished, policy changed)
    void focusSearch();
    // Replaces the filter (a control's drill-down: the secrets past their rotation date).
    void showFilter(const bulkhead::SecretFilter &filter);

Q_SIGNALS:
    void addClusterRequested();
    void addVaultRequested();
    void importInventoryRequested();
    void collectRequested();
    // The exposed secrets scanners found in images and code (findings of kind Secret).
    void findingsRequested(const bulkhead::FindingFilter &filter);
    void factsLoaded(qint64 secrets); // after each refresh or filter change, once the chart is read
    void detailShown(qint64 secretId);

private:
    QWidget *createEmptyState();
    void createTable();
    void loadFacts();
    void onFacts(const SecretsFacts &facts);
    void onFilterChanged();
    void loadDetail(const QModelIndex &current);
    void requestSecretFindings();
    void restoreCurrent();
    void updateSummary();
    void saveLayout();

    SecretsFilterBar *m_filterBar = nullptr;
    SecretsListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    SecretAgeChart *m_chart = nullptr;
    QLabel *m_chartCaption = nullptr;
    SecretDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_bottomSplitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    ListExporter *m_exporter = nullptr;
    QPushButton *m_addVaultButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_collectButton = nullptr;
    QPushButton *m_emptyImportButton = nullptr;
    QPushButton *m_findingsButton = nullptr;
    int m_sourceCount = -1; // cluster + vault sources; unknown until read
    qint64 m_secretCount = 0;
    quint64 m_factsRequest = 0;
    quint64 m_detailRequest = 0;
    std::int64_t m_detailId = 0; // shown (or being read) in the detail pane
    std::int64_t m_chosenId = 0; // the secret the user chose last, kept across new first pages
};

} // namespace bulkhead::ui
