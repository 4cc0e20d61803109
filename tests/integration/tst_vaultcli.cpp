// `bulkheadctl source add vault`, `source list`, `collect` and `source remove` for a Vault source
// against the test Vault server (TLS): the token checked before the source is stored (refused ->
// nothing stored), stored without a check when there is none, never taken on the command line
// and never in the output, the listing or the store's bytes; usage errors; the collect summary
// with counts worked out from the entries added; a forbidden path named on stderr; removal
// taking the secrets along. Settings live in a private XDG_CONFIG_HOME.
#include "store/database.h"
#include "store/secretrepository.h"
#include "testcerts.h"
#include "testsupport.h"
#include "vaultserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

const QString kToken = QStringLiteral("hvs.cli-test-token-a41f09");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

QByteArray storeBytes(const QString &db)
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(db + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

std::int64_t vaultSecrets(const QString &db, const std::string &origin)
{
    Database d = Database::open(db.toStdString(), Database::Access::ReadOnly);
    SecretFilter f;
    f.store = "vault";
    f.origin = origin;
    return SecretRepository(d).count(f);
}

} // namespace

class TestVaultCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestCerts> m_certs;
    std::unique_ptr<VaultServer> m_server;
    QList<VaultEntry> m_entries;
    int m_n = 0;

    QString freshDb() { return m_dir.filePath(QStringLiteral("s%1.db").arg(++m_n)); }

    QProcessEnvironment env(const QString &token = kToken) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        e.remove(QStringLiteral("VAULT_TOKEN"));
        e.remove(QStringLiteral("TEST_VAULT_TOKEN"));
        if (!token.isNull())
            e.insert(QStringLiteral("TEST_VAULT_TOKEN"), token);
        return e;
    }

    Run ctl(const QString &db, const QStringList &args, const QProcessEnvironment &e) const
    {
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("BULKHEADCTL"), QStringList{QStringLiteral("--db"), db} + args);
        if (!p.waitForStarted(30000))
            qFatal("bulkheadctl did not start");
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("bulkheadctl did not finish: %s", qPrintable(args.join(' ')));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList addArgs(const QString &name, const QStringList &extra = {}) const
    {
        return QStringList{"source", "add", "vault", name, m_server->url(), "--mount", "secret", "--ca-file",
                           m_certs->caCert(), "--token-env", "TEST_VAULT_TOKEN"}
            + extra;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("BULKHEADCTL").isEmpty())
            QSKIP("BULKHEADCTL is not set (run through ctest)");
        m_certs = std::make_unique<TestCerts>(m_dir.filePath("certs"));
        if (!m_certs->ok())
            QSKIP(qPrintable("cannot make test certificates: " + m_certs->error()));
        m_server = std::make_unique<VaultServer>(*m_certs);
        m_server->addToken(kToken);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        // Ages in days of the current version; 90 days is the default interval.
        const QList<QPair<QString, int>> paths{{"app/db", 200}, {"app/api", 10},     {"team-a/tls", 91},
                                               {"team-a/db/primary", 30}, {"team-b/payments", 400}, {"root", 1}};
        for (const auto &[path, days] : paths) {
            VaultEntry e;
            e.path = path;
            e.versionTimes = {now - days * 86400LL};
            e.value = "planted-" + QString(path).replace('/', '-') + "-c0ffee";
            m_entries.append(e);
            m_server->addEntry("secret", e);
        }
        QVERIFY(m_server->start());
    }

    void addChecksTheToken()
    {
        const QString db = freshDb();
        Run r = ctl(db, addArgs("prod", {"--path", "team-a", "--path", "app/"}), env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains("added vault source prod") && r.out.contains("can list each path"), qPrintable(r.out));
        QVERIFY(!r.all().contains(kToken));

        r = ctl(db, {"source", "list", "--format", "json"}, env());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject s = list[0].toObject();
        QCOMPARE(s.value("kind").toString(), QString("vault"));
        QCOMPARE(s.value("mount").toString(), QString("secret"));
        QCOMPARE(s.value("paths").toArray(), (QJsonArray{"team-a", "app/"}));
        QCOMPARE(s.value("token_env").toString(), QString("TEST_VAULT_TOKEN"));
        QCOMPARE(s.value("ca_file").toString(), m_certs->caCert());
        QCOMPARE(s.value("secrets").toInt(), 0);
        QVERIFY(s.value("last_run").isNull());

        r = ctl(db, {"source", "list"}, env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("vault") && r.out.contains("secret/(2 paths)"), qPrintable(r.out));
        QVERIFY(!storeBytes(db).contains(kToken.toUtf8()));
    }

    void refusedTokenStoresNothing()
    {
        const QString db = freshDb();
        const Run r = ctl(db, addArgs("prod"), env("hvs.not-a-valid-token-55"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("permission denied") && r.err.contains("secret/metadata/")
                     && r.err.contains("Nothing was stored"),
                 qPrintable(r.err));
        QVERIFY(!r.all().contains("hvs.not-a-valid-token-55"));
        const Run list = ctl(db, {"source", "list", "--format", "json"}, env());
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);

        // A path the token may not list is refused the same way, naming it.
        m_server->forbid("secret", "team-b/");
        const Run forbidden = ctl(db, addArgs("prod", {"--path", "team-b/"}), env());
        QCOMPARE(forbidden.exitCode, 1);
        QVERIFY2(forbidden.err.contains("secret/metadata/team-b/"), qPrintable(forbidden.err));
    }

    void withoutTokenStoredUnchecked()
    {
        const QString db = freshDb();
        const Run r = ctl(db, addArgs("later"), env(QString()));
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains("not checked") && r.out.contains("$TEST_VAULT_TOKEN"), qPrintable(r.out));
        // Collecting now fails, naming the variable.
        const Run c = ctl(db, {"collect", "later"}, env(QString()));
        QCOMPARE(c.exitCode, 1);
        QVERIFY2(c.err.contains("TEST_VAULT_TOKEN"), qPrintable(c.err));
        QVERIFY2(c.out.contains("later: failed"), qPrintable(c.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no mount") << QStringList{"source", "add", "vault", "v", "https://127.0.0.1:1"} << "--mount";
        QTest::newRow("no url") << QStringList{"source", "add", "vault", "v", "--mount", "secret"} << "NAME and URL";
        QTest::newRow("plain http") << QStringList{"source", "add", "vault", "v", "http://127.0.0.1:1", "--mount", "s"}
                                    << "plain http";
        QTest::newRow("both token sources")
            << QStringList{"source", "add", "vault", "v", "https://127.0.0.1:1", "--mount", "s", "--token-file", "f",
                           "--token-env", "X"}
            << "either --token-file or --token-env";
        QTest::newRow("bad path") << QStringList{"source", "add", "vault", "v", "https://127.0.0.1:1", "--mount", "s",
                                                 "--path", "../sys"}
                                  << "\"..\"";
        QTest::newRow("max paths") << QStringList{"source", "add", "vault", "v", "https://127.0.0.1:1", "--mount", "s",
                                                  "--max-paths", "many"}
                                   << "--max-paths takes a number";
        QTest::newRow("token on command line")
            << QStringList{"source", "add", "vault", "v", "https://127.0.0.1:1", "--mount", "s", "--token=hvs.visible"}
            << "never taken on the command line";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const QString db = freshDb();
        const Run r = ctl(db, args, env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(!r.all().contains("hvs.visible"));
    }

    void collectAndRemove()
    {
        const QString db = freshDb();
        Run r = ctl(db, addArgs("prod"), env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));

        // team-b/ is forbidden (refusedTokenStoresNothing): a partial run naming it.
        m_server->forbid("secret", "team-b/");
        r = ctl(db, {"collect", "prod"}, env());
        QCOMPARE(r.exitCode, 1);
        int expected = 0, overdue = 0;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const VaultEntry &e : m_entries) {
            if (e.path.startsWith("team-b/"))
                continue;
            ++expected;
            overdue += now - e.versionTimes.last() >= 90 * 86400LL;
        }
        QVERIFY2(r.out.contains(QStringLiteral("prod: partial: %1 secrets, %2 overdue").arg(expected).arg(overdue)),
                 qPrintable(r.all()));
        QVERIFY2(r.out.contains("1 path not collected"), qPrintable(r.out));
        QVERIFY2(r.err.contains("secret/metadata/team-b/") && r.err.contains("permission denied"), qPrintable(r.err));
        QCOMPARE(vaultSecrets(db, "prod"), std::int64_t(expected));

        const QByteArray bytes = storeBytes(db);
        QVERIFY(!bytes.contains(kToken.toUtf8()));
        for (const VaultEntry &e : m_entries)
            QVERIFY2(!bytes.contains(e.value.toUtf8()), qPrintable(e.value));
        QVERIFY(!r.all().contains(kToken));

        r = ctl(db, {"source", "list", "--format", "json"}, env());
        const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject();
        QCOMPARE(s.value("secrets").toInt(), expected);
        QCOMPARE(s.value("last_run").toObject().value("status").toString(), QString("partial"));

        r = ctl(db, {"source", "remove", "prod"}, env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(vaultSecrets(db, "prod"), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestVaultCli)
#include "tst_vaultcli.moc"
