// The store locked by another process. The other process is this test executable started again
// with `--hold-lock MODE STORE` (a real second process with its own SQLite connection): it takes
// the lock, says "locked" on stdout and holds it until its stdin closes. Then the real
// `bulkheadctl` ($BULKHEADCTL) waits a bounded time (the store's busy timeout, 10 s) and fails
// with an error that names the store and says that another process holds it; once the lock is
// released the same command succeeds.
//   MODE writer:    BEGIN EXCLUSIVE with a row written and not committed (another import, a
//                   long triage): in WAL mode readers go on, the next writer waits.
//   MODE exclusive: PRAGMA locking_mode = EXCLUSIVE (another program holding the whole file):
//                   even opening the store waits.

#include "faultsupport.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

using namespace bulkhead::faulttest;

namespace {

// The child: takes the lock, reports it, holds it until stdin closes (or two minutes pass).
int holdLock(const char *mode, const char *path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return 3;
    const bool exclusive = std::strcmp(mode, "exclusive") == 0;
    const char *sql = exclusive ? "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                                  "INSERT INTO store_meta(key, value) VALUES ('fault-test', '1'); COMMIT;"
                                : "BEGIN EXCLUSIVE; INSERT INTO store_meta(key, value) VALUES ('fault-test', '1');";
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "%s\n", err ? err : "?");
        return 4;
    }
    std::fputs("locked\n", stdout);
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) {
    }
    if (!exclusive)
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return 0;
}

} // namespace

class TestLockedStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_report;

    QString freshStore(const QString &name)
    {
        const QString store = m_dir.path() + QLatin1Char('/') + name;
        const Run run = runCtl({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--quiet"), m_report});
        if (run.crashed || run.exitCode != 0)
            qFatal("cannot prepare %s: %s", qPrintable(store), qPrintable(run.err));
        return store;
    }

    // Starts the lock holder on `store` and waits for it to hold the lock.
    static bool startHolder(QProcess &holder, const QString &mode, const QString &store)
    {
        holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-lock"), mode, store});
        if (!holder.waitForStarted() || !holder.waitForReadyRead(20000))
            return false;
        return holder.readLine().trimmed() == "locked";
    }

    static void release(QProcess &holder)
    {
        holder.closeWriteChannel();
        if (!holder.waitForFinished(10000))
            holder.kill();
        holder.waitForFinished();
    }

    // What every locked failure must say: the store's path and who is in the way.
    static void verifyLockedError(const Run &run, const QString &store)
    {
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(store), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("locked by another process")), qPrintable(run.err));
        // Bounded: the 10 s busy timeout, not forever and not at once.
        QVERIFY2(run.ms >= 9000 && run.ms < 30000, qPrintable(QString::number(run.ms)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_report = m_dir.path() + QStringLiteral("/one.json");
        bulkhead::test::writeFile(m_report, bulkhead::test::trivyReport(1, 25));
    }

    void writerWaitsThenFails()
    {
        const QString store = freshStore(QStringLiteral("writer.db"));
        const QString second = m_dir.path() + QStringLiteral("/two.json");
        bulkhead::test::writeFile(second, bulkhead::test::trivyReport(2, 40));
        QProcess holder;
        QVERIFY2(startHolder(holder, QStringLiteral("writer"), store), holder.readAllStandardError().constData());

        // Readers are not held up by a writer (WAL): stats answers at once.
        const Run stats = runCtl({QStringLiteral("--db"), store, QStringLiteral("stats")});
        QVERIFY2(!stats.crashed && stats.exitCode == 0, qPrintable(stats.err));
        QVERIFY2(stats.ms < 5000, qPrintable(QString::number(stats.ms)));

        const Run run = runCtl({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--quiet"), second});
        qInfo("import against a held write lock failed after %lld ms: %s", static_cast<long long>(run.ms),
              qPrintable(run.err.trimmed()));
        verifyLockedError(run, store);
        release(holder);
        QCOMPARE(holder.exitCode(), 0);

        const Run again = runCtl({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--quiet"), second});
        QVERIFY2(!again.crashed && again.exitCode == 0, qPrintable(again.err));
        const StoreState state = openAndCheck(store);
        QCOMPARE(state.integrity, QStringLiteral("ok"));
        QCOMPARE(state.findings, qint64(25 + 40));
    }

    void exclusiveOwnerBlocksOpening()
    {
        const QString store = freshStore(QStringLiteral("exclusive.db"));
        QProcess holder;
        QVERIFY2(startHolder(holder, QStringLiteral("exclusive"), store), holder.readAllStandardError().constData());

        const Run run = runCtl({QStringLiteral("--db"), store, QStringLiteral("stats")});
        qInfo("stats against an exclusively held store failed after %lld ms: %s", static_cast<long long>(run.ms),
              qPrintable(run.err.trimmed()));
        verifyLockedError(run, store);
        QVERIFY2(!run.err.contains(QLatin1String("not a readable")), qPrintable(run.err)); // not called corrupt
        release(holder);
        QCOMPARE(holder.exitCode(), 0);

        const Run again = runCtl({QStringLiteral("--db"), store, QStringLiteral("stats")});
        QVERIFY2(!again.crashed && again.exitCode == 0, qPrintable(again.err));
        const StoreState state = openAndCheck(store);
        QCOMPARE(state.integrity, QStringLiteral("ok"));
        QCOMPARE(state.findings, qint64(25));
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--hold-lock") == 0)
        return holdLock(argv[2], argv[3]);
    QCoreApplication app(argc, argv);
    TestLockedStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lockedstore.moc"
