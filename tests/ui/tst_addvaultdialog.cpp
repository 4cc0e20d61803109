// The Add-Vault dialog and its rules: vaultSourceProblem names the field to fix (name, address
// with /v1 or plain http, mount, folders climbing out, token variable or file, CA file); the
// dialog normalises what people paste (VAULT_ADDR with /v1, "/secret/", "team-a"), keeps OK
// disabled while there is a problem, saves a source the store reads back field for field and no
// token with it, edits one with its name fixed, says whether the token variable is set without
// reading it, and "Test connection" LISTs the test Vault server over TLS: the entry count comes
// from the entries the test added, a refused token and an unset variable are named, and the token
// appears in no label. The Sources table shows the vault's server, folders and token source.
#include "sources/addvaultdialog.h"
#include "sources/sourcesmodel.h"
#include "sources/vaultsourcevalidation.h"
#include "store/sourcerepository.h"
#include "testcerts.h"
#include "uitestsupport.h"
#include "vaultserver.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include <memory>

using namespace bulkhead;
using ui::AddVaultDialog;

namespace {

constexpr int kTimeout = 30000;
const QString kToken = QStringLiteral("hvs.planted-token-4c1d9e");
const QString kTokenEnv = QStringLiteral("BULKHEAD_TEST_VAULT_TOKEN");

VaultSourceConfig goodConfig()
{
    VaultSourceConfig c;
    c.name = "vault-prod";
    c.url = "https://vault.example:8200";
    c.mount = "secret";
    return c;
}

QString runTest(AddVaultDialog &d)
{
    QSignalSpy done(&d, &AddVaultDialog::testFinished);
    d.testButton()->click();
    if (!done.isEmpty())
        return QStringLiteral("answered synchronously");
    if (!done.wait(kTimeout))
        return QStringLiteral("no answer");
    return done.first().first().toString();
}

bool noLabelHoldsToken(const AddVaultDialog &d)
{
    for (const QLabel *label : d.findChildren<QLabel *>()) {
        if (label->text().contains(kToken))
            return false;
    }
    for (const QLineEdit *edit : d.findChildren<QLineEdit *>()) {
        if (edit->text().contains(kToken))
            return false;
    }
    return true;
}

} // namespace

class TestAddVaultDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_certDir;
    std::unique_ptr<test::TestCerts> m_certs;
    std::unique_ptr<test::VaultServer> m_vault;
    QString m_store;
    QString m_tokenFile;
    // The top-level entries of the mount, worked out from the paths added (not from a listing).
    int m_topLevel = 0;
    int m_teamA = 0;

    std::optional<SourceRow> stored(const std::string &name) const
    {
        Database db = Database::open(m_store.toStdString(), Database::Access::ReadOnly);
        return SourceRepository(db).find(name);
    }

    static bool save(AddVaultDialog &d)
    {
        QSignalSpy saved(&d, &AddVaultDialog::saved);
        d.okButton()->click();
        return saved.wait(kTimeout) || saved.count() > 0;
    }

    // Fills the dialog for the test server with a token file.
    void fillForServer(AddVaultDialog &d, const QString &name)
    {
        d.nameEdit()->setText(name);
        d.urlEdit()->setText(m_vault->url());
        d.mountEdit()->setText(QStringLiteral("secret"));
        d.tokenFileRadio()->setChecked(true);
        d.tokenFileEdit()->setText(m_tokenFile);
        d.caFileEdit()->setText(m_certs->caCert());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, "tst_addvaultdialog");
        qunsetenv("VAULT_ADDR");
        m_store = m_dir.path() + QStringLiteral("/store.db");
        test::createStore(m_store);
        m_certs = std::make_unique<test::TestCerts>(m_certDir.path());
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
        m_vault = std::make_unique<test::VaultServer>(*m_certs);
        QVERIFY(m_vault->start());
        m_vault->addToken(kToken);
        const QStringList paths{QStringLiteral("team-a/db"), QStringLiteral("team-a/api"),
                                QStringLiteral("team-a/deep/key"), QStringLiteral("team-b/x"),
                                QStringLiteral("standalone")};
        QSet<QString> top, underTeamA;
        for (const QString &p : paths) {
            test::VaultEntry e;
            e.path = p;
            e.createdTime = 1'700'000'000;
            e.versionTimes = {1'700'000'000};
            e.value = QStringLiteral("value-of-") + p;
            m_vault->addEntry(QStringLiteral("secret"), e);
            const QStringList parts = p.split(QLatin1Char('/'));
            top.insert(parts.size() > 1 ? parts.first() + QLatin1Char('/') : parts.first());
            if (parts.first() == QLatin1String("team-a"))
                underTeamA.insert(parts.size() > 2 ? parts[1] + QLatin1Char('/') : parts[1]);
        }
        m_topLevel = int(top.size());
        m_teamA = int(underTeamA.size());
        m_vault->forbid(QStringLiteral("secret"), QStringLiteral("team-b/"));
        m_tokenFile = m_dir.path() + QStringLiteral("/vault-token");
        test::writeFile(m_tokenFile, kToken.toUtf8() + "\n");
    }

    void rulesNameTheFieldToFix()
    {
        const QStringList none;
        QVERIFY(ui::vaultSourceProblem(goodConfig(), false, none).isEmpty());

        VaultSourceConfig c = goodConfig();
        QVERIFY(ui::vaultSourceProblem(c, false, {QStringLiteral("vault-prod")}).contains(QStringLiteral("already exists")));
        QVERIFY(ui::vaultSourceProblem(c, true, {QStringLiteral("vault-prod")}).isEmpty()); // its own name
        c.name = "bad name";
        QVERIFY(!ui::vaultSourceProblem(c, false, none).isEmpty());
        c.name = std::string(65, 'v');
        QVERIFY(ui::vaultSourceProblem(c, false, none).contains(QStringLiteral("64")));

        c = goodConfig();
        c.url = "";
        QVERIFY(ui::vaultSourceProblem(c, false, none).contains(QStringLiteral("address")));
        c.url = "https://vault.example:8200/v1";
        QVERIFY(ui::vaultSourceProblem(c, false, none).contains(QStringLiteral("without a path")));
        c.url = "http://127.0.0.1:8200";
        QVERIFY(ui::vaultSourceProblem(c, false, none).contains(QStringLiteral("insecure")));
        c.insecure = true;
        QVERIFY(ui::vaultSourceProblem(c, false, none).isEmpty());
        c.url = "ftp://vault.example";
        QVERIFY(ui::vaultSourceProblem(c, false, none).contains(QStringLiteral("not a server address")));

        c = goodConfig();
        c.mount = "";
        QVERIFY(ui::vaultSourceProblem(c, false, none).contains(QStringLiteral("mount")));
        c = goodConfig();
        c.paths = {"team-a/", "team-a/../../other/"};
        QVERIFY(ui::vaultSourceProblem(c, false, none).contains(QStringLiteral("team-a/../../other/")));

        c = goodConfig();
        c.tokenEnv = "1TOKEN";
        QVERIFY(ui::vaultSourceProblem(c, false, none).contains(QStringLiteral("1TOKEN")));
        c.tokenEnv = "";
        QVERIFY(ui::vaultSourceProblem(c, false, none).contains(QStringLiteral("environment variable")));
        c.tokenFile = (m_dir.path() + QStringLiteral("/missing-token")).toStdString();
        QVERIFY(ui::vaultSourceProblem(c, false, none).contains(QStringLiteral("missing-token")));
        c.tokenFile = m_tokenFile.toStdString();
        QVERIFY(ui::vaultSourceProblem(c, false, none).isEmpty()); // the variable is unused then
        c.caFile = (m_dir.path() + QStringLiteral("/no-ca.pem")).toStdString();
        QVERIFY(ui::vaultSourceProblem(c, false, none).contains(QStringLiteral("no-ca.pem")));
    }

    void pastedTextIsNormalised()
    {
        QCOMPARE(ui::normalizedVaultUrl(QStringLiteral(" vault.example:8200/v1/ ")), QStringLiteral("https://vault.example:8200"));
        QCOMPARE(ui::normalizedVaultUrl(QStringLiteral("http://127.0.0.1:8200/")), QStringLiteral("http://127.0.0.1:8200"));
        QCOMPARE(ui::normalizedVaultMount(QStringLiteral("/kv/")), QStringLiteral("kv"));
        QCOMPARE(ui::splitVaultPaths(QStringLiteral("team-a, /team-b/db  team-c/\nteam-a/ /")),
                 (std::vector<std::string>{"team-a/", "team-b/db/", "team-c/"}));
        QVERIFY(ui::splitVaultPaths(QStringLiteral("  ")).empty());
    }

    void okDisabledUntilValidAndSavedFieldForField()
    {
        AddVaultDialog d(m_store, QStringList{});
        QCOMPARE(d.mountEdit()->text(), QStringLiteral("secret")); // the default KV v2 mount
        QVERIFY(d.tokenEnvRadio()->isChecked());
        QCOMPARE(d.tokenEnvEdit()->text(), QStringLiteral("VAULT_TOKEN"));
        QVERIFY(!d.okButton()->isEnabled()); // no name, no address
        QVERIFY(!d.validationLabel()->text().isEmpty());

        d.nameEdit()->setText(QStringLiteral("vault-dev"));
        d.urlEdit()->setText(QStringLiteral("vault.dev.example:8200/v1"));
        QVERIFY2(d.validationError().isEmpty(), qPrintable(d.validationError()));
        QVERIFY(d.okButton()->isEnabled());
        d.mountEdit()->setText(QStringLiteral("/kv/"));
        d.pathsEdit()->setText(QStringLiteral("team-a, shared/db"));
        d.namespaceEdit()->setText(QStringLiteral("admin/team-a"));
        d.tokenEnvEdit()->setText(QStringLiteral("9X"));
        QVERIFY(!d.okButton()->isEnabled());
        QVERIFY(d.validationLabel()->text().contains(QStringLiteral("9X")));
        d.tokenEnvEdit()->setText(kTokenEnv);
        // A file chosen without a name is a problem of its own, not "from the environment".
        d.tokenFileRadio()->setChecked(true);
        QVERIFY(!d.okButton()->isEnabled());
        QVERIFY(!d.tokenEnvEdit()->isEnabled());
        d.tokenFileEdit()->setText(m_tokenFile);
        d.maxPathsSpin()->setValue(5000);
        d.concurrencySpin()->setValue(4);
        QVERIFY2(d.validationError().isEmpty(), qPrintable(d.validationError()));
        // The policy the token needs follows the mount and folders.
        QVERIFY2(d.policyLabel()->text().contains(QStringLiteral("path \"kv/metadata/team-a/*\"")),
                 qPrintable(d.policyLabel()->text()));
        QVERIFY(d.policyLabel()->text().contains(QStringLiteral("path \"kv/metadata/shared/db/*\"")));
        QVERIFY(save(d));

        const auto row = stored("vault-dev");
        QVERIFY(row);
        QCOMPARE(row->kind, std::string("vault"));
        QCOMPARE(row->vault.url, std::string("https://vault.dev.example:8200"));
        QCOMPARE(row->vault.mount, std::string("kv"));
        QCOMPARE(row->vault.paths, (std::vector<std::string>{"team-a/", "shared/db/"}));
        QCOMPARE(row->vault.vaultNamespace, std::string("admin/team-a"));
        QCOMPARE(row->vault.tokenFile, m_tokenFile.toStdString());
        QCOMPARE(row->vault.tokenEnv, kTokenEnv.toStdString());
        QCOMPARE(row->vault.maxPaths, 5000);
        QCOMPARE(row->vault.concurrency, 4);
        QVERIFY(!row->vault.insecure);
        // The store holds where the token is, never the token.
        QVERIFY(!test::readFile(m_store).contains(kToken.toUtf8()));
        QVERIFY(!QByteArray::fromStdString(row->vault.toJson()).contains(kToken.toUtf8()));
    }

    void takenNameRefusedOnceTheStoreIsRead()
    {
        VaultSourceConfig c = goodConfig();
        c.name = "already-here";
        {
            Database db = Database::open(m_store.toStdString());
            SourceRepository(db).add(c);
        }
        AddVaultDialog d(m_store, QStringList{});
        d.nameEdit()->setText(QStringLiteral("already-here"));
        d.urlEdit()->setText(QStringLiteral("https://vault.example:8200"));
        QTRY_VERIFY_WITH_TIMEOUT(d.validationError().contains(QStringLiteral("already exists")), kTimeout);
        QVERIFY(!d.okButton()->isEnabled());
    }

    void editKeepsTheNameAndUpdates()
    {
        VaultSourceConfig c = goodConfig();
        c.name = "vault-edit";
        c.paths = {"team-a/"};
        c.tokenFile = m_tokenFile.toStdString();
        {
            Database db = Database::open(m_store.toStdString());
            SourceRepository(db).add(c);
        }
        AddVaultDialog d(m_store, c);
        QVERIFY(d.isEditing());
        QVERIFY(d.nameEdit()->isReadOnly());
        QCOMPARE(d.okButton()->text(), QStringLiteral("Save"));
        QCOMPARE(d.pathsEdit()->text(), QStringLiteral("team-a/"));
        QVERIFY(d.tokenFileRadio()->isChecked());
        QCOMPARE(d.tokenFileEdit()->text(), m_tokenFile);
        QCOMPARE(d.config().toJson(), c.toJson()); // what was stored comes back unchanged
        d.pathsEdit()->setText(QStringLiteral("team-a/ team-c/"));
        d.tokenEnvRadio()->setChecked(true);
        QVERIFY(save(d));
        const auto row = stored("vault-edit");
        QVERIFY(row);
        QCOMPARE(row->vault.paths, (std::vector<std::string>{"team-a/", "team-c/"}));
        QVERIFY(row->vault.tokenFile.empty());
        QCOMPARE(row->vault.tokenEnv, std::string("VAULT_TOKEN"));
    }

    void tokenNoteSaysWhetherTheVariableIsSet()
    {
        AddVaultDialog d(m_store, QStringList{});
        qunsetenv(qPrintable(kTokenEnv));
        d.tokenEnvEdit()->setText(kTokenEnv);
        QVERIFY2(d.tokenNoteLabel()->text().contains(QStringLiteral("not set")), qPrintable(d.tokenNoteLabel()->text()));
        qputenv(qPrintable(kTokenEnv), kToken.toUtf8());
        d.tokenEnvEdit()->setText(QString());
        d.tokenEnvEdit()->setText(kTokenEnv);
        QVERIFY2(d.tokenNoteLabel()->text().contains(QStringLiteral("set in this environment")),
                 qPrintable(d.tokenNoteLabel()->text()));
        QVERIFY(noLabelHoldsToken(d));
        qunsetenv(qPrintable(kTokenEnv));
    }

    void testConnectionListsTheMount()
    {
        AddVaultDialog d(m_store, QStringList{});
        fillForServer(d, QStringLiteral("vault-test"));
        QVERIFY2(d.validationError().isEmpty(), qPrintable(d.validationError()));
        QCOMPARE(runTest(d), QString());
        const QString text = d.testResultLabel()->text();
        QVERIFY2(text.startsWith(QStringLiteral("Connected")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 entries").arg(m_topLevel)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("secret/metadata/")));

        // A folder: its own entries.
        d.pathsEdit()->setText(QStringLiteral("team-a"));
        QCOMPARE(runTest(d), QString());
        QVERIFY2(d.testResultLabel()->text().contains(QStringLiteral("%1 entries").arg(m_teamA)),
                 qPrintable(d.testResultLabel()->text()));

        // A folder that does not exist is empty (404), not a failure.
        d.pathsEdit()->setText(QStringLiteral("nobody-here"));
        QCOMPARE(runTest(d), QString());
        QVERIFY2(d.testResultLabel()->text().contains(QStringLiteral("nothing is stored there yet")),
                 qPrintable(d.testResultLabel()->text()));

        // A forbidden folder is named.
        d.pathsEdit()->setText(QStringLiteral("team-b"));
        const QString forbidden = runTest(d);
        QVERIFY2(forbidden.contains(QStringLiteral("team-b")) && forbidden.contains(QStringLiteral("403")),
                 qPrintable(forbidden));
        QCOMPARE(d.testResultLabel()->text(), forbidden);
        QVERIFY(noLabelHoldsToken(d));
        // Only metadata was asked for: no request reached a data/ path.
        for (const test::RecordedRequest &r : m_vault->requests())
            QVERIFY2(!r.target.contains("/data/"), r.target.constData());
    }

    void testConnectionNamesTokenProblems()
    {
        AddVaultDialog d(m_store, QStringList{});
        fillForServer(d, QStringLiteral("vault-bad-token"));
        const QString wrongFile = m_dir.path() + QStringLiteral("/wrong-token");
        test::writeFile(wrongFile, "hvs.not-a-known-token\n");
        d.tokenFileEdit()->setText(wrongFile);
        const QString refused = runTest(d);
        QVERIFY2(refused.contains(QStringLiteral("403")), qPrintable(refused));
        QVERIFY(!refused.contains(QStringLiteral("not-a-known-token")));

        qunsetenv(qPrintable(kTokenEnv));
        d.tokenEnvRadio()->setChecked(true);
        d.tokenEnvEdit()->setText(kTokenEnv);
        const QString unset = runTest(d);
        QVERIFY2(unset.contains(kTokenEnv), qPrintable(unset));
        QVERIFY(noLabelHoldsToken(d));
    }

    void sourcesTableShowsTheVault()
    {
        VaultSourceConfig c = goodConfig();
        c.name = "vault-table";
        c.paths = {"team-a/", "shared/"};
        c.vaultNamespace = "admin";
        Database db = Database::open(m_store.toStdString());
        SourceRepository(db).add(c);
        ui::SourcesModel model;
        model.setSources(SourceRepository(db).list());
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.source(r)->name == "vault-table")
                row = r;
        }
        QVERIFY(row >= 0);
        const auto cell = [&](int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(ui::SourcesModel::KindColumn), QStringLiteral("vault"));
        QCOMPARE(cell(ui::SourcesModel::UrlColumn),
                 QStringLiteral("https://vault.example:8200, secret/team-a/, secret/shared/"));
        QCOMPARE(cell(ui::SourcesModel::AuthColumn), QStringLiteral("token from $VAULT_TOKEN, namespace admin"));
        QCOMPARE(cell(ui::SourcesModel::LastRunColumn), QStringLiteral("never collected"));
    }

    // Not a check: with BULKHEAD_SCREENSHOT_DIR set (xvfb-run, QT_QPA_PLATFORM=xcb), saves the
    // dialog as a user fills it in, after a successful test, for people to look at.
    void screenshot()
    {
        const QString out = qEnvironmentVariable("BULKHEAD_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set BULKHEAD_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(out);
        AddVaultDialog d(m_store, QStringList{});
        fillForServer(d, QStringLiteral("vault-prod"));
        d.pathsEdit()->setText(QStringLiteral("team-a/"));
        d.namespaceEdit()->clear();
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(runTest(d), QString());
        d.adjustSize();
        QTest::qWait(300);
        QVERIFY(d.grab().save(out + QStringLiteral("/add-vault.png")));
    }
};

QTEST_MAIN(TestAddVaultDialog)
#include "tst_addvaultdialog.moc"
