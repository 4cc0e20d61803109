// The RBAC page over a store written as the cluster collector writes it: the Kubernetes default
// RBAC (fixtures) plus crafted bindings and service accounts go into kube_objects, and
// analyzeRbac's result into the RBAC tables through RbacRepository::writeAnalysis. The subjects
// list's counts and filters are checked against counts the test computes from that input; the
// model pages off the GUI thread; opening a subject shows its permission matrix (built on the
// worker) whose cells name the binding and role; who-can and why answer; a refresh after a new
// collection drops the cached index; the empty state offers to add or collect a cluster; Ctrl+F
// and Enter work from the keyboard.
#include "kube/kubeworkload.h"
#include "kubeobjectfile.h"
#include "mainwindow/mainwindow.h"
#include "pages/pageid.h"
#include "rbac/permissionmatrixmodel.h"
#include "rbac/permissionmatrixpanel.h"
#include "rbac/rbacanalysis.h"
#include "rbac/rbacfilterbar.h"
#include "rbac/rbacindex.h"
#include "rbac/rbacload.h"
#include "rbac/rbacsubjectsmodel.h"
#include "rbac/rbacview.h"
#include "rbac/reviewqueuewidget.h"
#include "rbac/whocanmodel.h"
#include "rbac/whocanpanel.h"
#include "sources/clustersourceconfig.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/rbacrepository.h"
#include "store/sourcerepository.h"
#include "store/workloadrepository.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <set>

using namespace bulkhead;
using json = nlohmann::json;
using ui::RbacSubjectsModel;

namespace {

constexpr int kTimeout = 20000;
constexpr std::int64_t kNow = 1717200000;
constexpr int kAppServiceAccounts = 230; // with the rest, more than one page of subjects

json meta(const std::string &ns, const std::string &name)
{
    json m = {{"name", name}, {"uid", "uid-" + ns + "-" + name}, {"creationTimestamp", "2024-05-01T10:00:00Z"}};
    if (!ns.empty())
        m["namespace"] = ns;
    return m;
}

json ruleJson(std::vector<std::string> verbs, std::vector<std::string> groups, std::vector<std::string> resources)
{
    return {{"verbs", verbs}, {"apiGroups", groups}, {"resources", resources}};
}

json roleJson(const std::string &ns, const std::string &name, json rules)
{
    return {{"apiVersion", "rbac.authorization.k8s.io/v1"}, {"kind", ns.empty() ? "ClusterRole" : "Role"},
            {"metadata", meta(ns, name)}, {"rules", std::move(rules)}};
}

json subjectJson(const std::string &kind, const std::string &name, const std::string &ns = {})
{
    json s = {{"kind", kind}, {"name", name}};
    if (kind == "ServiceAccount")
        s["namespace"] = ns;
    else
        s["apiGroup"] = "rbac.authorization.k8s.io";
    return s;
}

json bindingJson(const std::string &ns, const std::string &name, const std::string &roleKind,
                 const std::string &roleName, json subjects)
{
    return {{"apiVersion", "rbac.authorization.k8s.io/v1"},
            {"kind", ns.empty() ? "ClusterRoleBinding" : "RoleBinding"},
            {"metadata", meta(ns, name)},
            {"roleRef", {{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", roleKind}, {"name", roleName}}},
            {"subjects", std::move(subjects)}};
}

json serviceAccountJson(const std::string &ns, const std::string &name)
{
    return {{"apiVersion", "v1"}, {"kind", "ServiceAccount"}, {"metadata", meta(ns, name)}};
}

KubeObjectRecord record(const json &object)
{
    const json &m = object.at("metadata");
    return KubeObjectRecord{object.at("kind").get<std::string>(), m.value("namespace", ""), m.at("name").get<std::string>(),
                            m.value("uid", ""), kNow - 86400, object.dump()};
}

// The default RBAC a cluster starts with (fixtures), as records; empty when the fixtures are absent.
std::vector<json> defaultRbac()
{
    std::vector<json> out;
    const QString dir = test::fixturePath(QStringLiteral("kubernetes"));
    for (const QString &file : QDir(dir).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        QList<QJsonObject> objects;
        QString error;
        if (!test::readKubeObjects(dir + QLatin1Char('/') + file, &objects, &error))
            qFatal("%s", qPrintable(error));
        for (const QJsonObject &o : objects)
            out.push_back(json::parse(QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString()));
    }
    return out;
}

// What a small company's cluster adds to the defaults: people and teams, CI robots, monitoring,
// a few mistakes (cluster-admin for a person, a binding to a service account that is gone, a
// roleRef to nothing, everybody authenticated may read), and many application service accounts.
std::vector<json> craftedRbac(bool withAuditor)
{
    std::vector<json> o;
    o.push_back(roleJson("", "secret-reader", json::array({ruleJson({"get", "list", "watch"}, {""}, {"secrets"})})));
    o.push_back(roleJson("", "impersonator",
                         json::array({ruleJson({"impersonate"}, {""}, {"users", "groups", "serviceaccounts"})})));
    o.push_back(roleJson("shop", "deployer",
                         json::array({ruleJson({"get", "list", "create", "update", "patch"}, {"apps"}, {"deployments"}),
                                      ruleJson({"get", "list"}, {""}, {"pods", "pods/log"}),
                                      ruleJson({"create"}, {""}, {"pods/exec"})})));
    o.push_back(roleJson("payments", "reader", json::array({ruleJson({"get", "list"}, {""}, {"configmaps", "pods"})})));
    o.push_back(bindingJson("", "ops-admins", "ClusterRole", "cluster-admin", json::array({subjectJson("Group", "ops")})));
    o.push_back(bindingJson("", "mallory-admin", "ClusterRole", "cluster-admin",
                            json::array({subjectJson("User", "mallory@example.com")})));
    o.push_back(bindingJson("", "prometheus-secrets", "ClusterRole", "secret-reader",
                            json::array({subjectJson("ServiceAccount", "prometheus", "monitoring")})));
    o.push_back(bindingJson("", "release-bot-impersonate", "ClusterRole", "impersonator",
                            json::array({subjectJson("ServiceAccount", "release-bot", "ci")})));
    o.push_back(bindingJson("shop", "shop-devs-edit", "ClusterRole", "edit", json::array({subjectJson("Group", "shop-devs")})));
    o.push_back(bindingJson("shop", "ci-deployer", "Role", "deployer",
                            json::array({subjectJson("ServiceAccount", "deployer", "ci"), subjectJson("User", "alice")})));
    o.push_back(bindingJson("payments", "ghost-reader", "Role", "reader",
                            json::array({subjectJson("ServiceAccount", "ghost", "payments")})));
    o.push_back(bindingJson("monitoring", "broken", "Role", "missing", json::array({subjectJson("User", "bob")})));
    if (withAuditor)
        o.push_back(bindingJson("payments", "auditor-secrets", "ClusterRole", "secret-reader",
                                json::array({subjectJson("User", "auditor@example.com")})));
    for (const auto &[ns, name] : std::vector<std::pair<std::string, std::string>>{
             {"shop", "default"}, {"shop", "web"}, {"ci", "deployer"}, {"ci", "release-bot"},
             {"monitoring", "prometheus"}, {"payments", "api"}, {"kube-system", "bootstrap-signer"},
             {"kube-public", "bootstrap-signer"}})
        o.push_back(serviceAccountJson(ns, name));
    for (int i = 0; i < kAppServiceAccounts; ++i) {
        const std::string name = "svc-" + std::to_string(100 + i);
        o.push_back(serviceAccountJson("apps", name));
        o.push_back(bindingJson("apps", name + "-view", "ClusterRole", "view",
                                json::array({subjectJson("ServiceAccount", name, "apps")})));
    }
    return o;
}

std::vector<KubeWorkload> craftedWorkloads()
{
    std::vector<KubeWorkload> out;
    for (const auto &[ns, name, sa] : std::vector<std::tuple<std::string, std::string, std::string>>{
             {"monitoring", "prometheus", "prometheus"}, {"shop", "web", "web"}, {"ci", "runner", "deployer"}}) {
        KubeWorkload w;
        w.nameSpace = ns;
        w.kind = "Deployment";
        w.name = name;
        w.uid = ns + "/" + name;
        w.serviceAccount = sa;
        w.createdAt = kNow - 3600;
        w.pods = 2;
        w.containers = 1;
        out.push_back(w);
    }
    return out;
}

// One collection of `objects` into cluster `name` (a new source the first time), with its RBAC
// analysis, in one transaction, as the collector does it.
void writeCollection(Database &db, const std::string &name, const std::vector<json> &objects, std::int64_t now)
{
    std::int64_t sourceId = 0;
    for (const SourceRow &s : SourceRepository(db).list()) {
        if (s.name == name)
            sourceId = s.id;
    }
    if (sourceId == 0) {
        ClusterSourceConfig config;
        config.name = name;
        config.context = name;
        config.server = "https://" + name + ".k8s.example:6443";
        sourceId = SourceRepository(db).add(config, now);
    }
    const std::int64_t run = CollectionRunRepository(db).start(sourceId, now);
    ClusterCollectionWrite write;
    write.sourceId = sourceId;
    write.runId = run;
    write.now = now;
    write.cluster = name;
    write.workloadsComplete = write.namespacesComplete = true;
    write.objectKindsComplete = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ServiceAccount"};
    for (const json &o : objects)
        write.objects.push_back(record(o));
    write.workloads = craftedWorkloads();
    write.coverage = {{"serviceaccounts", "complete", 1, "", {"IAM-1"}},
                      {"roles.rbac.authorization.k8s.io", "complete", 1, "", {"IAM-1", "IAM-2"}},
                      {"clusterroles.rbac.authorization.k8s.io", "complete", 1, "", {"IAM-1", "IAM-2"}},
                      {"rolebindings.rbac.authorization.k8s.io", "complete", 1, "", {"IAM-1", "IAM-2"}},
                      {"clusterrolebindings.rbac.authorization.k8s.io", "complete", 1, "", {"IAM-1", "IAM-2"}}};
    RbacAnalysis analysis = analyzeRbac(write.objects, write.workloads, true);
    if (!analysis.errors.empty())
        qFatal("analysis: %s", analysis.errors.front().c_str());
    analysis.write.sourceId = sourceId;
    analysis.write.now = now;
    analysis.write.cluster = name;
    Transaction tx(db);
    WorkloadRepository(db).writeCollection(write);
    RbacRepository(db).writeAnalysis(analysis.write);
    CollectionRunRow finished;
    finished.id = run;
    finished.sourceId = sourceId;
    finished.startedAt = now;
    finished.finishedAt = now + 5;
    finished.status = "complete";
    CollectionRunRepository(db).finish(finished);
    tx.commit();
}

// The subjects of a set of objects, counted by the test: every subject a binding names (a
// service account without a namespace takes the binding's) and every service account listed.
std::set<RbacSubject> subjectsOf(const std::vector<json> &objects)
{
    std::set<RbacSubject> out;
    for (const json &o : objects) {
        const std::string kind = o.value("kind", "");
        const json &m = o.at("metadata");
        if (kind == "ServiceAccount") {
            out.insert({SubjectKind::ServiceAccount, m.at("name").get<std::string>(), m.value("namespace", "")});
            continue;
        }
        if ((kind != "RoleBinding" && kind != "ClusterRoleBinding") || !o.contains("subjects") || o["subjects"].is_null())
            continue;
        for (const json &s : o["subjects"]) {
            RbacSubject subject;
            const std::string k = s.value("kind", "");
            subject.name = s.value("name", "");
            if (k == "ServiceAccount") {
                subject.kind = SubjectKind::ServiceAccount;
                subject.nameSpace = s.value("namespace", m.value("namespace", ""));
            } else {
                subject.kind = k == "Group" ? SubjectKind::Group : SubjectKind::User;
            }
            out.insert(subject);
        }
    }
    return out;
}

} // namespace

class TestRbacView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_emptyPath;
    std::vector<json> m_defaults;
    std::vector<json> m_prod;
    std::vector<json> m_stage;

    static void settle(RbacSubjectsModel &model)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.countExact(), kTimeout);
    }

    // The view with its facts read and its list settled, on cluster `cluster`.
    static void ready(ui::RbacView &view, const QString &cluster = QStringLiteral("prod"))
    {
        QSignalSpy facts(&view, &ui::RbacView::factsLoaded);
        if (view.clusterCombo()->count() == 0)
            QTRY_VERIFY_WITH_TIMEOUT(facts.count() >= 1, kTimeout);
        view.clusterCombo()->setCurrentIndex(view.clusterCombo()->findData(cluster));
        QTRY_COMPARE_WITH_TIMEOUT(view.subjectsModel()->filter().cluster, cluster.toStdString(), kTimeout);
        settle(*view.subjectsModel());
    }

    // The row of subject `key` in the model, read page by page; -1 when it is not listed.
    static int rowOf(RbacSubjectsModel &model, const QString &key)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            const bool loaded = QTest::qWaitFor(
                [&] { return model.index(r, 0).data(RbacSubjectsModel::LoadedRole).toBool(); }, kTimeout);
            if (!loaded)
                return -1;
            if (model.index(r, 0).data(RbacSubjectsModel::SubjectKeyRole).toString() == key)
                return r;
        }
        return -1;
    }

    static bool openAndWait(ui::RbacView &view, int row)
    {
        QSignalSpy shown(&view, &ui::RbacView::matrixShown);
        view.openSubject(row);
        return shown.wait(kTimeout);
    }

    static bool matrixAllows(const ui::PermissionMatrixPanel *panel, const std::string &row, const std::string &verb)
    {
        const PermissionMatrix *m = panel->model()->matrix();
        const PermissionMatrixCell *c = m ? m->cell(m->row(row), m->column(verb)) : nullptr;
        return c && c->allowed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, "tst_rbacview");
        BULKHEAD_REQUIRE_FIXTURE(QStringLiteral("kubernetes/cluster-roles.yaml"));
        m_path = m_dir.path() + QStringLiteral("/rbac.db");
        m_emptyPath = m_dir.path() + QStringLiteral("/empty.db");
        test::createStore(m_emptyPath);
        m_defaults = defaultRbac();
        QVERIFY(m_defaults.size() > 40);
        m_prod = m_stage = m_defaults;
        const std::vector<json> crafted = craftedRbac(false);
        m_prod.insert(m_prod.end(), crafted.begin(), crafted.end());
        m_stage.push_back(bindingJson("", "stage-devs-admin", "ClusterRole", "cluster-admin",
                                      json::array({subjectJson("Group", "stage-devs")})));
        // A mistake of the kind the risk rules exist for: everyone authenticated may read everything.
        m_stage.push_back(bindingJson("", "authenticated-view", "ClusterRole", "view",
                                      json::array({subjectJson("Group", "system:authenticated")})));
        Database db = Database::open(m_path.toStdString());
        writeCollection(db, "prod", m_prod, kNow);
        writeCollection(db, "stage", m_stage, kNow);
    }

    void modelPagesOffTheGuiThread()
    {
        RbacSubjectsModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RbacSubjectFilter f;
        f.cluster = "prod";
        model.setFilter(f);
        // Only queued: nothing is known yet on this thread.
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        settle(model);
        QVERIFY(model.totalCount() > RbacSubjectsModel::kPageSize);
        QCOMPARE(model.rowCount(), int(model.totalCount()));
        const int last = model.rowCount() - 1;
        QVERIFY(!model.index(last, 0).data(RbacSubjectsModel::LoadedRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(model.index(last, 0).data(RbacSubjectsModel::LoadedRole).toBool(), kTimeout);
    }

    void filtersMatchTheInput()
    {
        RbacSubjectsModel model(m_path);
        const std::set<RbacSubject> prod = subjectsOf(m_prod);
        const std::set<RbacSubject> stage = subjectsOf(m_stage);
        auto count = [](const std::set<RbacSubject> &all, auto pred) {
            return qint64(std::count_if(all.begin(), all.end(), pred));
        };
        auto check = [&](const RbacSubjectFilter &filter, qint64 want) {
            model.setFilter(filter);
            settle(model);
            QCOMPARE(model.totalCount(), want);
            QCOMPARE(model.rowCount(), int(want));
        };
        RbacSubjectFilter f;
        f.cluster = "prod";
        f.hideBootstrap = false;
        check(f, qint64(prod.size()));
        f.cluster = "stage";
        check(f, qint64(stage.size()));
        f.cluster = "prod";
        f.kind = SubjectKind::ServiceAccount;
        check(f, count(prod, [](const RbacSubject &s) { return s.kind == SubjectKind::ServiceAccount; }));
        f.kind = SubjectKind::Group;
        check(f, count(prod, [](const RbacSubject &s) { return s.kind == SubjectKind::Group; }));
        f.kind.reset();
        f.text = "svc-1";
        check(f, count(prod, [](const RbacSubject &s) { return s.name.find("svc-1") != std::string::npos; }));
        f.text.clear();
        // Risky subjects: every one listed carries a severity and its rules. (On a cluster with the
        // default bindings to system:authenticated that is nearly everyone: those count as a low
        // risk reaching every authenticated user and service account.)
        f.onlyRisky = true;
        model.setFilter(f);
        settle(model);
        QVERIFY(model.totalCount() > 0 && model.totalCount() <= qint64(prod.size()));
        for (int r = 0; r < model.rowCount(); ++r) {
            QTRY_VERIFY_WITH_TIMEOUT(model.index(r, 0).data(RbacSubjectsModel::LoadedRole).toBool(), kTimeout);
            QVERIFY(model.index(r, 0).data(RbacSubjectsModel::SeverityRole).toInt() != int(Severity::Unknown));
            QVERIFY(!model.index(r, 0).data(RbacSubjectsModel::RiskRulesRole).toStringList().isEmpty());
        }
        // Hiding the defaults hides system:kube-scheduler (bound only by a bootstrap binding), not alice.
        f = {};
        f.cluster = "prod";
        f.hideBootstrap = true;
        model.setFilter(f);
        settle(model);
        QVERIFY(model.totalCount() < qint64(prod.size()));
        QCOMPARE(rowOf(model, QStringLiteral("User/system:kube-scheduler")), -1);
        QVERIFY(rowOf(model, QStringLiteral("User/alice")) >= 0);
    }

    void riskAndReviewShowInTheList()
    {
        RbacSubjectsModel model(m_path);
        RbacSubjectFilter f;
        f.cluster = "prod";
        f.text = "mallory";
        model.setFilter(f);
        settle(model);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex risk = model.index(0, RbacSubjectsModel::RiskColumn);
        QCOMPARE(risk.data(RbacSubjectsModel::SeverityRole).toInt(), int(Severity::Critical));
        QVERIFY(risk.data(RbacSubjectsModel::RiskRulesRole).toStringList().contains(QStringLiteral("rbac-cluster-admin")));
        QVERIFY2(risk.data(Qt::ToolTipRole).toString().contains(QStringLiteral("bulkhead/rbac-cluster-admin")),
                 qPrintable(risk.data(Qt::ToolTipRole).toString()));
        QVERIFY(risk.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("cluster-admin")));
        // Nobody reviewed anything yet.
        QCOMPARE(model.index(0, RbacSubjectsModel::ReviewColumn).data(RbacSubjectsModel::ReviewStateRole).toInt(),
                 int(ReviewState::NeverReviewed));
        QCOMPARE(model.index(0, RbacSubjectsModel::ReviewColumn).data().toString(), QStringLiteral("Never reviewed"));
        // The prometheus service account carries its token into one running workload.
        f.text = "prometheus";
        f.kind = SubjectKind::ServiceAccount;
        model.setFilter(f);
        settle(model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RbacSubjectsModel::WorkloadsColumn).data().toInt(), 1);
        QVERIFY(model.index(0, RbacSubjectsModel::RiskColumn)
                    .data(RbacSubjectsModel::RiskRulesRole)
                    .toStringList()
                    .contains(QStringLiteral("rbac-secrets-read")));
    }

    // Reviews recorded in the Review tab show in the subjects list: the group whose only binding
    // was reviewed is current.
    void reviewsUpdateTheList()
    {
        const QString path = m_dir.path() + QStringLiteral("/reviews.db");
        {
            Database db = Database::open(path.toStdString());
            writeCollection(db, "prod", m_prod, kNow);
        }
        ui::RbacView view(path);
        ready(view);
        RbacSubjectsModel *model = view.subjectsModel();
        const int ops = rowOf(*model, QStringLiteral("Group/ops"));
        QVERIFY(ops >= 0);
        QCOMPARE(model->index(ops, 0).data(RbacSubjectsModel::ReviewStateRole).toInt(), int(ReviewState::NeverReviewed));
        {
            Database db = Database::open(path.toStdString());
            RbacRepository repo(db);
            std::string error;
            const std::optional<std::int64_t> id = repo.findBinding("prod", "ClusterRoleBinding/ops-admins", &error);
            QVERIFY2(id, error.c_str());
            QCOMPARE(repo.recordReviews({*id}, ReviewDecision::Keep, "tester", "ops need it",
                                        QDateTime::currentSecsSinceEpoch()),
                     1);
        }
        Q_EMIT view.reviewQueue()->reviewsRecorded(1);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(rowOf(*model, QStringLiteral("Group/ops")), 0)
                                      .data(RbacSubjectsModel::ReviewStateRole)
                                      .toInt(),
                                  int(ReviewState::Current), kTimeout);
    }

    void emptyStateWithoutAnalysis()
    {
        ui::RbacView view(m_emptyPath);
        QSignalSpy facts(&view, &ui::RbacView::factsLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(facts.count() >= 1, kTimeout);
        QCOMPARE(facts.first().at(0).toInt(), 0);
        QVERIFY(view.isEmptyStateShown());
        QSignalSpy add(&view, &ui::RbacView::addClusterRequested);
        view.addClusterButton()->click();
        QCOMPARE(add.count(), 1);
        // A cluster source exists but nothing was collected: Collect is offered too.
        {
            Database db = Database::open(m_emptyPath.toStdString());
            ClusterSourceConfig config;
            config.name = "new";
            config.context = "new";
            SourceRepository(db).add(config, kNow);
        }
        view.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(facts.count() >= 2, kTimeout);
        QVERIFY(view.isEmptyStateShown());
        QVERIFY(!view.emptyCollectButton()->isHidden());
        QSignalSpy collect(&view, &ui::RbacView::collectRequested);
        view.emptyCollectButton()->click();
        QCOMPARE(collect.count(), 1);
    }

    void openingASubjectShowsItsMatrix()
    {
        ui::RbacView view(m_path);
        ready(view);
        QVERIFY(!view.isEmptyStateShown());
        QCOMPARE(view.clusterCombo()->count(), 2);
        QCOMPARE(view.tabs()->count(), 3);
        QVERIFY(view.reviewQueue());
        QCOMPARE(view.tabs()->widget(ui::RbacView::ReviewTab), static_cast<QWidget *>(view.reviewQueue()));

        // alice: bound in shop only (cluster-wide she has what every authenticated user has), so
        // her matrix opens on shop.
        const int alice = rowOf(*view.subjectsModel(), QStringLiteral("User/alice"));
        QVERIFY(alice >= 0);
        QVERIFY(openAndWait(view, alice));
        ui::PermissionMatrixPanel *panel = view.matrixPanel();
        QCOMPARE(panel->scope(), std::string("shop"));
        QVERIFY(matrixAllows(panel, "deployments.apps", "create"));
        QVERIFY(!matrixAllows(panel, "deployments.apps", "delete"));
        QVERIFY(matrixAllows(panel, "pods/exec", "create"));
        QVERIFY(!matrixAllows(panel, "secrets", "get"));
        // What system:authenticated may (the default system:basic-user) is in force in shop too.
        QVERIFY(matrixAllows(panel, "selfsubjectaccessreviews.authorization.k8s.io", "create"));
        const PermissionMatrix *m = panel->model()->matrix();
        const QModelIndex exec = panel->model()->index(m->row("pods/exec"), m->column("create"));
        panel->table()->setCurrentIndex(exec);
        const QString detail = panel->detail()->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("ci-deployer")) && detail.contains(QStringLiteral("Role deployer")),
                 qPrintable(detail));
        QVERIFY(exec.data(Qt::ToolTipRole).toString().contains(QStringLiteral("ci-deployer")));

        // Another scope of the same subject: cluster-wide, only the group's grants remain.
        QSignalSpy shown(&view, &ui::RbacView::matrixShown);
        panel->scopeCombo()->setCurrentIndex(panel->scopeCombo()->findData(QString()));
        QVERIFY(shown.wait(kTimeout));
        QCOMPARE(panel->scope(), std::string());
        QVERIFY(!matrixAllows(panel, "pods/exec", "create"));
        QVERIFY(matrixAllows(panel, "selfsubjectaccessreviews.authorization.k8s.io", "create"));

        // mallory: cluster-admin, every verb on everything.
        const int mallory = rowOf(*view.subjectsModel(), QStringLiteral("User/mallory@example.com"));
        QVERIFY(mallory >= 0);
        QVERIFY(openAndWait(view, mallory));
        QVERIFY(matrixAllows(panel, "*.*", "*"));
        QVERIFY(matrixAllows(panel, "*.*", "delete"));
    }

    void whoCanAndWhy()
    {
        ui::RbacView view(m_path);
        ready(view);
        ui::WhoCanPanel *who = view.whoCanPanel();
        view.tabs()->setCurrentIndex(ui::RbacView::WhoCanTab);
        who->verbCombo()->setCurrentText(QStringLiteral("get"));
        who->resourceField()->setText(QStringLiteral("secrets"));
        who->namespaceField()->setText(QStringLiteral("shop"));
        QSignalSpy answered(who, &ui::WhoCanPanel::answered);
        who->askButton()->click();
        QVERIFY(answered.wait(kTimeout));
        // The same question to an index of the same objects, built by the test.
        std::vector<KubeObjectRecord> records;
        for (const json &o : m_prod)
            records.push_back(record(o));
        const RbacIndex index(rbacObjectsFromRecords(records, {}, true, nullptr));
        RbacRequest request;
        request.verb = "get";
        request.resource = "secrets";
        request.nameSpace = "shop";
        const std::vector<RbacGrantChain> chains = index.whoCan(request);
        QCOMPARE(who->model()->rowCount(), int(chains.size()));
        std::set<QString> subjects;
        for (int r = 0; r < who->model()->rowCount(); ++r)
            subjects.insert(who->model()->index(r, 0).data(ui::WhoCanModel::SubjectKeyRole).toString());
        for (const char *key : {"User/mallory@example.com", "Group/ops", "ServiceAccount/monitoring/prometheus",
                                "Group/shop-devs", "Group/system:masters"})
            QVERIFY2(subjects.count(QString::fromLatin1(key)), key);
        QVERIFY(!subjects.count(QStringLiteral("User/alice")));
        QVERIFY(who->summaryLabel()->text().contains(QStringLiteral("get secrets")));

        // Why: alice may not (her role reads pods, not secrets); mallory may.
        QSignalSpy explained(who, &ui::WhoCanPanel::explained);
        who->subjectField()->setText(QStringLiteral("alice"));
        who->explainButton()->click();
        QVERIFY(explained.wait(kTimeout));
        QVERIFY2(who->verdictLabel()->text().startsWith(QStringLiteral("No")), qPrintable(who->verdictLabel()->text()));
        QVERIFY(!who->chainText()->toPlainText().isEmpty());
        who->subjectField()->setText(QStringLiteral("mallory@example.com"));
        who->explainButton()->click();
        QVERIFY(explained.wait(kTimeout));
        QVERIFY2(who->verdictLabel()->text().startsWith(QStringLiteral("Yes")), qPrintable(who->verdictLabel()->text()));
        QVERIFY2(who->chainText()->toPlainText().contains(QStringLiteral("mallory-admin")),
                 qPrintable(who->chainText()->toPlainText()));

        // Mistyped questions say what is wrong instead of answering.
        who->resourceField()->setText(QString());
        who->askButton()->click();
        QVERIFY(answered.wait(kTimeout));
        QCOMPARE(who->model()->rowCount(), 0);
        QVERIFY(who->summaryLabel()->text().contains(QStringLiteral("resource")));
        who->resourceField()->setText(QStringLiteral("secrets"));
        who->subjectField()->setText(QStringLiteral("sa:"));
        who->explainButton()->click();
        QVERIFY(explained.wait(kTimeout));
        QVERIFY(who->verdictLabel()->text().contains(QStringLiteral("subject")));
    }

    // A new collection adds a binding; refresh drops the cached index, and the answers follow.
    void refreshRebuildsTheIndex()
    {
        const QString path = m_dir.path() + QStringLiteral("/refresh.db");
        std::vector<json> objects = m_prod;
        {
            Database db = Database::open(path.toStdString());
            writeCollection(db, "prod", objects, kNow);
        }
        ui::RbacView view(path);
        ready(view);
        ui::WhoCanPanel *who = view.whoCanPanel();
        who->verbCombo()->setCurrentText(QStringLiteral("list"));
        who->resourceField()->setText(QStringLiteral("secrets"));
        who->namespaceField()->setText(QStringLiteral("payments"));
        QSignalSpy answered(who, &ui::WhoCanPanel::answered);
        who->ask();
        QVERIFY(answered.wait(kTimeout));
        const int before = who->model()->rowCount();
        {
            Database db = Database::open(path.toStdString());
            objects = m_defaults;
            const std::vector<json> crafted = craftedRbac(true); // + auditor@example.com reads secrets in payments
            objects.insert(objects.end(), crafted.begin(), crafted.end());
            writeCollection(db, "prod", objects, kNow + 3600);
        }
        // Asked again before the refresh: the cached index still answers.
        who->ask();
        QVERIFY(answered.wait(kTimeout));
        QCOMPARE(who->model()->rowCount(), before);
        view.refresh();
        who->ask();
        QVERIFY(answered.wait(kTimeout));
        QCOMPARE(who->model()->rowCount(), before + 1);
    }

    void keyboard()
    {
        ui::RbacView view(m_path);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ready(view);
        view.tabs()->setCurrentIndex(ui::RbacView::WhoCanTab);
        view.whoCanPanel()->resourceField()->setFocus();
        // Ctrl+F goes to the subjects' search from anywhere on the page.
        QTest::keyClick(view.whoCanPanel()->resourceField(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(view.tabs()->currentIndex(), int(ui::RbacView::SubjectsTab));
        QVERIFY(view.filterBar()->searchField()->hasFocus());
        // Enter on a subject opens its matrix and moves there.
        QTest::keyClicks(view.filterBar()->searchField(), QStringLiteral("mallory"));
        QTRY_COMPARE_WITH_TIMEOUT(view.subjectsModel()->filter().text, std::string("mallory"), kTimeout);
        settle(*view.subjectsModel());
        QCOMPARE(view.subjectsModel()->rowCount(), 1);
        view.subjectsTable()->setFocus();
        view.subjectsTable()->setCurrentIndex(view.subjectsModel()->index(0, RbacSubjectsModel::NameColumn));
        QTest::keyClick(view.subjectsTable(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(view.matrixPanel()->titleLabel()->text().contains(QStringLiteral("mallory")), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(view.matrixPanel()->table()->hasFocus(), kTimeout);
        QVERIFY(matrixAllows(view.matrixPanel(), "*.*", "get"));
    }

    // Not a check: with BULKHEAD_SCREENSHOT_DIR set (xvfb-run, QT_QPA_PLATFORM=xcb), saves the
    // RBAC page of the prod cluster with a risky subject open, for people to look at.
    void screenshot()
    {
        const QString out = qEnvironmentVariable("BULKHEAD_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set BULKHEAD_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(out);
        ui::MainWindow w(m_path);
        w.resize(1600, 1000);
        w.show();
        w.showPage(ui::PageId::Rbac);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::RbacView *view = w.rbacView();
        ready(*view);
        const int row = rowOf(*view->subjectsModel(), QStringLiteral("ServiceAccount/ci/deployer"));
        QVERIFY(row >= 0);
        view->subjectsTable()->setCurrentIndex(view->subjectsModel()->index(row, RbacSubjectsModel::NameColumn));
        QVERIFY(openAndWait(*view, row));
        const PermissionMatrix *m = view->matrixPanel()->model()->matrix();
        view->matrixPanel()->table()->setCurrentIndex(
            view->matrixPanel()->model()->index(m->row("pods/exec"), m->column("create")));
        QTest::qWait(500);
        QVERIFY(w.grab().save(out + QStringLiteral("/rbac.png")));
        view->tabs()->setCurrentIndex(ui::RbacView::WhoCanTab);
        ui::WhoCanPanel *who = view->whoCanPanel();
        who->verbCombo()->setCurrentText(QStringLiteral("get"));
        who->resourceField()->setText(QStringLiteral("secrets"));
        who->namespaceField()->setText(QStringLiteral("payments"));
        QSignalSpy answered(who, &ui::WhoCanPanel::answered);
        who->ask();
        QVERIFY(answered.wait(kTimeout));
        who->subjectField()->setText(QStringLiteral("sa:payments/api"));
        QSignalSpy explained(who, &ui::WhoCanPanel::explained);
        who->explain();
        QVERIFY(explained.wait(kTimeout));
        QTest::qWait(300);
        QVERIFY(w.grab().save(out + QStringLiteral("/rbac-who-can.png")));
    }
};

QTEST_MAIN(TestRbacView)
#include "tst_rbacview.moc"
