// bench_registry_crawl [BULKHEADCTL]: the registry crawl benchmark of issue 4.
//
// Starts Debian's docker-registry on 127.0.0.1 (tests/support LocalRegistry), fills it with
// BENCH_REPOS (1000) repositories x BENCH_TAGS (5) tags sharing their blobs, then in the same run
// crawls it with the real `bulkheadctl collect`, once with BENCH_CONCURRENCY (8) connections and
// once with one connection at a time, each into a fresh store, and prints wall time, requests,
// images and the speed-up, with PASS/FAIL against the targets (<= 30 s, >= 4x).
// It prints figures; it is not a test.
#include "bench_registry_crawl_populate.h"

#include "localregistry.h"
#include "sources/registrysourceconfig.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdio>
#include <unistd.h>

using namespace bulkhead;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

struct CrawlRun {
    int concurrency = 0;
    double wall = 0, userCpu = 0, sysCpu = 0;
    long long requests = -1, images = -1;
    int exitCode = -1;
    QString output;
};

bool runCtl(const QString &ctl, const QStringList &args, QString *output, int *exitCode = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(ctl, args);
    if (!p.waitForFinished(600000)) {
        *output = QStringLiteral("timed out or did not start: ") + p.errorString();
        return false;
    }
    *output = QString::fromUtf8(p.readAll());
    if (exitCode)
        *exitCode = p.exitCode();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// One crawl into a fresh store. CPU times are the child's (getrusage of the waited-for child).
CrawlRun crawl(const QString &ctl, const test::LocalRegistry &registry, const QString &dir, int concurrency)
{
    CrawlRun run;
    run.concurrency = concurrency;
    const QString db = dir + QStringLiteral("/crawl-c%1.db").arg(concurrency);
    // The source is added through the store directly: what is timed is `collect` alone, and the
    // bench does not depend on the `source` command's options.
    try {
        Database store = Database::open(db.toStdString());
        RegistrySourceConfig source;
        source.name = "bench";
        source.url = registry.baseUrl().toString().toStdString();
        source.insecure = true;
        SourceRepository(store).add(source);
    } catch (const StoreError &e) {
        run.output = QStringLiteral("adding the source failed: ") + QString::fromUtf8(e.what());
        return run;
    }
    rusage before{};
    getrusage(RUSAGE_CHILDREN, &before);
    QElapsedTimer timer;
    timer.start();
    runCtl(ctl, {QStringLiteral("--db"), db, QStringLiteral("collect"), QStringLiteral("--concurrency"),
                 QString::number(concurrency), QStringLiteral("bench")},
           &run.output, &run.exitCode);
    run.wall = double(timer.nsecsElapsed()) / 1e9;
    rusage after{};
    getrusage(RUSAGE_CHILDREN, &after);
    auto secs = [](const timeval &a, const timeval &b) {
        return double(b.tv_sec - a.tv_sec) + double(b.tv_usec - a.tv_usec) / 1e6;
    };
    run.userCpu = secs(before.ru_utime, after.ru_utime);
    run.sysCpu = secs(before.ru_stime, after.ru_stime);
    // The per-source summary line of `bulkheadctl collect` (app/cli/collectcommand.cpp).
    const auto images = QRegularExpression(QStringLiteral("(\\d+) images")).match(run.output);
    const auto requests = QRegularExpression(QStringLiteral("(\\d+) requests")).match(run.output);
    if (images.hasMatch())
        run.images = images.captured(1).toLongLong();
    if (requests.hasMatch())
        run.requests = requests.captured(1).toLongLong();
    return run;
}

// CPU seconds the registry process has used so far (utime + stime from /proc/<pid>/stat).
double registryCpu(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// Pid of the docker-registry serving `configPath` (LocalRegistry does not expose its QProcess).
qint64 registryPid(const QString &configPath)
{
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (isPid && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(configPath.toUtf8()))
            return pid;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString ctl = args.size() > 1 ? args.at(1) : qEnvironmentVariable("BULKHEADCTL");
    if (ctl.isEmpty())
        ctl = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/bulkheadctl");
    const int repos = envInt("BENCH_REPOS", 1000);
    const int tags = envInt("BENCH_TAGS", 5);
    const int concurrency = envInt("BENCH_CONCURRENCY", 8);
    const double targetWall = 30, targetSpeedup = 4;

    if (const QString missing = test::LocalRegistry::missingTool(); !missing.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(missing));
        return 2;
    }
    // docker-registry logs two lines per request at its default level (info + access log), which
    // on this 2-core machine costs CPU the crawl competes for; a registry of a real deployment runs
    // on other machines. BENCH_REGISTRY_LOGS=1 keeps the logging (configuration read from the
    // environment by distribution: REGISTRY_<SECTION>_<KEY>).
    const bool registryLogs = envInt("BENCH_REGISTRY_LOGS", 0) == 1;
    if (!registryLogs) {
        qputenv("REGISTRY_LOG_LEVEL", "error");
        qputenv("REGISTRY_LOG_ACCESSLOG_DISABLED", "true");
    }
    QTemporaryDir dir;
    test::LocalRegistry registry;
    if (!registry.start()) {
        std::fprintf(stderr, "registry: %s\n", qPrintable(registry.error()));
        return 1;
    }
    const qint64 regPid = registryPid(registry.configPath());
    std::printf("registry %s (docker-registry pid %lld, request logging %s)\n", qPrintable(registry.baseUrl().toString()),
                regPid, registryLogs ? "on" : "off");
    const bench::PopulateResult pop = bench::populateRegistry(registry, repos, tags);
    if (!pop.error.isEmpty()) {
        std::fprintf(stderr, "setup: %s\n", qPrintable(pop.error));
        return 1;
    }
    std::printf("setup: %d repositories x %d tags = %d manifests, %d requests, %.2f s\n", pop.repositories, tags,
                pop.tags, pop.requests, pop.seconds);
    std::fflush(stdout);

    std::vector<CrawlRun> runs;
    for (int c : {concurrency, 1}) {
        const double regBefore = registryCpu(regPid);
        CrawlRun r = crawl(ctl, registry, dir.path(), c);
        const double regCpu = registryCpu(regPid) - regBefore;
        if (r.exitCode != 0 || r.images < 0) {
            std::fprintf(stderr, "collect with concurrency %d failed (exit %d):\n%s\n", c, r.exitCode,
                         qPrintable(r.output));
            return 1;
        }
        std::printf("collect --concurrency %-2d  wall %6.2f s  bulkheadctl cpu %5.2f s user %5.2f s sys  "
                    "registry cpu %5.2f s  %lld requests (%.0f/s)  %lld images\n",
                    c, r.wall, r.userCpu, r.sysCpu, regCpu, r.requests, double(r.requests) / r.wall, r.images);
        std::fflush(stdout);
        runs.push_back(r);
    }
    const CrawlRun &fast = runs.at(0), &serial = runs.at(1);
    const double speedup = serial.wall / fast.wall;
    const bool wallOk = fast.wall <= targetWall;
    const bool speedOk = speedup >= targetSpeedup;
    const bool imagesOk = fast.images == pop.tags && serial.images == pop.tags;
    std::printf("\n| target | limit | measured | |\n| --- | --- | --- | --- |\n");
    std::printf("| crawl wall time, concurrency %d | <= %.0f s | %.2f s | %s |\n", concurrency, targetWall, fast.wall,
                wallOk ? "PASS" : "FAIL");
    std::printf("| speed-up over one connection | >= %.0fx | %.2fx | %s |\n", targetSpeedup, speedup,
                speedOk ? "PASS" : "FAIL");
    std::printf("| images collected | = %d | %lld / %lld | %s |\n", pop.tags, fast.images, serial.images,
                imagesOk ? "PASS" : "FAIL");
    return wallOk && speedOk && imagesOk ? 0 : 1;
}
