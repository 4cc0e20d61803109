#pragma once

#include "store/secretrepository.h"

#include <QColor>
#include <QString>

#include <cstdint>
#include <optional>

namespace bulkhead::ui::secretstext {

// How a secret's age stands against its rotation interval, as the age bar colours it.
enum class AgeState : std::uint8_t {
    Unknown,      // no change time at all: no bar
    NotEvaluated, // an age but no decision yet (evaluateSecrets has not run since it was written)
    Fresh,        // under 75% of the interval: green
    Ageing,       // 75% to 100%: amber
    Overdue,      // at or past the interval: red
    LowerBound,   // creation time only: grey, the bar's end dashed (the last change may be later)
};

// Whole days between `from` and `now` (0 when `from` is unknown or in the future).
double ageDays(std::int64_t from, std::int64_t now);
AgeState ageState(const SecretRow &row, std::int64_t now);
QColor ageColor(AgeState state);
QString ageStateName(AgeState state); // "within policy", "due soon", "overdue", ...

QString storeTitle(SecretStoreKind store);      // "Kubernetes", "Vault", "Inventory"
QString locationTitle(SecretStoreKind store);   // "Namespace", "Mount", "Store"
QString ageSourceTitle(AgeSource source);       // "version history", ..., "creation only"
QString ageSourceExplanation(AgeSource source); // one sentence: what the signal is and how far to trust it
// "123 d"; "≤ 123 d" for CreationOnly (the age is at most that); "" when unknown.
QString ageText(const SecretRow &row, std::int64_t now);
// The age cell's tooltip / accessible text: age, signal, policy and where the secret stands.
QString ageToolTip(const SecretRow &row, std::int64_t now);
// "in 12 d", "today", "40 d overdue"; "—" without a due time; "not evaluated" before an evaluation.
QString dueText(const SecretRow &row, std::int64_t now);
bool isOverdue(const SecretRow &row, std::int64_t now);
// The number of workloads using it: "3"; "0"; "?" when the usage is not known; "—" outside Kubernetes.
QString usesText(const SecretRow &row);
// "env, volume", "env", "volume", "—".
QString howUsedText(const SecretRow &row);
QString dateText(std::int64_t unixSeconds); // "2024-05-01"; "—" when 0
QString dateTimeText(std::int64_t unixSeconds); // "2024-05-01 10:00 UTC"; "—" when 0
QString secretPath(const SecretRecord &secret); // "kubernetes prod/shop/db-credentials"

} // namespace bulkhead::ui::secretstext
