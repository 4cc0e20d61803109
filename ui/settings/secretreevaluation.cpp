#include "settings/secretreevaluation.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QLocale>

namespace bulkhead::ui {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a lambda calling translate(): lupdate files the strings under the macro's
// context, the one tr() looks up at run time.
class SecretReevaluationText
{
    Q_DECLARE_TR_FUNCTIONS(SecretReevaluationText)
};

} // namespace

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
    if (!result.error.isEmpty())
        return SecretReevaluationText::tr("The secrets could not be judged by the new policy: %1").arg(result.error);
    const QLocale locale;
    const SecretEvaluationSummary &s = result.summary;
    return SecretReevaluationText::tr("Secrets judged by the new policy: %Ln secrets, %1 overdue (%2 new findings, "
                                      "%3 resolved).",
                                      nullptr, int(s.secrets))
        .arg(locale.toString(s.overdue), locale.toString(qulonglong(s.newFindings)),
             locale.toString(qulonglong(s.resolved)));
}

} // namespace bulkhead::ui
