// bench_secrets: the secrets benchmark of issue 7. 100,000 Vault KV v2 paths and 20,000
// Kubernetes secrets collected and evaluated (target <= 30 s on the 2-core machine), then the
// Secrets table's queries at 120,000 rows (page + count < 100 ms each).
//
// The servers (tests/support VaultServer and KubeApiServer, both over TLS with a test CA) run in a
// child process (this program with --serve), so this process's peak RSS is the collectors' and
// the store's alone, and the servers' CPU is not counted as ours. The collectors run in this
// process, as the CLI's `collect` runs them (ClusterCollector, VaultCollector: each evaluates its
// origin in its own transaction); then evaluateSecrets over everything (what a policy change
// does), then SecretRepository's queries as the Secrets page asks them.
//
// Environment: BENCH_VAULT (100000), BENCH_FANOUT (20), BENCH_K8S_SECRETS (20000),
// BENCH_CONSUMERS (2000 Deployments that use two secrets each), BENCH_NAMESPACES (200),
// BENCH_VAULT_HTTP=1 (plain http for Vault instead of TLS), BENCH_STORE (keep the store there).
// It prints figures; it is not a test and asserts nothing.
#include "benchmeasure.h"
#include "kubeapiserver.h"
#include "testcerts.h"
#include "vaultserver.h"

#include "kube/clustercollector.h"
#include "secrets/secretevaluation.h"
#include "secrets/secretpolicy.h"
#include "sources/clustersourceconfig.h"
#include "sources/vaultsourceconfig.h"
#include "store/database.h"
#include "store/secretrepository.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"
#include "vault/vaultcollector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

using namespace bulkhead;
using namespace bulkhead::bench;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::int64_t kNow = 1764000000; // 2025-11-24
const QString kKubeToken = QStringLiteral("bench-kube-token");
const QString kVaultToken = QStringLiteral("hvs.bench-vault-token");

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

double msSince(Clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// A Deployment in `ns` whose container reads secret `envSecret` through env (and every third one
// also through envFrom) and mounts `volumeSecret` (every fourth through a projected volume).
QJsonObject consumer(int k, const QString &ns, const QString &envSecret, const QString &volumeSecret)
{
    using O = QJsonObject;
    using A = QJsonArray;
    O container{{"name", "app"},
                {"image", "registry.example.com/team/consumer@sha256:" + QString(64, QLatin1Char('c'))},
                {"env", A{O{{"name", "PASSWORD"}, {"valueFrom", O{{"secretKeyRef", O{{"name", envSecret}, {"key", "password"}}}}}}}},
                {"volumeMounts", A{O{{"name", "creds"}, {"mountPath", "/etc/creds"}, {"readOnly", true}}}}};
    if (k % 3 == 0)
        container.insert("envFrom", A{O{{"secretRef", O{{"name", envSecret}}}}});
    const O volume = k % 4 == 0 ? O{{"name", "creds"}, {"projected", O{{"sources", A{O{{"secret", O{{"name", volumeSecret}}}}}}}}}
                                : O{{"name", "creds"}, {"secret", O{{"secretName", volumeSecret}}}};
    const QString name = QStringLiteral("consumer-%1").arg(k);
    const O labels{{"app", name}};
    return O{{"apiVersion", "apps/v1"},
             {"kind", "Deployment"},
             {"metadata", O{{"name", name}, {"namespace", ns}, {"uid", QStringLiteral("00000000-0000-4000-8000-%1").arg(k, 12, 10, QLatin1Char('0'))},
                            {"creationTimestamp", "2024-03-01T09:00:00Z"}, {"labels", labels}}},
             {"spec", O{{"replicas", 1},
                        {"selector", O{{"matchLabels", labels}}},
                        {"template", O{{"metadata", O{{"labels", labels}}},
                                       {"spec", O{{"containers", A{container}}, {"volumes", A{volume}}}}}}}}};
}

// --serve CERTDIR: the child. Builds both servers, prints "ready KUBE_URL VAULT_URL SECRETS ENTRIES
// SECONDS", serves until stdin closes, then prints the requests each served.
int serve(const QString &certDir)
{
    test::TestCerts certs(certDir);
    if (!certs.ok()) {
        std::fprintf(stderr, "certificates: %s\n", qPrintable(certs.error()));
        return 1;
    }
    const auto setupStart = Clock::now();
    const int namespaces = envInt("BENCH_NAMESPACES", 200);
    test::GeneratedCluster cluster;
    cluster.namespaces = namespaces;
    cluster.controllers = 1000;
    cluster.pods = 2000;
    cluster.rbacObjects = 400;
    cluster.secrets = envInt("BENCH_K8S_SECRETS", 20000);
    cluster.networkPolicies = 0;
    test::KubeApiServer kube(certs);
    kube.addToken(kKubeToken);
    kube.generateCluster(cluster);
    // The generator names secret j app-secret-j (app-token-j when j % 5 == 4) in namespace
    // ns-(j % namespaces): consumer k uses secret 5k through env and 5k + 5 * namespaces (same
    // namespace, also Opaque) through a volume.
    const int consumers = std::min(envInt("BENCH_CONSUMERS", 2000), std::max(0, (cluster.secrets - 5 * namespaces) / 5));
    for (int k = 0; k < consumers; ++k) {
        const int j = 5 * k;
        const QString ns = QStringLiteral("ns-%1").arg(j % namespaces, 3, 10, QLatin1Char('0'));
        kube.addObject(consumer(k, ns, QStringLiteral("app-secret-%1").arg(j), QStringLiteral("app-secret-%1").arg(j + 5 * namespaces)));
    }

    std::unique_ptr<test::VaultServer> vault = qEnvironmentVariableIntValue("BENCH_VAULT_HTTP") == 1
        ? std::make_unique<test::VaultServer>()
        : std::make_unique<test::VaultServer>(certs);
    vault->addToken(kVaultToken);
    test::GeneratedVaultTree tree;
    tree.secrets = envInt("BENCH_VAULT", 100000);
    tree.fanout = envInt("BENCH_FANOUT", 20);
    tree.now = kNow;
    vault->generate(QStringLiteral("secret"), tree);
    if (!kube.start() || !vault->start()) {
        std::fprintf(stderr, "a test server did not start\n");
        return 1;
    }
    std::printf("ready %s %s %d %d %d %.2f\n", qPrintable(kube.url()), qPrintable(vault->url()),
                kube.objectCount(QStringLiteral("secrets")), consumers, vault->entryCount(QStringLiteral("secret")),
                msSince(setupStart) / 1000);
    std::fflush(stdout);
    // Serve (the servers have their own threads) until the parent closes our stdin.
    std::string line;
    while (std::getline(std::cin, line)) {
    }
    std::printf("served %d kube requests, %d vault requests\n", kube.requestCount(), vault->requestCount());
    std::fflush(stdout);
    return 0;
}

void printRun(const char *what, const CollectionResult &r, double wallS, double cpuS)
{
    std::printf("%s: wall %.2f s, CPU %.2f s; %s; %d secrets (%d overdue), %d workloads, %lld requests; RSS %.0f MB\n",
                what, wallS, cpuS, collectionStatusName(r.status), r.secrets, r.secretsOverdue, r.workloads,
                static_cast<long long>(r.requests), currentRssMb());
    if (!r.error.empty())
        std::printf("    error: %s\n", r.error.c_str());
}

struct Stats {
    double median = 0, max = 0;
};
Stats stats(std::vector<double> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.back()};
}

// The Secrets page's reads at full size: first page + count for each filter and sort, median of 5.
void queries(Database &db, double *worstPage, double *worstCount)
{
    SecretRepository repo(db);
    SecretFilter everything;
    everything.now = kNow;
    const std::int64_t last = std::max<std::int64_t>(0, repo.count(everything) - 100);
    const std::string lastPage = "all, by name, last page (offset " + std::to_string(last) + ")";
    struct Case {
        const char *name;
        SecretFilter filter;
        SecretSort sort;
        bool descending;
        std::int64_t offset;
    };
    auto filter = [](const std::function<void(SecretFilter &)> &set) {
        SecretFilter f;
        f.now = kNow;
        set(f);
        return f;
    };
    const std::vector<Case> cases{
        {"all, by name", filter([](SecretFilter &) {}), SecretSort::Name, false, 0},
        {"all, by age (oldest first)", filter([](SecretFilter &) {}), SecretSort::Age, true, 0},
        {"all, by due date", filter([](SecretFilter &) {}), SecretSort::Due, false, 0},
        {"all, by uses", filter([](SecretFilter &) {}), SecretSort::Uses, true, 0},
        {"all, by type", filter([](SecretFilter &) {}), SecretSort::Type, false, 0},
        {lastPage.c_str(), filter([](SecretFilter &) {}), SecretSort::Name, false, last},
        {"overdue, by due date", filter([](SecretFilter &f) { f.overdue = true; }), SecretSort::Due, false, 0},
        {"unused, by name", filter([](SecretFilter &f) { f.unused = true; }), SecretSort::Name, false, 0},
        {"via env, by uses", filter([](SecretFilter &f) { f.viaEnv = true; }), SecretSort::Uses, true, 0},
        {"store vault, by age", filter([](SecretFilter &f) { f.store = "vault"; }), SecretSort::Age, true, 0},
        {"store kubernetes, by location", filter([](SecretFilter &f) { f.store = "kubernetes"; }), SecretSort::Location,
         false, 0},
        {"text \"db-password\"", filter([](SecretFilter &f) { f.text = "db-password"; }), SecretSort::Name, false, 0},
        {"text \"team-07\" + overdue", filter([](SecretFilter &f) { f.text = "team-07"; f.overdue = true; }),
         SecretSort::Due, false, 0},
    };
    std::printf("\n%-44s %10s %10s %10s\n", "Secrets table query (100 rows)", "rows", "page ms", "count ms");
    for (const Case &c : cases) {
        std::vector<double> pageMs, countMs;
        std::int64_t rows = 0;
        for (int i = 0; i < 5; ++i) {
            auto t = Clock::now();
            const auto page = repo.page(c.filter, c.sort, c.descending, c.offset, 100);
            pageMs.push_back(msSince(t));
            t = Clock::now();
            rows = repo.count(c.filter);
            countMs.push_back(msSince(t));
            (void)page;
        }
        const Stats p = stats(pageMs), n = stats(countMs);
        *worstPage = std::max(*worstPage, p.median);
        *worstCount = std::max(*worstCount, n.median);
        std::printf("%-44s %10lld %10.1f %10.1f\n", c.name, static_cast<long long>(rows), p.median, n.median);
    }
    std::vector<double> chartMs;
    std::vector<std::int64_t> buckets;
    for (int i = 0; i < 5; ++i) {
        const auto t = Clock::now();
        buckets = repo.ageDistribution(filter([](SecretFilter &) {}), {0, 30, 60, 90, 180, 365});
        chartMs.push_back(msSince(t));
    }
    std::printf("%-44s %10s %10.1f\n", "age distribution (6 buckets)", "", stats(chartMs).median);
    std::printf("    buckets 0-30 / 30-60 / 60-90 / 90-180 / 180-365 / 365+ days:");
    for (std::int64_t b : buckets)
        std::printf(" %lld", static_cast<long long>(b));
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // phases appear as they end, also in a file
    if (argc == 3 && std::string(argv[1]) == "--serve") {
        QCoreApplication app(argc, argv);
        return serve(QString::fromLocal8Bit(argv[2]));
    }

    QTemporaryDir dir;
    // The default policy (90 days, service-account tokens 0): no user settings.
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    QCoreApplication app(argc, argv);
    // The child makes the certificates (TestCerts) there; the CA is ours to trust.
    const QString certDir = dir.filePath(QStringLiteral("certs"));
    const QString caCert = certDir + QStringLiteral("/ca.crt");
    QProcess servers;
    servers.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    servers.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--serve"), certDir});
    if (!servers.waitForStarted(10000)) {
        std::fprintf(stderr, "the server process did not start\n");
        return 1;
    }
    QByteArray readyLine;
    while (!readyLine.endsWith('\n') && servers.waitForReadyRead(600000))
        readyLine += servers.readLine();
    const QStringList ready = QString::fromUtf8(readyLine).trimmed().split(QLatin1Char(' '));
    if (ready.size() != 7 || ready[0] != QLatin1String("ready")) {
        std::fprintf(stderr, "the server process failed: %s\n", readyLine.constData());
        return 1;
    }
    const QString kubeUrl = ready[1], vaultUrl = ready[2];
    const int kubeSecrets = ready[3].toInt(), consumers = ready[4].toInt(), vaultEntries = ready[5].toInt();
    std::printf("servers (child process): Kubernetes %s with %d secrets and %d Deployments using two each; Vault %s "
                "(%s) with %d KV v2 paths; generated in %s s\n",
                qPrintable(kubeUrl), kubeSecrets, consumers, qPrintable(vaultUrl),
                vaultUrl.startsWith(QLatin1String("https")) ? "TLS" : "plain http", vaultEntries, qPrintable(ready[6]));
    std::printf("load average %s at the start; RSS %.0f MB before collecting\n", loadAverage().c_str(), currentRssMb());

    const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig.yaml"));
    const QString tokenFile = dir.filePath(QStringLiteral("vault-token"));
    {
        QFile f(kubeconfig);
        QFile t(tokenFile);
        if (!f.open(QIODevice::WriteOnly) || !t.open(QIODevice::WriteOnly))
            return 1;
        f.write(QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: bench\n  cluster:\n    server: %1\n"
                               "    certificate-authority: %2\nusers:\n- name: bench\n  user:\n    token: %3\n"
                               "contexts:\n- name: bench\n  context:\n    cluster: bench\n    user: bench\n"
                               "current-context: bench\n")
                    .arg(kubeUrl, caCert, kKubeToken)
                    .toUtf8());
        t.write(kVaultToken.toUtf8());
    }
    ClusterSourceConfig cluster;
    cluster.name = "bench-cluster";
    cluster.kubeconfig = kubeconfig.toStdString();
    cluster.context = "bench";
    cluster.server = kubeUrl.toStdString();
    cluster.pageSize = 500;
    VaultSourceConfig vault;
    vault.name = "bench-vault";
    vault.url = vaultUrl.toStdString();
    vault.mount = "secret";
    vault.tokenFile = tokenFile.toStdString();
    vault.caFile = caCert.toStdString();
    vault.insecure = vaultUrl.startsWith(QLatin1String("http:"));

    const QString storePath = qEnvironmentVariableIsSet("BENCH_STORE") ? qEnvironmentVariable("BENCH_STORE")
                                                                       : dir.filePath(QStringLiteral("bench.db"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(storePath + QLatin1String(suffix));
    double clusterS = 0, vaultS = 0, evaluateS = 0, worstPage = 0, worstCount = 0;
    try {
        {
            Database db = Database::open(storePath.toStdString());
            SourceRepository(db).add(cluster, kNow);
            SourceRepository(db).add(vault, kNow);
        }

        auto progressPrinter = [](const char *what) {
            return [what, last = std::string()](const CollectionProgress &p) mutable {
                if (p.phase != last) {
                    std::printf("    %s: %s at %.0f MB RSS\n", what, p.phase.c_str(), currentRssMb());
                    last = p.phase;
                }
            };
        };

        auto t = Clock::now();
        double cpu = cpuMs();
        ClusterCollector clusterCollector(storePath.toStdString(), cluster, nullptr);
        clusterCollector.setNow(kNow);
        clusterCollector.setTrustedRegistries({"registry.example.com"});
        clusterCollector.setProgressCallback(progressPrinter("cluster"));
        const CollectionResult c = clusterCollector.run();
        clusterS = msSince(t) / 1000;
        printRun("(1) cluster collect + evaluate", c, clusterS, (cpuMs() - cpu) / 1000);

        t = Clock::now();
        cpu = cpuMs();
        VaultCollector vaultCollector(storePath.toStdString(), vault);
        vaultCollector.setNow(kNow);
        vaultCollector.setProgressCallback(progressPrinter("vault"));
        const CollectionResult v = vaultCollector.run();
        vaultS = msSince(t) / 1000;
        printRun("(2) vault collect + evaluate", v, vaultS, (cpuMs() - cpu) / 1000);

        Database db = Database::open(storePath.toStdString());
        t = Clock::now();
        cpu = cpuMs();
        const SecretEvaluationSummary e = evaluateSecrets(db, loadSecretPolicy(), kNow);
        evaluateS = msSince(t) / 1000;
        std::printf("(3) evaluateSecrets over every secret (a policy change): wall %.2f s, CPU %.2f s; %lld secrets, "
                    "%lld overdue, %lld via env, %lld service-account tokens, %llu findings\n",
                    evaluateS, (cpuMs() - cpu) / 1000, static_cast<long long>(e.secrets),
                    static_cast<long long>(e.overdue), static_cast<long long>(e.viaEnv),
                    static_cast<long long>(e.serviceAccountTokens), static_cast<unsigned long long>(e.findings));

        queries(db, &worstPage, &worstCount);
        SecretFilter all;
        all.now = kNow;
        std::printf("secrets in the store: %lld\n", static_cast<long long>(SecretRepository(db).count(all)));
    } catch (const StoreError &e) {
        std::fprintf(stderr, "store error: %s\n", e.what());
        return 1;
    }
    qint64 storeBytes = 0;
    for (const char *suffix : {"", "-wal"})
        storeBytes += QFileInfo(storePath + QLatin1String(suffix)).size();

    servers.closeWriteChannel();
    servers.waitForFinished(60000);
    std::printf("%s", servers.readAll().constData());
    const double peak = peakRssMb();
    std::printf("peak RSS %.0f MB (this process: collectors and store; the servers' process %.0f MB); store %.1f MB; "
                "load average %s at the end\n",
                peak, peakRssMb(RUSAGE_CHILDREN), double(storeBytes) / 1e6, loadAverage().c_str());

    std::printf("\n| target | limit | measured |\n| --- | --- | --- |\n");
    std::printf("| %d Vault paths + %d Kubernetes secrets collected and evaluated | <= 30 s | %.2f s (cluster %.2f + vault "
                "%.2f) |\n",
                vaultEntries, kubeSecrets, clusterS + vaultS, clusterS, vaultS);
    std::printf("| re-evaluation of every secret | - | %.2f s |\n", evaluateS);
    std::printf("| Secrets table page (100 rows), worst median | < 100 ms | %.1f ms |\n", worstPage);
    std::printf("| Secrets table count, worst median | < 100 ms | %.1f ms |\n", worstCount);
    std::printf("| peak RSS | - | %.0f MB |\n", peak);
    return 0;
}
