// The Add-cluster dialog over a kubeconfig with two contexts written by the test (a token user
// and an exec-plugin user): the contexts are read off the GUI thread (the default kubeconfig is
// KUBECONFIG's), the name is checked as it is typed, the exec plugin's full command is shown and
// only its approval stores the fingerprint, a bad kubeconfig is named in the dialog, and "Test
// connection" reports errors and, against the test Kubernetes API server over TLS, the version.
#include "kube/execcredential.h"
#include "kubeapiserver.h"
#include "sources/addclusterdialog.h"
#include "sources/sourcesdialog.h"
#include "sources/sourcesmodel.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "testcerts.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace bulkhead;
using ui::AddClusterDialog;

namespace {

constexpr int kTimeout = 30000;
const QString kToken = QStringLiteral("planted-token-7f3a9c");
const QString kProdContext = QStringLiteral("arn:aws:eks:eu-west-1:123456789012:cluster/prod");

// The exec plugin of the kubeconfig below, as the test knows it.
KubeExecConfig eksExec()
{
    KubeExecConfig e;
    e.apiVersion = "client.authentication.k8s.io/v1beta1";
    e.command = "aws";
    e.args = {"eks", "get-token", "--cluster-name", "prod"};
    e.env = {{"AWS_PROFILE", "prod"}};
    e.interactiveMode = "Never";
    return e;
}

QByteArray kubeconfig(const QString &devServer, const QString &caFile)
{
    return QStringLiteral(R"(apiVersion: v1
kind: Config
clusters:
- name: dev-cluster
  cluster:
    server: %1
    certificate-authority: %2
- name: prod-cluster
  cluster:
    server: https://prod.k8s.example:6443
    insecure-skip-tls-verify: true
contexts:
- name: dev
  context:
    cluster: dev-cluster
    user: dev-user
    namespace: team
- name: %3
  context:
    cluster: prod-cluster
    user: eks-user
current-context: dev
users:
- name: dev-user
  user:
    token: %4
- name: eks-user
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args:
      - eks
      - get-token
      - --cluster-name
      - prod
      env:
      - name: AWS_PROFILE
        value: prod
      interactiveMode: Never
)")
        .arg(devServer, caFile, kProdContext, kToken)
        .toUtf8();
}

bool waitRead(AddClusterDialog &d, QSignalSpy &spy)
{
    if (!d.isReadingKubeconfig())
        return true;
    return spy.wait(kTimeout);
}

void chooseContext(AddClusterDialog &d, const QString &name)
{
    d.contextCombo()->setCurrentIndex(d.contextCombo()->findData(name));
}

// Types a path the way a user does (textEdited), then waits for the read it starts.
bool typePath(AddClusterDialog &d, const QString &path)
{
    QSignalSpy read(&d, &AddClusterDialog::kubeconfigRead);
    d.kubeconfigEdit()->setFocus();
    d.kubeconfigEdit()->selectAll();
    QTest::keyClicks(d.kubeconfigEdit(), path);
    return read.wait(kTimeout) || read.count() > 0;
}

QString runTest(AddClusterDialog &d)
{
    QSignalSpy done(&d, &AddClusterDialog::testFinished);
    d.testButton()->click();
    if (!done.isEmpty())
        return QStringLiteral("answered synchronously");
    if (!done.wait(kTimeout))
        return QStringLiteral("no answer");
    return done.first().first().toString();
}

} // namespace

class TestAddClusterDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_certDir;
    std::unique_ptr<test::TestCerts> m_certs;
    QString m_store;
    QString m_kubeconfig;
    QString m_devServer = QStringLiteral("https://127.0.0.1:1");

    std::optional<SourceRow> stored(const std::string &name) const
    {
        Database db = Database::open(m_store.toStdString(), Database::Access::ReadOnly);
        return SourceRepository(db).find(name);
    }

    bool save(AddClusterDialog &d)
    {
        QSignalSpy saved(&d, &AddClusterDialog::saved);
        QSignalSpy failed(&d, &AddClusterDialog::saveFailed);
        d.okButton()->click();
        return saved.wait(kTimeout) || saved.count() > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, "tst_addclusterdialog");
        m_store = m_dir.path() + QStringLiteral("/store.db");
        test::createStore(m_store);
        m_certs = std::make_unique<test::TestCerts>(m_certDir.path());
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
        m_kubeconfig = m_dir.path() + QStringLiteral("/config");
        test::writeFile(m_kubeconfig, kubeconfig(m_devServer, m_certs->caCert()));
        // The dialog's default kubeconfig is KUBECONFIG's, as kubectl's is.
        qputenv("KUBECONFIG", m_kubeconfig.toUtf8());
    }

    void listsTheContexts()
    {
        AddClusterDialog d(m_store, QStringList{});
        QSignalSpy read(&d, &AddClusterDialog::kubeconfigRead);
        // The constructor only started the read: the GUI thread did not parse the file.
        QVERIFY(d.isReadingKubeconfig());
        QVERIFY(waitRead(d, read));
        QCOMPARE(d.kubeconfigEdit()->text(), m_kubeconfig);
        QCOMPARE(d.contextCombo()->count(), 2);
        QCOMPARE(d.contextCombo()->currentData().toString(), QStringLiteral("dev")); // current-context
        QVERIFY(d.contextCombo()->currentText().contains(QStringLiteral("current")));
        QCOMPARE(d.serverLabel()->text(), m_devServer);
        QCOMPARE(d.nameEdit()->text(), QStringLiteral("dev")); // suggested from the context
        QVERIFY(!d.execCommandView()->isVisibleTo(&d));
        QCOMPARE(d.config().context, std::string("dev"));
        QCOMPARE(d.config().kubeconfig, m_kubeconfig.toStdString());

        chooseContext(d, kProdContext);
        QCOMPARE(d.serverLabel()->text(), QStringLiteral("https://prod.k8s.example:6443"));
        QCOMPARE(d.nameEdit()->text(), QStringLiteral("prod")); // the ARN's cluster name
        // Nothing of the user's secrets is shown anywhere in the dialog.
        for (const QLabel *label : d.findChildren<QLabel *>())
            QVERIFY(!label->text().contains(kToken));
        QVERIFY(!d.execCommandView()->toPlainText().contains(kToken));
    }

    void validatesTheNameAsTyped()
    {
        AddClusterDialog d(m_store, QStringList{QStringLiteral("taken")});
        QSignalSpy read(&d, &AddClusterDialog::kubeconfigRead);
        QVERIFY(waitRead(d, read));
        QVERIFY2(d.validationError().isEmpty(), qPrintable(d.validationError()));
        QVERIFY(d.okButton()->isEnabled());
        d.nameEdit()->setText(QStringLiteral("taken"));
        QVERIFY(d.validationLabel()->text().contains(QStringLiteral("already exists")));
        QVERIFY(!d.okButton()->isEnabled());
        d.nameEdit()->setText(QStringLiteral("bad name!"));
        QVERIFY(!d.validationError().isEmpty());
        QCOMPARE(d.validationLabel()->text(), d.validationError());
        QVERIFY(!d.okButton()->isEnabled());
        d.nameEdit()->clear();
        QVERIFY(!d.validationError().isEmpty());
        d.nameEdit()->setText(QStringLiteral("team-dev.1"));
        QVERIFY2(d.validationError().isEmpty(), qPrintable(d.validationError()));
        QVERIFY(d.okButton()->isEnabled());
        // A typed name stays when another context is chosen.
        chooseContext(d, kProdContext);
        QCOMPARE(d.nameEdit()->text(), QStringLiteral("team-dev.1"));
    }

    void execCommandShownAndApprovalStored()
    {
        const std::string fingerprint = execApprovalFingerprint(m_kubeconfig.toStdString(), "eks-user", eksExec());
        {
            // Not approved: the source is saved without a fingerprint.
            AddClusterDialog d(m_store, QStringList{});
            QSignalSpy read(&d, &AddClusterDialog::kubeconfigRead);
            QVERIFY(waitRead(d, read));
            chooseContext(d, kProdContext);
            QVERIFY(d.execCommandView()->isVisibleTo(&d));
            QVERIFY(d.execCommandView()->isReadOnly());
            const QString command = d.execCommandView()->toPlainText();
            QCOMPARE(command, QString::fromStdString(describeExecCommand(eksExec())));
            QVERIFY2(command.contains(QStringLiteral("aws eks get-token --cluster-name prod")), qPrintable(command));
            QVERIFY2(command.contains(QStringLiteral("AWS_PROFILE=prod")), qPrintable(command));
            QVERIFY(!d.approveExecCheck()->isChecked());
            QVERIFY(d.config().execApproval.empty());
            d.nameEdit()->setText(QStringLiteral("prod-unapproved"));
            QVERIFY(save(d));
        }
        const auto unapproved = stored("prod-unapproved");
        QVERIFY(unapproved);
        QCOMPARE(unapproved->kind, std::string("cluster"));
        QCOMPARE(unapproved->cluster.context, kProdContext.toStdString());
        QVERIFY(unapproved->cluster.execApproval.empty());
        {
            AddClusterDialog d(m_store, QStringList{});
            QSignalSpy read(&d, &AddClusterDialog::kubeconfigRead);
            QVERIFY(waitRead(d, read));
            chooseContext(d, kProdContext);
            d.nameEdit()->setText(QStringLiteral("prod-approved"));
            d.approveExecCheck()->setChecked(true);
            QCOMPARE(d.config().execApproval, fingerprint);
            // Unchecked again: nothing approved.
            d.approveExecCheck()->setChecked(false);
            QVERIFY(d.config().execApproval.empty());
            d.approveExecCheck()->setChecked(true);
            QVERIFY(save(d));
        }
        const auto approved = stored("prod-approved");
        QVERIFY(approved);
        QCOMPARE(approved->cluster.execApproval, fingerprint);
        QCOMPARE(approved->cluster.execCommand, describeExecCommand(eksExec()));

        // Editing the approved source shows it approved; the name cannot change.
        AddClusterDialog edit(m_store, approved->cluster);
        QSignalSpy read(&edit, &AddClusterDialog::kubeconfigRead);
        QVERIFY(waitRead(edit, read));
        QVERIFY(edit.isEditing());
        QVERIFY(edit.nameEdit()->isReadOnly());
        QCOMPARE(edit.contextCombo()->currentData().toString(), kProdContext);
        QVERIFY(edit.approveExecCheck()->isChecked());
        QCOMPARE(edit.config().execApproval, fingerprint);
    }

    // The Sources dialog lists the cluster sources saved above beside registries, with their kind,
    // API server and whether an exec plugin was approved.
    void sourcesDialogListsClusters()
    {
        ui::SourcesDialog dialog(m_store);
        QSignalSpy loaded(&dialog, &ui::SourcesDialog::loaded);
        QVERIFY(loaded.wait(kTimeout));
        ui::SourcesModel *model = dialog.model();
        int clusters = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const SourceRow *s = model->source(r);
            QCOMPARE(model->index(r, ui::SourcesModel::KindColumn).data().toString(),
                     s->kind == "cluster" ? QStringLiteral("cluster") : QStringLiteral("registry"));
            if (s->kind != "cluster")
                continue;
            ++clusters;
            QCOMPARE(model->index(r, ui::SourcesModel::UrlColumn).data().toString(),
                     QStringLiteral("https://prod.k8s.example:6443"));
            const QString auth = model->index(r, ui::SourcesModel::AuthColumn).data().toString();
            QCOMPARE(auth.contains(QStringLiteral("approved")), !s->cluster.execApproval.empty());
        }
        QCOMPARE(clusters, 2); // prod-unapproved and prod-approved
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("addClusterButton")));
    }

    void badKubeconfigIsNamed()
    {
        const QString bad = m_dir.path() + QStringLiteral("/broken-config");
        test::writeFile(bad, QByteArray("apiVersion: v1\nclusters:\n- name: x\n  cluster: [unclosed\n"));
        AddClusterDialog d(m_store, QStringList{});
        QSignalSpy read(&d, &AddClusterDialog::kubeconfigRead);
        QVERIFY(waitRead(d, read));
        QVERIFY(typePath(d, bad));
        QVERIFY(!d.okButton()->isEnabled());
        QVERIFY2(d.kubeconfigStatusLabel()->text().contains(bad), qPrintable(d.kubeconfigStatusLabel()->text()));
        QCOMPARE(d.contextCombo()->count(), 0);
        // Back to the good file: the contexts return.
        QVERIFY(typePath(d, m_kubeconfig));
        QCOMPARE(d.contextCombo()->count(), 2);
    }

    void testConnectionShowsErrors()
    {
        AddClusterDialog d(m_store, QStringList{});
        QSignalSpy read(&d, &AddClusterDialog::kubeconfigRead);
        QVERIFY(waitRead(d, read));
        // Nothing listens at the dev server: the error is shown, not swallowed.
        QString error = runTest(d);
        QVERIFY(!error.isEmpty());
        QCOMPARE(d.testResultLabel()->text(), error);
        QVERIFY(!error.contains(kToken));
        QVERIFY(d.testButton()->isEnabled());
        // An exec plugin is not run before it is approved.
        chooseContext(d, kProdContext);
        error = runTest(d);
        QVERIFY2(error.contains(QStringLiteral("approve")), qPrintable(error));
    }

    void testConnectionAgainstTheApiServer()
    {
        const test::TestCerts &certs = *m_certs;
        test::KubeApiServer server(certs);
        server.addToken(kToken);
        QVERIFY(server.start());
        const QString path = m_dir.path() + QStringLiteral("/live-config");
        test::writeFile(path, kubeconfig(server.url(), certs.caCert()));
        AddClusterDialog d(m_store, QStringList{});
        QSignalSpy read(&d, &AddClusterDialog::kubeconfigRead);
        QVERIFY(waitRead(d, read));
        QVERIFY(typePath(d, path));
        QCOMPARE(d.serverLabel()->text(), server.url());
        const QString error = runTest(d);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(d.testResultLabel()->text().contains(QStringLiteral("Connected")), qPrintable(d.testResultLabel()->text()));
        QVERIFY(!d.testResultLabel()->text().contains(kToken));
    }
};

QTEST_MAIN(TestAddClusterDialog)
#include "tst_addclusterdialog.moc"
