#include "workloads/namespacepanel.h"

#include "i18n/localeformat.h"
#include "workloads/workloadtext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

QTableWidgetItem *item(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setTextAlignment(align);
    return i;
}

QTableWidgetItem *number(int n)
{
    auto *i = item(QString(), Qt::AlignRight | Qt::AlignVCenter);
    i->setData(Qt::DisplayRole, n); // sorts as a number
    return i;
}

// A yes/no/not-assessed cell with its glyph, so that it reads without colour.
QTableWidgetItem *verdict(bool assessed, bool yes, const QString &toolTip)
{
    const CheckState state = !assessed ? CheckState::NotAssessed : yes ? CheckState::Pass : CheckState::Fail;
    const QString text = !assessed ? NamespacePanel::tr("? not assessed")
                         : yes     ? NamespacePanel::tr("✓ yes")
                                   : NamespacePanel::tr("✗ no");
    QTableWidgetItem *i = item(text);
    if (state == CheckState::Fail)
        i->setForeground(QColor(0xb9, 0x1c, 0x1c));
    else if (state == CheckState::Pass)
        i->setForeground(QColor(0x15, 0x80, 0x3d));
    i->setToolTip(assessed ? toolTip
                           : NamespacePanel::tr("NetworkPolicies were not collected for this cluster (see Coverage): "
                                                "segmentation is not assessed."));
    return i;
}

} // namespace

NamespacePanel::NamespacePanel(QWidget *parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("namespacesTable"));
    m_table->setHorizontalHeaderLabels({tr("Cluster"), tr("Namespace"), tr("Workloads"), tr("Pods"),
                                        tr("NetworkPolicies"), tr("Default-deny ingress"), tr("Default-deny egress")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSortIndicator(ClusterColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void NamespacePanel::setRows(const std::vector<NamespaceRow> &rows)
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(rows.size()));
    int withoutIngress = 0, withoutEgress = 0, unassessed = 0;
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const NamespaceRow &row = rows[static_cast<std::size_t>(r)];
        const NamespaceSegmentation &s = row.segmentation;
        m_table->setItem(r, ClusterColumn, item(QString::fromStdString(row.cluster)));
        m_table->setItem(r, NamespaceColumn, item(QString::fromStdString(s.name)));
        m_table->setItem(r, WorkloadsColumn, number(s.workloads));
        m_table->setItem(r, PodsColumn, number(s.pods));
        if (row.policiesAssessed) {
            m_table->setItem(r, PoliciesColumn, number(s.networkPolicies));
            if (s.networkPolicies == 0)
                m_table->item(r, PoliciesColumn)->setForeground(QColor(0xb9, 0x1c, 0x1c));
        } else {
            m_table->setItem(r, PoliciesColumn, item(tr("? not assessed")));
        }
        m_table->setItem(r, IngressColumn,
                         verdict(row.policiesAssessed, s.defaultDenyIngress,
                                 tr("A policy selecting every pod with Ingress in policyTypes and no ingress rules (RUN-3)")));
        m_table->setItem(r, EgressColumn,
                         verdict(row.policiesAssessed, s.defaultDenyEgress,
                                 tr("A policy selecting every pod with Egress in policyTypes and no egress rules (RUN-3)")));
        if (!row.policiesAssessed) {
            ++unassessed;
        } else {
            withoutIngress += !s.defaultDenyIngress;
            withoutEgress += !s.defaultDenyEgress;
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    if (rows.empty()) {
        m_summary->setText(tr("No namespaces collected."));
    } else {
        QString text = tr("%Ln namespaces: %1 without default-deny ingress, %2 without default-deny egress.", nullptr,
                          static_cast<int>(rows.size()))
                           .arg(i18n::localNumber(withoutIngress), i18n::localNumber(withoutEgress));
        if (unassessed > 0) // a sentence of its own
            text += QLatin1Char(' ')
                + tr("%Ln not assessed (NetworkPolicies not collected).", nullptr, static_cast<int>(unassessed));
        m_summary->setText(text);
    }
}

} // namespace bulkhead::ui
