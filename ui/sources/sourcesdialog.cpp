#include "sources/sourcesdialog.h"

#include "sources/addclusterdialog.h"
#include "sources/addregistrydialog.h"
#include "sources/addvaultdialog.h"
#include "common/background.h"
#include "sources/sourceoperations.h"
#include "sources/sourcesmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bulkhead::ui {

SourcesDialog::SourcesDialog(const QString &storePath, QWidget *parent) : QDialog(parent), m_storePath(storePath)
{
    setWindowTitle(tr("Sources"));
    m_model = new SourcesModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sourcesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumWidth(720);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *add = new QPushButton(tr("&Add registry…"), this);
    auto *addCluster = new QPushButton(tr("Add clus&ter…"), this);
    addCluster->setObjectName(QStringLiteral("addClusterButton"));
    auto *addVault = new QPushButton(tr("Add &Vault…"), this);
    addVault->setObjectName(QStringLiteral("addVaultButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_collect = new QPushButton(tr("&Collect selected"), this);
    m_collectAll = new QPushButton(tr("Collect a&ll"), this);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, addCluster, addVault, m_edit, m_remove, m_collect, m_collectAll})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &SourcesDialog::addSource);
    connect(addCluster, &QPushButton::clicked, this, &SourcesDialog::addCluster);
    connect(addVault, &QPushButton::clicked, this, &SourcesDialog::addVault);
    connect(m_edit, &QPushButton::clicked, this, &SourcesDialog::editSource);
    connect(m_table, &QTableView::doubleClicked, this, &SourcesDialog::editSource);
    connect(m_remove, &QPushButton::clicked, this, &SourcesDialog::removeSource);
    connect(m_collect, &QPushButton::clicked, this, [this] { Q_EMIT collectRequested({selectedName()}); });
    connect(m_collectAll, &QPushButton::clicked, this, [this] { Q_EMIT collectRequested({}); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SourcesDialog::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SourcesDialog::updateButtons);
    updateButtons();
    reload();
}

void SourcesDialog::reload()
{
    const QString store = m_storePath;
    runInBackground<sourceops::SourceList>(this, [store] { return sourceops::list(store); },
                                           [this](sourceops::SourceList list) {
                                               m_message->setText(list.error);
                                               m_model->setSources(std::move(list.sources));
                                               m_table->resizeColumnsToContents();
                                               Q_EMIT loaded();
                                           });
}

QString SourcesDialog::selectedName() const
{
    const SourceRow *s = m_model->source(m_table->currentIndex().row());
    return s && m_table->selectionModel()->hasSelection() ? QString::fromStdString(s->name) : QString();
}

void SourcesDialog::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_collect->setEnabled(selected);
    m_collectAll->setEnabled(m_model->rowCount() > 0);
}

QStringList SourcesDialog::names() const
{
    QStringList names;
    for (int r = 0; r < m_model->rowCount(); ++r)
        names << QString::fromStdString(m_model->source(r)->name);
    return names;
}

// The registry, cluster and vault dialogs alike: the list and the views follow a save.
template <typename Dialog>
void SourcesDialog::openSourceDialog(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &Dialog::saved, this, [this] {
        reload();
        Q_EMIT sourcesChanged();
    });
    dialog->open();
}

void SourcesDialog::addSource()
{
    openSourceDialog(new AddRegistryDialog(m_storePath, names(), this));
}

void SourcesDialog::addCluster()
{
    openSourceDialog(new AddClusterDialog(m_storePath, names(), this));
}

void SourcesDialog::addVault()
{
    openSourceDialog(new AddVaultDialog(m_storePath, names(), this));
}

void SourcesDialog::editSource()
{
    const SourceRow *s = m_model->source(m_table->currentIndex().row());
    if (!s)
        return;
    if (s->kind == "cluster")
        openSourceDialog(new AddClusterDialog(m_storePath, s->cluster, this));
    else if (s->kind == "vault")
        openSourceDialog(new AddVaultDialog(m_storePath, s->vault, this));
    else
        openSourceDialog(new AddRegistryDialog(m_storePath, s->config, this));
}

void SourcesDialog::removeSource()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove source"),
        tr("Remove %1? What was collected from it (images, workloads or secrets' metadata) and its runs are deleted "
           "from the store, and a registry's password from the keyring.")
            .arg(name));
    if (answer != QMessageBox::Yes)
        return;
    const QString store = m_storePath;
    runInBackground<QString>(this, [store, name] { return sourceops::remove(store, name); }, [this](QString error) {
        m_message->setText(error);
        reload();
        if (error.isEmpty())
            Q_EMIT sourcesChanged();
    });
}

} // namespace bulkhead::ui
