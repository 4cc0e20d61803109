// PermissionMatrixModel and PermissionMatrixPanel over a matrix built from crafted roles and
// bindings: the table has a row per resource and a column per verb as the matrix says; a cell
// reads without colour ("✓", "✓*" for named objects only); its tooltip and the detail pane name the
// binding, the role and the rule that grant it (and the objects, the cluster-wide origin); the
// permissions the risk rules look at are marked; the scope chooser offers the subject's namespaces.
#include "rbac/permissionmatrix.h"
#include "rbac/permissionmatrixmodel.h"
#include "rbac/permissionmatrixpanel.h"
#include "rbac/rbacindex.h"
#include "rbactestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace bulkhead;
using namespace bulkhead::test::rbac;
using ui::PermissionMatrixModel;

namespace {

// bob: cluster-wide he lists namespaces; in "payments" he reads pods, execs into them and reads
// the secret "stripe-key"; in "batch" he may do anything to jobs.
RbacIndex index()
{
    RbacObjects o;
    o.roles = {role(true, "", "namespace-lister", {rule({"get", "list"}, {""}, {"namespaces"})}),
               role(false, "payments", "debugger",
                    {rule({"get", "list", "watch"}, {""}, {"pods"}), rule({"create"}, {""}, {"pods/exec"}),
                     rule({"get"}, {""}, {"secrets"}, {"stripe-key"})}),
               role(true, "", "job-admin", {rule({"*"}, {"batch"}, {"jobs"})})};
    o.bindings = {binding(true, "", "bob-lists", "ClusterRole", "namespace-lister", {user("bob")}),
                  binding(false, "payments", "bob-debugs", "Role", "debugger", {user("bob")}),
                  binding(false, "batch", "bob-jobs", "ClusterRole", "job-admin", {user("bob")})};
    return RbacIndex(std::move(o));
}

const RbacSubject kBob{SubjectKind::User, "bob", {}};

QModelIndex cell(const PermissionMatrixModel &model, const std::string &row, const std::string &verb)
{
    return model.index(model.matrix()->row(row), model.matrix()->column(verb));
}

} // namespace

class TestPermissionMatrixModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableFollowsTheMatrix()
    {
        const RbacIndex idx = index();
        PermissionMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        auto matrix = std::make_shared<const PermissionMatrix>(buildPermissionMatrix(idx, kBob, "payments"));
        model.setMatrix(matrix);
        QCOMPARE(model.rowCount(), int(matrix->rows.size()));
        QCOMPARE(model.columnCount(), int(matrix->verbs.size()));
        QCOMPARE(model.rowCount(), 4); // namespaces, pods, pods/exec, secrets
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.headerData(r, Qt::Vertical, Qt::DisplayRole).toString(),
                     QString::fromStdString(matrix->rows[std::size_t(r)].label));
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("get"));

        // Readable without colour.
        QCOMPARE(cell(model, "pods", "watch").data().toString(), QStringLiteral("✓"));
        QCOMPARE(cell(model, "pods", "delete").data().toString(), QString());
        QCOMPARE(cell(model, "secrets", "get").data().toString(), QStringLiteral("✓*"));
        QVERIFY(cell(model, "secrets", "get").data(PermissionMatrixModel::NamedObjectsOnlyRole).toBool());
        QVERIFY(cell(model, "namespaces", "list").data(PermissionMatrixModel::ClusterWideOnlyRole).toBool());
        QVERIFY(!cell(model, "pods", "list").data(PermissionMatrixModel::ClusterWideOnlyRole).toBool());
        int allowed = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                allowed += model.index(r, c).data(PermissionMatrixModel::AllowedRole).toBool();
        QCOMPARE(allowed, 2 + 3 + 1 + 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void cellsExplainTheirGrant()
    {
        const RbacIndex idx = index();
        PermissionMatrixModel model;
        model.setMatrix(std::make_shared<const PermissionMatrix>(buildPermissionMatrix(idx, kBob, "payments")));
        const QString exec = cell(model, "pods/exec", "create").data(Qt::ToolTipRole).toString();
        QVERIFY2(exec.contains(QStringLiteral("bob-debugs")), qPrintable(exec));
        QVERIFY2(exec.contains(QStringLiteral("Role debugger")), qPrintable(exec));
        QVERIFY2(exec.contains(QStringLiteral("namespace payments")), qPrintable(exec));
        const QString secret = model.cellDetail(cell(model, "secrets", "get"));
        QVERIFY2(secret.contains(QStringLiteral("stripe-key")), qPrintable(secret));
        const QString inherited = model.cellDetail(cell(model, "namespaces", "get"));
        QVERIFY2(inherited.contains(QStringLiteral("bob-lists")) && inherited.contains(QStringLiteral("cluster-wide")),
                 qPrintable(inherited));
        const QString denied = model.cellDetail(cell(model, "pods", "delete"));
        QVERIFY2(denied.contains(QStringLiteral("may not")), qPrintable(denied));
        QVERIFY(!cell(model, "pods", "delete").data(Qt::AccessibleTextRole).toString().isEmpty());
    }

    void manyGrantsAreCounted()
    {
        RbacObjects o;
        o.roles = {role(true, "", "pod-reader", {rule({"get"}, {""}, {"pods"})})};
        for (int i = 0; i < PermissionMatrixCell::kMaxGrants + 3; ++i)
            o.bindings.push_back(binding(false, "ns", "b" + std::to_string(i), "ClusterRole", "pod-reader", {user("eve")}));
        const RbacIndex idx(std::move(o));
        PermissionMatrixModel model;
        model.setMatrix(std::make_shared<const PermissionMatrix>(buildPermissionMatrix(idx, user("eve"), "ns")));
        const QModelIndex get = cell(model, "pods", "get");
        QCOMPARE(get.data(PermissionMatrixModel::GrantCountRole).toInt(), PermissionMatrixCell::kMaxGrants + 3);
        const QString detail = model.cellDetail(get);
        QVERIFY2(detail.contains(QStringLiteral("and 3 more grants")), qPrintable(detail));
        QCOMPARE(detail.count(QStringLiteral("• RoleBinding")), int(PermissionMatrixCell::kMaxGrants));
    }

    void riskyPermissionsAreMarked()
    {
        const RbacIndex idx = index();
        PermissionMatrixModel model;
        model.setMatrix(std::make_shared<const PermissionMatrix>(buildPermissionMatrix(idx, kBob, "payments")));
        QVERIFY(cell(model, "secrets", "get").data(PermissionMatrixModel::SensitiveRole).toBool());
        QVERIFY(cell(model, "pods/exec", "create").data(PermissionMatrixModel::SensitiveRole).toBool());
        QVERIFY(!cell(model, "pods", "get").data(PermissionMatrixModel::SensitiveRole).toBool());
        QVERIFY(!cell(model, "namespaces", "list").data(PermissionMatrixModel::SensitiveRole).toBool());
        PermissionMatrixRow any{"*", "*", {}, "*.*"};
        QVERIFY(PermissionMatrixModel::isSensitive(any, "get"));
        PermissionMatrixRow roles{"rbac.authorization.k8s.io", "roles", {}, "roles.rbac.authorization.k8s.io"};
        QVERIFY(PermissionMatrixModel::isSensitive(roles, "escalate"));
        QVERIFY(!PermissionMatrixModel::isSensitive(roles, "get"));
    }

    void panelOffersScopesAndExplainsTheCurrentCell()
    {
        const RbacIndex idx = index();
        ui::PermissionMatrixPanel panel;
        QSignalSpy scope(&panel, &ui::PermissionMatrixPanel::scopeChanged);
        ui::RbacMatrixAnswer answer;
        answer.cluster = "prod";
        answer.matrix = buildPermissionMatrix(idx, kBob, "payments");
        panel.showBuilding(kBob);
        QVERIFY(panel.isBuilding());
        panel.setAnswer(answer);
        QVERIFY(!panel.isBuilding());
        QVERIFY(panel.table()->isEnabled());
        QCOMPARE(scope.count(), 0); // filling the chooser is not a choice
        QCOMPARE(panel.scopeCombo()->count(), 3); // cluster-wide, batch, payments
        QCOMPARE(panel.scope(), std::string("payments"));
        QVERIFY(panel.titleLabel()->text().contains(QStringLiteral("bob")));
        const QModelIndex exec = cell(*panel.model(), "pods/exec", "create");
        panel.table()->setCurrentIndex(exec);
        QVERIFY2(panel.detail()->toPlainText().contains(QStringLiteral("bob-debugs")),
                 qPrintable(panel.detail()->toPlainText()));
        panel.scopeCombo()->setCurrentIndex(panel.scopeCombo()->findData(QStringLiteral("batch")));
        QCOMPARE(scope.count(), 1);
        QCOMPARE(scope.takeFirst().at(0).value<std::string>(), std::string("batch"));
        // A store error replaces the matrix with what went wrong.
        ui::RbacMatrixAnswer failed;
        failed.error = QStringLiteral("database is locked");
        panel.setAnswer(failed);
        QCOMPARE(panel.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestPermissionMatrixModel)
#include "tst_permissionmatrixmodel.moc"
