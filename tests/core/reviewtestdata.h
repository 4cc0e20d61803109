#pragma once

// Stores for the snapshot, review-diff and sign-off tests, written through the real writers
// (ImportWriter, SourceRepository, CollectionRunRepository, ImageRepository, SecretRepository),
// with a model of the findings kept by the test itself: what each scan listed, so that the
// expected counts come from the plan and never from the code under test.

#include "controls/postureassessor.h"
#include "model/findingstatus.h"
#include "model/parsedreport.h"
#include "sources/clustersourceconfig.h"
#include "sources/registrysourceconfig.h"
#include "sources/vaultsourceconfig.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/imagerepository.h"
#include "store/importwriter.h"
#include "store/secretrepository.h"
#include "store/sourcerepository.h"

#include <QtTest>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace bulkhead::test {

constexpr std::int64_t kDay = 86400;

struct PlannedFinding {
    std::string key;
    FindingKind kind = FindingKind::Vulnerability;
    Severity severity = Severity::Medium;
};

// The control the test expects a planned finding to count for: every vulnerability is BLD-2, every
// secret SEC-1 (DESIGN.md's mapping), and the misconfiguration keys the tests use.
inline std::string expectedControl(const PlannedFinding &f)
{
    if (f.kind == FindingKind::Vulnerability)
        return "BLD-2";
    if (f.kind == FindingKind::Secret)
        return "SEC-1";
    static const std::map<std::string, std::string> known{{"KSV001", "RUN-1"}, {"KSV014", "RUN-2"}};
    const auto it = known.find(f.key);
    return it == known.end() ? std::string() : it->second;
}

// What the test knows about one finding after the scans (and triage) it made.
struct ModelFinding {
    PlannedFinding plan;
    std::string asset, tool;
    std::int64_t firstSeen = 0, resolvedAt = 0;
    FindingStatus status = FindingStatus::Open;
};

// The findings of the store as the test planned them, keyed by asset and rule key.
class FindingModel
{
public:
    // One complete scan of `asset` by `tool` at `at` (every finding kind in scope): written through
    // ImportWriter, and applied to the model (new keys open, keys of the asset missing resolved).
    void scan(Database &db, const std::string &tool, const std::string &asset, std::int64_t at,
              const std::vector<PlannedFinding> &findings)
    {
        ParsedReport r;
        r.format = ReportFormat::TrivyJson;
        r.tool = tool;
        r.scannedAt = at;
        AssetRef a;
        a.kind = AssetKind::Image;
        a.identity = "sha256:" + asset;
        a.name = asset;
        const auto index = r.addAsset(a);
        for (FindingKind kind : {FindingKind::Vulnerability, FindingKind::Misconfiguration, FindingKind::Secret})
            r.addScope(index, kind);
        std::set<std::string> listed;
        for (const PlannedFinding &p : findings) {
            ParsedFinding f;
            f.asset = index;
            f.kind = p.kind;
            f.ruleKey = p.key;
            f.severity = p.severity;
            if (p.kind == FindingKind::Vulnerability) {
                f.package = "pkg-" + p.key;
                f.installedVersion = "1.0";
            } else {
                f.location = "Dockerfile";
            }
            r.findings.push_back(f);
            listed.insert(p.key);
            auto [it, added] = m_findings.try_emplace(asset + "\n" + p.key);
            if (added || it->second.status == FindingStatus::Resolved) {
                it->second = ModelFinding{p, asset, tool, added ? at : it->second.firstSeen, 0, FindingStatus::Open};
            }
        }
        for (auto &[key, f] : m_findings) {
            if (f.asset == asset && f.status != FindingStatus::Resolved && !listed.count(f.plan.key)) {
                f.status = FindingStatus::Resolved;
                f.resolvedAt = at;
            }
        }
        computeFingerprints(r);
        ParsedFile file;
        file.path = tool + "-" + asset + "-" + std::to_string(at) + ".json";
        file.contentHash = file.path;
        file.report = std::move(r);
        ImportWriter(db).write(file, at);
    }

    ModelFinding &at(const std::string &asset, const std::string &key) { return m_findings.at(asset + "\n" + key); }
    const std::map<std::string, ModelFinding> &all() const { return m_findings; }
    std::map<std::string, ModelFinding> &all() { return m_findings; }

    static bool isOpen(FindingStatus s) { return s == FindingStatus::Open || s == FindingStatus::Confirmed; }

private:
    std::map<std::string, ModelFinding> m_findings;
};

inline std::int64_t findingIdOf(const Database &db, const std::string &asset, const std::string &key)
{
    SqliteStatement st = db.prepare("SELECT f.id FROM findings f JOIN rules r ON r.id = f.rule_id JOIN assets a ON "
                                    "a.id = f.asset_id WHERE r.key = ?1 AND a.name = ?2");
    st.bindText(1, key).bindText(2, asset);
    return st.step() ? st.int64(0) : 0;
}

inline std::int64_t addRegistry(Database &db, const std::string &name)
{
    RegistrySourceConfig c;
    c.name = name;
    c.url = "https://" + name + ".example";
    return SourceRepository(db).add(c, 1);
}

inline std::int64_t addCluster(Database &db, const std::string &name)
{
    ClusterSourceConfig c;
    c.name = name;
    c.context = name + "-admin";
    c.server = "https://" + name + ".example:6443";
    return SourceRepository(db).add(c, 1);
}

inline std::int64_t addVault(Database &db, const std::string &name)
{
    VaultSourceConfig c;
    c.name = name;
    c.url = "https://" + name + ".example:8200";
    return SourceRepository(db).add(c, 1);
}

// A finished run of a source: started an hour before `finishedAt`.
inline std::int64_t addRun(Database &db, std::int64_t sourceId, const std::string &status, std::int64_t finishedAt,
                           const std::string &error = {})
{
    CollectionRunRepository runs(db);
    CollectionRunRow row;
    row.id = runs.start(sourceId, finishedAt - 3600);
    row.sourceId = sourceId;
    row.startedAt = finishedAt - 3600;
    row.finishedAt = finishedAt;
    row.status = status;
    row.error = error;
    runs.finish(row);
    return row.id;
}

// `count` images in one repository of a registry source, as a complete collection run writes them.
inline void addImages(Database &db, std::int64_t sourceId, std::int64_t runId, int count, std::int64_t now)
{
    std::vector<CollectedImage> images;
    std::vector<CollectedTag> tags;
    for (int i = 0; i < count; ++i) {
        CollectedImage img;
        img.repository = "team/app";
        img.digest = "sha256:" + std::to_string(1000 + i) + std::string(60, 'b');
        images.push_back(img);
        tags.push_back({img.repository, "v" + std::to_string(i), img.digest});
    }
    ImageRepository(db).writeCollection(sourceId, runId, images, tags, true, now);
}

// Secrets of one store and origin; `dueAt[i]` (0 = none) is set through an evaluation.
inline void addSecrets(Database &db, SecretStoreKind store, const std::string &origin, std::int64_t sourceId,
                       const std::vector<std::pair<std::string, std::int64_t>> &namesAndDue, std::int64_t now)
{
    SecretSourceWrite w;
    w.store = store;
    w.origin = origin;
    w.sourceId = sourceId;
    w.now = now;
    w.complete = true;
    for (const auto &[name, due] : namesAndDue) {
        SecretRecord s;
        s.store = store;
        s.origin = origin;
        s.location = "app";
        s.name = name;
        w.secrets.push_back(s);
    }
    SecretRepository repo(db);
    repo.write(w);
    std::vector<SecretEvaluation> evaluations;
    SecretFilter all;
    all.origin = origin;
    for (const SecretRow &row : repo.page(all, SecretSort::Name, false, 0, 100000)) {
        for (const auto &[name, due] : namesAndDue) {
            if (name == row.secret.name && due)
                evaluations.push_back({row.id, 90, "test policy", due});
        }
    }
    repo.setEvaluations(evaluations);
}

// A posture assessment built by hand: the statuses and scores given, nothing else.
inline PostureAssessment handAssessment(std::int64_t at, const std::map<std::string, ControlStatus> &statuses,
                                        std::optional<double> overall,
                                        const std::map<ControlArea, std::optional<double>> &areas = {})
{
    PostureAssessment a;
    a.at = at;
    for (const auto &[id, status] : statuses) {
        ControlAssessment c;
        c.control = id;
        c.status = status;
        a.controls.push_back(c);
        ++a.score.controls;
        if (status != ControlStatus::NotAssessed)
            ++a.score.assessed;
    }
    a.score.overall = overall;
    for (const auto &[area, score] : areas) {
        AreaScore s;
        s.area = area;
        s.score = score;
        a.score.areas.push_back(s);
    }
    return a;
}

} // namespace bulkhead::test
