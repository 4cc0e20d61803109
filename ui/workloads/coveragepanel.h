#pragma once

#include "store/workloadrepository.h"

#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QTableWidget;

namespace bulkhead::ui {

// What the newest collection of each cluster did and did not read, and why: per resource its
// state (complete, partial, forbidden, ...), item count, the API's message and the controls left
// "not assessed" because of it. Below, the agents found as evidence for RUN-4 (runtime security),
// RUN-6/INC-1 (logs and metrics) and SEC-2 (secret store), or "awaiting attestation" where the
// cluster shows none.
class CoveragePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoveragePanel)

public:
    enum Column { ClusterColumn, ResourceColumn, StateColumn, ItemsColumn, NotAssessedColumn, MessageColumn,
                  ColumnCount };
    enum EvidenceColumn { EvidenceClusterColumn, ControlColumn, AgentColumn, EvidenceTextColumn, EvidenceColumnCount };

    explicit CoveragePanel(QWidget *parent = nullptr);

    // `clusters`: the clusters to account for (the evidence table names each, found or not).
    void setData(const std::vector<std::string> &clusters, const std::vector<CoverageRow> &coverage,
                 const std::vector<EvidenceRow> &evidence);

    QTableWidget *coverageTable() const { return m_coverage; }
    QTableWidget *evidenceTable() const { return m_evidence; }
    QLabel *runsLabel() const { return m_runs; }

private:
    void fillCoverage(const std::vector<CoverageRow> &rows);
    void fillEvidence(const std::vector<std::string> &clusters, const std::vector<EvidenceRow> &evidence);

    QLabel *m_runs = nullptr;
    QTableWidget *m_coverage = nullptr;
    QTableWidget *m_evidence = nullptr;
};

} // namespace bulkhead::ui
