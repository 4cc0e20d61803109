// The Add-registry dialog: inline validation (and OK following it), the RegistrySourceConfig it
// produces, and "Test connection" against a real docker-registry started by the test: plain HTTP
// anonymous, TLS with the test CA and basic auth, and failing ones (wrong password, nothing
// listening) whose error is shown in the dialog. The connection test runs on a worker thread: the
// dialog's event loop keeps turning while it waits.
#include "localregistry.h"
#include "ocilayout.h"
#include "sources/addregistrydialog.h"
#include "testcerts.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace bulkhead;
using ui::AddRegistryDialog;

namespace {

constexpr int kTimeout = 30000;

void setAuth(AddRegistryDialog &d, RegistryAuthKind kind)
{
    d.authCombo()->setCurrentIndex(d.authCombo()->findData(int(kind)));
}

// Runs the dialog's connection test and returns the error it reported (empty: connected).
QString runTest(AddRegistryDialog &d)
{
    QSignalSpy done(&d, &AddRegistryDialog::testFinished);
    d.testButton()->click();
    // The button is disabled while the worker runs: the click returned before any network I/O.
    if (!done.isEmpty())
        return QStringLiteral("answered synchronously");
    if (!done.wait(kTimeout))
        return QStringLiteral("no answer");
    return done.first().first().toString();
}

} // namespace

class TestAddRegistryDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, "tst_addregistrydialog");
        m_store = m_dir.path() + QStringLiteral("/store.db");
        test::createStore(m_store);
    }

    void validatesInline()
    {
        AddRegistryDialog d(m_store, QStringList{QStringLiteral("taken")});
        QVERIFY(!d.okButton()->isEnabled());
        QVERIFY(d.validationLabel()->text().contains(QStringLiteral("name")));

        d.nameEdit()->setText(QStringLiteral("taken"));
        QVERIFY(d.validationLabel()->text().contains(QStringLiteral("already exists")));
        d.nameEdit()->setText(QStringLiteral("bad name"));
        QVERIFY(d.validationLabel()->text().contains(QStringLiteral("letters, digits")));
        d.nameEdit()->setText(QStringLiteral("team"));
        QVERIFY(d.validationLabel()->text().contains(QStringLiteral("address")));

        d.urlEdit()->setText(QStringLiteral("http://127.0.0.1:5000"));
        QVERIFY2(d.validationLabel()->text().contains(QStringLiteral("plain HTTP")), qPrintable(d.validationLabel()->text()));
        QVERIFY(!d.okButton()->isEnabled());
        d.insecureCheck()->setChecked(true);
        QVERIFY2(d.validationError().isEmpty(), qPrintable(d.validationError()));
        QVERIFY(d.okButton()->isEnabled());

        d.urlEdit()->setText(QStringLiteral("https://registry.example/v2/team"));
        QVERIFY(d.validationLabel()->text().contains(QStringLiteral("without a path")));
        d.urlEdit()->setText(QStringLiteral("registry.example:5000"));
        QVERIFY(d.validationError().isEmpty());

        setAuth(d, RegistryAuthKind::Basic);
        QVERIFY(d.validationLabel()->text().contains(QStringLiteral("user name")));
        d.usernameEdit()->setText(QStringLiteral("ci"));
        QVERIFY(!d.validationError().isEmpty()); // a password, or the keyring is missing: either way not yet

        setAuth(d, RegistryAuthKind::Anonymous);
        d.caFileEdit()->setText(m_dir.path() + QStringLiteral("/missing-ca.pem"));
        QVERIFY(d.validationLabel()->text().contains(QStringLiteral("does not exist")));
        d.caFileEdit()->clear();
        QVERIFY(d.validationError().isEmpty());
    }

    void producesTheConfig()
    {
        AddRegistryDialog d(m_store, QStringList{});
        d.nameEdit()->setText(QStringLiteral(" team "));
        d.urlEdit()->setText(QStringLiteral("registry.example:5000/"));
        d.includeEdit()->setText(QStringLiteral("team/*, base  tools/*"));
        d.excludeEdit()->setText(QStringLiteral("*-dev"));
        d.importSbomsCheck()->setChecked(true);
        d.concurrencySpin()->setValue(3);
        const RegistrySourceConfig c = d.config();
        QCOMPARE(c.name, std::string("team"));
        QCOMPARE(c.url, std::string("https://registry.example:5000"));
        QCOMPARE(c.include, (std::vector<std::string>{"team/*", "base", "tools/*"}));
        QCOMPARE(c.exclude, (std::vector<std::string>{"*-dev"}));
        QVERIFY(c.importSboms);
        QVERIFY(!c.insecure);
        QCOMPARE(c.concurrency, 3);
        QCOMPARE(c.auth, RegistryAuthKind::Anonymous);
        QVERIFY(d.password().isEmpty()); // only a Basic source has one

        // The keyring is asked off the GUI thread; once known, its state is said in the dialog.
        setAuth(d, RegistryAuthKind::Basic);
        QTRY_VERIFY_WITH_TIMEOUT(!d.keyringLabel()->text().startsWith(QStringLiteral("Checking")), kTimeout);
        QVERIFY(d.keyringLabel()->text().contains(QStringLiteral("keyring")));
    }

    void editingKeepsTheName()
    {
        RegistrySourceConfig c;
        c.name = "prod";
        c.url = "https://prod.example";
        c.cosignKeyFiles = {"/nonexistent/cosign.pub"};
        AddRegistryDialog d(m_store, c);
        QVERIFY(d.isEditing());
        QVERIFY(d.nameEdit()->isReadOnly());
        QCOMPARE(d.cosignKeyList()->count(), 1);
        QVERIFY(d.validationError().contains(QStringLiteral("cosign key")));
    }

    void testConnectionPlainRegistry()
    {
        if (const QString missing = test::LocalRegistry::missingTool(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        if (const QString missing = test::missingSkopeo(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        test::LocalRegistry registry;
        QVERIFY2(registry.start(), qPrintable(registry.error()));
        // A catalog to count: one repository per pushed image.
        QTemporaryDir work;
        const std::vector<test::PushedImage> pushed{test::pushRootImage(registry, work.path()),
                                                    test::pushUserImage(registry, work.path())};
        QSet<QString> repositories;
        for (const test::PushedImage &image : pushed) {
            QVERIFY2(image.error.isEmpty(), qPrintable(image.error));
            repositories.insert(image.repo);
        }
        AddRegistryDialog d(m_store, QStringList{});
        d.nameEdit()->setText(QStringLiteral("local"));
        d.urlEdit()->setText(registry.baseUrl().toString());
        d.insecureCheck()->setChecked(true);
        const QString error = runTest(d);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString shown = d.testResultLabel()->text();
        QVERIFY(shown.contains(QStringLiteral("Connected")));
        QVERIFY2(shown.contains(QStringLiteral("catalog lists %1 repositories").arg(repositories.size())), qPrintable(shown));

        // The same address with nothing listening: the error is shown, not swallowed.
        const QString url = registry.baseUrl().toString();
        registry.stop();
        d.urlEdit()->setText(url);
        const QString refused = runTest(d);
        QVERIFY(!refused.isEmpty());
        QCOMPARE(d.testResultLabel()->text(), refused);
        QVERIFY(d.testButton()->isEnabled());
    }

    void testConnectionTlsBasicAuth()
    {
        if (const QString missing = test::LocalRegistry::missingTool(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir certDir;
        test::TestCerts certs(certDir.path());
        QVERIFY2(certs.ok(), qPrintable(certs.error()));
        test::LocalRegistry registry(test::LocalRegistry::Mode::TlsBasicAuth, &certs);
        QVERIFY2(registry.start(), qPrintable(registry.error()));

        AddRegistryDialog d(m_store, QStringList{});
        d.nameEdit()->setText(QStringLiteral("secure"));
        d.urlEdit()->setText(registry.baseUrl().toString());
        setAuth(d, RegistryAuthKind::Basic);
        d.usernameEdit()->setText(registry.user());
        d.passwordEdit()->setText(registry.password());

        // Without the CA the server's certificate is not trusted.
        const QString untrusted = runTest(d);
        QVERIFY(!untrusted.isEmpty());
        QCOMPARE(d.testResultLabel()->text(), untrusted);

        d.caFileEdit()->setText(certs.caCert());
        QString error = runTest(d);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Nothing pushed: the authenticated catalog is there and empty.
        QVERIFY2(d.testResultLabel()->text().contains(QStringLiteral("catalog lists 0 repositories")),
                 qPrintable(d.testResultLabel()->text()));

        d.passwordEdit()->setText(QStringLiteral("wrong-password"));
        error = runTest(d);
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(QStringLiteral("wrong-password")), qPrintable(error)); // never echoed
        QCOMPARE(d.testResultLabel()->text(), error);
    }
};

QTEST_MAIN(TestAddRegistryDialog)
#include "tst_addregistrydialog.moc"
