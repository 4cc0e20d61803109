// Network faults during collections: the failing repository, secret path or source is reported
// (its host and the kind of failure, in the run's result and its collection_runs row) and the
// rest of the collection goes on, within a time bound.
//
// Faults in front of the real registry: FaultServer forwards to Debian's docker-registry
// (LocalRegistry) and breaks the requests of chosen repositories only (a connection reset in the
// middle of a manifest, a manifest that never ends, garbage instead of the tag list). The same in
// front of the test Vault server for one secret, and a reset in the middle of a cluster's list
// of pods (the test API server, over TLS). Then a CollectTask over several sources, each
// broken differently (refused, a name that never resolves, TLS garbage, an untrusted
// certificate, a reset, a never-ending answer; a registry, a cluster and a vault), next to the
// healthy registry, which is collected completely.

#include "faultserver.h"
#include "kubeapiserver.h"
#include "localregistry.h"
#include "ocilayout.h"
#include "testcerts.h"
#include "testhttpserver.h"
#include "vaultserver.h"

#include "jobs/collecttask.h"
#include "kube/clustercollector.h"
#include "registry/registryclient.h"
#include "registry/registrycollector.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "vault/vaultcollector.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>
#include <set>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

constexpr char kVaultToken[] = "hvs.network-faults-token";
constexpr char kVaultTokenEnv[] = "BULKHEAD_TEST_NETWORK_VAULT_TOKEN";

// The repositories pushed to the registry; the proxy breaks the last three.
const QStringList kGoodRepos = {QStringLiteral("app/one"), QStringLiteral("app/two")};
const QString kResetRepo = QStringLiteral("app/reset");
const QString kEndlessRepo = QStringLiteral("app/endless");
const QString kGarbageRepo = QStringLiteral("app/garbage");

// What the fault proxy in front of the registry does to a request.
FaultServer::Reply registryRule(const QByteArray &, const QByteArray &target)
{
    FaultServer::Reply r;
    if (target.startsWith("/v2/" + kResetRepo.toUtf8() + "/manifests/"))
        r.fault = FaultServer::Fault::ResetMidBody;
    else if (target.startsWith("/v2/" + kEndlessRepo.toUtf8() + "/manifests/"))
        r.fault = FaultServer::Fault::EndlessBody;
    else if (target.startsWith("/v2/" + kGarbageRepo.toUtf8() + "/tags/list"))
        r.fault = FaultServer::Fault::Garbage;
    else
        r.forward = true;
    return r;
}

bool contains(const std::string &text, const QString &part)
{
    return QString::fromStdString(text).contains(part);
}

struct RunRow {
    std::string status, error;
    int failures = -1;
};

// The last collection_runs row of each source, by source name.
std::map<std::string, RunRow> lastRuns(const QString &store)
{
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    std::map<std::string, RunRow> out;
    auto st = db.prepare("SELECT s.name, r.status, COALESCE(r.error, ''), r.failures FROM collection_runs r "
                         "JOIN sources s ON s.id = r.source_id ORDER BY r.id");
    while (st.step())
        out[st.text(0)] = {st.text(1), st.text(2), static_cast<int>(st.int64(3))};
    return out;
}

// repository names with at least one image in the store.
std::set<std::string> storedRepositories(const QString &store)
{
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    std::set<std::string> out;
    auto st = db.prepare("SELECT DISTINCT repository FROM images");
    while (st.step())
        out.insert(st.text(0));
    return out;
}

} // namespace

class CollectionFaultsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestCerts> m_certs;
    std::unique_ptr<LocalRegistry> m_registry;
    std::unique_ptr<FaultServer> m_proxy; // registryRule in front of m_registry
    int m_n = 0;

    QString newPath(const QString &stem) { return m_tmp.filePath(stem + QString::number(++m_n)); }

    RegistrySourceConfig registrySource(const QString &name, const QString &url) const
    {
        RegistrySourceConfig c;
        c.name = name.toStdString();
        c.url = url.toStdString();
        c.insecure = url.startsWith(QStringLiteral("http:"));
        c.concurrency = 2;
        return c;
    }
    // A vault with three secrets; the proxy in front of it resets the metadata read of team-b/api.
    static void fillVault(VaultServer &vault)
    {
        vault.addToken(QString::fromLatin1(kVaultToken));
        for (const char *path : {"team-a/db", "team-b/api", "team-c/cache"}) {
            VaultEntry e;
            e.path = QString::fromLatin1(path);
            e.createdTime = 1715000000;
            e.versionTimes = {1715000000};
            e.value = QStringLiteral("planted");
            vault.addEntry(QStringLiteral("secret"), e);
        }
    }
    static VaultSourceConfig vaultSource(const std::string &name, const QString &url)
    {
        VaultSourceConfig c;
        c.name = name;
        c.url = url.toStdString();
        c.insecure = true;
        c.tokenEnv = kVaultTokenEnv;
        c.concurrency = 2;
        return c;
    }
    static FaultServer::Reply vaultRule(const QByteArray &, const QByteArray &target)
    {
        FaultServer::Reply r;
        if (target.startsWith("/v1/secret/metadata/team-b/api"))
            r.fault = FaultServer::Fault::ResetMidBody;
        else
            r.forward = true;
        return r;
    }
    QString kubeconfig(const QString &server)
    {
        const QString path = newPath(QStringLiteral("kubeconfig")) + QStringLiteral(".yaml");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: test\n  cluster:\n    server: %1\n"
                               "users:\n- name: tester\n  user:\n    token: not-a-real-token\n"
                               "contexts:\n- name: test\n  context:\n    cluster: test\n    user: tester\n"
                               "current-context: test\n")
                    .arg(server)
                    .toUtf8());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString m = missingRegistryTestTools(); !m.isEmpty())
            QSKIP(qPrintable(m));
        QVERIFY(m_tmp.isValid());
        qputenv(kVaultTokenEnv, kVaultToken);
        m_certs = std::make_unique<TestCerts>(m_tmp.filePath(QStringLiteral("certs")));
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
        m_registry = std::make_unique<LocalRegistry>();
        QVERIFY2(m_registry->start(), qPrintable(m_registry->error()));
        for (const QString &repo : kGoodRepos + QStringList{kResetRepo, kEndlessRepo, kGarbageRepo}) {
            const QString dir = newPath(QStringLiteral("layout"));
            QVERIFY(QDir().mkpath(dir));
            const PushedImage p = pushUserImage(*m_registry, dir, repo);
            QVERIFY2(p.ok(), qPrintable(p.error));
        }
        m_proxy = std::make_unique<FaultServer>();
        m_proxy->setUpstreamPort(m_registry->port());
        m_proxy->setRule(registryRule);
        QVERIFY(m_proxy->start());
    }

    // Through the proxy, the registry is still the real one: every repository is listed, the
    // healthy ones are crawled and stored, each broken one is one failure naming the repository,
    // the host and the kind of failure; the run is partial, recorded with its failures.
    void brokenRepositoriesMakeTheRunPartial()
    {
        const QString store = newPath(QStringLiteral("store")) + QStringLiteral(".db");
        const RegistrySourceConfig c = registrySource(QStringLiteral("proxied"), m_proxy->url(QString()));
        {
            Database db = Database::open(store.toStdString());
            SourceRepository(db).add(c);
        }
        RegistryCollector collector(store.toStdString(), c, std::nullopt, PostureThresholds{});
        QElapsedTimer timer;
        timer.start();
        const CollectionResult r = collector.run();
        qInfo("partial run in %lld ms: %s", timer.elapsed(), r.error.c_str());
        QVERIFY2(timer.elapsed() < 60'000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(r.status == CollectionStatus::Partial, collectionStatusName(r.status));
        QCOMPARE(r.repositories, 5);
        QCOMPARE(int(r.failures.size()), 3);
        const QString host = QStringLiteral("127.0.0.1:%1").arg(m_proxy->port());
        std::map<QString, std::string> byRepo;
        for (const std::string &f : r.failures) {
            qInfo("failure: %s", f.c_str());
            QVERIFY2(contains(f, host), f.c_str());
            for (const QString &repo : {kResetRepo, kEndlessRepo, kGarbageRepo}) {
                if (contains(f, repo + QLatin1Char('/')) || contains(f, repo + QLatin1Char(':')))
                    byRepo[repo] = f;
            }
        }
        QCOMPARE(int(byRepo.size()), 3);
        QVERIFY2(contains(byRepo[kResetRepo], QStringLiteral("connection reset by the server")), byRepo[kResetRepo].c_str());
        QVERIFY2(contains(byRepo[kEndlessRepo], QStringLiteral("larger than the limit of %1 bytes")
                                                    .arg(RegistryClient::kMaxManifestBytes)),
                 byRepo[kEndlessRepo].c_str());
        QVERIFY2(contains(byRepo[kGarbageRepo], QStringLiteral("not an HTTP response")), byRepo[kGarbageRepo].c_str());
        // The healthy repositories are in the store, and only they.
        QCOMPARE(storedRepositories(store), (std::set<std::string>{"app/one", "app/two"}));
        const RunRow run = lastRuns(store)["proxied"];
        QCOMPARE(run.status, std::string("partial"));
        QCOMPARE(run.failures, 3);
        QVERIFY2(contains(run.error, host), run.error.c_str());
    }

    // The same for a vault: one secret's metadata read is reset, the two others are recorded.
    void brokenVaultPathMakesTheRunPartial()
    {
        VaultServer vault; // plain http
        fillVault(vault);
        QVERIFY(vault.start());
        FaultServer proxy;
        proxy.setUpstreamPort(static_cast<quint16>(QUrl(vault.url()).port()));
        proxy.setRule(vaultRule);
        QVERIFY(proxy.start());
        const QString store = newPath(QStringLiteral("store")) + QStringLiteral(".db");
        const VaultSourceConfig c = vaultSource("vault", proxy.url(QString()));
        {
            Database db = Database::open(store.toStdString());
            SourceRepository(db).add(c);
        }
        VaultCollector collector(store.toStdString(), c);
        collector.setToken(kVaultToken);
        QElapsedTimer timer;
        timer.start();
        const CollectionResult r = collector.run();
        qInfo("vault run in %lld ms: %s", timer.elapsed(), r.error.c_str());
        QVERIFY2(timer.elapsed() < 30'000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(r.status == CollectionStatus::Partial, collectionStatusName(r.status));
        QCOMPARE(r.secrets, 2);
        QCOMPARE(int(r.failures.size()), 1);
        QVERIFY2(contains(r.failures.front(), QStringLiteral("127.0.0.1:%1").arg(proxy.port())), r.failures.front().c_str());
        QVERIFY2(contains(r.failures.front(), QStringLiteral("team-b/api")), r.failures.front().c_str());
        QVERIFY2(contains(r.failures.front(), QStringLiteral("connection reset by the server")), r.failures.front().c_str());
        QCOMPARE(lastRuns(store)["vault"].status, std::string("partial"));
    }

    // A cluster whose LIST of pods is reset in the middle of its body (TLS, the test API server):
    // pods are reported as not collected, with the host and the kind; every other resource is
    // still listed and the workloads recorded; the run is partial.
    void brokenClusterListMakesTheRunPartial()
    {
        KubeApiServer server(*m_certs);
        server.addToken(QStringLiteral("network-faults-token"));
        GeneratedCluster spec;
        spec.namespaces = 2;
        spec.controllers = 8;
        spec.pods = 16;
        server.generateCluster(spec);
        QVERIFY(server.start());
        server.failListOnce(QStringLiteral("pods"), 0);
        ClusterSourceConfig c;
        c.name = "cluster-reset";
        c.kubeconfig = (newPath(QStringLiteral("kubeconfig")) + QStringLiteral(".yaml")).toStdString();
        QVERIFY(server.writeKubeconfig(QString::fromStdString(c.kubeconfig), QStringLiteral("network-faults-token")));
        c.context = "test";
        c.server = server.url().toStdString();
        const QString store = newPath(QStringLiteral("store")) + QStringLiteral(".db");
        {
            Database db = Database::open(store.toStdString());
            SourceRepository(db).add(c);
        }
        ClusterCollector collector(store.toStdString(), c, nullptr);
        collector.setTrustedRegistries({});
        QElapsedTimer timer;
        timer.start();
        const CollectionResult r = collector.run();
        qInfo("cluster run in %lld ms: %s", timer.elapsed(), r.error.c_str());
        QVERIFY2(timer.elapsed() < 30'000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(r.status == CollectionStatus::Partial, collectionStatusName(r.status));
        // The run's summary names what was not collected; its failure, the host and the kind.
        QCOMPARE(r.error, std::string("not collected: pods (failed)"));
        QCOMPARE(int(r.failures.size()), 1);
        const std::string &failure = r.failures.front();
        qInfo("failure: %s", failure.c_str());
        QVERIFY2(failure.rfind("pods: ", 0) == 0, failure.c_str());
        QVERIFY2(contains(failure, QStringLiteral("127.0.0.1:%1").arg(QUrl(server.url()).port())), failure.c_str());
        QVERIFY2(contains(failure, QStringLiteral("connection reset by the server")), failure.c_str());
        QCOMPARE(r.workloads, spec.controllers); // the controllers' lists were read in full
        QCOMPARE(lastRuns(store)["cluster-reset"].status, std::string("partial"));
    }

    // One job over many sources, each broken its own way, and the healthy registry: every
    // source ends with its own status and error, the healthy one complete, all within a bound.
    void collectTaskGoesOnPastEveryFault()
    {
        FaultServer garbage(FaultServer::Fault::Garbage);
        FaultServer reset(FaultServer::Fault::ResetMidBody);
        FaultServer endless(FaultServer::Fault::EndlessBody);
        QVERIFY(garbage.start() && reset.start() && endless.start());
        TestHttpServer untrusted(m_certs->serverCert(), m_certs->serverKey());
        QVERIFY(untrusted.start());
        untrusted.setHandler([](const RecordedRequest &) { return TestHttpReply::text(200, "{}"); });
        const quint16 refused = FaultServer::closedPort();
        VaultServer vault;
        fillVault(vault);
        QVERIFY(vault.start());
        FaultServer vaultProxy;
        vaultProxy.setUpstreamPort(static_cast<quint16>(QUrl(vault.url()).port()));
        vaultProxy.setRule(vaultRule);
        QVERIFY(vaultProxy.start());

        RegistrySourceConfig tlsGarbage = registrySource(QStringLiteral("tls-garbage"), garbage.url(QString(), QStringLiteral("https")));
        tlsGarbage.caFile = m_certs->caCert().toStdString();
        const std::vector<RegistrySourceConfig> registries = {
            registrySource(QStringLiteral("healthy"), m_registry->baseUrl().toString()),
            registrySource(QStringLiteral("refused"), QStringLiteral("http://127.0.0.1:%1").arg(refused)),
            registrySource(QStringLiteral("nxdomain"), QStringLiteral("https://registry.bulkhead.invalid")),
            tlsGarbage,
            registrySource(QStringLiteral("untrusted"), untrusted.url(QString())), // system trust only
            registrySource(QStringLiteral("reset"), reset.url(QString())),
            registrySource(QStringLiteral("endless"), endless.url(QString())),
            registrySource(QStringLiteral("proxied"), m_proxy->url(QString())),
        };
        ClusterSourceConfig cluster;
        cluster.name = "cluster-nxdomain";
        cluster.kubeconfig = kubeconfig(QStringLiteral("https://api.cluster.bulkhead.invalid:6443")).toStdString();
        cluster.context = "test";
        cluster.server = "https://api.cluster.bulkhead.invalid:6443";
        const QString store = newPath(QStringLiteral("store")) + QStringLiteral(".db");
        {
            Database db = Database::open(store.toStdString());
            SourceRepository sources(db);
            for (const RegistrySourceConfig &c : registries)
                sources.add(c);
            sources.add(cluster);
            sources.add(vaultSource("vault-refused", QStringLiteral("http://127.0.0.1:%1").arg(refused)));
            sources.add(vaultSource("vault-proxied", vaultProxy.url(QString())));
        }

        std::map<QString, std::pair<QString, QString>> done; // source -> status, error
        int finished = 0;
        CollectTask task(store, {});
        connect(&task, &CollectTask::sourceDone, this,
                [&](const QString &name, const QString &status, const QString &, const QString &error) {
                    done[name] = {status, error};
                });
        connect(&task, &CollectTask::finished, this, [&] { ++finished; });
        QElapsedTimer timer;
        timer.start();
        task.start();
        // Each fault ends at once or at its limit (64 MiB for the never-ending /v2/ answer);
        // nothing waits for a timeout. Bound: generous for a loaded 2-core machine.
        QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 120'000);
        qInfo("collect task over %d sources in %lld ms", int(done.size()), timer.elapsed());
        QVERIFY2(timer.elapsed() < 120'000, qPrintable(QString::number(timer.elapsed())));
        for (const auto &[name, result] : done)
            qInfo("%s: %s: %s", qPrintable(name), qPrintable(result.first), qPrintable(result.second));

        // source -> expected status, what its error names (host), and the kind of failure.
        const auto port = [](quint16 p) { return QStringLiteral("127.0.0.1:%1").arg(p); };
        const std::map<QString, std::tuple<QString, QString, QString>> expected = {
            {"healthy", {"complete", {}, {}}},
            {"refused", {"failed", port(refused), "connection refused"}},
            {"nxdomain", {"failed", "registry.bulkhead.invalid", "host name not found (DNS)"}},
            {"tls-garbage", {"failed", port(garbage.port()), "TLS handshake failed"}},
            {"untrusted", {"failed", port(untrusted.port()), "TLS certificate not trusted"}},
            {"reset", {"failed", port(reset.port()), "connection reset by the server"}},
            {"endless", {"failed", port(endless.port()), "response larger than the limit of 67108864 bytes"}},
            {"proxied", {"partial", port(m_proxy->port()), "connection reset by the server"}},
            {"cluster-nxdomain", {"failed", "api.cluster.bulkhead.invalid", "host name not found (DNS)"}},
            {"vault-refused", {"failed", port(refused), "connection refused"}},
            {"vault-proxied", {"partial", port(vaultProxy.port()), "connection reset by the server"}},
        };
        QCOMPARE(done.size(), expected.size());
        const std::map<std::string, RunRow> runs = lastRuns(store);
        for (const auto &[name, want] : expected) {
            const auto &[status, host, kind] = want;
            const auto &[gotStatus, gotError] = done[name];
            QVERIFY2(gotStatus == status, qPrintable(name + QStringLiteral(": ") + gotStatus + QStringLiteral(": ") + gotError));
            QVERIFY2(gotError.contains(host) && gotError.contains(kind), qPrintable(name + QStringLiteral(": ") + gotError));
            // Recorded in the store too, so the source's last run tells why.
            const auto run = runs.find(name.toStdString());
            QVERIFY2(run != runs.end(), qPrintable(name));
            QCOMPARE(QString::fromStdString(run->second.status), status);
            QVERIFY2(contains(run->second.error, host), qPrintable(name + QStringLiteral(": ") + QString::fromStdString(run->second.error)));
        }
        // The healthy registry was collected in full, the proxied one in part, despite the rest.
        const std::set<std::string> repos = storedRepositories(store);
        for (const QString &repo : kGoodRepos + QStringList{kResetRepo, kEndlessRepo, kGarbageRepo})
            QVERIFY2(repos.count(repo.toStdString()), qPrintable(repo));
    }
};

QTEST_GUILESS_MAIN(CollectionFaultsTest)
#include "tst_collectionfaults.moc"
