#include "settings/secretreevaluation.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QLocale>

namespace bulkhead::ui {

SecretReevaluation reevaluateSecrets(const QString &storePath, const SecretPolicy &policy, qint64 now)
{
    SecretReevaluation out;
    try {
        Database db = Database::open(storePath.toStdString());
        out.summary = evaluateSecrets(db, policy, now);
    } catch (const StoreError &e) {
        out.error = QString::fromStdString(e.what());
    }
    return out;
}

QString reevaluationMessage(const SecretReevaluation &result)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("SecretReevaluation", text); };
    if (!result.error.isEmpty())
        return tr("The secrets could not be judged by the new policy: %1").arg(result.error);
    const QLocale locale;
    const SecretEvaluationSummary &s = result.summary;
    return tr("Secrets judged by the new policy: %1 secrets, %2 overdue (%3 new findings, %4 resolved).")
        .arg(locale.toString(s.secrets), locale.toString(s.overdue), locale.toString(qulonglong(s.newFindings)),
             locale.toString(qulonglong(s.resolved)));
}

} // namespace bulkhead::ui
