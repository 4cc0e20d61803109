// VaultCollector (core/vault) against the test Vault server (tests/support VaultServer, TLS with
// a CA made by TestCerts): a recursive listing whose count is worked out from the entries added,
// versions and custom metadata as stored, a forbidden sub-path (partial, named), 404 folders, a
// refused or missing token (failed), namespaces, the path limit, what is gone removed on a
// complete run and kept on a partial one, cancellation, and the token and planted values never
// in the store file (nor its WAL) nor in any message. Overdue counts are computed from the
// version times added, not read from the collector.
#include "testcerts.h"
#include "testsupport.h"
#include "vaultserver.h"

#include "net/canceltoken.h"
#include "secrets/secretpolicy.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/secretrepository.h"
#include "store/sourcerepository.h"
#include "vault/vaultcollector.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>
#include <set>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

constexpr std::int64_t kNow = 1735689600; // 2025-01-01T00:00:00Z
constexpr std::int64_t kDay = 86400;
const QString kToken = QStringLiteral("hvs.collector-test-token-51c2e8");

VaultEntry entry(const QString &path, QList<qint64> versionDaysAgo, const QJsonObject &custom = {})
{
    VaultEntry e;
    e.path = path;
    for (qint64 d : versionDaysAgo)
        e.versionTimes.append(kNow - d * kDay);
    e.customMetadata = custom;
    e.value = QStringLiteral("planted-value-%1-9f8e").arg(QString(path).replace('/', '-'));
    return e;
}

// The hand-made tree: nested folders, a secret and a folder of the same name, a key with a space.
QList<VaultEntry> handTree()
{
    return {entry("root-secret", {400}),
            entry("app/db", {200, 100, 10}, {{"owner", "team-app"}, {"rotation_days", "30"}}),
            entry("app/api key", {5}),
            entry("team-a/db/primary", {95}, {{"env", "prod"}}),
            entry("team-a/db/replica", {50}),
            entry("team-a/tls", {300, 120}),
            entry("foo", {1}),
            entry("foo/bar", {2}),
            entry("team-b/payments", {20})};
}

struct Stored {
    std::map<std::string, SecretRow> rows; // by name (path)
};

Stored stored(const QString &db, const std::string &origin)
{
    Database d = Database::open(db.toStdString(), Database::Access::ReadOnly);
    SecretRepository repo(d);
    SecretFilter f;
    f.store = "vault";
    f.origin = origin;
    Stored s;
    for (SecretRow &r : repo.page(f, SecretSort::Name, false, 0, 1'000'000))
        s.rows.emplace(r.secret.name, std::move(r));
    return s;
}

SecretPolicy policy90()
{
    SecretPolicy p;
    p.defaultDays = 90;
    return p;
}

} // namespace

class VaultCollectorTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestCerts> m_certs;
    int m_stores = 0;

    QString newStore()
    {
        return m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_stores));
    }

    std::unique_ptr<VaultServer> server(const QList<VaultEntry> &entries, const QString &mount = "secret")
    {
        auto s = std::make_unique<VaultServer>(*m_certs);
        s->addToken(kToken);
        for (const VaultEntry &e : entries)
            s->addEntry(mount, e);
        if (!s->start())
            qFatal("the test Vault server did not start");
        return s;
    }

    VaultSourceConfig config(const VaultServer &s, const std::string &name = "prod")
    {
        VaultSourceConfig c;
        c.name = name;
        c.url = s.url().toStdString();
        c.mount = "secret";
        c.caFile = m_certs->caCert().toStdString();
        c.tokenEnv = "BULKHEAD_TEST_UNSET_VAULT_TOKEN";
        c.concurrency = 4;
        return c;
    }

    void addSource(const QString &db, const VaultSourceConfig &c)
    {
        Database d = Database::open(db.toStdString());
        SourceRepository sources(d);
        if (sources.find(c.name))
            sources.update(c);
        else
            sources.add(c, kNow - 10);
    }

    CollectionResult collect(const QString &db, const VaultSourceConfig &c, const QString &token = kToken,
                             const CancelToken *cancel = nullptr)
    {
        addSource(db, c);
        VaultCollector collector(db.toStdString(), c);
        collector.setNow(kNow);
        collector.setPolicy(policy90());
        if (!token.isNull())
            collector.setToken(token.toStdString());
        return collector.run(cancel);
    }

    static QString messages(const CollectionResult &r)
    {
        QString all = QString::fromStdString(r.error);
        for (const std::string &f : r.failures)
            all += '\n' + QString::fromStdString(f);
        for (const std::string &n : r.notCollected)
            all += '\n' + QString::fromStdString(n);
        return all;
    }

    // The store's bytes (and its WAL's) hold none of `needles`.
    static void verifyAbsentFromFiles(const QString &db, const QStringList &needles)
    {
        for (const QString &file : {db, db + "-wal"}) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            for (const QString &n : needles)
                QVERIFY2(!bytes.contains(n.toUtf8()), qPrintable(file + " holds " + n));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certs = std::make_unique<TestCerts>(m_dir.filePath("certs"));
        if (!m_certs->ok())
            QSKIP(qPrintable("cannot make test certificates: " + m_certs->error()));
        ::unsetenv("BULKHEAD_TEST_UNSET_VAULT_TOKEN");
    }

    void recursiveListing()
    {
        const QList<VaultEntry> tree = handTree();
        auto s = server(tree);
        const QString db = newStore();
        std::vector<std::pair<std::string, std::int64_t>> progress;
        addSource(db, config(*s));
        VaultCollector collector(db.toStdString(), config(*s));
        collector.setNow(kNow);
        collector.setPolicy(policy90());
        collector.setToken(kToken.toStdString());
        collector.setProgressCallback([&](const CollectionProgress &p) { progress.emplace_back(p.phase, p.done); });
        const CollectionResult r = collector.run();
        QVERIFY2(r.status == CollectionStatus::Complete, qPrintable(messages(r)));

        // Expected from the input: every path added, once.
        std::set<std::string> expected;
        for (const VaultEntry &e : tree)
            expected.insert(e.path.toStdString());
        QCOMPARE(r.secrets, int(expected.size()));
        const Stored st = stored(db, "prod");
        std::set<std::string> names;
        for (const auto &[name, row] : st.rows)
            names.insert(name);
        QCOMPARE(names, expected);

        // Overdue under 90 days: the current (last) version older than 90 days.
        int overdue = 0;
        for (const VaultEntry &e : tree) {
            const bool declared30 = e.customMetadata.value("rotation_days").toString() == "30";
            overdue += (kNow - e.versionTimes.last()) >= (declared30 ? 30 : 90) * kDay;
        }
        QCOMPARE(r.secretsOverdue, overdue);

        // What one secret looks like in the store.
        const SecretRow &db1 = st.rows.at("app/db");
        QCOMPARE(db1.secret.location, std::string("secret"));
        QCOMPARE(db1.secret.type, std::string("kv-v2"));
        QCOMPARE(db1.secret.owner, std::string("team-app"));
        QCOMPARE(db1.secret.declaredPolicyDays.value_or(-1), 30);
        QCOMPARE(db1.secret.currentVersion, 3);
        QCOMPARE(db1.secret.lastChangeAt, kNow - 10 * kDay);
        QCOMPARE(int(db1.secret.ageSource), int(AgeSource::VersionHistory));
        QCOMPARE(db1.secret.ageDetail, std::string("version 3 of 3"));
        {
            Database d = Database::open(db.toStdString(), Database::Access::ReadOnly);
            const auto detail = SecretRepository(d).detail(db1.id);
            QVERIFY(detail);
            QCOMPARE(detail->versions.size(), std::size_t(3));
            QCOMPARE(detail->versions[0].createdAt, kNow - 200 * kDay);
        }
        QCOMPARE(st.rows.at("team-a/db/primary").secret.labels,
                 (std::vector<std::pair<std::string, std::string>>{{"env", "prod"}}));

        // Metadata only, LIST by method, the token on every request, never a /data/ read.
        int lists = 0;
        for (const RecordedRequest &req : s->requests()) {
            QVERIFY2(!req.target.contains("/data/"), req.target.constData());
            QCOMPARE(req.header("X-Vault-Token"), kToken.toUtf8());
            lists += req.method == "LIST";
        }
        QVERIFY(lists >= 5); // root, app/, team-a/, team-a/db/, foo/, team-b/
        QCOMPARE(r.requests, std::int64_t(s->requestCount()));
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back().first, std::string("writing"));

        // The run as the Sources page shows it.
        Database d = Database::open(db.toStdString(), Database::Access::ReadOnly);
        const auto run = CollectionRunRepository(d).last(SourceRepository(d).find("prod")->id);
        QVERIFY(run);
        QCOMPARE(run->status, std::string("complete"));
        QCOMPARE(run->images, int(expected.size()));

        QStringList secrets{kToken};
        for (const VaultEntry &e : tree)
            secrets << e.value;
        verifyAbsentFromFiles(db, secrets);
    }

    void generatedTree()
    {
        auto s = std::make_unique<VaultServer>(*m_certs);
        s->addToken(kToken);
        GeneratedVaultTree spec;
        spec.secrets = 1500;
        spec.fanout = 12;
        spec.now = kNow;
        s->generate("secret", spec);
        QVERIFY(s->start());
        const QString db = newStore();
        const CollectionResult r = collect(db, config(*s));
        QVERIFY2(r.status == CollectionStatus::Complete, qPrintable(messages(r)));
        QCOMPARE(r.secrets, spec.secrets);
        QCOMPARE(int(stored(db, "prod").rows.size()), spec.secrets);
    }

    void forbiddenSubPathIsPartial()
    {
        auto s = server(handTree());
        s->forbid("secret", "team-b/");
        const QString db = newStore();
        const CollectionResult r = collect(db, config(*s));
        QCOMPARE(int(r.status), int(CollectionStatus::Partial));
        const QString all = messages(r);
        QVERIFY2(all.contains("secret/metadata/team-b/"), qPrintable(all));
        QVERIFY2(all.contains("permission denied") && all.contains("403"), qPrintable(all));
        QVERIFY2(all.contains(QString::fromStdString(config(*s).url).section("//", 1)), qPrintable(all)); // the host
        QVERIFY(!all.contains(kToken));
        QCOMPARE(r.notCollected.size(), std::size_t(1));
        // Everything else is there: the hand tree minus team-b/.
        int expected = 0;
        for (const VaultEntry &e : handTree())
            expected += !e.path.startsWith("team-b/");
        QCOMPARE(r.secrets, expected);
        QCOMPARE(int(stored(db, "prod").rows.size()), expected);
    }

    void notFoundFolders()
    {
        auto s = server(handTree());
        const QString db = newStore();
        VaultSourceConfig c = config(*s);
        c.paths = {"missing/", "team-a"};
        CollectionResult r = collect(db, c);
        QVERIFY2(r.status == CollectionStatus::Complete, qPrintable(messages(r)));
        int expected = 0;
        for (const VaultEntry &e : handTree())
            expected += e.path.startsWith("team-a/");
        QCOMPARE(r.secrets, expected);

        // Only an empty folder: a complete run of nothing.
        c.paths = {"nothing-here/"};
        r = collect(newStore(), c);
        QVERIFY2(r.status == CollectionStatus::Complete, qPrintable(messages(r)));
        QCOMPARE(r.secrets, 0);

        // No such mount: Vault's 404 with a message is an error, not an empty folder.
        c.paths.clear();
        c.mount = "no-such-mount";
        r = collect(newStore(), c);
        QCOMPARE(int(r.status), int(CollectionStatus::Failed));
        QVERIFY2(QString::fromStdString(r.error).contains("no handler for route"), r.error.c_str());
    }

    void refusedTokenFails()
    {
        auto s = server(handTree());
        const QString db = newStore();
        const QString wrong = QStringLiteral("hvs.wrong-token-0c77aa");
        const CollectionResult r = collect(db, config(*s), wrong);
        QCOMPARE(int(r.status), int(CollectionStatus::Failed));
        const QString all = messages(r);
        QVERIFY2(all.contains("permission denied") && all.contains("secret/metadata/"), qPrintable(all));
        QVERIFY2(all.contains("token"), qPrintable(all));
        QVERIFY(!all.contains(wrong) && !all.contains(kToken));
        QCOMPARE(int(stored(db, "prod").rows.size()), 0);
        Database d = Database::open(db.toStdString(), Database::Access::ReadOnly);
        QCOMPARE(CollectionRunRepository(d).last(SourceRepository(d).find("prod")->id)->status, std::string("failed"));
        verifyAbsentFromFiles(db, {wrong, kToken});
    }

    void tokenFromEnvironmentAndFile()
    {
        auto s = server(handTree());
        VaultSourceConfig c = config(*s);
        // Unset variable: failed, naming it.
        CollectionResult r = collect(newStore(), c, QString());
        QCOMPARE(int(r.status), int(CollectionStatus::Failed));
        QVERIFY2(r.error.find("BULKHEAD_TEST_UNSET_VAULT_TOKEN") != std::string::npos, r.error.c_str());

        // From a file, as a collection outside tests reads it.
        const QString file = m_dir.filePath("vault-token");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kToken.toUtf8() + "\n");
        f.close();
        c.tokenFile = file.toStdString();
        const QString db = newStore();
        r = collect(db, c, QString());
        QVERIFY2(r.status == CollectionStatus::Complete, qPrintable(messages(r)));
        QCOMPARE(r.secrets, int(handTree().size()));
        verifyAbsentFromFiles(db, {kToken});
    }

    void namespaces()
    {
        auto s = server(handTree());
        s->setNamespace("admin/team-x");
        VaultSourceConfig c = config(*s);
        CollectionResult r = collect(newStore(), c);
        QCOMPARE(int(r.status), int(CollectionStatus::Failed));
        c.vaultNamespace = "admin/team-x";
        r = collect(newStore(), c);
        QVERIFY2(r.status == CollectionStatus::Complete, qPrintable(messages(r)));
        QCOMPARE(r.secrets, int(handTree().size()));
        // The second run's requests (the last r.requests ones) all name the namespace.
        const QList<RecordedRequest> all = s->requests();
        QVERIFY(r.requests > 0 && r.requests <= all.size());
        for (qsizetype i = all.size() - qsizetype(r.requests); i < all.size(); ++i)
            QCOMPARE(all[i].header("X-Vault-Namespace"), QByteArray("admin/team-x"));
    }

    void pathLimit()
    {
        auto s = server(handTree());
        VaultSourceConfig c = config(*s);
        c.maxPaths = 4;
        const QString db = newStore();
        const CollectionResult r = collect(db, c);
        QCOMPARE(int(r.status), int(CollectionStatus::Partial));
        QCOMPARE(r.secrets, 4);
        QCOMPARE(int(stored(db, "prod").rows.size()), 4);
        QVERIFY2(messages(r).contains("more than 4"), qPrintable(messages(r)));
    }

    void goneSecrets()
    {
        // Run 1: five secrets. Run 2 (partial: team-b/ forbidden): two are gone from the server,
        // but a partial run removes nothing. Run 3 (complete): they go.
        const QList<VaultEntry> first{entry("a", {1}), entry("b", {1}), entry("c", {1}), entry("old/d", {1}),
                                      entry("old/e", {1})};
        const QString db = newStore();
        auto s1 = server(first);
        CollectionResult r = collect(db, config(*s1));
        QVERIFY2(r.status == CollectionStatus::Complete, qPrintable(messages(r)));
        QCOMPARE(int(stored(db, "prod").rows.size()), first.size());

        const QList<VaultEntry> second{entry("a", {1}), entry("b", {1}), entry("c", {1}), entry("team-b/x", {1})};
        auto s2 = server(second);
        s2->forbid("secret", "team-b/");
        r = collect(db, config(*s2));
        QCOMPARE(int(r.status), int(CollectionStatus::Partial));
        std::set<std::string> names;
        for (const auto &[n, row] : stored(db, "prod").rows)
            names.insert(n);
        QCOMPARE(names, (std::set<std::string>{"a", "b", "c", "old/d", "old/e"}));

        const QList<VaultEntry> third{entry("a", {1}), entry("b", {1}), entry("c", {1})};
        auto s3 = server(third);
        r = collect(db, config(*s3));
        QVERIFY2(r.status == CollectionStatus::Complete, qPrintable(messages(r)));
        names.clear();
        for (const auto &[n, row] : stored(db, "prod").rows)
            names.insert(n);
        QCOMPARE(names, (std::set<std::string>{"a", "b", "c"}));
    }

    void overdueFindingsCloseAfterRotation()
    {
        // Run 1: two of three secrets are older than 90 days. Run 2: one of them got a new
        // version yesterday, so its finding resolves; the other stays open.
        const QList<VaultEntry> before{entry("old-1", {200}), entry("old-2", {100}), entry("fresh", {3})};
        int overdueBefore = 0;
        for (const VaultEntry &e : before)
            overdueBefore += kNow - e.versionTimes.last() >= 90 * kDay;
        const QString db = newStore();
        auto s1 = server(before);
        CollectionResult r = collect(db, config(*s1));
        QVERIFY2(r.status == CollectionStatus::Complete, qPrintable(messages(r)));
        QCOMPARE(r.secretsOverdue, overdueBefore);
        QCOMPARE(r.postureFindings, std::uint64_t(overdueBefore));
        QCOMPARE(r.newFindings, std::uint64_t(overdueBefore));

        const QList<VaultEntry> after{entry("old-1", {200, 1}), entry("old-2", {100}), entry("fresh", {3})};
        auto s2 = server(after);
        r = collect(db, config(*s2));
        QVERIFY2(r.status == CollectionStatus::Complete, qPrintable(messages(r)));
        QCOMPARE(r.secretsOverdue, overdueBefore - 1);
        QCOMPARE(r.resolved, std::uint64_t(1));
        QCOMPARE(r.newFindings, std::uint64_t(0));
        const SecretRow rotated = stored(db, "prod").rows.at("old-1");
        QCOMPARE(rotated.secret.ageDetail, std::string("version 2 of 2"));
        QVERIFY(rotated.dueAt && *rotated.dueAt > kNow);
    }

    void plainHttpNeedsInsecure()
    {
        VaultServer plain;
        plain.addToken(kToken);
        for (const VaultEntry &e : handTree())
            plain.addEntry("secret", e);
        QVERIFY(plain.start());
        VaultSourceConfig c = config(plain);
        c.caFile.clear();
        c.insecure = true;
        CollectionResult r = collect(newStore(), c);
        QVERIFY2(r.status == CollectionStatus::Complete, qPrintable(messages(r)));
        QCOMPARE(r.secrets, int(handTree().size()));
    }

    void untrustedCertificateFails()
    {
        auto s = server(handTree());
        VaultSourceConfig c = config(*s);
        c.caFile.clear(); // the system store does not know the test CA
        const CollectionResult r = collect(newStore(), c);
        QCOMPARE(int(r.status), int(CollectionStatus::Failed));
        QVERIFY2(r.error.find("127.0.0.1") != std::string::npos, r.error.c_str());
        QVERIFY(QString::fromStdString(r.error).indexOf(kToken) < 0);
    }

    void cancelledStoresNothing()
    {
        auto s = server(handTree());
        const QString db = newStore();
        CancelToken cancel;
        cancel.cancel();
        const CollectionResult r = collect(db, config(*s), kToken, &cancel);
        QCOMPARE(int(r.status), int(CollectionStatus::Cancelled));
        QCOMPARE(int(stored(db, "prod").rows.size()), 0);
    }
};

QTEST_GUILESS_MAIN(VaultCollectorTest)
#include "tst_vaultcollector.moc"
