// FindingRepository and the findings list SQL against a demo store, with every expected value
// computed by plain SQL of the test's own (never through the code under test).

#include "demo/demostore.h"
#include "report/findingscsv.h"
#include "store/database.h"
#include "store/findinglistsql.h"
#include "store/findingrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>
#include <set>

using namespace bulkhead;

namespace {

constexpr std::int64_t kNow = 1717200000; // 2024-06-01T00:00:00Z
constexpr std::int64_t kFindings = 3000;

const char *sortKeyName(FindingSortKey k)
{
    switch (k) {
    case FindingSortKey::Severity: return "severity";
    case FindingSortKey::Status: return "status";
    case FindingSortKey::Kind: return "kind";
    case FindingSortKey::Rule: return "rule";
    case FindingSortKey::Title: return "title";
    case FindingSortKey::Package: return "package";
    case FindingSortKey::Installed: return "installed";
    case FindingSortKey::Fixed: return "fixed";
    case FindingSortKey::Asset: return "asset";
    case FindingSortKey::FirstSeen: return "firstSeen";
    case FindingSortKey::LastSeen: return "lastSeen";
    case FindingSortKey::DueDate: return "dueDate";
    case FindingSortKey::Sources: return "sources";
    case FindingSortKey::Assignee: return "assignee";
    }
    return "?";
}

const FindingSortKey kAllKeys[] = {
    FindingSortKey::Severity, FindingSortKey::Status,    FindingSortKey::Kind,     FindingSortKey::Rule,
    FindingSortKey::Title,    FindingSortKey::Package,   FindingSortKey::Installed, FindingSortKey::Fixed,
    FindingSortKey::Asset,    FindingSortKey::FirstSeen, FindingSortKey::LastSeen, FindingSortKey::DueDate,
    FindingSortKey::Sources,  FindingSortKey::Assignee,
};

} // namespace

Q_DECLARE_METATYPE(bulkhead::FindingFilter)
Q_DECLARE_METATYPE(bulkhead::FindingSortKey)

class TestFindingRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_path;
    std::unique_ptr<Database> m_db;
    std::int64_t m_total = 0;
    std::map<std::string, std::int64_t> m_toolIds; // name -> tools.id

    std::int64_t sqlCount(const std::string &where, const std::vector<std::string> &texts = {}) const
    {
        SqliteStatement st = m_db->prepare("SELECT count(*) FROM findings f WHERE " + where);
        for (std::size_t i = 0; i < texts.size(); ++i)
            st.bind(static_cast<int>(i + 1), std::string_view(texts[i]));
        return st.step() ? st.int64(0) : -1;
    }
    std::string sqlText(const std::string &sql) const
    {
        SqliteStatement st = m_db->prepare(sql);
        return st.step() ? st.text(0) : std::string();
    }
    std::vector<std::string> sqlTexts(const std::string &sql) const
    {
        std::vector<std::string> out;
        SqliteStatement st = m_db->prepare(sql);
        while (st.step())
            out.push_back(st.text(0));
        return out;
    }
    std::uint64_t maskOf(const FindingRow &r) const
    {
        std::uint64_t m = 0;
        for (const std::string &s : r.sources)
            m |= std::uint64_t(1) << (m_toolIds.at(s) - 1);
        return m;
    }

    // -1, 0, 1: order of a and b by the sort key alone (ascending).
    int compareKey(FindingSortKey key, const FindingRow &a, const FindingRow &b) const
    {
        auto cmp = [](const auto &x, const auto &y) { return x < y ? -1 : y < x ? 1 : 0; };
        const SlaPolicy sla;
        auto due = [&](const FindingRow &r) {
            const std::int64_t d = sla.dueAt(r.severity, r.firstSeen);
            return d == 0 ? std::numeric_limits<std::int64_t>::max() : d;
        };
        switch (key) {
        case FindingSortKey::Severity: return cmp(int(a.severity), int(b.severity));
        case FindingSortKey::Status: return cmp(int(a.status), int(b.status));
        case FindingSortKey::Kind: return cmp(int(a.kind), int(b.kind));
        case FindingSortKey::Rule: return cmp(a.ruleKey, b.ruleKey);
        case FindingSortKey::Title: return cmp(a.title, b.title);
        case FindingSortKey::Package: return cmp(a.package, b.package);
        case FindingSortKey::Installed: return cmp(a.installedVersion, b.installedVersion);
        case FindingSortKey::Fixed: return cmp(a.fixedVersion, b.fixedVersion);
        case FindingSortKey::Asset: return cmp(a.asset, b.asset);
        case FindingSortKey::FirstSeen: return cmp(a.firstSeen, b.firstSeen);
        case FindingSortKey::LastSeen: return cmp(a.lastSeen, b.lastSeen);
        case FindingSortKey::DueDate: return cmp(due(a), due(b));
        case FindingSortKey::Sources: return cmp(maskOf(a), maskOf(b));
        case FindingSortKey::Assignee: return cmp(a.assignee, b.assignee);
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = (m_dir.path() + QStringLiteral("/demo.db")).toStdString();
        demo::DemoOptions o;
        o.findings = kFindings;
        o.now = kNow;
        demo::writeDemoStore(m_path, o);
        m_db = std::make_unique<Database>(Database::open(m_path, Database::Access::ReadOnly));
        m_total = m_db->scalar("SELECT count(*) FROM findings");
        QCOMPARE(m_total, kFindings);
        SqliteStatement st = m_db->prepare("SELECT name, id FROM tools");
        while (st.step())
            m_toolIds[st.text(0)] = st.int64(1);
        QVERIFY(m_toolIds.size() >= 2);
    }

    void count_data()
    {
        QTest::addColumn<FindingFilter>("filter");
        QTest::addColumn<qint64>("expected");
        auto add = [](const char *name, const FindingFilter &f, std::int64_t expected) {
            QVERIFY2(expected > 0, name); // a criterion that matches nothing proves little
            QTest::newRow(name) << f << qint64(expected);
        };
        FindingFilter f;
        add("none", f, m_db->scalar("SELECT count(*) FROM findings"));

        f = {};
        f.severities = {Severity::Critical};
        add("critical", f, sqlCount("f.severity = 5"));
        f.severities = {Severity::High, Severity::Low};
        add("high+low", f, sqlCount("f.severity IN (4, 2)"));

        f = {};
        f.statuses = {FindingStatus::Open, FindingStatus::Confirmed};
        add("open+confirmed", f, sqlCount("f.status IN (0, 1)"));
        f.statuses = {FindingStatus::Resolved};
        add("resolved", f, sqlCount("f.status = 5"));
        f.statuses = {FindingStatus::FalsePositive, FindingStatus::RiskAccepted};
        add("fp+accepted", f, sqlCount("f.status IN (2, 3)"));

        f = {};
        f.kinds = {FindingKind::Misconfiguration};
        add("misconfiguration", f, sqlCount("f.kind = 2"));
        f.kinds = {FindingKind::Vulnerability, FindingKind::Secret};
        add("vuln+secret", f, sqlCount("f.kind IN (1, 3)"));

        for (const auto &[name, id] : m_toolIds) {
            f = {};
            f.sources = {name};
            const std::int64_t n = sqlCount("(f.tool_mask >> " + std::to_string(id - 1) + ") & 1 = 1");
            if (n > 0)
                QTest::newRow(("source " + name).c_str()) << f << qint64(n);
        }
        {
            const auto tools = sqlTexts("SELECT name FROM tools ORDER BY id LIMIT 2");
            f = {};
            f.sources = tools;
            add("two sources", f,
                sqlCount("EXISTS (SELECT 1 FROM tools t WHERE t.name IN ('" + tools[0] + "', '" + tools[1]
                         + "') AND (f.tool_mask >> (t.id - 1)) & 1 = 1)"));
        }

        const std::string ns = sqlText(
            "SELECT a.namespace FROM findings f JOIN assets a ON a.id = f.asset_id WHERE a.namespace != '' "
            "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
        QVERIFY(!ns.empty());
        f = {};
        f.namespaces = {ns};
        add("namespace", f,
            sqlCount("EXISTS (SELECT 1 FROM assets a WHERE a.id = f.asset_id AND a.namespace = ?)", {ns}));

        const std::string control = sqlText(
            "SELECT r.control FROM findings f JOIN rules r ON r.id = f.rule_id WHERE r.control IS NOT NULL "
            "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
        QVERIFY(!control.empty());
        f = {};
        f.controls = {control};
        add("control", f, sqlCount("EXISTS (SELECT 1 FROM rules r WHERE r.id = f.rule_id AND r.control = ?)", {control}));

        f = {};
        f.fixAvailable = true;
        add("fix available", f, sqlCount("length(ifnull(f.fixed_version, '')) > 0"));
        f.fixAvailable = false;
        add("no fix", f, sqlCount("length(ifnull(f.fixed_version, '')) = 0"));

        f = {};
        f.overdueOnly = true;
        f.now = kNow;
        add("overdue", f,
            sqlCount("f.status IN (0, 1) AND f.first_seen + 86400 * (CASE f.severity WHEN 5 THEN 7 WHEN 4 THEN 30 "
                     "WHEN 3 THEN 90 WHEN 2 THEN 180 ELSE NULL END) < "
                     + std::to_string(kNow)));
        f.sla.days[5] = 1; // an edited policy: critical due after one day
        add("overdue, critical 1 day", f,
            sqlCount("f.status IN (0, 1) AND f.first_seen + 86400 * (CASE f.severity WHEN 5 THEN 1 WHEN 4 THEN 30 "
                     "WHEN 3 THEN 90 WHEN 2 THEN 180 ELSE NULL END) < "
                     + std::to_string(kNow)));

        const std::int64_t median =
            m_db->scalar("SELECT first_seen FROM findings ORDER BY first_seen LIMIT 1 OFFSET "
                         + std::to_string(m_total / 2));
        f = {};
        f.firstSeenFrom = median;
        add("first seen from", f, sqlCount("f.first_seen >= " + std::to_string(median)));
        f.firstSeenTo = median + 14 * 86400;
        add("first seen range", f,
            sqlCount("f.first_seen >= " + std::to_string(median) + " AND f.first_seen < "
                     + std::to_string(median + 14 * 86400)));
        f.firstSeenFrom = 0;
        add("first seen until", f, sqlCount("f.first_seen < " + std::to_string(median + 14 * 86400)));

        // Search: one CVE id, whole and as a prefix of its last token.
        const std::string cve = sqlText(
            "SELECT r.key FROM findings f JOIN rules r ON r.id = f.rule_id WHERE r.key LIKE 'CVE-%' "
            "GROUP BY r.key ORDER BY count(*) DESC, r.key LIMIT 1");
        QVERIFY(cve.size() > 10);
        const std::string ruleText = "EXISTS (SELECT 1 FROM rules r WHERE r.id = f.rule_id AND (r.key LIKE ?1 OR "
                                     "ifnull(r.title, '') LIKE ?1 OR ifnull(r.description, '') LIKE ?1))";
        f = {};
        f.search = cve;
        add("search cve", f, sqlCount(ruleText, {"%" + cve + "%"}));
        const std::string cvePrefix = cve.substr(0, cve.size() - 1);
        f.search = cvePrefix;
        add("search cve prefix", f, sqlCount(ruleText, {"%" + cvePrefix + "%"}));
        f.search = "  " + cve + "  ";
        add("search cve, spaces", f, sqlCount(ruleText, {"%" + cve + "%"}));

        // Package-name substring. Rule titles name their package too, so the expected value is
        // "package name contains it, or a token of the rule's text starts with it" (FTS5 prefix
        // semantics), the tokens split here by hand as FTS5's unicode61 tokenizer does for ASCII.
        auto expectedSearch = [this](const std::string &word) {
            std::string lower;
            for (char c : word)
                lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
            std::string ruleIds = "0";
            SqliteStatement st = m_db->prepare("SELECT id, key || ' ' || ifnull(title, '') || ' ' || "
                                               "ifnull(description, '') FROM rules");
            while (st.step()) {
                const std::string text = st.text(1);
                std::string token;
                bool match = false;
                for (std::size_t i = 0; i <= text.size() && !match; ++i) {
                    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
                    if (std::isalnum(c) || c >= 0x80) {
                        token.push_back(static_cast<char>(std::tolower(c)));
                    } else {
                        match = token.compare(0, lower.size(), lower) == 0 && token.size() >= lower.size();
                        token.clear();
                    }
                }
                if (match)
                    ruleIds += "," + std::to_string(st.int64(0));
            }
            return sqlCount("f.rule_id IN (" + ruleIds
                                + ") OR EXISTS (SELECT 1 FROM packages p WHERE p.id = f.package_id AND p.name LIKE ?)",
                            {"%" + word + "%"});
        };
        const std::string package = sqlText(
            "SELECT p.name FROM packages p JOIN findings f ON f.package_id = p.id WHERE length(p.name) >= 7 AND "
            "p.name NOT GLOB '*[^a-z0-9]*' GROUP BY p.id ORDER BY count(*) DESC LIMIT 1");
        QVERIFY2(!package.empty(), "no alphanumeric package name in the demo store");
        const std::int64_t packageOnly = sqlCount(
            "EXISTS (SELECT 1 FROM packages p WHERE p.id = f.package_id AND p.name LIKE ?)",
            {"%" + package.substr(2, 4) + "%"});
        f = {};
        f.search = package.substr(2, 4); // inside a word: no token starts with it, the package matches
        add("search package, middle piece", f, expectedSearch(f.search));
        QVERIFY(expectedSearch(f.search) >= packageOnly);
        f.search = package.substr(0, 4); // a prefix: the package and rule texts naming it
        add("search package, prefix", f, expectedSearch(f.search));
        f.search = package;
        add("search package, whole", f, expectedSearch(f.search));

        const std::string assetName = sqlText("SELECT a.name FROM findings f JOIN assets a ON a.id = f.asset_id "
                                              "GROUP BY a.id ORDER BY count(*) DESC LIMIT 1");
        const std::string assetPiece = assetName.substr(0, std::min<std::size_t>(assetName.size(), 6));
        f = {};
        f.assetText = assetPiece;
        add("asset text", f,
            sqlCount("EXISTS (SELECT 1 FROM assets a WHERE a.id = f.asset_id AND a.name LIKE ?)",
                     {"%" + assetPiece + "%"}));

        const std::int64_t expiries = m_db->scalar("SELECT count(*) FROM triage WHERE status = 3 AND expires_at > 0");
        if (expiries > 0) {
            const std::int64_t before = m_db->scalar("SELECT max(expires_at) + 1 FROM triage WHERE status = 3");
            f = {};
            f.acceptanceExpiresBefore = before;
            add("acceptance expires before", f,
                sqlCount("EXISTS (SELECT 1 FROM triage t WHERE t.finding_id = f.id AND t.status = 3 AND "
                         "t.expires_at < " + std::to_string(before) + ")"));
        }

        const std::int64_t ruleId = m_db->scalar(
            "SELECT rule_id FROM findings GROUP BY rule_id ORDER BY count(*) DESC LIMIT 1");
        const std::int64_t assetId = m_db->scalar(
            "SELECT asset_id FROM findings GROUP BY asset_id ORDER BY count(*) DESC LIMIT 1");
        const std::int64_t packageId = m_db->scalar(
            "SELECT package_id FROM findings WHERE package_id IS NOT NULL GROUP BY package_id ORDER BY count(*) DESC "
            "LIMIT 1");
        f = {};
        f.ruleIds = {ruleId};
        add("rule id", f, sqlCount("f.rule_id = " + std::to_string(ruleId)));
        f = {};
        f.assetIds = {assetId};
        add("asset id", f, sqlCount("f.asset_id = " + std::to_string(assetId)));
        f = {};
        f.packageIds = {packageId};
        add("package id", f, sqlCount("f.package_id = " + std::to_string(packageId)));

        // Combinations.
        f = {};
        f.severities = {Severity::Critical, Severity::High};
        f.statuses = {FindingStatus::Open};
        f.fixAvailable = true;
        add("critical/high, open, fix", f,
            sqlCount("f.severity IN (5, 4) AND f.status = 0 AND length(ifnull(f.fixed_version, '')) > 0"));
        f = {};
        f.namespaces = {ns};
        f.kinds = {FindingKind::Misconfiguration};
        const std::int64_t nsMisconf = sqlCount(
            "f.kind = 2 AND EXISTS (SELECT 1 FROM assets a WHERE a.id = f.asset_id AND a.namespace = ?)", {ns});
        if (nsMisconf > 0)
            add("namespace, misconfiguration", f, nsMisconf);
        f = {};
        f.search = cve;
        f.statuses = {FindingStatus::Open, FindingStatus::Confirmed};
        f.firstSeenFrom = 1;
        const std::int64_t cveOpen = sqlCount("f.status IN (0, 1) AND " + ruleText, {"%" + cve + "%"});
        if (cveOpen > 0)
            add("search, open", f, cveOpen);
        f = {};
        f.controls = {control};
        f.overdueOnly = true;
        f.now = kNow;
        f.severities = {Severity::Critical, Severity::High, Severity::Medium};
        const std::int64_t controlOverdue = sqlCount(
            "EXISTS (SELECT 1 FROM rules r WHERE r.id = f.rule_id AND r.control = ?) AND f.status IN (0, 1) AND "
            "f.first_seen + 86400 * (CASE f.severity WHEN 5 THEN 7 WHEN 4 THEN 30 WHEN 3 THEN 90 ELSE NULL END) < "
                + std::to_string(kNow),
            {control});
        if (controlOverdue > 0)
            add("control, overdue, severities", f, controlOverdue);
    }

    void count()
    {
        QFETCH(FindingFilter, filter);
        QFETCH(qint64, expected);
        const FindingRepository repo(*m_db);
        QCOMPARE(repo.count(filter), expected);
        // The capped count stops at the cap, and is exact below it.
        QCOMPARE(repo.count(filter, 1), qint64(1));
        QCOMPARE(repo.count(filter, expected), expected);
        QCOMPARE(repo.count(filter, expected + 10), expected);
        if (expected > 5)
            QCOMPARE(repo.count(filter, 5), qint64(5));
        QCOMPARE(repo.count(filter, 0), qint64(0));
    }

    void nothingMatches()
    {
        const FindingRepository repo(*m_db);
        FindingFilter f;
        f.search = "zzqqxx-no-such-thing";
        QCOMPARE(repo.count(f), qint64(0));
        QVERIFY(repo.rows(f, {}, 0, 100).empty());
        QVERIFY(repo.groups(f, FindingGroupBy::Rule, 10).empty());
        f = {};
        f.assetIds = {-5};
        QCOMPARE(repo.count(f), qint64(0));
    }

    void sortOrder_data()
    {
        QTest::addColumn<FindingSortKey>("key");
        QTest::addColumn<bool>("descending");
        for (FindingSortKey k : kAllKeys) {
            QTest::newRow((std::string(sortKeyName(k)) + " asc").c_str()) << k << false;
            QTest::newRow((std::string(sortKeyName(k)) + " desc").c_str()) << k << true;
        }
    }

    void sortOrder()
    {
        QFETCH(FindingSortKey, key);
        QFETCH(bool, descending);
        const FindingRepository repo(*m_db);
        const FindingSort sort{key, descending};
        for (const FindingFilter &filter : {FindingFilter{}, [] {
                                                FindingFilter f;
                                                f.statuses = {FindingStatus::Open, FindingStatus::Confirmed};
                                                return f;
                                            }()}) {
            const std::int64_t n = repo.count(filter);
            const std::vector<FindingRow> rows = repo.rows(filter, sort, 0, n + 10);
            QCOMPARE(qint64(rows.size()), n);
            std::set<std::int64_t> distinct;
            for (const FindingRow &r : rows)
                distinct.insert(r.id);
            QCOMPARE(qint64(distinct.size()), n);
            const bool idTieBreak = key != FindingSortKey::Rule && key != FindingSortKey::Title
                && key != FindingSortKey::Asset && key != FindingSortKey::Kind; // those break ties by the rule/asset first
            for (std::size_t i = 1; i < rows.size(); ++i) {
                int c = compareKey(key, rows[i - 1], rows[i]);
                if (descending)
                    c = -c;
                if (c > 0)
                    QFAIL(qPrintable(QStringLiteral("rows %1 and %2 (ids %3, %4) out of order").arg(i - 1).arg(i)
                                         .arg(rows[i - 1].id).arg(rows[i].id)));
                // NULL and '' read as the same empty text but sort apart: no tie-break check there.
                const bool emptyText = c == 0 && compareKey(key, rows[i - 1], FindingRow{}) == 0
                    && (key == FindingSortKey::Package || key == FindingSortKey::Installed
                        || key == FindingSortKey::Fixed || key == FindingSortKey::Assignee);
                // Kind is walked in the rules' (kind, key) order: within a kind, by rule id text.
                if (c == 0 && key == FindingSortKey::Kind
                    && (descending ? rows[i - 1].ruleKey < rows[i].ruleKey : rows[i - 1].ruleKey > rows[i].ruleKey))
                    QFAIL(qPrintable(QStringLiteral("kind tie at rows %1/%2 not ordered by rule id").arg(i - 1).arg(i)));
                if (c == 0 && idTieBreak && !emptyText && (descending ? rows[i - 1].id < rows[i].id : rows[i - 1].id > rows[i].id))
                    QFAIL(qPrintable(QStringLiteral("tie at rows %1/%2 not broken by id").arg(i - 1).arg(i)));
            }
            if (key == FindingSortKey::DueDate && !descending && !rows.empty()) {
                // Never due (info/unknown) sorts last in ascending order.
                const std::int64_t neverDue = sqlCount(
                    filter.statuses.empty() ? "f.severity IN (0, 1)" : "f.severity IN (0, 1) AND f.status IN (0, 1)");
                QVERIFY(neverDue > 0);
                for (std::int64_t i = 0; i < n; ++i) {
                    const bool never = rows[std::size_t(i)].severity == Severity::Info
                        || rows[std::size_t(i)].severity == Severity::Unknown;
                    QCOMPARE(never, i >= n - neverDue);
                }
            }
        }
    }

    // The query for many matches (walk the sort index) and the one for few (filter, then sort)
    // must give the same sequence: the store here is small, so the repository alone would only
    // ever use the second.
    void orderedWalkSameOrder_data() { sortOrder_data(); }
    void orderedWalkSameOrder()
    {
        QFETCH(FindingSortKey, key);
        QFETCH(bool, descending);
        FindingFilter filter;
        filter.statuses = {FindingStatus::Open, FindingStatus::Confirmed, FindingStatus::Resolved};
        filter.fixAvailable = true;
        auto idsOf = [&](bool walk, bool reverse) {
            const FindingListSql q = buildFindingListSql(filter, {key, descending}, walk, false);
            SqliteStatement st = m_db->prepare("SELECT f.id" + q.from + q.where + (reverse ? q.reverseOrderBy : q.orderBy));
            q.bind(st);
            std::vector<std::int64_t> out;
            while (st.step())
                out.push_back(st.int64(0));
            return out;
        };
        const std::vector<std::int64_t> few = idsOf(false, false);
        QCOMPARE(qint64(few.size()), FindingRepository(*m_db).count(filter));
        QVERIFY(!few.empty());
        QCOMPARE(idsOf(true, false), few);
        std::vector<std::int64_t> reversed = idsOf(true, true);
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(reversed, few);
    }

    void paging_data()
    {
        QTest::addColumn<FindingSortKey>("key");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("filtered");
        for (FindingSortKey k : kAllKeys) {
            QTest::newRow((std::string(sortKeyName(k)) + " desc").c_str()) << k << true << false;
            QTest::newRow((std::string(sortKeyName(k)) + " asc, open").c_str()) << k << false << true;
        }
    }

    void paging()
    {
        QFETCH(FindingSortKey, key);
        QFETCH(bool, descending);
        QFETCH(bool, filtered);
        FindingFilter filter;
        if (filtered)
            filter.statuses = {FindingStatus::Open, FindingStatus::Confirmed};
        const FindingSort sort{key, descending};
        const FindingRepository repo(*m_db);
        const std::int64_t n = repo.count(filter);
        std::vector<std::int64_t> expected;
        repo.forEach(filter, sort, [&](const FindingRow &r) {
            expected.push_back(r.id);
            return true;
        });
        QCOMPARE(qint64(expected.size()), n);

        std::vector<std::int64_t> paged, pagedUnknown;
        for (std::int64_t offset = 0; offset < n; offset += 100) {
            const std::vector<FindingRow> page = repo.rows(filter, sort, offset, 100, n);
            QCOMPARE(qint64(page.size()), std::min<std::int64_t>(100, n - offset));
            for (const FindingRow &r : page)
                paged.push_back(r.id);
            for (const FindingRow &r : repo.rows(filter, sort, offset, 100))
                pagedUnknown.push_back(r.id);
        }
        QCOMPARE(paged, expected);
        QCOMPARE(pagedUnknown, expected);
        // Past the end, and a page straddling it.
        QVERIFY(repo.rows(filter, sort, n, 100, n).empty());
        const std::vector<FindingRow> tail = repo.rows(filter, sort, n - 30, 100, n);
        QCOMPARE(qint64(tail.size()), qint64(30));
        QCOMPARE(tail.back().id, expected.back());

        // ids() in the same order.
        for (std::int64_t offset : {std::int64_t(0), std::int64_t(137), n / 2 + 3, n - 50}) {
            const std::vector<std::int64_t> ids = repo.ids(filter, sort, offset, 120);
            const std::vector<std::int64_t> want(expected.begin() + offset,
                                                 expected.begin() + std::min<std::int64_t>(n, offset + 120));
            QCOMPARE(ids, want);
        }
        // forEach stops when asked.
        int seen = 0;
        repo.forEach(filter, sort, [&](const FindingRow &) { return ++seen < 7; });
        QCOMPARE(seen, 7);
    }

    void rowsMatchStore()
    {
        // The columns of a row are the store's, read here by hand.
        const FindingRepository repo(*m_db);
        const std::vector<FindingRow> rows = repo.rows({}, {FindingSortKey::Severity, true}, 0, 300);
        QCOMPARE(rows.size(), std::size_t(300));
        SqliteStatement st = m_db->prepare(
            "SELECT f.severity, f.status, r.key, a.name, ifnull(p.name, ''), ifnull(f.fixed_version, ''), f.tool_mask, "
            "f.first_seen FROM findings f JOIN rules r ON r.id = f.rule_id JOIN assets a ON a.id = f.asset_id "
            "LEFT JOIN packages p ON p.id = f.package_id WHERE f.id = ?");
        for (const FindingRow &r : rows) {
            st.reset();
            st.bind(1, r.id);
            QVERIFY(st.step());
            QCOMPARE(int(r.severity), int(st.int64(0)));
            QCOMPARE(int(r.status), int(st.int64(1)));
            QCOMPARE(r.ruleKey, st.text(2));
            QCOMPARE(r.asset, st.text(3));
            QCOMPARE(r.package, st.text(4));
            QCOMPARE(r.fixedVersion, st.text(5));
            QCOMPARE(maskOf(r), std::uint64_t(st.int64(6)));
            QCOMPARE(r.firstSeen, st.int64(7));
        }
        // The first rows are the highest severity, newest id first.
        const std::int64_t firstId = m_db->scalar("SELECT id FROM findings ORDER BY severity DESC, id DESC LIMIT 1");
        QCOMPARE(rows.front().id, firstId);
    }

    void groups_data()
    {
        QTest::addColumn<int>("by");
        QTest::addColumn<bool>("filtered");
        QTest::newRow("rule") << int(FindingGroupBy::Rule) << false;
        QTest::newRow("asset") << int(FindingGroupBy::Asset) << false;
        QTest::newRow("package") << int(FindingGroupBy::Package) << false;
        QTest::newRow("rule, open") << int(FindingGroupBy::Rule) << true;
        QTest::newRow("asset, open") << int(FindingGroupBy::Asset) << true;
        QTest::newRow("package, open") << int(FindingGroupBy::Package) << true;
    }

    void groups()
    {
        QFETCH(int, by);
        QFETCH(bool, filtered);
        const auto groupBy = static_cast<FindingGroupBy>(by);
        FindingFilter filter;
        if (filtered)
            filter.statuses = {FindingStatus::Open, FindingStatus::Confirmed};
        const FindingRepository repo(*m_db);
        const std::vector<FindingGroup> groups = repo.groups(filter, groupBy, 100000);
        QVERIFY(groups.size() > 1);
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < groups.size(); ++i) {
            sum += groups[i].count;
            if (i > 0)
                QVERIFY(groups[i - 1].count >= groups[i].count);
        }
        QCOMPARE(sum, repo.count(filter));
        const char *column = groupBy == FindingGroupBy::Rule ? "rule_id"
            : groupBy == FindingGroupBy::Asset                ? "asset_id"
                                                             : "package_id";
        QCOMPARE(qint64(groups.size()),
                 m_db->scalar(std::string("SELECT count(DISTINCT ifnull(") + column + ", 0)) FROM findings"
                              + (filtered ? " WHERE status IN (0, 1)" : "")));
        // Drilling into a group (one with an id: findings without a package have none).
        int checked = 0;
        for (const FindingGroup &g : groups) {
            if (g.id == 0)
                continue;
            FindingFilter narrowed = filter;
            if (groupBy == FindingGroupBy::Rule)
                narrowed.ruleIds = {g.id};
            else if (groupBy == FindingGroupBy::Asset)
                narrowed.assetIds = {g.id};
            else
                narrowed.packageIds = {g.id};
            QCOMPARE(repo.count(narrowed), g.count);
            QCOMPARE(g.count, sqlCount(std::string("f.") + column + " = " + std::to_string(g.id)
                                       + (filtered ? " AND f.status IN (0, 1)" : "")));
            QCOMPARE(int(g.worst), int(m_db->scalar(std::string("SELECT max(severity) FROM findings WHERE ") + column
                                                    + " = " + std::to_string(g.id)
                                                    + (filtered ? " AND status IN (0, 1)" : ""))));
            if (++checked == 3)
                break;
        }
        QCOMPARE(checked, 3);
        // The limit keeps the largest.
        const std::vector<FindingGroup> top = repo.groups(filter, groupBy, 2);
        QCOMPARE(top.size(), std::size_t(2));
        QCOMPARE(top[0].count, groups[0].count);
    }

    void filterChoices()
    {
        const FindingFilterChoices c = FindingRepository(*m_db).filterChoices();
        auto sorted = [](std::vector<std::string> v) {
            std::sort(v.begin(), v.end());
            return v;
        };
        QCOMPARE(sorted(c.sources), sorted(sqlTexts("SELECT name FROM tools")));
        const auto namespaces = sorted(sqlTexts("SELECT DISTINCT namespace FROM assets WHERE length(namespace) > 0"));
        QVERIFY(!namespaces.empty());
        QCOMPARE(sorted(c.namespaces), namespaces);
        const auto controls = sorted(sqlTexts("SELECT DISTINCT control FROM rules WHERE control IS NOT NULL"));
        QVERIFY(!controls.empty());
        QCOMPARE(sorted(c.controls), controls);
    }

    void ftsQueryText()
    {
        QCOMPARE(ftsQuery(""), std::string());
        QCOMPARE(ftsQuery("   \t\n "), std::string());
        QCOMPARE(ftsQuery("..."), std::string());
        QCOMPARE(ftsQuery("- ( ) \" *"), std::string());
        QCOMPARE(ftsQuery("log4j"), std::string("\"log4j\"*"));
        QCOMPARE(ftsQuery("log4j cve-2021"), std::string("\"log4j\" \"cve-2021\"*"));
        QCOMPARE(ftsQuery("  openssl   heap  "), std::string("\"openssl\" \"heap\"*"));
        QCOMPARE(ftsQuery("a\"b"), std::string("\"a\"\"b\"*"));
        QCOMPARE(ftsQuery("\"quoted\""), std::string("\"\"\"quoted\"\"\"*"));
        QCOMPARE(ftsQuery("AND"), std::string("\"AND\"*"));
        QCOMPARE(ftsQuery("log4j -"), std::string("\"log4j\"*")); // the last word with a token is the prefix
        QCOMPARE(ftsQuery("über"), std::string("\"über\"*"));
    }

    void searchOfPunctuationDoesNotThrow()
    {
        const FindingRepository repo(*m_db);
        for (const char *text : {"\"", "'", "(", ")", "*", "-", "^", ":", "\"\"", "a\"", "NEAR(", "AND", "OR NOT",
                                 "col:x", "%", "_", "\\", "+", "{}", "a*b", "x - y", "'; DROP TABLE findings; --"}) {
            FindingFilter f;
            f.search = text;
            try {
                const std::int64_t n = repo.count(f);
                QVERIFY(n >= 0);
                repo.rows(f, {}, 0, 50);
                repo.groups(f, FindingGroupBy::Rule, 5);
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("search %1 threw: %2").arg(QString::fromUtf8(text), e.what())));
            }
        }
        // % and _ are literal in the package substring search, not wildcards.
        FindingFilter f;
        f.search = "%";
        QCOMPARE(FindingRepository(*m_db).count(f), sqlCount("EXISTS (SELECT 1 FROM packages p WHERE p.id = f.package_id "
                                                             "AND instr(p.name, '%') > 0)"));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM findings"), m_total);
    }

    void csvField()
    {
        using findingscsv::field;
        QCOMPARE(field("plain"), std::string("plain"));
        QCOMPARE(field(""), std::string(""));
        QCOMPARE(field("a,b"), std::string("\"a,b\""));
        QCOMPARE(field("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
        QCOMPARE(field("two\nlines"), std::string("\"two\nlines\""));
        QCOMPARE(field("cr\rhere"), std::string("\"cr\rhere\""));
        QCOMPARE(field("=HYPERLINK(\"http://x\")"), std::string("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QCOMPARE(field("=1+2"), std::string("'=1+2"));
        QCOMPARE(field("+1"), std::string("'+1"));
        QCOMPARE(field("@SUM(A1)"), std::string("'@SUM(A1)"));
        QCOMPARE(field("-2+3"), std::string("'-2+3"));
        QCOMPARE(field("\tx"), std::string("'\tx"));
        QCOMPARE(field("a=b"), std::string("a=b"));
        QCOMPARE(field("1.2.3"), std::string("1.2.3"));
        // The header has as many columns as a line.
        const std::string header = findingscsv::header();
        FindingRow row;
        row.ruleKey = "CVE-1";
        row.title = "a, \"b\"";
        const std::string line = findingscsv::line(row);
        auto columns = [](const std::string &s) {
            int n = 1;
            bool quoted = false;
            for (char c : s) {
                if (c == '"')
                    quoted = !quoted;
                else if (c == ',' && !quoted)
                    ++n;
            }
            return n;
        };
        QCOMPARE(columns(line), columns(header));
        QVERIFY(line.find("\"a, \"\"b\"\"\"") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestFindingRepository)
#include "tst_findingrepository.moc"
