#include "rbac/whocanpanel.h"

#include "rbac/permissionmatrix.h"
#include "rbac/rbacqueries.h"
#include "rbac/rbactext.h"
#include "rbac/whocanmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bulkhead::ui {

WhoCanPanel::WhoCanPanel(RbacQueries *queries, QWidget *parent) : QWidget(parent), m_queries(queries)
{
    m_verb = new QComboBox(this);
    m_verb->setObjectName(QStringLiteral("rbacWhoCanVerb"));
    m_verb->setEditable(true);
    m_verb->setAccessibleName(tr("Verb"));
    for (const std::string &verb : standardRbacVerbs())
        m_verb->addItem(QString::fromStdString(verb));
    for (const char *verb : {"escalate", "bind", "impersonate", "use", "approve", "*"})
        m_verb->addItem(QString::fromLatin1(verb));
    m_resource = new QLineEdit(this);
    m_resource->setObjectName(QStringLiteral("rbacWhoCanResource"));
    m_resource->setPlaceholderText(tr("pods, pods/exec, secrets, deployments.apps, /metrics"));
    m_resource->setAccessibleName(tr("Resource"));
    m_namespace = new QLineEdit(this);
    m_namespace->setObjectName(QStringLiteral("rbacWhoCanNamespace"));
    m_namespace->setPlaceholderText(tr("empty: cluster-wide only"));
    m_namespace->setAccessibleName(tr("Namespace"));
    m_ask = new QPushButton(tr("&Who can?"), this);
    m_ask->setObjectName(QStringLiteral("rbacWhoCanAsk"));
    m_ask->setDefault(true);

    auto *question = new QHBoxLayout;
    auto *verbLabel = new QLabel(tr("&Verb:"), this);
    verbLabel->setBuddy(m_verb);
    auto *resourceLabel = new QLabel(tr("R&esource:"), this);
    resourceLabel->setBuddy(m_resource);
    auto *namespaceLabel = new QLabel(tr("&Namespace:"), this);
    namespaceLabel->setBuddy(m_namespace);
    question->addWidget(verbLabel);
    question->addWidget(m_verb);
    question->addWidget(resourceLabel);
    question->addWidget(m_resource, 2);
    question->addWidget(namespaceLabel);
    question->addWidget(m_namespace, 1);
    question->addWidget(m_ask);

    m_summary = new QLabel(tr("Ask who may do something: a verb and a resource, in a namespace or cluster-wide."), this);
    m_summary->setObjectName(QStringLiteral("rbacWhoCanSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new WhoCanModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rbacWhoCanTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the analyzer's order (cluster-wide first) until asked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {110, 260, 300, 240, 160};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->horizontalHeader()->resizeSection(c, widths[c]);

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("rbacWhySubject"));
    m_subject->setPlaceholderText(tr("alice, group:developers, sa:shop/deployer"));
    m_subject->setAccessibleName(tr("Subject"));
    m_explain = new QPushButton(tr("E&xplain"), this);
    m_explain->setObjectName(QStringLiteral("rbacWhyExplain"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("rbacWhyVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chain = new QPlainTextEdit(this);
    m_chain->setObjectName(QStringLiteral("rbacWhyChain"));
    m_chain->setReadOnly(true);
    m_chain->setAccessibleName(tr("Granting chain"));
    m_chain->setMaximumHeight(m_chain->fontMetrics().height() * 7);
    auto *why = new QGroupBox(tr("Why / why not, for one subject (same verb, resource and namespace)"), this);
    auto *whyRow = new QHBoxLayout;
    auto *subjectLabel = new QLabel(tr("S&ubject:"), why);
    subjectLabel->setBuddy(m_subject);
    whyRow->addWidget(subjectLabel);
    whyRow->addWidget(m_subject, 1);
    whyRow->addWidget(m_explain);
    auto *whyLayout = new QVBoxLayout(why);
    whyLayout->addLayout(whyRow);
    whyLayout->addWidget(m_verdict);
    whyLayout->addWidget(m_chain);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(question);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(why);

    connect(m_ask, &QPushButton::clicked, this, &WhoCanPanel::ask);
    connect(m_resource, &QLineEdit::returnPressed, this, &WhoCanPanel::ask);
    connect(m_namespace, &QLineEdit::returnPressed, this, &WhoCanPanel::ask);
    connect(m_explain, &QPushButton::clicked, this, &WhoCanPanel::explain);
    connect(m_subject, &QLineEdit::returnPressed, this, &WhoCanPanel::explain);
    // An answer's subject is the one to ask "why" about.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_subject->setText(index.siblingAtColumn(0).data(WhoCanModel::SubjectKeyRole).toString());
        explain();
    });
    connect(m_queries, &RbacQueries::whoCanReady, this, &WhoCanPanel::onWhoCan);
    connect(m_queries, &RbacQueries::whyReady, this, &WhoCanPanel::onWhy);
}

void WhoCanPanel::setCluster(const std::string &cluster)
{
    if (cluster == m_cluster)
        return;
    m_cluster = cluster;
    m_model->setRows({});
    m_verdict->clear();
    m_chain->clear();
}

void WhoCanPanel::ask()
{
    if (m_cluster.empty())
        return;
    m_summary->setText(tr("Asking…"));
    m_queries->whoCan(m_cluster, m_verb->currentText(), m_resource->text(), m_namespace->text());
}

void WhoCanPanel::explain()
{
    if (m_cluster.empty())
        return;
    m_verdict->setText(tr("Asking…"));
    m_verdict->setStyleSheet(QString());
    m_chain->clear();
    m_queries->why(m_cluster, m_subject->text(), m_verb->currentText(), m_resource->text(), m_namespace->text());
}

void WhoCanPanel::onWhoCan(const RbacWhoCanAnswer &answer)
{
    if (!answer.error.isEmpty()) {
        m_summary->setText(answer.error);
        m_model->setRows({});
        Q_EMIT answered();
        return;
    }
    const int n = int(answer.rows.size());
    m_summary->setText(n == 0 ? tr("Nobody may %1.").arg(answer.question)
                              : tr("%Ln binding subjects may %1.", nullptr, n).arg(answer.question)
                                    + tr(" A group stands for its members; Enter on an answer explains it."));
    m_model->setRows(answer.rows);
    Q_EMIT answered();
}

void WhoCanPanel::onWhy(const RbacWhyText &answer)
{
    if (!answer.error.isEmpty()) {
        m_verdict->setText(answer.error);
        m_verdict->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_chain->clear();
        Q_EMIT explained();
        return;
    }
    m_verdict->setText(answer.verdict);
    m_verdict->setStyleSheet(answer.allowed ? QStringLiteral("color: #15803d; font-weight: bold;")
                                            : QStringLiteral("color: #b91c1c; font-weight: bold;"));
    m_chain->setPlainText(answer.chain.join(QLatin1Char('\n')));
    Q_EMIT explained();
}

} // namespace bulkhead::ui
