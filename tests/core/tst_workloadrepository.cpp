// The cluster collector's tables: a collection written and read back (check matrix cells folded
// from per-container results), complete and partial rewrites, the Workloads view's filters, sorts
// and paging (expected rows computed here from the generated input, not read from the store),
// namespaces, coverage of each cluster's newest run that recorded some, agent evidence, stored
// objects, a write rolled back with the caller's transaction, and removal of a source taking all
// of it along.
#include "kube/workloadcheck.h"
#include "sources/clustersourceconfig.h"
#include "sources/registrysourceconfig.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"
#include "store/workloadrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace bulkhead;

namespace {

std::int64_t addCluster(Database &db, const std::string &name)
{
    ClusterSourceConfig c;
    c.name = name;
    c.context = name + "-admin";
    c.server = "https://" + name + ".example:6443";
    return SourceRepository(db).add(c, 1);
}

WorkloadCheckResult result(std::string_view check, CheckState state, Severity severity = Severity::Medium,
                           const std::string &container = "", const std::string &path = "")
{
    WorkloadCheckResult r;
    r.check = std::string(check);
    r.state = state;
    r.severity = severity;
    r.container = container;
    r.path = path;
    r.message = path.empty() ? "" : "bad " + path;
    return r;
}

KubeWorkload workload(const std::string &ns, const std::string &kind, const std::string &name)
{
    KubeWorkload w;
    w.nameSpace = ns;
    w.kind = kind;
    w.name = name;
    w.uid = "uid-" + ns + "-" + name;
    w.pods = 1;
    w.containers = 1;
    w.images = {"registry.example/" + name + ":1.0"};
    for (std::string_view id : workloadCheckIds())
        w.checks.push_back(result(id, CheckState::Pass));
    return w;
}

ClusterCollectionWrite collection(std::int64_t sourceId, const std::string &cluster, std::int64_t runId,
                                  std::vector<KubeWorkload> workloads, bool complete = true)
{
    ClusterCollectionWrite w;
    w.sourceId = sourceId;
    w.cluster = cluster;
    w.runId = runId;
    w.now = 1000 + runId;
    w.workloadsComplete = w.namespacesComplete = complete;
    w.workloads = std::move(workloads);
    return w;
}

WorkloadFilter filterOf(const std::string &cluster, const std::string &ns = "", const std::string &text = "",
                        const std::string &failingCheck = "")
{
    WorkloadFilter f;
    f.cluster = cluster;
    f.nameSpace = ns;
    f.text = text;
    f.failingCheck = failingCheck;
    return f;
}

std::size_t checkIndex(std::string_view id)
{
    const auto &ids = workloadCheckIds();
    return static_cast<std::size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
}

// A generated workload and what the test expects of it, derived from the generator alone.
struct Expected {
    std::string cluster, nameSpace, kind, name;
    std::vector<std::string> images;
    int pods = 0;
    std::set<std::string> failing;
    Severity worst = Severity::Unknown;
};

// `n` workloads spread over clusters alpha and beta, five namespaces, four kinds; each check's
// state and severity follow from the workload's and the check's number, and a second container
// sometimes fails where the first passed.
std::vector<Expected> generate(int n, std::vector<KubeWorkload> &alpha, std::vector<KubeWorkload> &beta)
{
    static const char *kinds[] = {"Deployment", "StatefulSet", "DaemonSet", "CronJob"};
    std::vector<Expected> out;
    const auto &ids = workloadCheckIds();
    for (int i = 0; i < n; ++i) {
        Expected e;
        e.cluster = i % 3 == 0 ? "beta" : "alpha";
        e.nameSpace = "ns" + std::to_string((i * 7) % 5);
        e.kind = kinds[(i * 5) % 4];
        // Names repeat across namespaces and kinds so that ties are frequent.
        e.name = std::string(i % 2 ? "Web-" : "api-") + char('a' + (i * 11) % 13);
        e.pods = (i * 13) % 9;
        e.images = {"registry.example/team/" + e.name + ":" + std::to_string(i % 4), "docker.io/library/busybox:1." + std::to_string(i % 6)};
        KubeWorkload w;
        w.nameSpace = e.nameSpace;
        w.kind = e.kind;
        w.name = e.name + "-" + std::to_string(i); // unique per (namespace, kind)
        e.name = w.name;
        w.pods = e.pods;
        w.containers = 2;
        w.images = e.images;
        for (std::size_t j = 0; j < ids.size(); ++j) {
            const int v = static_cast<int>((i * 31 + static_cast<int>(j) * 17) % 11);
            const Severity sev = static_cast<Severity>(1 + (i + static_cast<int>(j)) % 5);
            const CheckState first = v < 2 ? CheckState::Fail
                : v == 2                   ? CheckState::NotApplicable
                : v == 3                   ? CheckState::NotAssessed
                                           : CheckState::Pass;
            const CheckState second = v == 10 ? CheckState::Fail : first;
            w.checks.push_back(result(ids[j], first, sev, "c0", "spec.containers[0]"));
            w.checks.push_back(result(ids[j], second, sev, "c1", "spec.containers[1]"));
            if (first == CheckState::Fail || second == CheckState::Fail) {
                e.failing.insert(std::string(ids[j]));
                e.worst = std::max(e.worst, sev);
            }
        }
        (e.cluster == "alpha" ? alpha : beta).push_back(std::move(w));
        out.push_back(std::move(e));
    }
    return out;
}

bool contains(std::string haystack, std::string needle)
{
    auto lower = [](std::string &s) { std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); }); };
    lower(haystack);
    lower(needle);
    return haystack.find(needle) != std::string::npos;
}

bool matches(const Expected &e, const WorkloadFilter &f)
{
    if (!f.cluster.empty() && e.cluster != f.cluster)
        return false;
    if (!f.nameSpace.empty() && e.nameSpace != f.nameSpace)
        return false;
    if (!f.failingCheck.empty() && !e.failing.count(f.failingCheck))
        return false;
    if (f.onlyFailing && e.failing.empty())
        return false;
    if (!f.text.empty()) {
        bool hit = contains(e.name, f.text) || contains(e.nameSpace, f.text);
        for (const std::string &image : e.images)
            hit = hit || contains(image, f.text);
        if (!hit)
            return false;
    }
    return true;
}

std::string key(const std::string &cluster, const std::string &ns, const std::string &kind, const std::string &name)
{
    return cluster + "/" + ns + "/" + kind + "/" + name;
}

} // namespace

class TestWorkloadRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::string freshPath() { return (m_dir.path() + "/w" + QString::number(++m_n) + ".db").toStdString(); }

private Q_SLOTS:
    void writeAndReadBack()
    {
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "prod");
        const std::int64_t run = CollectionRunRepository(db).start(src, 100);
        using namespace workloadcheck;
        KubeWorkload w = workload("shop", "Deployment", "cart");
        w.serviceAccount = "cart-sa";
        w.pods = 3;
        w.containers = 2;
        w.createdAt = 77;
        w.images = {"registry.example/cart:1.0", "registry.example/sidecar:2"};
        w.imageDigests = {"sha256:aaa", "sha256:bbb"};
        w.checks.clear();
        // privileged: the second container fails, with the worse severity.
        w.checks.push_back(result(kPrivileged, CheckState::Pass, Severity::High, "app"));
        w.checks.push_back(result(kPrivileged, CheckState::Fail, Severity::High, "sidecar", "containers[1].privileged"));
        // run-as-root: both fail; the first failing names the path, the worst severity wins.
        w.checks.push_back(result(kRunAsRoot, CheckState::Fail, Severity::Medium, "app", "containers[0].runAsUser"));
        w.checks.push_back(result(kRunAsRoot, CheckState::Fail, Severity::Critical, "sidecar", "containers[1].runAsUser"));
        // no-seccomp: pass and not assessed -> not assessed; host-path: n/a and pass -> pass.
        w.checks.push_back(result(kNoSeccomp, CheckState::Pass));
        w.checks.push_back(result(kNoSeccomp, CheckState::NotAssessed));
        w.checks.push_back(result(kHostPath, CheckState::NotApplicable));
        w.checks.push_back(result(kHostPath, CheckState::Pass));
        w.checks.push_back(result(kUntrustedRegistry, CheckState::NotApplicable));
        ClusterCollectionWrite data = collection(src, "prod", run, {w});
        WorkloadRepository repo(db);
        repo.writeCollection(data);

        QCOMPARE(repo.count({}), std::int64_t(1));
        const std::vector<WorkloadRow> rows = repo.page({}, WorkloadSort::Name, false, 0, 10);
        QCOMPARE(rows.size(), std::size_t(1));
        const WorkloadRow &r = rows.front();
        QCOMPARE(r.cluster, std::string("prod"));
        QCOMPARE(r.nameSpace, std::string("shop"));
        QCOMPARE(r.kind, std::string("Deployment"));
        QCOMPARE(r.name, std::string("cart"));
        QCOMPARE(r.serviceAccount, std::string("cart-sa"));
        QCOMPARE(r.pods, 3);
        QCOMPARE(r.containers, 2);
        QCOMPARE(r.images, w.images);
        QCOMPARE(r.collectedAt, data.now);
        QCOMPARE(r.failedChecks, 2);
        QCOMPARE(int(r.worst), int(Severity::Critical));
        QCOMPARE(r.cells.size(), workloadCheckIds().size());
        const WorkloadCheckCell &priv = r.cells[checkIndex(kPrivileged)];
        QCOMPARE(int(priv.state), int(CheckState::Fail));
        QCOMPARE(int(priv.severity), int(Severity::High));
        QCOMPARE(priv.failingContainers, 1);
        QCOMPARE(priv.path, std::string("containers[1].privileged"));
        QCOMPARE(priv.message, std::string("bad containers[1].privileged"));
        const WorkloadCheckCell &root = r.cells[checkIndex(kRunAsRoot)];
        QCOMPARE(int(root.state), int(CheckState::Fail));
        QCOMPARE(int(root.severity), int(Severity::Critical));
        QCOMPARE(root.failingContainers, 2);
        QCOMPARE(root.path, std::string("containers[0].runAsUser"));
        QCOMPARE(int(r.cells[checkIndex(kNoSeccomp)].state), int(CheckState::NotAssessed));
        QCOMPARE(int(r.cells[checkIndex(kHostPath)].state), int(CheckState::Pass));
        QCOMPARE(int(r.cells[checkIndex(kUntrustedRegistry)].state), int(CheckState::NotApplicable));
        // A check without any result was not assessed, never passed.
        QCOMPARE(int(r.cells[checkIndex(kAutomountToken)].state), int(CheckState::NotAssessed));
        // A checks column this program did not write reads as "not assessed", never as a pass.
        db.exec("UPDATE kube_workloads SET checks = '{\"privileged\":{\"s\":\"0\"},\"run-as-root\":7}'");
        // Keep the page alive: a range-for over a member of a temporary would read freed memory.
        const std::vector<WorkloadRow> rewritten = repo.page({}, WorkloadSort::Name, false, 0, 1);
        for (const WorkloadCheckCell &cell : rewritten.front().cells)
            QCOMPARE(int(cell.state), int(CheckState::NotAssessed));
        db.exec("UPDATE kube_workloads SET checks = 'not json'");
        QCOMPARE(repo.page({}, WorkloadSort::Name, false, 0, 1).front().cells.size(), workloadCheckIds().size());
        QCOMPARE(db.scalar("SELECT count(*) FROM kube_workloads WHERE image_digests = 'sha256:aaa' || char(10) || "
                           "'sha256:bbb' AND created_at = 77 AND failing = ' privileged run-as-root '"),
                 1);
    }

    void completeRewriteDeletesPartialKeeps()
    {
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "prod");
        const std::int64_t other = addCluster(db, "other");
        WorkloadRepository repo(db);
        std::vector<KubeWorkload> first;
        for (const char *name : {"a", "b", "c", "d", "e"})
            first.push_back(workload("ns", "Deployment", name));
        repo.writeCollection(collection(src, "prod", 0, first));
        repo.writeCollection(collection(other, "other", 0, {workload("ns", "Deployment", "a")}));
        std::map<std::string, std::int64_t> idOf;
        for (const WorkloadRow &r : repo.page(filterOf("prod"), WorkloadSort::Name, false, 0, 100))
            idOf[r.name] = r.id;
        QCOMPARE(idOf.size(), first.size());

        // Complete: d and e are gone; b changed; the same workloads keep their ids.
        std::vector<KubeWorkload> second{first[0], first[1], first[2]};
        second[1].pods = 9;
        repo.writeCollection(collection(src, "prod", 0, second));
        std::vector<WorkloadRow> rows = repo.page(filterOf("prod"), WorkloadSort::Name, false, 0, 100);
        QCOMPARE(rows.size(), second.size());
        for (const WorkloadRow &r : rows)
            QCOMPARE(r.id, idOf.at(r.name));
        QCOMPARE(rows[1].pods, 9);
        // The other source is untouched.
        QCOMPARE(repo.count(filterOf("other")), std::int64_t(1));

        // Partial: only adds and updates.
        KubeWorkload f = workload("ns", "Deployment", "f");
        std::vector<KubeWorkload> third{f, first[0]};
        third[1].pods = 4;
        repo.writeCollection(collection(src, "prod", 0, third, false));
        rows = repo.page(filterOf("prod"), WorkloadSort::Name, false, 0, 100);
        QCOMPARE(rows.size(), std::size_t(4));
        QCOMPARE(rows[0].name, std::string("a"));
        QCOMPARE(rows[0].pods, 4);
        QCOMPARE(rows[3].name, std::string("f"));

        // The same name in another kind or namespace is another workload.
        repo.writeCollection(collection(src, "prod", 0, {workload("ns", "StatefulSet", "a"), workload("ns2", "Deployment", "a")}, false));
        QCOMPARE(repo.count(filterOf("prod")), std::int64_t(6));
        // An empty complete collection empties the cluster.
        repo.writeCollection(collection(src, "prod", 0, {}));
        QCOMPARE(repo.count(filterOf("prod")), std::int64_t(0));
        QCOMPARE(repo.count({}), std::int64_t(1));
    }

    void filters()
    {
        Database db = Database::open(freshPath());
        const std::int64_t a = addCluster(db, "alpha");
        const std::int64_t b = addCluster(db, "beta");
        std::vector<KubeWorkload> alpha, beta;
        const std::vector<Expected> expected = generate(150, alpha, beta);
        WorkloadRepository repo(db);
        repo.writeCollection(collection(a, "alpha", 0, alpha));
        repo.writeCollection(collection(b, "beta", 0, beta));

        std::vector<WorkloadFilter> cases;
        cases.push_back({});
        for (const char *cluster : {"alpha", "beta", "gamma"})
            cases.push_back(filterOf(cluster));
        for (const char *ns : {"ns0", "ns3", "nope"}) {
            cases.push_back(filterOf("", ns));
            cases.push_back(filterOf("beta", ns));
        }
        for (const char *text : {"web", "WEB-C", "NS4", "busybox:1.5", "team/api", "zzz"})
            cases.push_back(filterOf("", "", text));
        for (std::string_view id : workloadCheckIds()) {
            cases.push_back(filterOf("", "", "", std::string(id)));
            cases.push_back(filterOf("alpha", "ns2", "", std::string(id)));
        }
        cases.push_back(filterOf("", "", "", "run-as")); // a part of an id is no id
        WorkloadFilter failing;
        failing.onlyFailing = true;
        cases.push_back(failing);
        failing.text = "api";
        failing.cluster = "alpha";
        cases.push_back(failing);

        int nonEmpty = 0;
        for (const WorkloadFilter &f : cases) {
            const std::string label = f.cluster + "|" + f.nameSpace + "|" + f.text + "|" + f.failingCheck + "|"
                + (f.onlyFailing ? "failing" : "");
            std::set<std::string> want;
            for (const Expected &e : expected)
                if (matches(e, f))
                    want.insert(key(e.cluster, e.nameSpace, e.kind, e.name));
            QVERIFY2(repo.count(f) == std::int64_t(want.size()), label.c_str());
            std::set<std::string> got;
            for (const WorkloadRow &r : repo.page(f, WorkloadSort::Name, false, 0, 1000))
                got.insert(key(r.cluster, r.nameSpace, r.kind, r.name));
            QVERIFY2(got == want, label.c_str());
            nonEmpty += !want.empty();
        }
        // The generator gives most filters something to find.
        QVERIFY(nonEmpty > int(cases.size()) / 2);

        // What a row says about failing matches the input.
        std::map<std::string, const Expected *> byKey;
        for (const Expected &e : expected)
            byKey[key(e.cluster, e.nameSpace, e.kind, e.name)] = &e;
        for (const WorkloadRow &r : repo.page({}, WorkloadSort::Name, false, 0, 1000)) {
            const Expected &e = *byKey.at(key(r.cluster, r.nameSpace, r.kind, r.name));
            QCOMPARE(r.failedChecks, int(e.failing.size()));
            QCOMPARE(int(r.worst), int(e.worst));
            QCOMPARE(r.images, e.images);
            for (std::size_t j = 0; j < r.cells.size(); ++j)
                QCOMPARE(r.cells[j].state == CheckState::Fail, bool(e.failing.count(std::string(workloadCheckIds()[j]))));
        }
    }

    void sortsAndPages_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        const char *names[] = {"cluster", "namespace", "name", "kind", "pods", "failed"};
        for (int s = 0; s <= int(WorkloadSort::Failed); ++s)
            for (bool desc : {false, true})
                QTest::newRow((std::string(names[s]) + (desc ? " desc" : " asc")).c_str()) << s << desc;
    }
    void sortsAndPages()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        Database db = Database::open(freshPath());
        const std::int64_t a = addCluster(db, "alpha");
        const std::int64_t b = addCluster(db, "beta");
        std::vector<KubeWorkload> alpha, beta;
        std::vector<Expected> expected = generate(97, alpha, beta);
        WorkloadRepository repo(db);
        // beta first: ids do not follow the clusters' order.
        repo.writeCollection(collection(b, "beta", 0, beta));
        repo.writeCollection(collection(a, "alpha", 0, alpha));
        std::map<std::string, std::int64_t> ids;
        for (const WorkloadRow &r : repo.page({}, WorkloadSort::Name, false, 0, 1000))
            ids[key(r.cluster, r.nameSpace, r.kind, r.name)] = r.id;
        QCOMPARE(ids.size(), expected.size());

        // The documented order: key in the asked direction, then cluster, namespace, name, kind, id ascending.
        auto primary = [&](const Expected &e) -> std::tuple<std::string, std::int64_t, std::int64_t> {
            switch (WorkloadSort(sort)) {
            case WorkloadSort::Cluster: return {e.cluster, 0, 0};
            case WorkloadSort::Namespace: return {e.nameSpace, 0, 0};
            case WorkloadSort::Name: return {e.name, 0, 0};
            case WorkloadSort::Kind: return {e.kind, 0, 0};
            case WorkloadSort::Pods: return {"", e.pods, 0};
            case WorkloadSort::Failed: return {"", std::int64_t(e.failing.size()), int(e.worst)};
            }
            return {};
        };
        std::sort(expected.begin(), expected.end(), [&](const Expected &x, const Expected &y) {
            const auto px = primary(x), py = primary(y);
            if (px != py)
                return descending ? py < px : px < py;
            return std::tie(x.cluster, x.nameSpace, x.name, x.kind) < std::tie(y.cluster, y.nameSpace, y.name, y.kind);
        });
        std::vector<std::int64_t> want;
        for (const Expected &e : expected)
            want.push_back(ids.at(key(e.cluster, e.nameSpace, e.kind, e.name)));

        // Pages of 10 put together are the whole list, in order; past the end is empty.
        std::vector<std::int64_t> got;
        for (std::int64_t offset = 0; offset < std::int64_t(want.size()) + 10; offset += 10) {
            const auto page = repo.page({}, WorkloadSort(sort), descending, offset, 10);
            QVERIFY(page.size() <= 10);
            for (const WorkloadRow &r : page)
                got.push_back(r.id);
        }
        QCOMPARE(got, want);
        // An odd offset and limit read the same slice.
        const auto slice = repo.page({}, WorkloadSort(sort), descending, 13, 7);
        QCOMPARE(slice.size(), std::size_t(7));
        for (std::size_t i = 0; i < slice.size(); ++i)
            QCOMPARE(slice[i].id, want[13 + i]);
        QVERIFY(repo.page({}, WorkloadSort(sort), descending, 0, 0).empty());
        QVERIFY(repo.page({}, WorkloadSort(sort), descending, -1, 5).empty());
    }

    void namespacesAndSegmentation()
    {
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "prod");
        const std::int64_t other = addCluster(db, "dev");
        WorkloadRepository repo(db);
        ClusterCollectionWrite data = collection(src, "prod", 0, {workload("shop", "Deployment", "cart")});
        data.namespaces = {{"shop", 1, 3, 2, true, false}, {"empty", 0, 0, 0, false, false}, {"kube-system", 5, 9, 1, true, true}};
        repo.writeCollection(data);
        ClusterCollectionWrite dev = collection(other, "dev", 0, {workload("lab", "Deployment", "x")});
        dev.namespaces = {{"lab", 1, 1, 0, false, false}};
        repo.writeCollection(dev);

        QCOMPARE(repo.clusters(), (std::vector<std::string>{"dev", "prod"}));
        QCOMPARE(repo.namespaces("prod"), (std::vector<std::string>{"empty", "kube-system", "shop"}));
        QCOMPARE(repo.namespaces(""), (std::vector<std::string>{"empty", "kube-system", "lab", "shop"}));
        QCOMPARE(repo.namespaces("nope"), std::vector<std::string>{});
        std::vector<NamespaceRow> rows = repo.namespaceRows("prod");
        QCOMPARE(rows.size(), data.namespaces.size());
        QCOMPARE(rows[2].segmentation.name, std::string("shop"));
        QCOMPARE(rows[2].segmentation.workloads, 1);
        QCOMPARE(rows[2].segmentation.pods, 3);
        QCOMPARE(rows[2].segmentation.networkPolicies, 2);
        QVERIFY(rows[2].segmentation.defaultDenyIngress);
        QVERIFY(!rows[2].segmentation.defaultDenyEgress);
        QVERIFY(rows[1].segmentation.defaultDenyEgress);
        QVERIFY(rows[2].policiesAssessed);
        QCOMPARE(repo.namespaceRows("").size(), std::size_t(4));
        QCOMPARE(repo.namespaceRows("").front().cluster, std::string("dev"));

        // A partial run without NetworkPolicies: "empty" is kept, every namespace now unassessed.
        ClusterCollectionWrite partial = collection(src, "prod", 0, {}, false);
        partial.namespaces = {{"shop", 1, 3, 0, false, false}};
        partial.networkPoliciesCollected = false;
        repo.writeCollection(partial);
        rows = repo.namespaceRows("prod");
        QCOMPARE(rows.size(), std::size_t(3));
        for (const NamespaceRow &r : rows)
            QVERIFY(!r.policiesAssessed);
        QVERIFY(repo.namespaceRows("dev").front().policiesAssessed);
        // A complete run drops the namespaces it did not see.
        data.namespaces.erase(data.namespaces.begin() + 1);
        repo.writeCollection(data);
        rows = repo.namespaceRows("prod");
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].segmentation.name, std::string("kube-system"));
        QVERIFY(rows[0].policiesAssessed);
    }

    void coverageOfNewestRunWithCoverage()
    {
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "prod");
        const std::int64_t other = addCluster(db, "dev");
        CollectionRunRepository runs(db);
        WorkloadRepository repo(db);
        QVERIFY(repo.coverage("").empty());

        const std::int64_t r1 = runs.start(src, 100);
        ClusterCollectionWrite first = collection(src, "prod", r1, {});
        first.coverage = {{"pods", "complete", 40, "", {"RUN-1", "RUN-2"}},
                          {"secrets", "forbidden", 0, "forbidden: cannot list secrets", {"SEC-3", "SEC-4"}}};
        repo.writeCollection(first);
        runs.finish({r1, src, 100, 110, "partial", "", 0, 0, 3, 1});
        const std::int64_t d1 = runs.start(other, 150);
        ClusterCollectionWrite devRun = collection(other, "dev", d1, {});
        devRun.coverage = {{"pods", "complete", 2, "", {"RUN-1"}}};
        repo.writeCollection(devRun);

        std::vector<CoverageRow> rows = repo.coverage("prod");
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].record.resource, std::string("pods"));
        QCOMPARE(rows[0].record.items, std::int64_t(40));
        QCOMPARE(rows[0].record.controls, (std::vector<std::string>{"RUN-1", "RUN-2"}));
        QCOMPARE(rows[1].record.state, std::string("forbidden"));
        QCOMPARE(rows[1].record.message, std::string("forbidden: cannot list secrets"));
        QCOMPARE(rows[1].runId, r1);
        QCOMPARE(rows[1].runStartedAt, std::int64_t(100));
        QCOMPARE(rows[1].runStatus, std::string("partial"));
        QCOMPARE(rows[1].cluster, std::string("prod"));

        // A newer run with coverage replaces what is shown.
        const std::int64_t r2 = runs.start(src, 200);
        ClusterCollectionWrite second = collection(src, "prod", r2, {});
        second.coverage = {{"pods", "complete", 41, "", {"RUN-1"}}};
        repo.writeCollection(second);
        rows = repo.coverage("prod");
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows[0].runId, r2);
        QCOMPARE(rows[0].record.items, std::int64_t(41));
        QCOMPARE(rows[0].runStatus, std::string("running"));
        // A newer run that recorded none (it failed before listing) does not hide it.
        runs.start(src, 300);
        rows = repo.coverage("prod");
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows[0].runId, r2);
        // All clusters: each its own newest.
        rows = repo.coverage("");
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].cluster, std::string("dev"));
        QCOMPARE(rows[0].runId, d1);
        QCOMPARE(rows[1].runId, r2);
        // Coverage without a run has nowhere to go.
        ClusterCollectionWrite orphan = collection(src, "prod", 0, {});
        orphan.coverage = first.coverage;
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.writeCollection(orphan));
    }

    void evidenceAndObjects()
    {
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "prod");
        WorkloadRepository repo(db);
        ClusterCollectionWrite data = collection(src, "prod", 0, {});
        data.evidence = {{"RUN-4", "Falco", "DaemonSet falco/falco"}, {"RUN-6", "fluent-bit", "DaemonSet logging/fluent-bit"}};
        data.objects = {{"ClusterRole", "", "admin", "u1", 5, "{\"rules\":1}"},
                        {"ClusterRole", "", "view", "u2", 6, "{}"},
                        {"Secret", "shop", "db", "u3", 7, "{\"type\":\"Opaque\"}"},
                        {"Secret", "shop", "tls", "u4", 8, "{}"}};
        data.objectKindsComplete = {"ClusterRole", "Secret"};
        repo.writeCollection(data);
        QCOMPARE(repo.evidence("prod").size(), std::size_t(2));
        QCOMPARE(repo.evidence("prod")[0].evidence.agent, std::string("Falco"));
        QCOMPARE(repo.evidence("other").size(), std::size_t(0));
        const auto secrets = repo.objects("prod", "Secret");
        QCOMPARE(secrets.size(), std::size_t(2));
        QCOMPARE(secrets[0].name, std::string("db"));
        QCOMPARE(secrets[0].nameSpace, std::string("shop"));
        QCOMPARE(secrets[0].uid, std::string("u3"));
        QCOMPARE(secrets[0].createdAt, std::int64_t(7));
        QCOMPARE(secrets[0].json, std::string("{\"type\":\"Opaque\"}"));
        QCOMPARE(repo.objects("", "ClusterRole").size(), std::size_t(2));

        // Partial: evidence added to what was found; only ClusterRoles listed completely.
        ClusterCollectionWrite partial = collection(src, "prod", 0, {}, false);
        partial.evidence = {{"SEC-2", "external-secrets", "Deployment es/external-secrets"}};
        partial.objects = {{"ClusterRole", "", "view", "u2", 6, "{\"changed\":true}"}};
        partial.objectKindsComplete = {"ClusterRole"};
        repo.writeCollection(partial);
        QCOMPARE(repo.evidence("").size(), std::size_t(3));
        const auto roles = repo.objects("prod", "ClusterRole");
        QCOMPARE(roles.size(), std::size_t(1));
        QCOMPARE(roles[0].json, std::string("{\"changed\":true}"));
        QCOMPARE(repo.objects("prod", "Secret").size(), std::size_t(2));
        // Complete workloads: the evidence is what this run found.
        ClusterCollectionWrite complete = collection(src, "prod", 0, {});
        complete.evidence = {partial.evidence[0]};
        repo.writeCollection(complete);
        QCOMPARE(repo.evidence("prod").size(), std::size_t(1));
        QCOMPARE(repo.evidence("prod")[0].evidence.control, std::string("SEC-2"));
    }

    void writeRollsBackWithCallersTransaction()
    {
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "prod");
        WorkloadRepository repo(db);
        {
            Transaction tx(db);
            repo.writeCollection(collection(src, "prod", 0, {workload("ns", "Deployment", "a")}));
            QCOMPARE(repo.count({}), std::int64_t(1));
        } // not committed
        QCOMPARE(repo.count({}), std::int64_t(0));
        {
            Transaction tx(db);
            repo.writeCollection(collection(src, "prod", 0, {workload("ns", "Deployment", "a")}));
            tx.commit();
        }
        QCOMPARE(repo.count({}), std::int64_t(1));
    }

    void clusterNameComesFromTheSource()
    {
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "prod");
        RegistrySourceConfig registry;
        registry.name = "hub";
        registry.url = "https://hub.example";
        const std::int64_t hub = SourceRepository(db).add(registry, 1);
        WorkloadRepository repo(db);
        ClusterCollectionWrite data = collection(src, "Prod ", 0, {workload("ns", "Deployment", "a")});
        data.namespaces = {{"ns", 1, 1, 0, false, false}};
        data.evidence = {{"RUN-4", "Falco", "DaemonSet falco/falco"}};
        data.objects = {{"Secret", "ns", "s", "u", 1, "{}"}};
        repo.writeCollection(data);
        QCOMPARE(repo.count(filterOf("prod")), std::int64_t(1));
        QCOMPARE(repo.namespaceRows("prod").size(), std::size_t(1));
        QCOMPARE(repo.evidence("prod").size(), std::size_t(1));
        QCOMPARE(repo.objects("prod", "Secret").size(), std::size_t(1));
        QCOMPARE(db.scalar("SELECT count(*) FROM kube_workloads WHERE cluster <> 'prod'"), 0);
        // Not a cluster, or no source at all: refused, nothing written.
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.writeCollection(collection(hub, "hub", 0, {workload("ns", "Pod", "b")})));
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.writeCollection(collection(9999, "ghost", 0, {workload("ns", "Pod", "c")})));
        QCOMPARE(repo.count({}), std::int64_t(1));
    }

    // A cluster of the bench's proportions (2,000 workloads, 500 namespaces, 8,000 objects)
    // written, read and rewritten: the counts, not the time (bench/ measures that).
    void largeCollection()
    {
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "big");
        const std::int64_t run = CollectionRunRepository(db).start(src, 1);
        ClusterCollectionWrite data = collection(src, "big", run, {});
        for (int i = 0; i < 2000; ++i) {
            KubeWorkload w = workload("ns-" + std::to_string(i % 500), i % 2 ? "Deployment" : "StatefulSet",
                                      "app-" + std::to_string(i));
            w.checks.push_back(result(workloadcheck::kRunAsRoot, i % 7 == 0 ? CheckState::Fail : CheckState::Pass));
            data.workloads.push_back(std::move(w));
        }
        for (int i = 0; i < 500; ++i)
            data.namespaces.push_back({"ns-" + std::to_string(i), 4, 20, i % 2, i % 2 == 1, false});
        for (int i = 0; i < 8000; ++i)
            data.objects.push_back({i % 4 ? "RoleBinding" : "ClusterRole", i % 4 ? "ns-" + std::to_string(i % 500) : "",
                                    "o-" + std::to_string(i), "u" + std::to_string(i), i, "{}"});
        data.objectKindsComplete = {"RoleBinding", "ClusterRole"};
        WorkloadRepository repo(db);
        {
            Transaction tx(db);
            repo.writeCollection(data);
            tx.commit();
        }
        int failing = 0;
        for (int i = 0; i < 2000; ++i)
            failing += i % 7 == 0;
        QCOMPARE(repo.count({}), std::int64_t(2000));
        QCOMPARE(repo.count(filterOf("", "", "", workloadcheck::kRunAsRoot)), std::int64_t(failing));
        QCOMPARE(repo.count(filterOf("big", "ns-7")), std::int64_t(4));
        QCOMPARE(repo.namespaces("big").size(), std::size_t(500));
        QCOMPARE(repo.objects("big", "ClusterRole").size(), std::size_t(2000));
        QCOMPARE(repo.page({}, WorkloadSort::Failed, true, 0, 200).size(), std::size_t(200));
        // Every other workload gone in a complete rewrite.
        std::vector<KubeWorkload> half;
        for (std::size_t i = 0; i < data.workloads.size(); i += 2)
            half.push_back(data.workloads[i]);
        data.workloads = std::move(half);
        data.objects.resize(4000);
        {
            Transaction tx(db);
            repo.writeCollection(data);
            tx.commit();
        }
        QCOMPARE(repo.count({}), std::int64_t(1000));
        QCOMPARE(repo.objects("", "ClusterRole").size() + repo.objects("", "RoleBinding").size(), std::size_t(4000));
    }

    void removingTheSourceRemovesEverything()
    {
        Database db = Database::open(freshPath());
        const std::int64_t keep = addCluster(db, "keep");
        const std::int64_t drop = addCluster(db, "drop");
        CollectionRunRepository runs(db);
        WorkloadRepository repo(db);
        for (const auto &[id, name] : {std::pair{keep, std::string("keep")}, std::pair{drop, std::string("drop")}}) {
            ClusterCollectionWrite data =
                collection(id, name, runs.start(id, 10), {workload("a", "Deployment", "x"), workload("b", "Pod", "y")});
            data.namespaces = {{"a", 1, 1, 0, false, false}, {"b", 1, 1, 0, false, false}};
            data.coverage = {{"pods", "complete", 2, "", {"RUN-1"}}};
            data.evidence = {{"RUN-4", "Falco", "DaemonSet falco/falco"}};
            data.objects = {{"Secret", "a", "s", "u", 1, "{}"}};
            repo.writeCollection(data);
        }
        QVERIFY(SourceRepository(db).remove("drop"));
        for (const char *table : {"kube_workloads", "kube_namespaces", "kube_evidence", "kube_objects"}) {
            QVERIFY2(db.scalar(std::string("SELECT count(*) FROM ") + table + " WHERE source_id = " + std::to_string(drop)) == 0, table);
            QVERIFY2(db.scalar(std::string("SELECT count(*) FROM ") + table + " WHERE source_id = " + std::to_string(keep)) > 0, table);
        }
        QCOMPARE(db.scalar("SELECT count(*) FROM kube_coverage"), 1);
        QCOMPARE(repo.count({}), std::int64_t(2));
        QCOMPARE(repo.clusters(), std::vector<std::string>{"keep"});
        QCOMPARE(repo.coverage("").size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestWorkloadRepository)
#include "tst_workloadrepository.moc"
