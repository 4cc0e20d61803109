#include "rbac/permissionmatrixpanel.h"

#include "rbac/permissionmatrixdelegate.h"
#include "rbac/permissionmatrixmodel.h"
#include "rbac/rbactext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bulkhead::ui {

using rbactext::q;

PermissionMatrixPanel::PermissionMatrixPanel(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("rbacMatrixTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("rbacMatrixScope"));
    m_scope->setAccessibleName(tr("Scope"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *scopeLabel = new QLabel(tr("Sco&pe:"), this);
    scopeLabel->setBuddy(m_scope);

    m_model = new PermissionMatrixModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rbacMatrix"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PermissionMatrixDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setMouseTracking(true);
    m_table->setShowGrid(true);
    const int cell = m_table->fontMetrics().height() + 10;
    m_table->verticalHeader()->setDefaultSectionSize(cell);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setDefaultSectionSize(cell + 30);
    m_table->horizontalHeader()->setMinimumSectionSize(cell);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    const QString green = PermissionMatrixDelegate::allowedColor(false).name();
    const QString orange = PermissionMatrixDelegate::allowedColor(true).name();
    m_legend->setText(tr("<span style='color:%1'>■</span> allowed &nbsp; <span style='color:%2'>■</span> allowed, "
                         "a permission the risk rules flag &nbsp; pale: only cluster-wide bindings grant it &nbsp; "
                         "✓*: only named objects")
                          .arg(green, orange));

    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("rbacMatrixDetail"));
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("Why this cell"));
    m_detail->setPlaceholderText(tr("Choose a cell: which binding, role and rule grant it shows here."));
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(scopeLabel);
    head->addWidget(m_scope);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_legend);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT scopeChanged(scope());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &PermissionMatrixPanel::showCellDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PermissionMatrixPanel::showCellDetail);
    showMessage(tr("Choose a subject to see its permissions."));
}

std::string PermissionMatrixPanel::scope() const
{
    return m_scope->currentData().toString().toStdString();
}

void PermissionMatrixPanel::showBuilding(const RbacSubject &subject)
{
    m_title->setText(QStringLiteral("%1 %2").arg(QString::fromLatin1(subjectKindName(subject.kind)),
                                                 rbactext::subjectName(subject)));
    // The old matrix stays (and keeps the focus) until the new one arrives.
    m_summary->setText(tr("Building the permission matrix…"));
    m_building = true;
}

void PermissionMatrixPanel::showMessage(const QString &message)
{
    m_building = false;
    m_title->clear();
    m_summary->setText(message);
    m_model->clear();
    m_table->setEnabled(false);
    m_updating = true;
    m_scope->clear();
    m_updating = false;
    m_scope->setEnabled(false);
}

void PermissionMatrixPanel::setAnswer(const RbacMatrixAnswer &answer)
{
    if (!answer.error.isEmpty()) {
        showMessage(answer.error);
        return;
    }
    m_building = false;
    const PermissionMatrix &m = answer.matrix;
    m_title->setText(QStringLiteral("%1 %2").arg(QString::fromLatin1(subjectKindName(m.subject.kind)),
                                                 rbactext::subjectName(m.subject)));
    // The scopes where it has grants; the chosen one stays.
    m_updating = true;
    m_scope->clear();
    for (const std::string &s : m.scopes)
        m_scope->addItem(s.empty() ? tr("Cluster-wide") : tr("Namespace %1").arg(q(s)), q(s));
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(q(m.scope))));
    m_updating = false;
    m_scope->setEnabled(m_scope->count() > 1);

    QString summary;
    if (m.allGrants == 0)
        summary = tr("No binding grants this subject anything.");
    else if (m.grants.empty())
        summary = tr("Nothing cluster-wide; its grants apply in namespaces: choose one above.");
    else
        summary = tr("%1 from %2 %3: %4.")
                      .arg(tr("%Ln rule grants", nullptr, int(m.grants.size())),
                           tr("%Ln bindings", nullptr, int(m.bindings)), rbactext::inScopeText(m.scope),
                           tr("%Ln resources", nullptr, int(m.rows.size())));
    if (!answer.loadErrors.isEmpty())
        summary += QLatin1Char(' ')
            + tr("%Ln RBAC objects of the cluster could not be read and are left out: %1", nullptr,
                 int(answer.loadErrors.size()))
                  .arg(answer.loadErrors.first());
    m_summary->setText(summary);
    const QModelIndex before = m_table->currentIndex();
    m_model->setMatrix(std::make_shared<const PermissionMatrix>(m));
    m_table->setEnabled(true);
    // Keep the cell the user was on when the new matrix has it (another scope of the same subject).
    if (before.isValid() && before.row() < m_model->rowCount() && before.column() < m_model->columnCount())
        m_table->setCurrentIndex(m_model->index(before.row(), before.column()));
}

void PermissionMatrixPanel::showCellDetail()
{
    m_detail->setPlainText(m_model->cellDetail(m_table->currentIndex()));
}

} // namespace bulkhead::ui
