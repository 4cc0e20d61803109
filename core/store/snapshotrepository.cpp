#include "store/snapshotrepository.h"

#include "controls/postureassessor.h"
#include "model/findingstatus.h"
#include "model/severity.h"
#include "secrets/secretrecord.h"
#include "store/storeerror.h"

#include <algorithm>

namespace bulkhead {

namespace {

constexpr std::int64_t kDay = 86400;
// Statuses that still need work (as PostureRepository counts "open").
constexpr const char *kOpenStatuses = "(0, 1)";
static_assert(static_cast<int>(FindingStatus::Open) == 0 && static_cast<int>(FindingStatus::Confirmed) == 1);

// Runs `body` in a transaction of its own, or in a savepoint of the caller's.
template <typename Body>
void atomically(Database &db, const char *savepoint, Body body)
{
    if (!sqlite3_get_autocommit(db.handle())) {
        Savepoint sp(db, savepoint);
        body();
        sp.commit();
        return;
    }
    Transaction tx(db);
    body();
    tx.commit();
}

// Findings: open by severity and all by status from one pass (GROUP BY the two small columns),
// open per control through rules.control (the rules_control index, then each rule's findings).
void countFindings(const Database &db, Snapshot &s)
{
    SqliteStatement byStatus = db.prepare("SELECT severity, status, count(*) FROM findings GROUP BY severity, status");
    while (byStatus.step()) {
        const std::int64_t severity = byStatus.int64(0), status = byStatus.int64(1), n = byStatus.int64(2);
        if (status == static_cast<int>(FindingStatus::Open) || status == static_cast<int>(FindingStatus::Confirmed))
            s.openBySeverity[static_cast<std::size_t>(std::clamp<std::int64_t>(severity, 0, 5))] += n;
        s.findingsByStatus[std::string(findingStatusName(static_cast<FindingStatus>(status)))] += n;
    }
    SqliteStatement byControl = db.prepare(std::string("SELECT r.control, count(*) FROM rules r JOIN findings f ON "
                                                       "f.rule_id = r.id WHERE r.control IS NOT NULL AND f.status IN ")
                                           + kOpenStatuses + " GROUP BY r.control");
    while (byControl.step())
        s.openByControl[byControl.text(0)] = byControl.int64(1);
}

// Each registry, cluster and vault source: its newest finished run's status, the end of its newest
// complete or partial run, and what the store holds from it now (images, workloads, secrets).
void addCollectedSources(const Database &db, Snapshot &s)
{
    SqliteStatement st = db.prepare(
        "SELECT s.kind, s.name, "
        " (SELECT status FROM collection_runs WHERE source_id = s.id AND status <> 'running' "
        "  ORDER BY started_at DESC, id DESC LIMIT 1), "
        " (SELECT max(coalesce(finished_at, started_at)) FROM collection_runs WHERE source_id = s.id "
        "  AND status IN ('complete', 'partial')), "
        " CASE s.kind WHEN 'registry' THEN (SELECT count(*) FROM images WHERE source_id = s.id) "
        "  WHEN 'cluster' THEN (SELECT count(*) FROM kube_workloads WHERE source_id = s.id) "
        "  ELSE (SELECT count(*) FROM secrets WHERE source_id = s.id) END "
        "FROM sources s ORDER BY s.kind, s.name");
    while (st.step()) {
        SnapshotSource src;
        src.key = st.text(0) + ":" + st.text(1);
        src.status = st.isNull(2) ? "never" : st.text(2);
        src.lastSuccessAt = st.isNull(3) ? 0 : st.int64(3);
        src.items = st.int64(4);
        s.sources.push_back(std::move(src));
    }
}

// Imported inventories (secrets without a source): one per name, as of its last import.
void addInventories(const Database &db, Snapshot &s)
{
    SqliteStatement st = db.prepare("SELECT origin, count(*), max(collected_at) FROM secrets WHERE store = ?1 "
                                    "GROUP BY origin ORDER BY origin");
    st.bind(1, static_cast<int>(SecretStoreKind::Inventory));
    while (st.step())
        s.sources.push_back({"inventory:" + st.text(0), "imported", st.int64(2), st.int64(1)});
}

// Each scanner tool's newest report (by scan time) with its finding count; a report that named no
// tool goes by its format.
void addScanners(const Database &db, Snapshot &s)
{
    // SQLite takes the bare finding_count from the row whose scanned_at is the max (one pass, no
    // per-tool subquery over a table without a tool index).
    SqliteStatement st = db.prepare("SELECT coalesce(t.name, r.format), max(r.scanned_at), r.finding_count "
                                    "FROM reports r LEFT JOIN tools t ON t.id = r.tool_id "
                                    "GROUP BY coalesce(t.name, r.format) ORDER BY 1");
    while (st.step())
        s.sources.push_back({"scanner:" + st.text(0), "imported", st.int64(1), st.int64(2)});
}

void loadDetails(const Database &db, Snapshot &s)
{
    SqliteStatement controls = db.prepare("SELECT control, status, open_findings FROM snapshot_controls "
                                          "WHERE snapshot_id = ?1");
    controls.bind(1, s.id);
    while (controls.step()) {
        const std::string control = controls.text(0);
        s.controlStatus[control] = controlStatusFromName(controls.textView(1)).value_or(ControlStatus::NotAssessed);
        if (const std::int64_t open = controls.int64(2))
            s.openByControl[control] = open;
    }
    SqliteStatement areas = db.prepare("SELECT area, score FROM snapshot_areas WHERE snapshot_id = ?1");
    areas.bind(1, s.id);
    while (areas.step()) {
        if (const auto area = controlAreaFromName(areas.textView(0)))
            s.areaScore[*area] = areas.isNull(1) ? std::nullopt : std::optional<double>(areas.real(1));
    }
    SqliteStatement counts = db.prepare("SELECT dimension, key, count FROM snapshot_counts WHERE snapshot_id = ?1");
    counts.bind(1, s.id);
    while (counts.step()) {
        const std::string_view dimension = counts.textView(0);
        const std::string key = counts.text(1);
        if (dimension == "severity") {
            Severity severity = Severity::Unknown;
            if (parseSeverityName(key, severity))
                s.openBySeverity[static_cast<std::size_t>(severity)] = counts.int64(2);
        } else if (dimension == "status") {
            s.findingsByStatus[key] = counts.int64(2);
        } else if (dimension == "control") {
            s.openByControl[key] = counts.int64(2);
        }
    }
    SqliteStatement sources = db.prepare("SELECT source, status, last_success_at, items FROM snapshot_sources "
                                         "WHERE snapshot_id = ?1 ORDER BY source");
    sources.bind(1, s.id);
    while (sources.step())
        s.sources.push_back({sources.text(0), sources.text(1), sources.int64(2), sources.int64(3)});
}

std::optional<Snapshot> loadOne(const Database &db, SqliteStatement &head)
{
    if (!head.step())
        return std::nullopt;
    Snapshot s;
    s.id = head.int64(0);
    s.takenAt = head.int64(1);
    s.reason = head.text(2);
    if (!head.isNull(3))
        s.score = head.real(3);
    s.controls = static_cast<int>(head.int64(4));
    s.assessed = static_cast<int>(head.int64(5));
    loadDetails(db, s);
    return s;
}

constexpr const char *kHead = "SELECT id, taken_at, reason, score, controls, assessed FROM snapshots ";

} // namespace

Snapshot SnapshotRepository::capture(const PostureAssessment &assessment, std::int64_t now) const
{
    Snapshot s;
    s.takenAt = now;
    s.score = assessment.score.overall;
    s.controls = assessment.score.controls;
    s.assessed = assessment.score.assessed;
    for (const ControlAssessment &c : assessment.controls)
        s.controlStatus[c.control] = c.status;
    for (const AreaScore &a : assessment.score.areas)
        s.areaScore[a.area] = a.score;
    countFindings(m_read, s);
    addCollectedSources(m_read, s);
    addInventories(m_read, s);
    addScanners(m_read, s);
    // By key, as a written snapshot reads back.
    std::sort(s.sources.begin(), s.sources.end(),
              [](const SnapshotSource &a, const SnapshotSource &b) { return a.key < b.key; });
    return s;
}

std::int64_t SnapshotRepository::write(const Snapshot &s)
{
    if (!m_db)
        throw StoreError("snapshots: this repository was opened read-only");
    if (s.reason.empty())
        throw StoreError("snapshots: a snapshot needs a reason (import, collect NAME, sign-off, manual)");
    std::int64_t id = 0;
    atomically(*m_db, "snapshot_write", [&] {
        SqliteStatement head = m_db->prepare("INSERT INTO snapshots(taken_at, reason, score, controls, assessed) "
                                             "VALUES (?1, ?2, ?3, ?4, ?5)");
        head.bind(1, s.takenAt).bind(2, std::string_view(s.reason));
        if (s.score)
            head.bind(3, *s.score);
        else
            head.bindNull(3);
        head.bind(4, s.controls).bind(5, s.assessed).exec();
        id = sqlite3_last_insert_rowid(m_db->handle());

        SqliteStatement control = m_db->prepare("INSERT INTO snapshot_controls(snapshot_id, control, status, "
                                                "open_findings) VALUES (?1, ?2, ?3, ?4)");
        for (const auto &[name, status] : s.controlStatus) {
            const auto open = s.openByControl.find(name);
            control.reset();
            control.bind(1, id).bind(2, std::string_view(name)).bind(3, controlStatusName(status));
            control.bind(4, open == s.openByControl.end() ? std::int64_t(0) : open->second).exec();
        }
        SqliteStatement area = m_db->prepare("INSERT INTO snapshot_areas(snapshot_id, area, score) VALUES (?1, ?2, ?3)");
        for (const auto &[a, score] : s.areaScore) {
            area.reset();
            area.bind(1, id).bind(2, controlAreaName(a));
            if (score)
                area.bind(3, *score);
            else
                area.bindNull(3);
            area.exec();
        }
        SqliteStatement count = m_db->prepare("INSERT INTO snapshot_counts(snapshot_id, dimension, key, count) "
                                              "VALUES (?1, ?2, ?3, ?4)");
        auto addCount = [&](std::string_view dimension, std::string_view key, std::int64_t n) {
            count.reset();
            count.bind(1, id).bind(2, dimension).bind(3, key).bind(4, n).exec();
        };
        for (std::size_t sev = 0; sev < s.openBySeverity.size(); ++sev)
            addCount("severity", severityName(static_cast<Severity>(sev)), s.openBySeverity[sev]);
        for (const auto &[status, n] : s.findingsByStatus)
            addCount("status", status, n);
        // Open findings of a control the assessment did not list (a rule mapped to an id the
        // catalog lacks) are kept too, so that the counts add up.
        for (const auto &[name, n] : s.openByControl) {
            if (!s.controlStatus.count(name))
                addCount("control", name, n);
        }
        SqliteStatement source = m_db->prepare("INSERT INTO snapshot_sources(snapshot_id, source, status, "
                                               "last_success_at, items) VALUES (?1, ?2, ?3, ?4, ?5)");
        for (const SnapshotSource &src : s.sources) {
            source.reset();
            source.bind(1, id).bind(2, std::string_view(src.key)).bind(3, std::string_view(src.status));
            source.bind(4, src.lastSuccessAt).bind(5, src.items).exec();
        }
    });
    return id;
}

std::optional<Snapshot> SnapshotRepository::find(std::int64_t id) const
{
    SqliteStatement head = m_read.prepare(std::string(kHead) + "WHERE id = ?1");
    head.bind(1, id);
    return loadOne(m_read, head);
}

std::optional<Snapshot> SnapshotRepository::atOrBefore(std::int64_t t) const
{
    SqliteStatement head = m_read.prepare(std::string(kHead) + "WHERE taken_at <= ?1 ORDER BY taken_at DESC, id DESC "
                                                               "LIMIT 1");
    head.bind(1, t);
    return loadOne(m_read, head);
}

std::optional<Snapshot> SnapshotRepository::newest() const
{
    SqliteStatement head = m_read.prepare(std::string(kHead) + "ORDER BY taken_at DESC, id DESC LIMIT 1");
    return loadOne(m_read, head);
}

std::vector<SnapshotRepository::ScorePoint> SnapshotRepository::scoreTrend(int maxPoints) const
{
    // Each day's last snapshot (a few per day over years: some thousand rows, read in order).
    std::vector<ScorePoint> daily;
    SqliteStatement st = m_read.prepare("SELECT taken_at, score FROM snapshots ORDER BY taken_at, id");
    while (st.step()) {
        ScorePoint p;
        p.takenAt = st.int64(0);
        if (!st.isNull(1))
            p.score = st.real(1);
        if (!daily.empty() && daily.back().takenAt / kDay == p.takenAt / kDay)
            daily.back() = p;
        else
            daily.push_back(p);
    }
    if (static_cast<int>(daily.size()) <= std::max(maxPoints, 2))
        return daily;
    // Too many days: the last point of each seven days, counted back from the newest.
    std::vector<ScorePoint> weekly;
    for (auto it = daily.rbegin(); it != daily.rend(); ++it) {
        if (weekly.empty() || it->takenAt / kDay <= weekly.back().takenAt / kDay - 7)
            weekly.push_back(*it);
    }
    std::reverse(weekly.begin(), weekly.end());
    return weekly;
}

} // namespace bulkhead
