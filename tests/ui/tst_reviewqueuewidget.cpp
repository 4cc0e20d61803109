// The RBAC review queue over a store written through RbacRepository::writeAnalysis with crafted
// bindings: the filters' counts are computed from that input; a keyboard decision (K, R, X, E)
// opens the note prompt with the decision preselected and records a review with the note and the
// OS user, off the GUI thread; a bulk decision covers a multi-selection larger than a page; a
// reviewed binding leaves the "needing review" queue; a binding changed after its review shows
// as changed with its diff; the side pane shows the history; the review intervals come from the
// settings.
#include "exporttestsupport.h"
#include "rbac/reviewdetailpane.h"
#include "rbac/reviewfilterbar.h"
#include "rbac/reviewnotedialog.h"
#include "rbac/reviewqueuemodel.h"
#include "rbac/reviewqueuewidget.h"
#include "settings/appsettings.h"
#include "sources/clustersourceconfig.h"
#include "store/database.h"
#include "store/rbacrepository.h"
#include "store/sourcerepository.h"
#include "uitestsupport.h"
#include "util/osuser.h"

#include <QLocale>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <set>

using namespace bulkhead;
using ui::AppSettings;
using ui::ReviewQueueModel;
using ui::ReviewQueueWidget;

namespace {

constexpr int kTimeout = 10000;
constexpr int kBindings = 480; // more than two pages of ReviewQueueModel::kPageSize
constexpr std::int64_t kDay = 86400;
const std::int64_t kNow = QDateTime::currentSecsSinceEpoch();

// Binding i of the crafted cluster: a fixed pattern, so that every filter has matches and
// non-matches. Names are zero-padded, so that a search for one name finds only it.
RbacBindingRecord crafted(int i)
{
    RbacBindingRecord b;
    b.clusterBinding = i % 11 == 0;
    b.nameSpace = b.clusterBinding ? "" : "ns-" + std::to_string(i % 4);
    b.bootstrap = i % 10 == 3;
    b.name = (b.bootstrap ? "system:rb-" : "rb-") + QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0')).toStdString();
    b.uid = "uid-" + std::to_string(i);
    static const char *kRoles[] = {"view", "edit", "admin"};
    b.roleRef = {"ClusterRole", kRoles[i % 3]};
    b.subjects.push_back({SubjectKind::User, "user-" + std::to_string(i), ""});
    if (i % 6 == 0)
        b.subjects.push_back({SubjectKind::User, "alice", ""});
    if (i % 2 == 0)
        b.subjects.push_back({SubjectKind::Group, "team-bulk", ""});
    if (i % 4 == 1)
        b.subjects.push_back({SubjectKind::ServiceAccount, "deployer", b.clusterBinding ? "ci" : b.nameSpace});
    b.fingerprint = bindingFingerprint(b.roleRef, b.subjects);
    b.createdAt = kNow - 400 * kDay;
    if (i % 7 == 0) {
        b.riskRules = {"rbac-cluster-admin", "rbac-wildcard"};
        b.worst = Severity::Critical;
    } else if (i % 5 == 0) {
        b.riskRules = {"rbac-secrets-read"};
        b.worst = Severity::High;
    } else if (i % 9 == 0) {
        b.riskRules = {"rbac-pod-exec"};
        b.worst = Severity::Medium;
    }
    return b;
}

bool hasSubjectNamed(const RbacBindingRecord &b, const std::string &text)
{
    return std::any_of(b.subjects.begin(), b.subjects.end(),
                       [&](const RbacSubject &s) { return s.name.find(text) != std::string::npos; });
}

// A store that looks like a team's cluster, for the screenshot only: the usual risky bindings, a
// few reviews, one due and one changed since its review.
struct DemoBinding {
    bool cluster;
    const char *nameSpace, *name, *roleKind, *role;
    std::vector<RbacSubject> subjects;
    std::vector<std::string> risks;
    Severity worst;
};

void writeDemoStore(const QString &path)
{
    using K = SubjectKind;
    const std::vector<DemoBinding> demo = {
        {true, "", "ops-admins", "ClusterRole", "cluster-admin", {{K::Group, "platform-ops", ""}},
         {"rbac-cluster-admin", "rbac-wildcard"}, Severity::Critical},
        {false, "argocd", "argocd-manager", "ClusterRole", "admin",
         {{K::ServiceAccount, "argocd-application-controller", "argocd"}},
         {"rbac-escalate", "rbac-secrets-read", "rbac-workload-create"}, Severity::High},
        {false, "ci", "ci-deployer", "ClusterRole", "edit", {{K::ServiceAccount, "deployer", "ci"}},
         {"rbac-secrets-read", "rbac-workload-create"}, Severity::High},
        {true, "", "anonymous-health", "ClusterRole", "health-reader", {{K::Group, "system:unauthenticated", ""}},
         {"rbac-anonymous-binding"}, Severity::High},
        {true, "", "metrics-node-proxy", "ClusterRole", "node-proxier", {{K::User, "metrics-bot", ""}},
         {"rbac-nodes-proxy"}, Severity::High},
        {false, "payments", "payments-debug", "Role", "debugger", {{K::User, "alice@example.com", ""}},
         {"rbac-pod-exec"}, Severity::Medium},
        {false, "shop", "legacy-reporting", "Role", "reporting", {{K::ServiceAccount, "report-job", "shop"}},
         {"rbac-dangling-role", "rbac-dangling-subject"}, Severity::Medium},
        {false, "shop", "shop-editors", "ClusterRole", "edit", {{K::Group, "shop-devs", ""}, {K::User, "bob@example.com", ""}},
         {"rbac-workload-create"}, Severity::Medium},
        {false, "monitoring", "prometheus-read", "ClusterRole", "view", {{K::ServiceAccount, "prometheus", "monitoring"}},
         {}, Severity::Unknown},
        {false, "payments", "payments-viewers", "ClusterRole", "view", {{K::Group, "payments-devs", ""}}, {},
         Severity::Unknown},
    };
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    Database db = Database::open(path.toStdString());
    ClusterSourceConfig config;
    config.name = "prod-eu";
    config.context = "prod-eu";
    config.server = "https://prod-eu.k8s.example:6443";
    RbacAnalysisWrite write;
    write.sourceId = SourceRepository(db).add(config, now - 300 * kDay);
    write.now = now;
    write.cluster = "prod-eu";
    for (const DemoBinding &d : demo) {
        RbacBindingRecord b;
        b.clusterBinding = d.cluster;
        b.nameSpace = d.nameSpace;
        b.name = d.name;
        b.uid = std::string(d.nameSpace) + "/" + d.name;
        b.roleRef = {d.roleKind, d.role};
        b.subjects = d.subjects;
        b.fingerprint = bindingFingerprint(b.roleRef, b.subjects);
        b.createdAt = now - 200 * kDay;
        b.riskRules = d.risks;
        b.worst = d.worst;
        b.roleExists = std::string(d.name) != "legacy-reporting";
        write.bindings.push_back(b);
    }
    {
        Transaction tx(db);
        RbacRepository(db).writeAnalysis(write);
        tx.commit();
    }
    RbacRepository repo(db);
    std::string error;
    const auto id = [&](const char *spec) { return *repo.findBinding("prod-eu", spec, &error); };
    repo.recordReviews({id("payments/payments-viewers")}, ReviewDecision::Keep, "jdoe", "read-only for the payments team",
                       now - 20 * kDay);
    repo.recordReviews({id("shop/shop-editors")}, ReviewDecision::Keep, "jdoe", "shop team deploys by hand for now",
                       now - 120 * kDay);
    repo.recordReviews({id("monitoring/prometheus-read")}, ReviewDecision::Keep, "mkraus", "scrapes every namespace",
                       now - 60 * kDay);
    // Changed after its review: a second service account was added.
    write.bindings[8].subjects.push_back({K::ServiceAccount, "grafana-agent", "monitoring"});
    write.bindings[8].fingerprint = bindingFingerprint(write.bindings[8].roleRef, write.bindings[8].subjects);
    Transaction tx(db);
    RbacRepository(db).writeAnalysis(write);
    tx.commit();
}

} // namespace

class TestReviewQueueWidget : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::int64_t m_sourceId = 0;
    std::vector<RbacBindingRecord> m_bindings;

    template <typename Pred>
    qint64 expected(Pred pred) const
    {
        return std::count_if(m_bindings.begin(), m_bindings.end(), pred);
    }

    void writeAnalysis()
    {
        Database db = Database::open(m_path.toStdString());
        RbacAnalysisWrite write;
        write.sourceId = m_sourceId;
        write.now = kNow;
        write.cluster = "prod";
        write.bindings = m_bindings;
        Transaction tx(db);
        RbacRepository(db).writeAnalysis(write);
        tx.commit();
    }

    // Through the CLI's spelling of a binding, as `bulkheadctl rbac review` finds it.
    std::int64_t idOf(const RbacBindingRecord &b) const
    {
        Database db = Database::open(m_path.toStdString(), Database::Access::ReadOnly);
        const std::string spec = b.clusterBinding ? "ClusterRoleBinding/" + b.name : "RoleBinding/" + b.nameSpace + "/" + b.name;
        std::string error;
        const auto id = RbacRepository(db).findBinding("prod", spec, &error);
        return id ? *id : 0;
    }

    std::vector<BindingReview> historyOf(const RbacBindingRecord &b) const
    {
        Database db = Database::open(m_path.toStdString(), Database::Access::ReadOnly);
        return RbacRepository(db).history("prod", b.clusterBinding, b.nameSpace, b.name);
    }

    const RbacBindingRecord &binding(int i) const { return m_bindings[static_cast<std::size_t>(i)]; }

    static void settle(ReviewQueueModel &model)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.countExact(), kTimeout);
    }

    static void search(ReviewQueueWidget &w, const QString &text)
    {
        w.filterBar()->searchEdit()->setText(text);
        Q_EMIT w.filterBar()->searchEdit()->returnPressed(); // no wait for the typing pause
        settle(*w.model());
    }

    static void showActive(ReviewQueueWidget &w)
    {
        w.resize(1200, 700);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

    // Presses `key` on the table, types `note` in the prompt and presses `accept` there.
    static ui::ReviewNoteDialog *prompt(ReviewQueueWidget &w, Qt::Key key)
    {
        w.table()->setFocus();
        QTest::keyClick(w.table(), key);
        ui::ReviewNoteDialog *dialog = nullptr;
        [&] { QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<ui::ReviewNoteDialog *>()) != nullptr, kTimeout); }();
        return dialog;
    }

    static int stateOfRow(const ReviewQueueWidget &w, int row)
    {
        return w.model()->index(row, ReviewQueueModel::StateColumn).data(ReviewQueueModel::StateRole).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, "tst_reviewqueuewidget");
        m_path = m_dir.filePath(QStringLiteral("store.db"));
        Database db = Database::open(m_path.toStdString());
        ClusterSourceConfig config;
        config.name = "prod";
        config.context = "prod";
        config.server = "https://prod.example:6443";
        m_sourceId = SourceRepository(db).add(config, kNow - 400 * kDay);
        for (int i = 0; i < kBindings; ++i)
            m_bindings.push_back(crafted(i));
        writeAnalysis();
    }

    void init() { AppSettings::setReviewPolicy(ReviewPolicy{}); }

    void defaultQueueIsNeverReviewedWithoutBootstrap()
    {
        ReviewQueueWidget w(m_path);
        QAbstractItemModelTester tester(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        settle(*w.model());
        QVERIFY(w.filterBar()->needingReviewBox()->isChecked());
        QVERIFY(!w.filterBar()->bootstrapBox()->isChecked());
        // The first test: nothing is reviewed yet.
        const qint64 nonBootstrap = expected([](const RbacBindingRecord &b) { return !b.bootstrap; });
        QCOMPARE(w.model()->totalCount(), nonBootstrap);
        QVERIFY(w.model()->totalCount() > ReviewQueueModel::kPageSize);
        // The riskiest first: the first row's badge is critical with its rule count.
        const QModelIndex risk = w.model()->index(0, ReviewQueueModel::RiskColumn);
        QCOMPARE(risk.data(ReviewQueueModel::SeverityRole).toInt(), int(Severity::Critical));
        QCOMPARE(risk.data(ReviewQueueModel::RiskCountRole).toInt(), 2);
        QCOMPARE(risk.data().toString(), QStringLiteral("Critical · 2"));
        // IAM-2 over the cluster: no binding (defaults aside) has a review yet.
        const QString none = QStringLiteral("IAM-2: 0 of %1 bindings reviewed and current (0 due, %1 never reviewed, 0 changed)")
                                 .arg(QLocale().toString(nonBootstrap));
        QTRY_VERIFY_WITH_TIMEOUT(w.iam2Label()->text().startsWith(none), kTimeout);
        QVERIFY(w.iam2Label()->text().contains(QStringLiteral("not met")));
    }

    void filtersMatchCountsFromTheInput()
    {
        ReviewQueueWidget w(m_path);
        settle(*w.model());
        // Needing review off, defaults shown: every binding of the store.
        w.filterBar()->needingReviewBox()->setChecked(false);
        w.filterBar()->bootstrapBox()->setChecked(true);
        settle(*w.model());
        QCOMPARE(w.model()->totalCount(), qint64(kBindings));

        w.filterBar()->bootstrapBox()->setChecked(false);
        settle(*w.model());
        QCOMPARE(w.model()->totalCount(), expected([](const RbacBindingRecord &b) { return !b.bootstrap; }));

        w.filterBar()->riskyBox()->setChecked(true);
        settle(*w.model());
        QCOMPARE(w.model()->totalCount(),
                 expected([](const RbacBindingRecord &b) { return !b.bootstrap && !b.riskRules.empty(); }));

        w.filterBar()->riskyBox()->setChecked(false);
        search(w, QStringLiteral("alice"));
        QCOMPARE(w.model()->totalCount(),
                 expected([](const RbacBindingRecord &b) { return !b.bootstrap && hasSubjectNamed(b, "alice"); }));
        QVERIFY(w.model()->totalCount() > 0);
        search(w, QStringLiteral("rb-042"));
        QCOMPARE(w.model()->totalCount(), qint64(1));
        QCOMPARE(w.model()->index(0, ReviewQueueModel::NameColumn).data().toString(), QStringLiteral("rb-042"));
    }

    // "Export…" writes exactly the bindings of the queue's filter, with their review columns, as
    // CSV and as JSON.
    void exportWritesTheFilteredRows()
    {
        ReviewQueueWidget w(m_path);
        settle(*w.model());
        w.filterBar()->needingReviewBox()->setChecked(false);
        w.filterBar()->riskyBox()->setChecked(true);
        settle(*w.model());
        std::set<std::string> wanted;
        for (const RbacBindingRecord &b : m_bindings)
            if (!b.bootstrap && !b.riskRules.empty())
                wanted.insert(b.nameSpace + "/" + b.name);
        QVERIFY(!wanted.empty());

        const QString csvPath = m_dir.filePath(QStringLiteral("risky.csv"));
        QCOMPARE(test::exportAndWait(w.exporter(), csvPath, ExportFormat::Csv), qint64(wanted.size()));
        std::set<std::string> got;
        for (const auto &row : test::readCsvFile(csvPath)) {
            QVERIFY(!row.at("risk_rules").empty());
            QCOMPARE(row.at("bootstrap"), std::string("false"));
            got.insert(row.at("namespace") + "/" + row.at("name"));
        }
        QCOMPARE(got, wanted);

        const QString jsonPath = m_dir.filePath(QStringLiteral("risky.json"));
        QCOMPARE(test::exportAndWait(w.exporter(), jsonPath, ExportFormat::Json), qint64(wanted.size()));
        QCOMPARE(test::readJsonFile(jsonPath).size(), qsizetype(wanted.size()));
    }

    void keyboardDecisionRecordsReviewAndLeavesQueue()
    {
        const RbacBindingRecord &b = binding(17);
        QVERIFY(!b.bootstrap);
        ReviewQueueWidget w(m_path);
        showActive(w);
        QSignalSpy recorded(&w, &ReviewQueueWidget::reviewsRecorded);
        search(w, QStringLiteral("rb-017"));
        QCOMPARE(w.model()->totalCount(), qint64(1));
        QCOMPARE(stateOfRow(w, 0), int(ReviewState::NeverReviewed));
        w.table()->selectRow(0);

        ui::ReviewNoteDialog *dialog = prompt(w, Qt::Key_R);
        QVERIFY(dialog);
        QCOMPARE(dialog->decision(), ReviewDecision::Reduce);
        QVERIFY(!dialog->problem().isEmpty()); // reduce needs a note
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("drop edit, view is enough"));
        QVERIFY(dialog->problem().isEmpty());
        QTest::keyClick(dialog->noteEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, kTimeout);
        QCOMPARE(recorded.first().first().toInt(), 1);

        const std::vector<BindingReview> history = historyOf(b);
        QCOMPARE(history.size(), std::size_t(1));
        QCOMPARE(history[0].decision, ReviewDecision::Reduce);
        QCOMPARE(QString::fromStdString(history[0].note), QStringLiteral("drop edit, view is enough"));
        QCOMPARE(history[0].reviewer, osUserName());
        QCOMPARE(history[0].fingerprint, b.fingerprint);

        // Gone from the queue; shown as current without the "needing review" filter.
        settle(*w.model());
        QCOMPARE(w.model()->totalCount(), qint64(0));
        const qint64 nonBootstrap = expected([](const RbacBindingRecord &r) { return !r.bootstrap; });
        QTRY_VERIFY_WITH_TIMEOUT(w.iam2Label()->text().startsWith(
                                     QStringLiteral("IAM-2: 1 of %1 bindings reviewed and current (0 due, %2 never reviewed")
                                         .arg(QLocale().toString(nonBootstrap), QLocale().toString(nonBootstrap - 1))),
                                 kTimeout);
        w.filterBar()->needingReviewBox()->setChecked(false);
        settle(*w.model());
        QCOMPARE(w.model()->totalCount(), qint64(1));
        QCOMPARE(stateOfRow(w, 0), int(ReviewState::Current));
        QVERIFY(w.model()->index(0, ReviewQueueModel::LastReviewColumn).data().toString().contains(
            QString::fromStdString(osUserName())));

        // The side pane shows the history with the note.
        w.table()->setCurrentIndex(w.model()->index(0, ReviewQueueModel::NameColumn));
        QTRY_VERIFY_WITH_TIMEOUT(w.detailPane()->text().contains(QStringLiteral("drop edit, view is enough")), kTimeout);
        QVERIFY(w.detailPane()->text().contains(QStringLiteral("Reduce")));
        QVERIFY(w.detailPane()->text().contains(QStringLiteral("ClusterRole/%1").arg(QString::fromStdString(b.roleRef.name))));
        QVERIFY(w.detailPane()->text().contains(QStringLiteral("User/user-17")));
    }

    void cancelledPromptRecordsNothing()
    {
        ReviewQueueWidget w(m_path);
        showActive(w);
        QSignalSpy recorded(&w, &ReviewQueueWidget::reviewsRecorded);
        search(w, QStringLiteral("rb-018"));
        w.table()->selectRow(0);
        ui::ReviewNoteDialog *dialog = prompt(w, Qt::Key_E);
        QVERIFY(dialog);
        QCOMPARE(dialog->decision(), ReviewDecision::Escalate);
        QTest::keyClick(dialog->noteEdit(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!w.findChild<ui::ReviewNoteDialog *>(), kTimeout);
        QVERIFY(!w.isRecording());
        QCOMPARE(recorded.size(), 0);
        QVERIFY(historyOf(binding(18)).empty());
    }

    void bulkDecisionOverAMultiSelection()
    {
        // Every non-bootstrap binding with the group team-bulk: more than a page, so the
        // selection reaches rows whose page was never read.
        const auto inBulk = [](const RbacBindingRecord &b) { return !b.bootstrap && hasSubjectNamed(b, "team-bulk"); };
        ReviewQueueWidget w(m_path);
        showActive(w);
        QSignalSpy recorded(&w, &ReviewQueueWidget::reviewsRecorded);
        w.filterBar()->needingReviewBox()->setChecked(false); // the one reviewed above is included too
        search(w, QStringLiteral("team-bulk"));
        const qint64 count = expected(inBulk);
        QCOMPARE(w.model()->totalCount(), count);
        QVERIFY(count > ReviewQueueModel::kPageSize);
        w.table()->selectAll();

        ui::ReviewNoteDialog *dialog = prompt(w, Qt::Key_X);
        QVERIFY(dialog);
        QCOMPARE(dialog->decision(), ReviewDecision::Remove);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("countLabel"))->text().contains(QLocale().toString(count)));
        // Enter without a note does nothing: remove needs one.
        QTest::keyClick(dialog->noteEdit(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("team disbanded"));
        QTest::keyClick(dialog->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, kTimeout);
        QCOMPARE(recorded.first().first().toInt(), int(count));

        int checked = 0;
        for (const RbacBindingRecord &b : m_bindings) {
            if (!inBulk(b))
                continue;
            const std::vector<BindingReview> history = historyOf(b);
            QVERIFY2(!history.empty(), b.name.c_str());
            QCOMPARE(history[0].decision, ReviewDecision::Remove);
            QCOMPARE(history[0].note, std::string("team disbanded"));
            ++checked;
        }
        QCOMPARE(checked, int(count));

        w.filterBar()->needingReviewBox()->setChecked(true);
        settle(*w.model());
        QCOMPARE(w.model()->totalCount(), qint64(0));
    }

    void changedBindingShowsItsDiff()
    {
        // Reviewed ten days ago as it was; then a subject is added and one removed.
        const int i = 19;
        {
            Database db = Database::open(m_path.toStdString());
            const std::int64_t id = idOf(binding(i));
            QVERIFY(id > 0);
            QCOMPARE(RbacRepository(db).recordReviews({id}, ReviewDecision::Keep, "auditor", "fine as is", kNow - 10 * kDay), 1);
        }
        RbacBindingRecord &b = m_bindings[i];
        const RbacSubject removed = b.subjects.front();
        b.subjects.erase(b.subjects.begin());
        b.subjects.push_back({SubjectKind::User, "mallory", ""});
        b.fingerprint = bindingFingerprint(b.roleRef, b.subjects);
        writeAnalysis();

        ReviewQueueWidget w(m_path);
        showActive(w);
        search(w, QString::fromStdString(b.name));
        QCOMPARE(w.model()->totalCount(), qint64(1)); // back in the queue
        QCOMPARE(stateOfRow(w, 0), int(ReviewState::Changed));
        w.table()->setCurrentIndex(w.model()->index(0, ReviewQueueModel::NameColumn));
        QTRY_VERIFY_WITH_TIMEOUT(w.detailPane()->text().contains(QStringLiteral("Review history")), kTimeout);
        const QString pane = w.detailPane()->text();
        QVERIFY2(pane.contains(QStringLiteral("+ User/mallory")), qPrintable(pane));
        QVERIFY2(pane.contains(QString::fromStdString(removed.key())), qPrintable(pane));
        QVERIFY(pane.contains(QStringLiteral("auditor")));
        QVERIFY(pane.contains(QStringLiteral("fine as is")));
        const BindingDiff diff = ui::ReviewDetailPane::diffSinceReview(
            w.model()->rowAt(0) ? *w.model()->rowAt(0) : RbacBindingRow{});
        QCOMPARE(diff.added, (std::vector<RbacSubject>{{SubjectKind::User, "mallory", ""}}));
        QCOMPARE(diff.removed, std::vector<RbacSubject>{removed});
        QVERIFY(!diff.roleBefore);
    }

    void intervalsComeFromTheSettings()
    {
        // A plain binding kept 100 days ago: due with the default 90 days, current with 200.
        const int i = 29;
        QVERIFY(binding(i).riskRules.empty() && !binding(i).bootstrap);
        {
            Database db = Database::open(m_path.toStdString());
            QCOMPARE(RbacRepository(db).recordReviews({idOf(binding(i))}, ReviewDecision::Keep, "auditor", "",
                                                      kNow - 100 * kDay),
                     1);
        }
        ReviewQueueWidget w(m_path);
        search(w, QString::fromStdString(binding(i).name));
        QCOMPARE(w.model()->totalCount(), qint64(1));
        QCOMPARE(stateOfRow(w, 0), int(ReviewState::Due));
        QCOMPARE(w.model()->index(0, ReviewQueueModel::DueColumn).data().toString(),
                 QDateTime::fromSecsSinceEpoch(kNow - 10 * kDay).toString(QStringLiteral("yyyy-MM-dd")));

        ReviewPolicy longer;
        longer.intervalDays = 200;
        AppSettings::setReviewPolicy(longer);
        w.refresh();
        settle(*w.model());
        QCOMPARE(w.model()->totalCount(), qint64(0));
    }

    // Not a check: with BULKHEAD_SCREENSHOT_DIR set (xvfb-run, QT_QPA_PLATFORM=xcb), saves the
    // review queue of a demo-like store, the changed binding selected, and the note prompt.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("BULKHEAD_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set BULKHEAD_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(out);
        const QString path = out + QStringLiteral("/rbac-review-demo.db");
        QFile::remove(path);
        writeDemoStore(path);
        ReviewQueueWidget w(path);
        w.setCluster(QStringLiteral("prod-eu"));
        showActive(w);
        w.resize(1440, 560);
        settle(*w.model());
        for (int r = 0; r < w.model()->rowCount(); ++r) {
            if (w.model()->index(r, ReviewQueueModel::NameColumn).data().toString() == QStringLiteral("prometheus-read"))
                w.table()->selectRow(r);
        }
        QTRY_VERIFY_WITH_TIMEOUT(w.detailPane()->text().contains(QStringLiteral("grafana-agent")), kTimeout);
        QTest::qWait(500);
        QVERIFY(w.grab().save(out + QStringLiteral("/rbac-review.png")));
        ui::ReviewNoteDialog *dialog = prompt(w, Qt::Key_K);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("grafana-agent reads the same metrics; fine"));
        QTest::qWait(300);
        QVERIFY(dialog->grab().save(out + QStringLiteral("/rbac-review-note.png")));
        dialog->reject();
    }
};

QTEST_MAIN(TestReviewQueueWidget)
#include "tst_reviewqueuewidget.moc"
