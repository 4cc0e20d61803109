#pragma once

#include "secrets/secretevaluation.h"

#include <QString>

namespace bulkhead::ui {

// After the secrets policy changed in the settings: every stored secret judged again
// (evaluateSecrets over all stores and origins, one transaction), so due dates, the overdue
// filter and the rotation findings follow the new intervals without waiting for the next
// collection. Blocks (store): call it on a worker thread.
struct SecretReevaluation {
    SecretEvaluationSummary summary;
    QString error; // the store's, nothing changed then
};
SecretReevaluation reevaluateSecrets(const QString &storePath, const SecretPolicy &policy, qint64 now);

// For the status bar: "Secrets judged again by the new policy: 1,204 secrets, 31 overdue (3 newly,
// 5 no longer)." or the error.
QString reevaluationMessage(const SecretReevaluation &result);

} // namespace bulkhead::ui
