// MainWindow's secrets work that is not the Secrets page itself: the Add-Vault dialog, the
// inventory import and the re-evaluation after a policy change. The page's wiring is in
// mainwindow.cpp, the other actions in mainwindowactions.cpp.
#include "mainwindow/mainwindow.h"

#include "common/background.h"
#include "mainwindow/mainstatusbar.h"
#include "secrets/inventoryimportdialog.h"
#include "secrets/secretsview.h"
#include "settings/secretreevaluation.h"
#include "sources/addvaultdialog.h"

#include <QDateTime>

namespace bulkhead::ui {

void MainWindow::addVault()
{
    if (!canWrite())
        return;
    auto *dialog = new AddVaultDialog(m_storePath, QStringList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddVaultDialog::saved, this, [this](const QString &name) {
        m_statusBar->showMessage(tr("Added Vault %1; collecting it now.").arg(name), 8000);
        m_secrets->refresh(); // leave the empty state: the page now has a source to wait for
        collect({name});      // a new source is worth nothing until it is read
    });
    dialog->open();
}

void MainWindow::importSecretsInventory(const QString &csvPath)
{
    if (!canWrite())
        return;
    auto *dialog = new InventoryImportDialog(m_storePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!csvPath.isEmpty())
        dialog->setFile(csvPath);
    connect(dialog, &InventoryImportDialog::imported, this, [this](const QString &summary) {
        m_statusBar->showMessage(summary, 15000);
        refreshViews(); // the Secrets page, and the findings the evaluation filed
    });
    dialog->open();
}

void MainWindow::onSecretPolicyChanged(const SecretPolicy &policy)
{
    if (!canWrite())
        return;
    m_statusBar->showMessage(tr("Judging the stored secrets by the new policy…"));
    const QString store = m_storePath;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    runInBackground<SecretReevaluation>(this, [store, policy, now] { return reevaluateSecrets(store, policy, now); },
                                        [this](SecretReevaluation result) {
                                            m_statusBar->showMessage(reevaluationMessage(result), 15000);
                                            if (result.error.isEmpty())
                                                refreshViews();
                                        });
}

} // namespace bulkhead::ui
