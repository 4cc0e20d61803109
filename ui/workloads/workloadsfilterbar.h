#pragma once

#include "store/workloadrepository.h"

#include <QWidget>

#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace bulkhead::ui {

// The Workloads view's filter controls, collected into a WorkloadFilter: cluster, namespace (of
// the chosen cluster), text (workload name, namespace or image), a check the workloads must fail,
// and "only failing". Typing is debounced, as in the other filter bars.
class WorkloadsFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadsFilterBar)

public:
    explicit WorkloadsFilterBar(QWidget *parent = nullptr);

    WorkloadFilter filter() const;
    void setFilter(const WorkloadFilter &filter);
    // The choices; the current one stays chosen when it is still offered (else: all).
    void setClusters(const std::vector<std::string> &clusters);
    void setNamespaces(const std::vector<std::string> &namespaces);

    QComboBox *clusterCombo() const { return m_cluster; }
    QComboBox *namespaceCombo() const { return m_namespace; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *failingCheckCombo() const { return m_check; }
    QCheckBox *onlyFailingCheck() const { return m_onlyFailing; }

Q_SIGNALS:
    void filterChanged();
    void clusterChanged(); // the namespaces and the panels follow the cluster

private:
    void changed();
    static void setChoices(QComboBox *combo, const QString &all, const std::vector<std::string> &values);

    QComboBox *m_cluster = nullptr;
    QComboBox *m_namespace = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_check = nullptr;
    QCheckBox *m_onlyFailing = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_updating = false;
};

} // namespace bulkhead::ui
