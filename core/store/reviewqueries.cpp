#include "store/reviewqueries.h"

#include "model/findingstatus.h"
#include "model/severity.h"
#include "secrets/secretrecord.h"
#include "i18n/localeformat.h"
#include "util/timestamps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace bulkhead {

namespace {

// The review lists critical and high findings: Severity::High and above, as SQL text.
const std::string kHighOrWorse = std::to_string(static_cast<int>(Severity::High));

constexpr const char *kOpenStatuses = "(0, 1)"; // FindingStatus::Open, Confirmed
static_assert(static_cast<int>(FindingStatus::Open) == 0 && static_cast<int>(FindingStatus::Confirmed) == 1);

// The details are for people (the weekly review page, `bulkheadctl review diff`) and follow the
// installed translation; nothing here is stored (a sign-off keeps counts only).
class ReviewDetail
{
    Q_DECLARE_TR_FUNCTIONS(ReviewDetail)
};

// The UTC day as the locale writes it (ISO under the C locale).
QString day(std::int64_t t)
{
    return i18n::localDate(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).date());
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return ReviewDetail::tr("critical");
    case Severity::High: return ReviewDetail::tr("high");
    case Severity::Medium: return ReviewDetail::tr("medium");
    case Severity::Low: return ReviewDetail::tr("low");
    case Severity::Info: return ReviewDetail::tr("info");
    case Severity::Unknown: break;
    }
    return ReviewDetail::tr("unknown");
}

Severity severityAt(const SqliteStatement &st, int column)
{
    return static_cast<Severity>(std::clamp<std::int64_t>(st.int64(column), 0, 5));
}

// The columns every finding item is made of, in this order (after the item's own first columns).
constexpr const char *kFindingColumns =
    "r.key, a.name, p.name, f.installed_version, f.severity, r.control, r.title";
constexpr const char *kFindingJoins = " FROM findings f JOIN rules r ON r.id = f.rule_id JOIN assets a ON a.id = "
                                      "f.asset_id LEFT JOIN packages p ON p.id = f.package_id ";

// "CVE-2024-1234 in shop/api:1.4 (openssl 3.0.2)", its severity, and a findings filter that shows
// it among its kind: the control, the severity and the state it is in.
ReviewItem findingItem(const SqliteStatement &st, int first, std::string_view state)
{
    ReviewItem item;
    item.title = st.text(first) + " in " + st.text(first + 1);
    if (!st.isNull(first + 2)) {
        item.title += " (" + st.text(first + 2);
        if (!st.isNull(first + 3) && !st.textView(first + 3).empty())
            item.title += " " + st.text(first + 3);
        item.title += ")";
    }
    item.severity = severityAt(st, first + 4);
    item.page = "findings";
    if (!st.isNull(first + 5))
        item.filter = "control=" + st.text(first + 5) + "&";
    item.filter += "severity=" + std::string(severityName(item.severity)) + "&status=" + std::string(state);
    return item;
}

// "critical, first seen 2026-11-20: OpenSSL: buffer overflow" (severity, what happened, rule title)
QString findingDetail(const SqliteStatement &st, int first, const QString &what)
{
    const QString severity = severityText(severityAt(st, first + 4));
    if (st.isNull(first + 6) || st.textView(first + 6).empty())
        return ReviewDetail::tr("%1, %2", "severity, what happened").arg(severity, what);
    return ReviewDetail::tr("%1, %2: %3", "severity, what happened: rule title")
        .arg(severity, what, QString::fromStdString(st.text(first + 6)));
}

std::int64_t countOf(SqliteStatement st)
{
    return st.step() ? st.int64(0) : 0;
}

} // namespace

ReviewList ReviewQueries::newFindings(std::int64_t since, std::int64_t now, int limit) const
{
    const std::string where = std::string(" WHERE f.first_seen > ?1 AND f.first_seen <= ?2 AND f.severity >= ")
        + kHighOrWorse + " AND f.status IN " + kOpenStatuses;
    ReviewList out;
    SqliteStatement count = m_db.prepare("SELECT count(*) FROM findings f" + where);
    count.bind(1, since).bind(2, now);
    out.total = countOf(std::move(count));
    SqliteStatement st = m_db.prepare(std::string("SELECT f.first_seen, ") + kFindingColumns + kFindingJoins + where
                                      + " ORDER BY f.severity DESC, f.first_seen DESC, f.id DESC LIMIT ?3");
    st.bind(1, since).bind(2, now).bind(3, limit);
    while (st.step()) {
        ReviewItem item = findingItem(st, 1, "open");
        item.at = st.int64(0);
        item.detail = findingDetail(st, 1, ReviewDetail::tr("first seen %1").arg(day(item.at))).toStdString();
        out.items.push_back(std::move(item));
    }
    return out;
}

ReviewList ReviewQueries::resolvedFindings(std::int64_t since, std::int64_t now, int limit) const
{
    const std::string where = " WHERE f.status = " + std::to_string(static_cast<int>(FindingStatus::Resolved))
        + " AND f.severity >= " + kHighOrWorse + " AND f.resolved_at > ?1 AND f.resolved_at <= ?2";
    ReviewList out;
    SqliteStatement count = m_db.prepare("SELECT count(*) FROM findings f" + where);
    count.bind(1, since).bind(2, now);
    out.total = countOf(std::move(count));
    SqliteStatement st = m_db.prepare(std::string("SELECT f.resolved_at, ") + kFindingColumns + kFindingJoins + where
                                      + " ORDER BY f.resolved_at DESC, f.severity DESC, f.id DESC LIMIT ?3");
    st.bind(1, since).bind(2, now).bind(3, limit);
    while (st.step()) {
        ReviewItem item = findingItem(st, 1, "resolved");
        item.at = st.int64(0);
        item.detail = findingDetail(st, 1, ReviewDetail::tr("resolved %1 (a newer scan no longer reports it)")
                                               .arg(day(item.at)))
                          .toStdString();
        out.items.push_back(std::move(item));
    }
    return out;
}

ReviewList ReviewQueries::bindings(std::int64_t since, std::int64_t now, int limit) const
{
    // Changed after its review: as RbacRepository's review state "changed" decides it.
    const std::string changed = "(r.id IS NOT NULL AND (r.fingerprint <> b.fingerprint OR (r.uid <> '' AND b.uid <> '' "
                                "AND r.uid <> b.uid) OR b.created_at > r.reviewed_at))";
    const std::string from = " FROM rbac_bindings b LEFT JOIN binding_reviews r ON r.id = b.last_review_id "
                             "WHERE (b.created_at > ?1 AND b.created_at <= ?2) OR " + changed;
    ReviewList out;
    SqliteStatement count = m_db.prepare("SELECT count(*)" + from);
    count.bind(1, since).bind(2, now);
    out.total = countOf(std::move(count));
    SqliteStatement st = m_db.prepare(
        "SELECT b.cluster, b.kind, b.namespace, b.name, b.role_kind, b.role_name, b.created_at, b.worst, "
        "b.risk_rules, " + changed + ", r.reviewed_at, b.collected_at" + from
        + " ORDER BY b.worst DESC, b.created_at DESC, b.id LIMIT ?3");
    st.bind(1, since).bind(2, now).bind(3, limit);
    while (st.step()) {
        ReviewItem item;
        const std::string ns = st.text(2);
        item.title = st.text(1) + " " + st.text(0) + "/" + (ns.empty() ? "" : ns + "/") + st.text(3) + " -> "
            + st.text(4) + "/" + st.text(5);
        item.severity = severityAt(st, 7);
        const bool wasChanged = st.int64(9) != 0;
        QString detail;
        if (wasChanged) {
            item.at = st.int64(11);
            detail = ReviewDetail::tr("changed since its review on %1").arg(day(st.int64(10)));
        } else {
            item.at = st.int64(6);
            detail = ReviewDetail::tr("created %1, not reviewed yet").arg(day(item.at));
        }
        // The risks are rule ids ("bind-cluster-admin ..."), not words.
        const QString risks = QString::fromStdString(st.text(8)).trimmed();
        if (!risks.isEmpty())
            detail = ReviewDetail::tr("%1; risks: %2").arg(detail, risks);
        item.detail = detail.toStdString();
        item.page = "rbac";
        item.filter = "review=overdue";
        out.items.push_back(std::move(item));
    }
    return out;
}

ReviewList ReviewQueries::secretsOverdue(std::int64_t since, std::int64_t now, int limit) const
{
    const char *where = " FROM secrets WHERE due_at > ?1 AND due_at <= ?2";
    ReviewList out;
    SqliteStatement count = m_db.prepare(std::string("SELECT count(*)") + where);
    count.bind(1, since).bind(2, now);
    out.total = countOf(std::move(count));
    SqliteStatement st = m_db.prepare(std::string("SELECT store, origin, location, name, due_at, policy_days, "
                                                  "policy_reason") + where + " ORDER BY due_at, id LIMIT ?3");
    st.bind(1, since).bind(2, now).bind(3, limit);
    while (st.step()) {
        ReviewItem item;
        const auto store = static_cast<SecretStoreKind>(st.int64(0));
        item.title = std::string(secretStoreKindName(store)) + "/" + st.text(1) + "/" + st.text(2) + "/" + st.text(3);
        item.at = st.int64(4);
        if (st.isNull(5)) {
            item.detail = ReviewDetail::tr("rotation due %1").arg(day(item.at)).toStdString();
        } else {
            const int policyDays = static_cast<int>(st.int64(5));
            const QString due = day(item.at);
            item.detail = (st.isNull(6) || st.textView(6).empty()
                               ? ReviewDetail::tr("rotation due %1 (policy %n days)", nullptr, policyDays).arg(due)
                               : ReviewDetail::tr("rotation due %1 (policy %n days: %2)", nullptr, policyDays)
                                     .arg(due, QString::fromStdString(st.text(6))))
                              .toStdString();
        }
        item.page = "secrets";
        item.filter = "overdue=1";
        out.items.push_back(std::move(item));
    }
    return out;
}

ReviewList ReviewQueries::acceptancesExpiring(std::int64_t from, std::int64_t to, int limit) const
{
    const std::string where = " WHERE t.status = " + std::to_string(static_cast<int>(FindingStatus::RiskAccepted))
        + " AND t.expires_at >= ?1 AND t.expires_at < ?2 AND f.resolved_at IS NULL";
    ReviewList out;
    SqliteStatement count = m_db.prepare("SELECT count(*) FROM triage t JOIN findings f ON f.id = t.finding_id" + where);
    count.bind(1, from).bind(2, to);
    out.total = countOf(std::move(count));
    SqliteStatement st = m_db.prepare(std::string("SELECT t.expires_at, t.updated_by, t.justification, ")
                                      + kFindingColumns + " FROM triage t JOIN findings f ON f.id = t.finding_id "
                                      "JOIN rules r ON r.id = f.rule_id JOIN assets a ON a.id = f.asset_id "
                                      "LEFT JOIN packages p ON p.id = f.package_id" + where
                                      + " ORDER BY t.expires_at, f.id LIMIT ?3");
    st.bind(1, from).bind(2, to).bind(3, limit);
    while (st.step()) {
        ReviewItem item = findingItem(st, 3, "risk_accepted");
        item.at = st.int64(0);
        const QString severity = severityText(item.severity);
        const QString by = QString::fromStdString(st.text(1));
        item.detail = (st.isNull(2) || st.textView(2).empty()
                           ? ReviewDetail::tr("%1, accepted by %2 until %3").arg(severity, by, day(item.at))
                           : ReviewDetail::tr("%1, accepted by %2 until %3: %4")
                                 .arg(severity, by, day(item.at), QString::fromStdString(st.text(2))))
                          .toStdString();
        out.items.push_back(std::move(item));
    }
    return out;
}

SourceFailures ReviewQueries::failuresSince(const std::string &name, std::int64_t since) const
{
    SourceFailures out;
    SqliteStatement st = m_db.prepare("SELECT c.started_at, c.error FROM collection_runs c JOIN sources s ON "
                                      "s.id = c.source_id WHERE s.name = ?1 AND c.status = 'failed' AND "
                                      "c.started_at > ?2 ORDER BY c.started_at DESC, c.id DESC");
    st.bindText(1, name).bind(2, since);
    while (st.step()) {
        if (out.failedRuns++ == 0) {
            out.lastFailedAt = st.int64(0);
            out.lastError = st.isNull(1) ? std::string() : st.text(1);
        }
    }
    return out;
}

std::optional<std::int64_t> ReviewQueries::oldestSnapshotId() const
{
    SqliteStatement st = m_db.prepare("SELECT id FROM snapshots ORDER BY taken_at, id LIMIT 1");
    if (!st.step())
        return std::nullopt;
    return st.int64(0);
}

} // namespace bulkhead
