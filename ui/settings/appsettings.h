#pragma once

#include "analysis/posturethresholds.h"
#include "analysis/slapolicy.h"
#include "rbac/bindingreview.h"
#include "secrets/secretpolicy.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bulkhead::ui {

// Typed access to the user's settings (QSettings under the application's organisation). Every key
// lives here, with its type and default, so that no view spells a key string of its own.
class AppSettings
{
public:
    // SLA days per severity (defaults 7/30/90/180 for critical/high/medium/low).
    static SlaPolicy slaPolicy();
    static void setSlaPolicy(const SlaPolicy &policy);

    // Image posture thresholds (layers, size, ages). core owns the keys (the collector reads them
    // too, from bulkheadctl); these forward to loadPostureThresholds/savePostureThresholds.
    static PostureThresholds postureThresholds();
    static void setPostureThresholds(const PostureThresholds &thresholds);

    // Registry hosts (or host/path prefixes) whose images the team trusts, for the cluster
    // collector's untrusted-registry check (SUP-4); empty: the check is not applicable. core owns
    // the key (workloads/trustedRegistries, read by the collector from bulkheadctl too); these
    // forward to loadTrustedRegistries/saveTrustedRegistries.
    static QStringList trustedRegistries();
    static void setTrustedRegistries(const QStringList &registries); // trimmed, empty and duplicate entries dropped

    // RBAC binding review intervals (defaults 90 days, 30 for high-risk bindings). core owns the
    // keys (rbac/reviewIntervalDays, rbac/highRiskReviewIntervalDays; bulkheadctl reads them too);
    // these forward to loadReviewPolicy/saveReviewPolicy. The policy's `now` is left 0.
    static ReviewPolicy reviewPolicy();
    static void setReviewPolicy(const ReviewPolicy &policy);

    // How secret rotation is judged: default and service-account token intervals, rotation
    // annotations, rules. core owns the keys (group "secrets"; bulkheadctl and the collectors read
    // them too); these forward to loadSecretPolicy/saveSecretPolicy.
    static SecretPolicy secretPolicy();
    static void setSecretPolicy(const SecretPolicy &policy);

    // The folder the last secrets inventory CSV was chosen in.
    static QString lastInventoryFolder();
    static void setLastInventoryFolder(const QString &folder);

    // QHeaderView::saveState() of a table, per view ("findings", "findings.groups", ...).
    static QByteArray headerState(const QString &view);
    static void setHeaderState(const QString &view, const QByteArray &state);

    // QSplitter::saveState() per view.
    static QByteArray splitterState(const QString &view);
    static void setSplitterState(const QString &view, const QByteArray &state);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);

    // The folder the last import dialog was in.
    static QString lastImportFolder();
    static void setLastImportFolder(const QString &folder);

    // The main window's page at the last close (a page key: "overview", "findings", ...); empty
    // when none was remembered.
    static QString lastPage();
    static void setLastPage(const QString &page);
};

} // namespace bulkhead::ui
