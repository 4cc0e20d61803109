// bench_cluster_collect [BULKHEADCTL]: the cluster collection benchmark of issue 5.
//
// Serves a generated cluster (tests/support KubeApiServer over TLS with a test CA: BENCH_PODS
// 10,000 pods in BENCH_NAMESPACES 500 namespaces, BENCH_CONTROLLERS 2,000 controllers,
// BENCH_RBAC 8,000 RBAC objects, 500 secrets), adds it as a cluster source with page size 500
// (limit=500), and times the real `bulkheadctl collect` as a child process: wall time and the
// child's peak RSS (getrusage RUSAGE_CHILDREN ru_maxrss), with PASS/FAIL against the targets
// (<= 15 s, <= 300 MB). The server runs in this process, so its CPU is not the child's.
// It prints figures; it is not a test.
#include "kubeapiserver.h"
#include "testcerts.h"

#include "sources/clustersourceconfig.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace bulkhead;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString ctl = args.size() > 1 ? args.at(1) : qEnvironmentVariable("BULKHEADCTL");
    if (ctl.isEmpty())
        ctl = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/bulkheadctl");
    test::GeneratedCluster spec;
    spec.pods = envInt("BENCH_PODS", 10000);
    spec.namespaces = envInt("BENCH_NAMESPACES", 500);
    spec.controllers = envInt("BENCH_CONTROLLERS", 2000);
    spec.rbacObjects = envInt("BENCH_RBAC", 8000);
    spec.secrets = envInt("BENCH_SECRETS", 500);
    spec.networkPolicies = spec.namespaces / 2;
    const int pageSize = envInt("BENCH_LIMIT", 500);
    const double targetWall = 15, targetMb = 300;

    QTemporaryDir dir;
    test::TestCerts certs(dir.filePath(QStringLiteral("certs")));
    if (!certs.ok()) {
        std::fprintf(stderr, "certificates: %s\n", qPrintable(certs.error()));
        return 1;
    }
    test::KubeApiServer server(certs);
    const QString token = QStringLiteral("bench-token");
    server.addToken(token);
    QElapsedTimer setup;
    setup.start();
    server.generateCluster(spec);
    if (!server.start()) {
        std::fprintf(stderr, "the test API server did not start\n");
        return 1;
    }
    std::printf("server %s: %d pods, %d namespaces, %d controllers, %d RBAC objects, %d secrets; setup %.2f s\n",
                qPrintable(server.url()), server.objectCount(QStringLiteral("pods")),
                server.objectCount(QStringLiteral("namespaces")), spec.controllers, spec.rbacObjects,
                server.objectCount(QStringLiteral("secrets")), double(setup.elapsed()) / 1000);

    const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig.yaml"));
    {
        QFile f(kubeconfig);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: bench\n  cluster:\n    server: %1\n"
                               "    certificate-authority: %2\nusers:\n- name: bench\n  user:\n    token: %3\n"
                               "contexts:\n- name: bench\n  context:\n    cluster: bench\n    user: bench\n"
                               "current-context: bench\n")
                    .arg(server.url(), certs.caCert(), token)
                    .toUtf8());
    }
    // The source goes in through the store: what is timed is `collect` alone.
    const QString db = dir.filePath(QStringLiteral("bench.db"));
    try {
        Database store = Database::open(db.toStdString());
        ClusterSourceConfig source;
        source.name = "bench";
        source.kubeconfig = kubeconfig.toStdString();
        source.context = "bench";
        source.server = server.url().toStdString();
        source.pageSize = pageSize;
        SourceRepository(store).add(source);
    } catch (const StoreError &e) {
        std::fprintf(stderr, "adding the source failed: %s\n", e.what());
        return 1;
    }

    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))); // no user settings
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(ctl, {QStringLiteral("--db"), db, QStringLiteral("collect"), QStringLiteral("bench")});
    // The server answers on its own thread; this one only waits.
    if (!p.waitForFinished(600000)) {
        std::fprintf(stderr, "collect timed out or did not start: %s\n", qPrintable(p.errorString()));
        return 1;
    }
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const double peakMb = double(usage.ru_maxrss) * 1024.0 / 1e6; // ru_maxrss is in KiB
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    const QString output = QString::fromUtf8(p.readAll());
    std::printf("%s", qPrintable(output));
    const auto workloads = QRegularExpression(QStringLiteral("(\\d+) workloads")).match(output);
    const auto requests = QRegularExpression(QStringLiteral("(\\d+) requests")).match(output);
    const long long collected = workloads.hasMatch() ? workloads.captured(1).toLongLong() : -1;
    if (p.exitCode() != 0 || collected < 0) {
        std::fprintf(stderr, "collect failed (exit %d)\n", p.exitCode());
        return 1;
    }
    std::printf("collect: wall %.2f s, bulkheadctl cpu %.2f s, peak RSS %.1f MB, %s requests (%d per page), "
                "%d requests served\n",
                wall, cpu, peakMb, requests.hasMatch() ? qPrintable(requests.captured(1)) : "?", pageSize,
                server.requestCount());
    const bool wallOk = wall <= targetWall, memOk = peakMb <= targetMb, countOk = collected == spec.controllers;
    std::printf("\n| target | limit | measured | |\n| --- | --- | --- | --- |\n");
    std::printf("| collection and checks, wall time | <= %.0f s | %.2f s | %s |\n", targetWall, wall,
                wallOk ? "PASS" : "FAIL");
    std::printf("| peak memory (max RSS of bulkheadctl) | <= %.0f MB | %.1f MB | %s |\n", targetMb, peakMb,
                memOk ? "PASS" : "FAIL");
    std::printf("| workloads collected | = %d | %lld | %s |\n", spec.controllers, collected, countOk ? "PASS" : "FAIL");
    return wallOk && memOk && countOk ? 0 : 1;
}
