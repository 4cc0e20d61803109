#include "store/importwriter.h"

#include "model/findingstatus.h"
#include "store/migrations.h"
#include "store/storeerror.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

namespace bulkhead {

namespace {

// What the writer needs to know about a stored finding to classify a new sighting of it.
struct KnownFinding {
    std::int64_t id = 0;
    std::int64_t lastSeen = 0;
    std::int64_t resolvedAt = 0; // 0 while present
    std::int64_t toolMask = 0;
    FindingKind kind = FindingKind::Vulnerability;
    bool seenNow = false;        // reported by the report being written
};

// Hash maps from interned strings to row ids, looked up with a string_view (no allocation).
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

} // namespace

struct ImportWriter::Impl {
    explicit Impl(Database &database) : db(database) {}

    Database &db;
    std::unique_ptr<Transaction> batch; // open while a batch import runs
    bool indexesDropped = false;        // deferrable indexes are rebuilt at commit
    // The full-text index of rule text (rules_fts) is brought up to date once per transaction,
    // in one INSERT ... SELECT: kept by per-row triggers it cost 14 s of a 17 s import (measured
    // at 400k findings, 55k rules), in one statement under a second.
    std::int64_t searchSyncedUpTo = -1;                       // rules.id indexed before this transaction
    std::vector<std::pair<std::int64_t, std::string>> filledRules; // (id, key) whose text arrived
    void beginSearchSync();
    void syncSearchIndex();
    // id caches; cleared on rollback because ids handed out inside it no longer exist
    // Loaded whole at the first write (rules, packages and locations number in the tens of
    // thousands, not millions) so that a miss means "new" and costs no SELECT.
    bool cachesLoaded = false;
    StringMap<std::int64_t> toolIds;
    struct RuleId {
        std::int64_t id;
        bool hasText;
    };
    std::array<StringMap<RuleId>, 4> ruleIds;        // [kind] key -> id (no composite keys to build)
    StringMap<StringMap<std::int64_t>> packageIds;   // type -> name -> id
    StringMap<std::int64_t> locationIds;

    SqliteStatement selectReport, insertReport, updateReport;
    SqliteStatement insertTool;
    SqliteStatement selectAsset, insertAsset, touchAsset;
    SqliteStatement insertRule, fillRule;
    SqliteStatement insertPackage;
    SqliteStatement insertLocation;
    SqliteStatement selectAssetFindings, touchFinding, reopenFinding, resolveFinding;
    // Ids are assigned here (max + 1 onwards), not by SQLite, so that a new finding's id is known
    // without asking. (Multi-row INSERT statements were measured slower than this one-row one.)
    SqliteStatement insertFinding;
    struct NewFinding {
        const ParsedFinding *finding;
        std::int64_t id, rule, asset, package, location;
    };
    std::int64_t rowSeenAt = 0, rowReportId = 0, rowToolBit = 0;
    void insertNewFinding(const NewFinding &row);
    SqliteStatement selectScan, upsertScan;
    SqliteStatement upsertComponent;
    SqliteStatement countTriage;

    void prepare();
    void clearCaches();
    // After a rollback: nothing of the transaction is left to index.
    void forgetTransaction()
    {
        clearCaches();
        searchSyncedUpTo = -1;
        filledRules.clear();
    }
    void loadCaches();
    std::int64_t toolId(const std::string &name);
    std::int64_t ruleId(const RuleInfo *info, FindingKind kind, const std::string &key);
    std::int64_t packageId(const std::string &name, const std::string &type);
    std::int64_t locationId(const std::string &path);
    std::int64_t lastInsertId() const { return sqlite3_last_insert_rowid(db.handle()); }
    std::int64_t assetId(const AssetRef &asset, std::int64_t seenAt, bool &isNew);
    ImportSummary write(const ParsedFile &file, std::int64_t now);
    std::uint64_t carryOverTriage(std::int64_t firstNewId, std::int64_t now);
};

void ImportWriter::Impl::prepare()
{
    selectReport = db.prepare("SELECT id FROM reports WHERE content_hash = ?1");
    insertReport = db.prepare(
        "INSERT INTO reports(content_hash, path, format, tool_id, tool_version, scanned_at, imported_at, bytes, "
        "finding_count, warning_count) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9)");
    updateReport = db.prepare("UPDATE reports SET finding_count = ?2 WHERE id = ?1");
    insertTool = db.prepare("INSERT INTO tools(name) VALUES(?1)");
    selectAsset = db.prepare("SELECT id FROM assets WHERE kind = ?1 AND identity = ?2");
    insertAsset = db.prepare(
        "INSERT INTO assets(kind, identity, name, repository, digest, namespace, cluster, os, first_seen, last_seen) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)");
    touchAsset = db.prepare(
        "UPDATE assets SET last_seen = max(last_seen, ?2), name = CASE WHEN ?2 >= last_seen THEN ?3 ELSE name END, "
        "repository = coalesce(repository, ?4), digest = coalesce(digest, ?5), os = coalesce(?6, os) WHERE id = ?1");
    insertRule = db.prepare(
        "INSERT INTO rules(kind, key, title, description, refs, cwe, cvss_score, cvss_vector, published, modified, "
        "control) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, bulkhead_control(?1, ?2, ?3))");
    fillRule = db.prepare(
        "UPDATE rules SET title = ?2, description = ?3, refs = ?4, cwe = ?5, cvss_score = ?6, cvss_vector = ?7, "
        "published = ?8, modified = ?9, control = bulkhead_control(kind, key, ?2) WHERE id = ?1");
    insertPackage = db.prepare("INSERT INTO packages(name, type) VALUES(?1, ?2)");
    insertLocation = db.prepare("INSERT INTO locations(path) VALUES(?1)");
    selectAssetFindings = db.prepare(
        "SELECT fingerprint, id, last_seen, coalesce(resolved_at, 0), tool_mask, kind FROM findings WHERE asset_id = ?1");
    const std::string insertHead =
        "INSERT INTO findings(id, fingerprint, kind, rule_id, asset_id, package_id, installed_version, fixed_version, "
        "location_id, message, severity, status, first_seen, last_seen, first_report_id, last_report_id, tool_mask) VALUES";
    const std::string oneRow = "(?,?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,?)";
    insertFinding = db.prepare(insertHead + oneRow);
    touchFinding = db.prepare(
        "UPDATE findings SET last_seen = max(last_seen, ?2), last_report_id = CASE WHEN ?2 >= last_seen THEN ?3 "
        "ELSE last_report_id END, tool_mask = tool_mask | ?4, fixed_version = CASE WHEN ?2 >= last_seen THEN ?5 "
        "ELSE fixed_version END, severity = CASE WHEN ?2 >= last_seen THEN ?6 ELSE severity END WHERE id = ?1");
    reopenFinding = db.prepare(
        "UPDATE findings SET resolved_at = NULL, last_seen = max(last_seen, ?2), last_report_id = ?3, "
        "tool_mask = tool_mask | ?4, status = coalesce((SELECT status FROM triage WHERE finding_id = ?1), 0) "
        "WHERE id = ?1");
    resolveFinding = db.prepare("UPDATE findings SET resolved_at = ?2, status = ?3 WHERE id = ?1");
    selectScan = db.prepare(
        "SELECT last_scanned_at FROM asset_scans WHERE asset_id = ?1 AND kind = ?2 AND tool_id = ?3");
    upsertScan = db.prepare(
        "INSERT INTO asset_scans(asset_id, kind, tool_id, last_scanned_at, last_report_id) VALUES(?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(asset_id, kind, tool_id) DO UPDATE SET last_scanned_at = excluded.last_scanned_at, "
        "last_report_id = excluded.last_report_id WHERE excluded.last_scanned_at >= last_scanned_at");
    upsertComponent = db.prepare(
        "INSERT INTO components(asset_id, package_id, version, purl, licenses) VALUES(?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(asset_id, package_id, version) DO UPDATE SET purl = coalesce(excluded.purl, purl), "
        "licenses = coalesce(excluded.licenses, licenses)");
    countTriage = db.prepare("SELECT EXISTS (SELECT 1 FROM triage)");
}

void ImportWriter::Impl::beginSearchSync()
{
    if (searchSyncedUpTo < 0)
        searchSyncedUpTo = db.scalar("SELECT coalesce(max(id), 0) FROM rules");
}

void ImportWriter::Impl::syncSearchIndex()
{
    if (searchSyncedUpTo < 0)
        return;
    // A rule that gained its text was indexed by key alone (title and description NULL).
    SqliteStatement remove = db.prepare(
        "INSERT INTO rules_fts(rules_fts, rowid, key, title, description) VALUES('delete', ?1, ?2, NULL, NULL)");
    SqliteStatement add = db.prepare(
        "INSERT INTO rules_fts(rowid, key, title, description) SELECT id, key, title, description FROM rules "
        "WHERE id = ?1");
    for (const auto &[id, key] : filledRules) {
        if (id > searchSyncedUpTo)
            continue; // new in this transaction: indexed below with its current text
        remove.bind(1, id).bindText(2, key);
        remove.exec();
        remove.reset();
        add.bind(1, id);
        add.exec();
        add.reset();
    }
    SqliteStatement fresh = db.prepare(
        "INSERT INTO rules_fts(rowid, key, title, description) SELECT id, key, title, description FROM rules "
        "WHERE id > ?1");
    fresh.bind(1, searchSyncedUpTo);
    fresh.exec();
    searchSyncedUpTo = -1;
    filledRules.clear();
}

void ImportWriter::Impl::clearCaches()
{
    cachesLoaded = false;
    toolIds.clear();
    for (auto &m : ruleIds)
        m.clear();
    packageIds.clear();
    locationIds.clear();
}

void ImportWriter::Impl::loadCaches()
{
    if (cachesLoaded)
        return;
    clearCaches();
    SqliteStatement tools = db.prepare("SELECT id, name FROM tools");
    while (tools.step())
        toolIds.emplace(tools.text(1), tools.int64(0));
    SqliteStatement rules = db.prepare(
        "SELECT id, kind, key, description IS NOT NULL OR title IS NOT NULL FROM rules");
    while (rules.step()) {
        ruleIds[static_cast<std::size_t>(rules.int64(1)) & 3].emplace(rules.text(2), RuleId{rules.int64(0), rules.int64(3) != 0});
    }
    SqliteStatement packages = db.prepare("SELECT id, name, type FROM packages");
    while (packages.step())
        packageIds[packages.text(2)].emplace(packages.text(1), packages.int64(0));
    SqliteStatement locations = db.prepare("SELECT id, path FROM locations");
    while (locations.step())
        locationIds.emplace(locations.text(1), locations.int64(0));
    cachesLoaded = true;
}

std::int64_t ImportWriter::Impl::toolId(const std::string &name)
{
    if (auto it = toolIds.find(name); it != toolIds.end())
        return it->second;
    insertTool.bindText(1, name).exec();
    const std::int64_t id = lastInsertId();
    if (id > 62)
        throw StoreError("more than 62 distinct scanner tools in one store are not supported");
    toolIds.emplace(name, id);
    return id;
}

std::int64_t ImportWriter::Impl::ruleId(const RuleInfo *info, FindingKind kind, const std::string &key)
{
    auto &ids = ruleIds[static_cast<std::size_t>(kind) & 3];
    auto it = ids.find(std::string_view(key));
    if (it == ids.end()) {
        insertRule.bind(1, static_cast<int>(kind)).bindText(2, key);
        const bool withText = info && info->hasMetadata;
        if (withText) {
            insertRule.bindOrNull(3, info->title).bindOrNull(4, info->description)
                .bindOrNull(5, info->references).bindOrNull(6, info->cwe);
            if (info->cvssScore >= 0)
                insertRule.bind(7, info->cvssScore);
            insertRule.bindOrNull(8, info->cvssVector);
            if (info->published)
                insertRule.bind(9, info->published);
            if (info->modified)
                insertRule.bind(10, info->modified);
        }
        insertRule.exec();
        it = ids.emplace(key, RuleId{lastInsertId(), withText}).first;
    } else if (info && info->hasMetadata && !it->second.hasText) {
        // The store knew the key without text (a report that only named it): fill it in once.
        fillRule.bind(1, it->second.id).bindOrNull(2, info->title).bindOrNull(3, info->description)
            .bindOrNull(4, info->references).bindOrNull(5, info->cwe);
        if (info->cvssScore >= 0)
            fillRule.bind(6, info->cvssScore);
        fillRule.bindOrNull(7, info->cvssVector);
        if (info->published)
            fillRule.bind(8, info->published);
        if (info->modified)
            fillRule.bind(9, info->modified);
        fillRule.exec();
        it->second.hasText = true;
        filledRules.emplace_back(it->second.id, key);
    }
    return it->second.id;
}

std::int64_t ImportWriter::Impl::packageId(const std::string &name, const std::string &type)
{
    if (name.empty())
        return 0;
    auto typeIt = packageIds.find(std::string_view(type));
    if (typeIt == packageIds.end())
        typeIt = packageIds.emplace(type, StringMap<std::int64_t>{}).first;
    if (auto it = typeIt->second.find(std::string_view(name)); it != typeIt->second.end())
        return it->second;
    insertPackage.bindText(1, name).bindText(2, type).exec();
    const std::int64_t id = lastInsertId();
    typeIt->second.emplace(name, id);
    return id;
}

std::int64_t ImportWriter::Impl::locationId(const std::string &path)
{
    if (path.empty())
        return 0;
    if (auto it = locationIds.find(std::string_view(path)); it != locationIds.end())
        return it->second;
    insertLocation.bindText(1, path).exec();
    const std::int64_t id = lastInsertId();
    locationIds.emplace(path, id);
    return id;
}

std::int64_t ImportWriter::Impl::assetId(const AssetRef &asset, std::int64_t seenAt, bool &isNew)
{
    std::int64_t id = 0;
    selectAsset.bind(1, static_cast<int>(asset.kind)).bindText(2, asset.identity);
    if (selectAsset.step())
        id = selectAsset.int64(0);
    selectAsset.reset();
    isNew = id == 0;
    const std::string &name = asset.name.empty() ? asset.identity : asset.name;
    if (isNew) {
        insertAsset.bind(1, static_cast<int>(asset.kind)).bindText(2, asset.identity).bindText(3, name)
            .bindOrNull(4, asset.repository).bindOrNull(5, asset.digest).bindOrNull(6, asset.nameSpace)
            .bindOrNull(7, asset.cluster).bindOrNull(8, asset.os).bind(9, seenAt);
        insertAsset.exec();
        return lastInsertId();
    }
    touchAsset.bind(1, id).bind(2, seenAt).bindText(3, name).bindOrNull(4, asset.repository)
        .bindOrNull(5, asset.digest).bindOrNull(6, asset.os);
    touchAsset.exec();
    return id;
}

ImportSummary ImportWriter::Impl::write(const ParsedFile &file, std::int64_t now)
{
    const ParsedReport &report = *file.report;
    ImportSummary summary;
    summary.path = file.path;
    summary.format = std::string(reportFormatName(report.format));
    summary.tool = report.tool;
    summary.warningCount = report.warningCount;
    summary.warnings = report.warnings;

    loadCaches();
    const std::int64_t seenAt = report.scannedAt > 0 ? report.scannedAt : now;
    const std::string toolName = report.tool.empty() ? std::string(reportFormatName(report.format)) : report.tool;
    const std::int64_t firstNewId = db.scalar("SELECT coalesce(max(id), 0) + 1 FROM findings");
    std::int64_t nextFindingId = firstNewId;

    const std::int64_t tool = toolId(toolName);
    const std::int64_t toolBit = std::int64_t(1) << (tool - 1);

    std::int64_t reportId = 0;
    selectReport.bindText(1, file.contentHash);
    if (selectReport.step())
        reportId = selectReport.int64(0);
    selectReport.reset();
    if (!reportId) {
        insertReport.bindText(1, file.contentHash).bindText(2, file.path).bindText(3, summary.format).bind(4, tool)
            .bindOrNull(5, report.toolVersion).bind(6, seenAt).bind(7, now)
            .bind(8, static_cast<std::int64_t>(file.bytes)).bind(9, static_cast<std::int64_t>(report.warningCount));
        insertReport.exec();
        reportId = lastInsertId();
    }
    summary.reportId = reportId;
    rowSeenAt = seenAt;
    rowReportId = reportId;
    rowToolBit = toolBit;

    // Assets, and what the store already holds for each of them. A new asset holds nothing, so
    // its findings skip the bookkeeping (the common case of a bulk import).
    std::vector<std::int64_t> assetIds(report.assets.size());
    std::vector<char> newAsset(report.assets.size(), 0);
    std::vector<std::unordered_map<std::uint64_t, KnownFinding>> known(report.assets.size());
    for (std::size_t i = 0; i < report.assets.size(); ++i) {
        bool isNew = false;
        assetIds[i] = assetId(report.assets[i], seenAt, isNew);
        newAsset[i] = isNew;
        if (isNew)
            continue;
        selectAssetFindings.bind(1, assetIds[i]);
        while (selectAssetFindings.step()) {
            KnownFinding k;
            k.id = selectAssetFindings.int64(1);
            k.lastSeen = selectAssetFindings.int64(2);
            k.resolvedAt = selectAssetFindings.int64(3);
            k.toolMask = selectAssetFindings.int64(4);
            k.kind = static_cast<FindingKind>(selectAssetFindings.int64(5));
            known[i].emplace(static_cast<std::uint64_t>(selectAssetFindings.int64(0)), k);
        }
        selectAssetFindings.reset();
    }

    // Rule metadata travels once per key: store it first, so that each finding needs one lookup.
    for (const RuleInfo &r : report.rules)
        ruleId(&r, r.kind, r.key);

    // The same finding twice in one report counts once: mark the repeats on new assets up front
    // (known assets notice them through their map below).
    std::vector<char> repeat(report.findings.size(), 0);
    {
        std::vector<std::pair<std::uint64_t, std::uint32_t>> order; // (fingerprint, index)
        for (std::uint32_t i = 0; i < report.findings.size(); ++i) {
            if (newAsset[report.findings[i].asset])
                order.emplace_back(report.findings[i].fingerprint, i);
        }
        std::sort(order.begin(), order.end());
        for (std::size_t i = 1; i < order.size(); ++i) {
            const ParsedFinding &a = report.findings[order[i - 1].second];
            const ParsedFinding &b = report.findings[order[i].second];
            if (order[i].first == order[i - 1].first && a.asset == b.asset)
                repeat[order[i].second] = 1;
        }
    }

    for (std::size_t index = 0; index < report.findings.size(); ++index) {
        const ParsedFinding &f = report.findings[index];
        if (repeat[index])
            continue;
        const bool onNewAsset = newAsset[f.asset];
        if (!onNewAsset) {
            auto &assetKnown = known[f.asset];
            auto it = assetKnown.find(f.fingerprint);
            if (it != assetKnown.end()) {
                KnownFinding &k = it->second;
                if (k.seenNow)
                    continue; // the same finding twice in one report
                k.seenNow = true;
                ++summary.findings;
                if (k.resolvedAt && seenAt >= k.resolvedAt) {
                    reopenFinding.bind(1, k.id).bind(2, seenAt).bind(3, reportId).bind(4, toolBit).exec();
                    k.resolvedAt = 0;
                    ++summary.reopened;
                } else {
                    if (seenAt > k.lastSeen || !(k.toolMask & toolBit)) {
                        touchFinding.bind(1, k.id).bind(2, seenAt).bind(3, reportId).bind(4, toolBit)
                            .bindOrNull(5, f.fixedVersion).bind(6, static_cast<int>(f.severity)).exec();
                        k.lastSeen = std::max(k.lastSeen, seenAt);
                        k.toolMask |= toolBit;
                    }
                    ++summary.unchanged;
                }
                continue;
            }
        }
        const std::int64_t id = nextFindingId++;
        insertNewFinding({&f, id, ruleId(nullptr, f.kind, f.ruleKey), assetIds[f.asset],
                          packageId(f.package, f.packageType), locationId(f.location)});
        if (!onNewAsset) {
            KnownFinding k;
            k.id = id;
            k.lastSeen = seenAt;
            k.toolMask = toolBit;
            k.kind = f.kind;
            k.seenNow = true;
            known[f.asset].emplace(f.fingerprint, k);
        }
        ++summary.findings;
        ++summary.newFindings;
    }

    // Resolution: a complete scan at least as new as the last one by this tool, of this kind, on
    // this asset, no longer reports what this tool reported before.
    for (const ScanScope &scope : report.scopes) {
        const std::int64_t asset = assetIds[scope.asset];
        std::int64_t lastScan = 0;
        selectScan.bind(1, asset).bind(2, static_cast<int>(scope.kind)).bind(3, tool);
        if (selectScan.step())
            lastScan = selectScan.int64(0);
        selectScan.reset();
        if (seenAt >= lastScan) {
            for (auto &[fp, k] : known[scope.asset]) {
                if (k.seenNow || k.resolvedAt || k.kind != scope.kind || !(k.toolMask & toolBit) || k.lastSeen > seenAt)
                    continue;
                resolveFinding.bind(1, k.id).bind(2, seenAt).bind(3, static_cast<int>(FindingStatus::Resolved)).exec();
                k.resolvedAt = seenAt;
                ++summary.resolved;
            }
        }
        upsertScan.bind(1, asset).bind(2, static_cast<int>(scope.kind)).bind(3, tool).bind(4, seenAt)
            .bind(5, reportId).exec();
    }

    for (const ParsedComponent &c : report.components) {
        const std::int64_t package = packageId(c.name, c.type);
        if (!package)
            continue;
        upsertComponent.bind(1, assetIds[c.asset]).bind(2, package).bindText(3, c.version)
            .bindOrNull(4, c.purl).bindOrNull(5, c.licenses).exec();
        ++summary.components;
    }

    if (summary.newFindings) {
        const bool anyTriage = countTriage.step() && countTriage.int64(0) != 0;
        countTriage.reset();
        if (anyTriage)
            summary.carriedOver = carryOverTriage(firstNewId, now);
    }
    updateReport.bind(1, reportId).bind(2, static_cast<std::int64_t>(summary.findings)).exec();
    return summary;
}

// A decision made on a finding carries over to the same rule + package in another image of the
// same repository (a rebuilt or retagged image), unless it has expired. Driven from the (small)
// triage table so that large imports without triage pay nothing.
std::uint64_t ImportWriter::Impl::carryOverTriage(std::int64_t firstNewId, std::int64_t now)
{
    db.exec("CREATE TEMP TABLE IF NOT EXISTS carry(new_id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL)");
    db.exec("DELETE FROM temp.carry");
    SqliteStatement pick = db.prepare(
        "INSERT OR IGNORE INTO temp.carry(new_id, source_id) "
        "SELECT nf.id, f.id FROM triage t "
        "JOIN findings f ON f.id = t.finding_id "
        "JOIN assets a ON a.id = f.asset_id AND a.repository IS NOT NULL AND a.repository <> '' "
        "JOIN findings nf ON nf.rule_id = f.rule_id AND nf.id >= ?1 AND nf.package_id IS f.package_id "
        "JOIN assets na ON na.id = nf.asset_id AND na.repository = a.repository "
        "WHERE (t.expires_at IS NULL OR t.expires_at > ?2) AND t.status <> 0 "
        "ORDER BY t.updated_at DESC");
    pick.bind(1, firstNewId).bind(2, now).exec();
    const std::int64_t carried = db.scalar("SELECT count(*) FROM temp.carry");
    if (carried == 0)
        return 0;
    SqliteStatement copy = db.prepare(
        "INSERT INTO triage(finding_id, status, justification, expires_at, assignee, updated_by, updated_at) "
        "SELECT c.new_id, t.status, t.justification, t.expires_at, t.assignee, 'bulkhead', ?1 "
        "FROM temp.carry c JOIN triage t ON t.finding_id = c.source_id");
    copy.bind(1, now).exec();
    SqliteStatement status = db.prepare(
        "UPDATE findings SET status = (SELECT t.status FROM triage t WHERE t.finding_id = findings.id) "
        "WHERE id IN (SELECT new_id FROM temp.carry)");
    status.exec();
    SqliteStatement history = db.prepare(
        "INSERT INTO triage_history(finding_id, changed_at, changed_by, field, old_value, new_value, note) "
        "SELECT c.new_id, ?1, 'bulkhead', 'carried_over', NULL, t.status, 'decision carried over from finding ' || c.source_id "
        "FROM temp.carry c JOIN triage t ON t.finding_id = c.source_id");
    history.bind(1, now).exec();
    return static_cast<std::uint64_t>(carried);
}

void ImportWriter::Impl::insertNewFinding(const NewFinding &row)
{
    const ParsedFinding &f = *row.finding;
    SqliteStatement &st = insertFinding;
    st.bind(1, row.id).bind(2, static_cast<std::int64_t>(f.fingerprint)).bind(3, static_cast<int>(f.kind))
        .bind(4, row.rule).bind(5, row.asset);
    if (row.package)
        st.bind(6, row.package);
    st.bindOrNull(7, f.installedVersion).bindOrNull(8, f.fixedVersion);
    if (row.location)
        st.bind(9, row.location);
    st.bindOrNull(10, f.message).bind(11, static_cast<int>(f.severity)).bind(12, rowSeenAt).bind(13, rowSeenAt)
        .bind(14, rowReportId).bind(15, rowReportId).bind(16, rowToolBit);
    st.exec();
}

ImportWriter::ImportWriter(Database &db) : d(std::make_unique<Impl>(db))
{
    // Bulk writes: checkpoint every 64 MB of WAL instead of every 4 MB (each checkpoint syncs the
    // database file); the destructor restores the default and checkpoints what is left.
    d->db.exec("PRAGMA wal_autocheckpoint = 16384");
    d->prepare();
}

ImportWriter::~ImportWriter()
{
    d->batch.reset(); // an uncommitted batch is rolled back
    try {
        d->db.exec("PRAGMA wal_autocheckpoint = 1000");
        d->db.exec("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (const StoreError &) {
        // A failed checkpoint loses nothing: the WAL still holds every commit.
    }
}

ImportSummary ImportWriter::write(const ParsedFile &file, std::int64_t now)
{
    if (!file.report)
        throw StoreError(file.path + ": nothing to write: " + file.error);
    try {
        if (d->batch) {
            d->beginSearchSync();
            Savepoint sp(d->db, "import_report");
            ImportSummary summary = d->write(file, now);
            sp.commit();
            return summary;
        }
        if (!sqlite3_get_autocommit(d->db.handle())) {
            // A transaction the caller opened (a collector evaluating secrets with its own rows):
            // a savepoint in it, with this report's search index rows, committed with the caller's.
            d->beginSearchSync();
            Savepoint sp(d->db, "import_report");
            ImportSummary summary = d->write(file, now);
            d->syncSearchIndex();
            sp.commit();
            return summary;
        }
        Transaction tx(d->db);
        d->beginSearchSync();
        ImportSummary summary = d->write(file, now);
        d->syncSearchIndex();
        tx.commit();
        return summary;
    } catch (...) {
        // Ids handed out in the rolled-back part no longer exist. Inside a batch the transaction
        // goes on (only this report's savepoint was undone): what it indexed so far stays due.
        if (d->batch)
            d->clearCaches();
        else
            d->forgetTransaction();
        throw;
    }
}

void ImportWriter::beginBatch(bool bulk)
{
    if (d->batch)
        throw StoreError("an import batch is already open");
    d->batch = std::make_unique<Transaction>(d->db);
    d->indexesDropped = bulk;
    if (bulk) {
        for (const DeferrableIndex &index : deferrableFindingIndexes())
            d->db.exec("DROP INDEX IF EXISTS " + std::string(index.name));
    }
}

void ImportWriter::commitBatch()
{
    if (!d->batch)
        return;
    auto batch = std::move(d->batch);
    try {
        d->syncSearchIndex();
        if (d->indexesDropped) {
            for (const DeferrableIndex &index : deferrableFindingIndexes())
                d->db.exec(index.create);
            d->indexesDropped = false;
        }
        batch->commit();
    } catch (...) {
        d->forgetTransaction();
        throw;
    }
}

void ImportWriter::rollbackBatch()
{
    d->batch.reset(); // the rollback restores dropped indexes too
    d->indexesDropped = false;
    d->forgetTransaction();
}

bool ImportWriter::inBatch() const
{
    return d->batch != nullptr;
}

} // namespace bulkhead
