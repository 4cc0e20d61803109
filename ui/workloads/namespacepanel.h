#pragma once

#include "store/workloadrepository.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTableWidget;

namespace bulkhead::ui {

// The namespace segmentation of the chosen cluster (or of every cluster): per namespace its
// workloads, pods and NetworkPolicies, and whether a default-deny policy covers ingress and
// egress (RUN-3). Where the cluster's NetworkPolicies could not be collected the policy columns
// say "not assessed", never "no": the absence of a policy was not observed.
class NamespacePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NamespacePanel)

public:
    enum Column { ClusterColumn, NamespaceColumn, WorkloadsColumn, PodsColumn, PoliciesColumn, IngressColumn,
                  EgressColumn, ColumnCount };

    explicit NamespacePanel(QWidget *parent = nullptr);

    void setRows(const std::vector<NamespaceRow> &rows);
    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace bulkhead::ui
