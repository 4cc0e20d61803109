// The Workloads view over a store written through SourceRepository and
// WorkloadRepository::writeCollection with crafted workloads: the model's row count, paging and
// filters are checked against counts computed from that input; the model reads off the GUI
// thread; the matrix cells carry state, severity and a tooltip with the field path; the namespace
// panel says "not assessed" where NetworkPolicies were not collected, the coverage panel shows a
// forbidden resource with the controls it leaves unassessed and the agents (or "awaiting
// attestation"); the empty state says how to add a cluster; the header layout is remembered.
#include "exporttestsupport.h"
#include "jobs/jobsmodel.h"
#include "kube/workloadcheck.h"
#include "kubeapiserver.h"
#include "testcerts.h"
#include "mainwindow/mainwindow.h"
#include "pages/pageid.h"
#include "settings/appsettings.h"
#include "sources/addclusterdialog.h"
#include "sources/clustersourceconfig.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "store/workloadrepository.h"
#include "uitestsupport.h"
#include "workloads/coveragepanel.h"
#include "workloads/namespacepanel.h"
#include "workloads/workloadsfilterbar.h"
#include "workloads/workloadslistmodel.h"
#include "workloads/workloadsview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>
#include <set>

using namespace bulkhead;
using ui::WorkloadsListModel;

namespace {

constexpr int kTimeout = 10000;
constexpr std::int64_t kNow = 1717200000;
constexpr int kProdWorkloads = 260; // more than one page of WorkloadsListModel::kPageSize
constexpr int kStageWorkloads = 45;
constexpr int kNamespaces = 5;

const std::string kPrivilegedPath = "spec.template.spec.containers[0].securityContext.privileged";

std::string pathOf(std::string_view check)
{
    if (check == workloadcheck::kPrivileged)
        return kPrivilegedPath;
    return "spec.template.spec.containers[0].securityContext." + std::string(check);
}

// The state of check `j` on workload `i` of a cluster: a fixed pattern, so that every check has
// failing, passing, n/a and not-assessed workloads.
CheckState stateOf(int i, int j)
{
    switch ((i * 3 + j * 5) % 11) {
    case 0:
    case 1: return CheckState::Fail;
    case 2: return CheckState::NotApplicable;
    case 3: return CheckState::NotAssessed;
    default: return CheckState::Pass;
    }
}

Severity severityOf(int i, int j)
{
    static constexpr Severity kSeverities[] = {Severity::Low, Severity::Medium, Severity::High, Severity::Critical};
    return kSeverities[(i + j) % 4];
}

struct Crafted {
    std::string cluster;
    KubeWorkload workload;
};

KubeWorkload workload(const std::string &cluster, int i)
{
    KubeWorkload w;
    w.nameSpace = "ns-" + std::to_string(i % kNamespaces);
    static const char *kKinds[] = {"Deployment", "StatefulSet", "DaemonSet", "CronJob", "Pod"};
    w.kind = kKinds[i % 5];
    w.name = (i % 7 == 0 ? "web-" : "app-") + std::to_string(1000 + i);
    w.uid = cluster + "-uid-" + std::to_string(i);
    w.serviceAccount = i % 3 == 0 ? "" : "svc";
    w.createdAt = kNow - i * 3600;
    w.pods = 1 + i % 4;
    w.containers = 1 + i % 2;
    w.images = {"registry.example/team/svc:1." + std::to_string(i)};
    const auto &ids = workloadCheckIds();
    for (std::size_t j = 0; j < ids.size(); ++j) {
        WorkloadCheckResult r;
        r.check = std::string(ids[j]);
        r.state = stateOf(i, int(j));
        r.severity = severityOf(i, int(j));
        r.control = "RUN-1";
        r.container = "main";
        if (r.state == CheckState::Fail) {
            r.path = pathOf(ids[j]);
            r.message = "crafted failure of " + r.check;
        }
        w.checks.push_back(r);
    }
    return w;
}

NamespaceSegmentation segmentation(int n, bool deny)
{
    NamespaceSegmentation s;
    s.name = "ns-" + std::to_string(n);
    s.networkPolicies = deny ? 2 : 0;
    s.defaultDenyIngress = deny;
    s.defaultDenyEgress = deny && n % 2 == 0;
    return s;
}


// A store that looks like a small team's: two clusters, the usual system and application
// workloads, each failing what such a workload typically fails. For the screenshots only.
struct DemoWorkload {
    const char *nameSpace, *kind, *name;
    int pods;
    const char *image;
    std::set<std::string> fails;
    std::set<std::string> notAssessed = {};
};

Severity demoSeverity(std::string_view check)
{
    using namespace workloadcheck;
    if (check == kPrivileged || check == kSecretEnvLiteral)
        return Severity::Critical;
    if (check == kPrivilegeEscalation || check == kDangerousCapabilities || check == kRunAsRoot
        || check == kHostNamespaces || check == kHostPath || check == kUntrustedRegistry)
        return Severity::High;
    if (check == kNoAppArmor || check == kAutomountToken || check == kDefaultServiceAccount)
        return Severity::Low;
    return Severity::Medium;
}

KubeWorkload demoWorkload(const DemoWorkload &d, int index)
{
    KubeWorkload w;
    w.nameSpace = d.nameSpace;
    w.kind = d.kind;
    w.name = d.name;
    w.uid = std::string(d.nameSpace) + "/" + d.name;
    w.serviceAccount = d.fails.count(workloadcheck::kDefaultServiceAccount) ? "" : d.name;
    w.createdAt = kNow - index * 86400;
    w.pods = d.pods;
    w.containers = 1;
    w.images = {d.image};
    for (std::string_view id : workloadCheckIds()) {
        WorkloadCheckResult r;
        r.check = std::string(id);
        r.container = "main";
        r.severity = demoSeverity(id);
        if (d.fails.count(r.check)) {
            r.state = CheckState::Fail;
            r.path = "spec.template.spec.containers[0]." + r.check;
            r.message = "demo: " + r.check;
        } else if (d.notAssessed.count(r.check)) {
            r.state = CheckState::NotAssessed;
            r.message = "the registry does not know this image";
        } else if (id == workloadcheck::kSecretEnvRef || id == workloadcheck::kSecretEnvLiteral) {
            r.state = CheckState::NotApplicable;
        }
        w.checks.push_back(r);
    }
    return w;
}

void writeDemoCluster(Database &db, const std::string &name, const std::vector<DemoWorkload> &workloads,
                      bool policies)
{
    ClusterSourceConfig config;
    config.name = name;
    config.context = name;
    config.server = "https://" + name + ".k8s.example:6443";
    const std::int64_t id = SourceRepository(db).add(config, kNow);
    const std::int64_t run = CollectionRunRepository(db).start(id, kNow);
    ClusterCollectionWrite write;
    write.sourceId = id;
    write.runId = run;
    write.now = kNow;
    write.cluster = name;
    write.workloadsComplete = write.namespacesComplete = true;
    write.networkPoliciesCollected = policies;
    std::map<std::string, NamespaceSegmentation> namespaces;
    for (std::size_t i = 0; i < workloads.size(); ++i) {
        write.workloads.push_back(demoWorkload(workloads[i], int(i)));
        NamespaceSegmentation &s = namespaces[workloads[i].nameSpace];
        s.name = workloads[i].nameSpace;
        ++s.workloads;
        s.pods += workloads[i].pods;
    }
    for (auto &[ns, s] : namespaces) {
        if (policies && (ns == "payments" || ns == "checkout")) {
            s.networkPolicies = 3;
            s.defaultDenyIngress = true;
            s.defaultDenyEgress = ns == "payments";
        }
        write.namespaces.push_back(s);
    }
    const std::vector<std::string> podControls{"RUN-1", "RUN-2", "RUN-5", "IAM-3", "IAM-4", "SEC-1", "SEC-5", "SUP-4", "BLD-3"};
    write.coverage = {
        {"namespaces", "complete", std::int64_t(namespaces.size()), "", {"RUN-3"}},
        {"pods", "complete", 42, "", podControls},
        {"deployments.apps", "complete", 7, "", podControls},
        {"daemonsets.apps", "complete", 4, "", {"RUN-4", "RUN-6", "INC-1", "SEC-2"}},
        {"serviceaccounts", "complete", 31, "", {"IAM-1", "IAM-2"}},
        {"clusterrolebindings.rbac.authorization.k8s.io", "complete", 58, "", {"IAM-1", "IAM-2"}},
        policies ? CoverageRecord{"networkpolicies.networking.k8s.io", "complete", 5, "", {"RUN-3"}}
                 : CoverageRecord{"networkpolicies.networking.k8s.io", "forbidden", 0,
                                  "networkpolicies.networking.k8s.io is forbidden: User \"ci-reader\" cannot list "
                                  "resource \"networkpolicies\" in API group \"networking.k8s.io\" at the cluster scope",
                                  {"RUN-3"}},
        policies ? CoverageRecord{"secrets", "complete", 64, "", {"SEC-3", "SEC-4"}}
                 : CoverageRecord{"secrets", "forbidden", 0, "secrets is forbidden: User \"ci-reader\" cannot list resource \"secrets\"", {"SEC-3", "SEC-4"}},
        {"vulnerabilityreports.aquasecurity.github.io", "absent", 0, "trivy-operator is not installed", {}},
    };
    if (policies) {
        write.evidence = {{"RUN-4", "Falco", "DaemonSet falco/falco (image falcosecurity/falco:0.37.1)"},
                          {"RUN-6", "fluent-bit", "DaemonSet monitoring/fluent-bit (image cr.fluentbit.io/fluent/fluent-bit:3.0)"}};
    } else {
        write.evidence = {{"RUN-6", "promtail", "DaemonSet monitoring/promtail (image grafana/promtail:2.9.4)"}};
    }
    Transaction tx(db);
    WorkloadRepository(db).writeCollection(write);
    CollectionRunRow finished;
    finished.id = run;
    finished.sourceId = id;
    finished.startedAt = kNow;
    finished.finishedAt = kNow + 14;
    finished.status = policies ? "complete" : "partial";
    finished.images = int(workloads.size());
    CollectionRunRepository(db).finish(finished);
    tx.commit();
}

void writeDemoStore(const QString &path)
{
    using namespace workloadcheck;
    Database db = Database::open(path.toStdString());
    writeDemoCluster(db, "prod-eu", {
        {"payments", "Deployment", "payments-api", 3, "registry.example.com/payments/api@sha256:4f1c", {kNoSeccomp, kNoAppArmor}},
        {"payments", "StatefulSet", "ledger-db", 1, "registry.example.com/base/postgres:16.2", {kRunAsRoot, kWritableRootFs, kImageNotPinned, kSecretEnvRef, kNoAppArmor}},
        {"checkout", "Deployment", "checkout-web", 4, "registry.example.com/checkout/web@sha256:9ab2", {kNoAppArmor}},
        {"checkout", "StatefulSet", "cart-redis", 2, "docker.io/library/redis:7", {kRunAsRoot, kImageNotPinned, kUntrustedRegistry, kCapabilitiesNotDropped, kNoSeccomp, kNoAppArmor}, {kImageUnsigned}},
        {"monitoring", "DaemonSet", "fluent-bit", 6, "cr.fluentbit.io/fluent/fluent-bit:3.0", {kHostPath, kRunAsRoot, kUntrustedRegistry, kNoAppArmor, kImageNotPinned}, {kImageUnsigned}},
        {"monitoring", "DaemonSet", "node-exporter", 6, "quay.io/prometheus/node-exporter:v1.7.0", {kHostNamespaces, kHostPath, kUntrustedRegistry, kImageNotPinned}, {kImageUnsigned}},
        {"falco", "DaemonSet", "falco", 6, "docker.io/falcosecurity/falco:0.37.1", {kPrivileged, kHostPath, kHostNamespaces, kRunAsRoot, kUntrustedRegistry, kImageNotPinned}, {kImageUnsigned}},
        {"kube-system", "Deployment", "coredns", 2, "registry.k8s.io/coredns/coredns:v1.11.1", {kImageNotPinned, kNoAppArmor}, {kImageUnsigned}},
        {"kube-system", "DaemonSet", "kube-proxy", 6, "registry.k8s.io/kube-proxy:v1.29.2", {kPrivileged, kHostNamespaces, kHostPath, kRunAsRoot, kImageNotPinned}, {kImageUnsigned}},
        {"batch", "CronJob", "nightly-report", 0, "registry.example.com/batch/report:latest", {kImageNotPinned, kDefaultServiceAccount, kAutomountToken, kSecretEnvLiteral, kWritableRootFs}},
        {"default", "Pod", "debug-shell", 1, "docker.io/library/ubuntu:latest", {kPrivileged, kPrivilegeEscalation, kRunAsRoot, kDangerousCapabilities, kImageNotPinned, kUntrustedRegistry, kDefaultServiceAccount, kNoSeccomp}, {kImageUnsigned}},
        {"ingress-nginx", "Deployment", "ingress-nginx-controller", 2, "registry.k8s.io/ingress-nginx/controller:v1.10.0", {kDangerousCapabilities, kPrivilegeEscalation, kImageNotPinned}, {kImageUnsigned}},
    }, true);
    writeDemoCluster(db, "staging", {
        {"payments", "Deployment", "payments-api", 1, "registry.example.com/payments/api:main", {kImageNotPinned, kNoSeccomp, kNoAppArmor}},
        {"checkout", "Deployment", "checkout-web", 1, "registry.example.com/checkout/web:main", {kImageNotPinned, kWritableRootFs}},
        {"preview", "Deployment", "pr-4711-web", 1, "registry.example.com/checkout/web:pr-4711", {kImageNotPinned, kRunAsRoot, kDefaultServiceAccount, kAutomountToken}},
        {"monitoring", "DaemonSet", "promtail", 3, "docker.io/grafana/promtail:2.9.4", {kHostPath, kRunAsRoot, kUntrustedRegistry}, {kImageUnsigned}},
    }, false);
}

} // namespace

class TestWorkloadsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_emptyPath;
    std::vector<Crafted> m_all;

    static void settle(WorkloadsListModel &model)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.countExact(), kTimeout);
    }

    template <typename Pred>
    qint64 expected(Pred pred) const
    {
        return std::count_if(m_all.begin(), m_all.end(), pred);
    }

    static bool fails(const KubeWorkload &w, std::string_view check)
    {
        return std::any_of(w.checks.begin(), w.checks.end(),
                           [&](const WorkloadCheckResult &r) { return r.check == check && r.state == CheckState::Fail; });
    }

    static bool failsAny(const KubeWorkload &w)
    {
        return std::any_of(w.checks.begin(), w.checks.end(),
                           [](const WorkloadCheckResult &r) { return r.state == CheckState::Fail; });
    }

    void writeCluster(Database &db, const std::string &name, int count, bool policiesCollected)
    {
        ClusterSourceConfig config;
        config.name = name;
        config.context = name + "-context";
        config.server = "https://" + name + ".example:6443";
        const std::int64_t id = SourceRepository(db).add(config, kNow);
        const std::int64_t run = CollectionRunRepository(db).start(id, kNow);
        ClusterCollectionWrite write;
        write.sourceId = id;
        write.runId = run;
        write.now = kNow;
        write.cluster = name;
        write.workloadsComplete = true;
        write.namespacesComplete = true;
        write.networkPoliciesCollected = policiesCollected;
        for (int i = 0; i < count; ++i) {
            write.workloads.push_back(workload(name, i));
            m_all.push_back({name, write.workloads.back()});
        }
        for (int n = 0; n < kNamespaces; ++n)
            write.namespaces.push_back(segmentation(n, policiesCollected && n < 2));
        CoverageRecord pods{"pods", "complete", count, "", {"RUN-1", "RUN-2"}};
        write.coverage.push_back(pods);
        if (policiesCollected) {
            write.coverage.push_back({"networkpolicies.networking.k8s.io", "complete", 4, "", {"RUN-3"}});
            write.evidence.push_back({"RUN-4", "Falco", "DaemonSet falco/falco (image falcosecurity/falco:0.37.1)"});
        } else {
            write.coverage.push_back({"networkpolicies.networking.k8s.io", "forbidden", 0,
                                      "networkpolicies.networking.k8s.io is forbidden: User \"ci\" cannot list resource",
                                      {"RUN-3"}});
        }
        Transaction tx(db);
        WorkloadRepository(db).writeCollection(write);
        tx.commit();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, "tst_workloadsview");
        m_path = m_dir.path() + QStringLiteral("/workloads.db");
        m_emptyPath = m_dir.path() + QStringLiteral("/empty.db");
        test::createStore(m_emptyPath);
        Database db = Database::open(m_path.toStdString());
        writeCluster(db, "prod", kProdWorkloads, true);
        writeCluster(db, "stage", kStageWorkloads, false);
    }

    void loadsOffTheGuiThreadAndPages()
    {
        WorkloadsListModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The constructor only queued the read: nothing is known yet on this thread.
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        settle(model);
        QCOMPARE(model.totalCount(), qint64(m_all.size()));
        QCOMPARE(model.rowCount(), int(m_all.size()));
        QCOMPARE(model.columnCount(), WorkloadsListModel::FirstCheckColumn + int(workloadCheckIds().size()));
        // Rows past the first page arrive when asked for.
        const int last = model.rowCount() - 1;
        QVERIFY(!model.index(last, 0).data(WorkloadsListModel::LoadedRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(model.index(last, 0).data(WorkloadsListModel::LoadedRole).toBool(), kTimeout);
    }

    void filtersMatchTheInput()
    {
        WorkloadsListModel model(m_path);
        settle(model);
        auto check = [&](const WorkloadFilter &filter, qint64 want) {
            model.setFilter(filter);
            settle(model);
            QCOMPARE(model.totalCount(), want);
            QCOMPARE(model.rowCount(), int(want));
        };
        WorkloadFilter f;
        f.cluster = "stage";
        check(f, expected([](const Crafted &c) { return c.cluster == "stage"; }));
        f.nameSpace = "ns-2";
        check(f, expected([](const Crafted &c) { return c.cluster == "stage" && c.workload.nameSpace == "ns-2"; }));
        f = {};
        f.text = "web-";
        check(f, expected([](const Crafted &c) { return c.workload.name.find("web-") != std::string::npos; }));
        f = {};
        f.failingCheck = workloadcheck::kPrivileged;
        check(f, expected([](const Crafted &c) { return fails(c.workload, workloadcheck::kPrivileged); }));
        f.cluster = "prod";
        check(f, expected([](const Crafted &c) {
            return c.cluster == "prod" && fails(c.workload, workloadcheck::kPrivileged);
        }));
        f = {};
        f.onlyFailing = true;
        check(f, expected([](const Crafted &c) { return failsAny(c.workload); }));
    }

    void cellsCarryStateAndPath()
    {
        WorkloadsListModel model(m_path);
        WorkloadFilter f;
        f.failingCheck = workloadcheck::kPrivileged;
        model.setFilter(f);
        settle(model);
        QVERIFY(model.rowCount() > 0);
        const int column = WorkloadsListModel::columnOfCheck(workloadcheck::kPrivileged);
        QVERIFY(WorkloadsListModel::isCheckColumn(column));
        QCOMPARE(model.headerData(column, Qt::Horizontal, WorkloadsListModel::CheckIdRole).toString(),
                 QString::fromLatin1(workloadcheck::kPrivileged));
        const QModelIndex cell = model.index(0, column);
        QCOMPARE(cell.data(WorkloadsListModel::CellStateRole).toInt(), int(CheckState::Fail));
        QCOMPARE(cell.data(WorkloadsListModel::CellPathRole).toString(), QString::fromStdString(kPrivilegedPath));
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QString::fromStdString(kPrivilegedPath)), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("RUN-1")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("fail")), qPrintable(tip));
        // Readable without colour: the cell's text is a glyph per state.
        QCOMPARE(cell.data(Qt::DisplayRole).toString(), QStringLiteral("✗"));

        // The row's other cells say what the input says, cell by cell.
        const WorkloadRow *row = model.rowAt(0);
        QVERIFY(row);
        const auto it = std::find_if(m_all.begin(), m_all.end(), [&](const Crafted &c) {
            return c.cluster == row->cluster && c.workload.name == row->name;
        });
        QVERIFY(it != m_all.end());
        const auto &ids = workloadCheckIds();
        for (std::size_t j = 0; j < ids.size(); ++j) {
            const QModelIndex c = model.index(0, WorkloadsListModel::FirstCheckColumn + int(j));
            QCOMPARE(c.data(WorkloadsListModel::CellStateRole).toInt(), int(it->workload.checks[j].state));
            if (it->workload.checks[j].state == CheckState::Fail)
                QCOMPARE(c.data(WorkloadsListModel::CellSeverityRole).toInt(), int(it->workload.checks[j].severity));
        }
        const int failing = int(std::count_if(it->workload.checks.begin(), it->workload.checks.end(),
                                              [](const WorkloadCheckResult &r) { return r.state == CheckState::Fail; }));
        QCOMPARE(model.index(0, WorkloadsListModel::FailedColumn).data().toInt(), failing);
    }

    void sortsByName()
    {
        WorkloadsListModel model(m_path);
        settle(model);
        model.sort(WorkloadsListModel::NameColumn, Qt::AscendingOrder);
        settle(model);
        std::vector<std::string> names;
        for (const Crafted &c : m_all)
            names.push_back(c.workload.name);
        std::sort(names.begin(), names.end());
        QCOMPARE(model.rowAt(0)->name, names.front());
        // A check column is not an order the store knows: the order stays.
        model.sort(WorkloadsListModel::FirstCheckColumn, Qt::AscendingOrder);
        QCOMPARE(model.sortKey(), WorkloadSort::Name);
    }

    // "Export…" writes exactly the workloads of the view's filter, as CSV and as JSON.
    void exportWritesTheFilteredRows()
    {
        ui::WorkloadsView view(m_path);
        settle(*view.model());
        WorkloadFilter f;
        f.cluster = "prod";
        f.failingCheck = workloadcheck::kPrivileged;
        view.model()->setFilter(f);
        settle(*view.model());
        std::set<std::string> wanted;
        for (const Crafted &c : m_all)
            if (c.cluster == "prod" && fails(c.workload, workloadcheck::kPrivileged))
                wanted.insert(c.workload.nameSpace + "/" + c.workload.name);
        QVERIFY(!wanted.empty());

        const QString csvPath = m_dir.path() + QStringLiteral("/privileged.csv");
        QCOMPARE(test::exportAndWait(view.exporter(), csvPath, ExportFormat::Csv), qint64(wanted.size()));
        std::set<std::string> got;
        for (const auto &row : test::readCsvFile(csvPath)) {
            QCOMPARE(row.at("cluster"), std::string("prod"));
            QCOMPARE(row.at(std::string(workloadcheck::kPrivileged)), std::string("fail"));
            got.insert(row.at("namespace") + "/" + row.at("name"));
        }
        QCOMPARE(got, wanted);

        const QString jsonPath = m_dir.path() + QStringLiteral("/privileged.json");
        QCOMPARE(test::exportAndWait(view.exporter(), jsonPath, ExportFormat::Json), qint64(wanted.size()));
        QCOMPARE(test::readJsonFile(jsonPath).size(), qsizetype(wanted.size()));
    }

    void viewShowsEmptyStateWithoutClusters()
    {
        ui::WorkloadsView view(m_emptyPath);
        QSignalSpy loaded(&view, &ui::WorkloadsView::factsLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kTimeout);
        QVERIFY(view.isEmptyStateShown());
        QSignalSpy add(&view, &ui::WorkloadsView::addClusterRequested);
        view.addClusterButton()->click();
        QCOMPARE(add.count(), 1);
    }

    void panelsShowSegmentationAndCoverage()
    {
        ui::WorkloadsView view(m_path);
        QSignalSpy loaded(&view, &ui::WorkloadsView::factsLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kTimeout);
        QVERIFY(!view.isEmptyStateShown());
        QCOMPARE(view.clusterSourceCount(), 2);
        QCOMPARE(view.filterBar()->clusterCombo()->count(), 3); // all, prod, stage

        // Choose the cluster whose NetworkPolicies were forbidden.
        view.filterBar()->clusterCombo()->setCurrentIndex(view.filterBar()->clusterCombo()->findData(QStringLiteral("stage")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2, kTimeout);
        settle(*view.model());
        QCOMPARE(view.model()->totalCount(), expected([](const Crafted &c) { return c.cluster == "stage"; }));
        QTableWidget *ns = view.namespacePanel()->table();
        QCOMPARE(ns->rowCount(), kNamespaces);
        for (int r = 0; r < ns->rowCount(); ++r) {
            QCOMPARE(ns->item(r, ui::NamespacePanel::ClusterColumn)->text(), QStringLiteral("stage"));
            QVERIFY(ns->item(r, ui::NamespacePanel::IngressColumn)->text().contains(QStringLiteral("not assessed")));
            QVERIFY(ns->item(r, ui::NamespacePanel::EgressColumn)->text().contains(QStringLiteral("not assessed")));
        }
        QTableWidget *coverage = view.coveragePanel()->coverageTable();
        bool forbidden = false;
        for (int r = 0; r < coverage->rowCount(); ++r) {
            if (coverage->item(r, ui::CoveragePanel::ResourceColumn)->text() != QStringLiteral("networkpolicies.networking.k8s.io"))
                continue;
            forbidden = true;
            QVERIFY(coverage->item(r, ui::CoveragePanel::StateColumn)->text().contains(QStringLiteral("not collected: forbidden")));
            QCOMPARE(coverage->item(r, ui::CoveragePanel::NotAssessedColumn)->text(), QStringLiteral("RUN-3"));
            QVERIFY(coverage->item(r, ui::CoveragePanel::MessageColumn)->text().contains(QStringLiteral("forbidden")));
        }
        QVERIFY(forbidden);
        // No agent in stage: each agent control awaits an attestation.
        QTableWidget *evidence = view.coveragePanel()->evidenceTable();
        QCOMPARE(evidence->rowCount(), 3);
        for (int r = 0; r < evidence->rowCount(); ++r)
            QVERIFY(evidence->item(r, ui::CoveragePanel::EvidenceTextColumn)->text().contains(QStringLiteral("awaiting attestation")));

        // prod: policies collected, ingress denied in the first two namespaces only, Falco found.
        view.filterBar()->clusterCombo()->setCurrentIndex(view.filterBar()->clusterCombo()->findData(QStringLiteral("prod")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 3, kTimeout);
        int denied = 0;
        for (int r = 0; r < ns->rowCount(); ++r) {
            const QString text = ns->item(r, ui::NamespacePanel::IngressColumn)->text();
            QVERIFY(!text.contains(QStringLiteral("not assessed")));
            denied += text.contains(QStringLiteral("yes"));
        }
        QCOMPARE(denied, 2);
        bool falco = false;
        for (int r = 0; r < evidence->rowCount(); ++r)
            falco = falco || evidence->item(r, ui::CoveragePanel::AgentColumn)->text().contains(QStringLiteral("Falco"));
        QVERIFY(falco);
    }

    void filterBarBuildsTheFilter()
    {
        ui::WorkloadsFilterBar bar;
        bar.setClusters({"prod", "stage"});
        QSignalSpy changed(&bar, &ui::WorkloadsFilterBar::filterChanged);
        QSignalSpy cluster(&bar, &ui::WorkloadsFilterBar::clusterChanged);
        bar.clusterCombo()->setCurrentIndex(2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cluster.count(), 1);
        QCOMPARE(bar.filter().cluster, std::string("stage"));
        bar.onlyFailingCheck()->setChecked(true);
        QVERIFY(bar.filter().onlyFailing);
        bar.failingCheckCombo()->setCurrentIndex(
            bar.failingCheckCombo()->findData(QString::fromLatin1(workloadcheck::kRunAsRoot)));
        QCOMPARE(bar.filter().failingCheck, std::string(workloadcheck::kRunAsRoot));
        bar.setFilter({});
        QVERIFY(bar.filter().cluster.empty() && !bar.filter().onlyFailing && bar.filter().failingCheck.empty());
    }

    void headerLayoutIsRemembered()
    {
        const int column = WorkloadsListModel::NameColumn;
        {
            ui::WorkloadsView view(m_path);
            view.table()->horizontalHeader()->resizeSection(column, 333);
        }
        QVERIFY(!ui::AppSettings::headerState(QStringLiteral("workloads")).isEmpty());
        ui::WorkloadsView again(m_path);
        QCOMPARE(again.table()->horizontalHeader()->sectionSize(column), 333);
    }

    void keyboardReachesTheMatrix()
    {
        ui::WorkloadsView view(m_path);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        settle(*view.model());
        // `/` searches; the table takes arrow keys through the check cells.
        QTest::keyClick(&view, Qt::Key_Slash);
        QVERIFY(view.filterBar()->searchField()->hasFocus());
        view.table()->setFocus();
        view.table()->setCurrentIndex(view.model()->index(0, WorkloadsListModel::FailedColumn));
        QTest::keyClick(view.table(), Qt::Key_Right);
        QCOMPARE(view.table()->currentIndex().column(), int(WorkloadsListModel::FirstCheckColumn));
        QVERIFY(!view.table()->currentIndex().data(Qt::AccessibleTextRole).toString().isEmpty());
        // The current cell's tooltip is spelled out under the table for keyboard users.
        const QString detail = view.cellDetailLabel()->text();
        QVERIFY2(detail.contains(view.table()->currentIndex().siblingAtColumn(WorkloadsListModel::NameColumn).data().toString()),
                 qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("RUN-1")), qPrintable(detail)); // the first check's control
    }

    // End to end: a cluster source on the test Kubernetes API server (TLS, token), collected by a
    // JobsModel job as the main window runs it; the view then shows one row per top-level
    // controller the server serves, and the forbidden NetworkPolicies as "not assessed".
    void collectionFillsTheView()
    {
        QTemporaryDir work;
        test::TestCerts certs(work.path());
        QVERIFY2(certs.ok(), qPrintable(certs.error()));
        test::KubeApiServer server(certs);
        const QString token = QStringLiteral("e2e-token-5d1c");
        server.addToken(token);
        test::GeneratedCluster spec;
        spec.namespaces = 3;
        spec.controllers = 12;
        spec.pods = 30;
        spec.rbacObjects = 8;
        spec.secrets = 2;
        server.generateCluster(spec);
        server.forbid(QStringLiteral("networkpolicies"));
        QVERIFY(server.start());
        const QString config = work.path() + QStringLiteral("/kubeconfig");
        test::writeFile(config, QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: e2e\n  cluster:\n"
                                               "    server: %1\n    certificate-authority: %2\ncontexts:\n- name: e2e\n"
                                               "  context: {cluster: e2e, user: e2e}\ncurrent-context: e2e\nusers:\n"
                                               "- name: e2e\n  user: {token: %3}\n")
                                    .arg(server.url(), certs.caCert(), token)
                                    .toUtf8());
        const QString store = work.path() + QStringLiteral("/e2e.db");
        {
            Database db = Database::open(store.toStdString());
            ClusterSourceConfig source;
            source.name = "e2e";
            source.kubeconfig = config.toStdString();
            source.context = "e2e";
            source.server = server.url().toStdString();
            SourceRepository(db).add(source, kNow);
        }
        ui::WorkloadsView view(store);
        QSignalSpy facts(&view, &ui::WorkloadsView::factsLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(facts.count() >= 1, kTimeout);
        QVERIFY(!view.isEmptyStateShown()); // a cluster source exists, nothing collected yet
        settle(*view.model());
        QCOMPARE(view.model()->totalCount(), qint64(0));

        ui::JobsModel jobs(store);
        QSignalSpy finished(&jobs, &ui::JobsModel::jobFinished);
        connect(&jobs, &ui::JobsModel::collectionWritten, &view, &ui::WorkloadsView::refresh);
        jobs.startCollect({QStringLiteral("e2e")});
        QVERIFY(finished.wait(120000));
        const qint64 controllers = server.objectCount(QStringLiteral("deployments"))
            + server.objectCount(QStringLiteral("statefulsets")) + server.objectCount(QStringLiteral("daemonsets"))
            + server.objectCount(QStringLiteral("cronjobs"));
        QVERIFY(controllers > 0);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->totalCount(), controllers, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(view.namespacePanel()->table()->rowCount() == spec.namespaces, kTimeout);
        for (int r = 0; r < view.namespacePanel()->table()->rowCount(); ++r)
            QVERIFY(view.namespacePanel()->table()->item(r, ui::NamespacePanel::IngressColumn)->text().contains(
                QStringLiteral("not assessed")));
    }

    // Not a check: with BULKHEAD_SCREENSHOT_DIR set (xvfb-run, QT_QPA_PLATFORM=xcb), saves the
    // Workloads page of a demo-like store and the Add-cluster dialog for people to look at.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("BULKHEAD_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set BULKHEAD_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(out);
        const QString path = out + QStringLiteral("/workloads-demo.db");
        QFile::remove(path);
        writeDemoStore(path);
        ui::MainWindow w(path);
        w.resize(1440, 900);
        w.show();
        w.showPage(ui::PageId::Workloads);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        settle(*w.workloadsView()->model());
        // The worst workload's first check is current: its detail shows under the matrix.
        w.workloadsView()->table()->setCurrentIndex(
            w.workloadsView()->model()->index(0, WorkloadsListModel::FirstCheckColumn));
        QTest::qWait(800);
        QVERIFY(w.grab().save(out + QStringLiteral("/workloads.png")));
        w.workloadsView()->panelTabs()->setCurrentIndex(1);
        QTest::qWait(300);
        QVERIFY(w.grab().save(out + QStringLiteral("/workloads-coverage.png")));

        // The Add-cluster dialog on a kubeconfig whose second context authenticates through an
        // exec plugin: the command shown in full, not yet approved.
        const QString config = out + QStringLiteral("/demo-kubeconfig");
        test::writeFile(config, R"(apiVersion: v1
kind: Config
clusters:
- name: kind-dev
  cluster:
    server: https://127.0.0.1:6443
    insecure-skip-tls-verify: true
- name: prod-eu
  cluster:
    server: https://4F2A.gr7.eu-west-1.eks.amazonaws.com
    insecure-skip-tls-verify: true
contexts:
- name: kind-dev
  context: {cluster: kind-dev, user: kind-dev}
- name: arn:aws:eks:eu-west-1:123456789012:cluster/prod-eu
  context: {cluster: prod-eu, user: eks-prod}
current-context: kind-dev
users:
- name: kind-dev
  user: {token: not-a-real-token}
- name: eks-prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [--region, eu-west-1, eks, get-token, --cluster-name, prod-eu]
      env:
      - {name: AWS_PROFILE, value: platform-readonly}
)");
        qputenv("KUBECONFIG", config.toUtf8());
        ui::AddClusterDialog d(m_emptyPath, QStringList{}); // a store without that cluster yet
        QSignalSpy read(&d, &ui::AddClusterDialog::kubeconfigRead);
        QVERIFY(d.isReadingKubeconfig() ? read.wait(kTimeout) : true);
        d.contextCombo()->setCurrentIndex(d.contextCombo()->count() - 1);
        d.show();
        QTest::qWait(500);
        QVERIFY(d.grab().save(out + QStringLiteral("/add-cluster.png")));
    }
};

QTEST_MAIN(TestWorkloadsView)
#include "tst_workloadsview.moc"
