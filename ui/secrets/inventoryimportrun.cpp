#include "secrets/inventoryimportrun.h"

#include "store/database.h"
#include "store/secretrepository.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace bulkhead::ui::inventoryops {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inventoryops", text);
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

QStringList inventories(const QString &storePath, QString *error)
{
    QStringList out;
    try {
        Database db = Database::open(storePath.toStdString(), Database::Access::ReadOnly);
        const std::string inventory = secretStoreKindName(SecretStoreKind::Inventory);
        for (const auto &[store, origin] : SecretRepository(db).origins()) {
            if (store == inventory)
                out << QString::fromStdString(origin);
        }
    } catch (const StoreError &e) {
        if (error)
            *error = QString::fromStdString(e.what());
    }
    return out;
}

InventoryImportResult run(const QString &storePath, const QString &csvPath, const QString &inventoryName,
                          const SecretPolicy &policy, qint64 now)
{
    try {
        return importInventory(storePath.toStdString(), csvPath.toStdString(), inventoryName.trimmed().toStdString(),
                               policy, now);
    } catch (const std::exception &e) {
        // importInventory reports its errors in the result; anything thrown past it is the store's.
        InventoryImportResult failed;
        failed.inventory = inventoryName.toStdString();
        failed.errors.push_back(e.what());
        failed.errorCount = 1;
        return failed;
    }
}

QString summary(const InventoryImportResult &r)
{
    const QString counts = tr("%1 secrets (%2 added, %3 updated, %4 removed)")
                               .arg(number(r.rows), number(r.added), number(r.updated), number(r.removed));
    return tr("Imported inventory %1: %2; %3 overdue.")
        .arg(QString::fromStdString(r.inventory), counts, number(r.evaluation.overdue));
}

QString failureHeadline(const InventoryImportResult &r, const QString &csvPath)
{
    const QString file = QFileInfo(csvPath).fileName();
    const int count = std::max<int>(r.errorCount, static_cast<int>(r.errors.size()));
    if (count == 1)
        return tr("%1 has a problem; nothing was imported.").arg(file);
    return tr("%1 has %2 problems; nothing was imported.").arg(file, number(count));
}

QString failureDetails(const InventoryImportResult &r)
{
    QStringList lines;
    for (const std::string &e : r.errors)
        lines << QString::fromStdString(e);
    const int more = r.errorCount - static_cast<int>(r.errors.size());
    if (more > 0)
        lines << tr("… and %1 more").arg(number(more));
    return lines.join(QLatin1Char('\n'));
}

} // namespace bulkhead::ui::inventoryops
