#include "secrets/inventoryimportrun.h"

#include "i18n/localeformat.h"

#include "store/database.h"
#include "store/secretrepository.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace bulkhead::ui::inventoryops {

namespace {

// The import's messages: a class of their own so that lupdate files them under the context tr() looks
// up at run time.
class InventoryImportText
{
    Q_DECLARE_TR_FUNCTIONS(InventoryImportText)
};

QString number(qint64 n)
{
    return i18n::localNumber(n);
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
    // One sentence, so that a translation can order it; %n is the secrets.
    return InventoryImportText::tr("Imported inventory %1: %Ln secrets (%2 added, %3 updated, %4 removed); %5 overdue.", nullptr,
              static_cast<int>(r.rows))
        .arg(QString::fromStdString(r.inventory), number(r.added), number(r.updated), number(r.removed),
             number(r.evaluation.overdue));
}

QString failureHeadline(const InventoryImportResult &r, const QString &csvPath)
{
    const QString file = QFileInfo(csvPath).fileName();
    const int count = std::max<int>(r.errorCount, static_cast<int>(r.errors.size()));
    // English keeps a singular and a plural source (it ships no translation to pick one); each is a
    // plural entry, so that a translation picks its own language's form.
    if (count == 1)
        return InventoryImportText::tr("%1 has %n problem; nothing was imported.", nullptr, 1).arg(file);
    return InventoryImportText::tr("%1 has %Ln problems; nothing was imported.", nullptr, count).arg(file);
}

QString failureDetails(const InventoryImportResult &r)
{
    QStringList lines;
    for (const std::string &e : r.errors)
        lines << QString::fromStdString(e);
    const int more = r.errorCount - static_cast<int>(r.errors.size());
    if (more > 0)
        lines << InventoryImportText::tr("… and %Ln more", nullptr, more);
    return lines.join(QLatin1Char('\n'));
}

} // namespace bulkhead::ui::inventoryops
