#pragma once

// What the fault tests share: bulkheadctl as a real child process (optionally with a file size
// limit that makes its writes fail as on a full disk), and a look at a store after the fault
// through the same Database::open the programs use.

#include "store/database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtTest>

#include <csignal>
#include <string>

#include <sys/resource.h>

namespace bulkhead::faulttest {

struct Run {
    int exitCode = -1;
    bool crashed = false; // killed by a signal
    QString out, err;
    qint64 ms = 0;
};

// $BULKHEADCTL, set by CMake for every test; the test fails when it is missing.
inline QString ctlPath()
{
    const QString path = qEnvironmentVariable("BULKHEADCTL");
    if (path.isEmpty())
        qFatal("BULKHEADCTL is not set: run the fault tests through ctest");
    return path;
}

// Makes the child's writes past `bytes` fail with EFBIG, as they fail with ENOSPC when a disk
// fills up: RLIMIT_FSIZE with SIGXFSZ ignored (its default action would kill the child instead
// of letting it report the error). Ignored signals stay ignored across exec. 0: no limit.
inline void limitFileSize(QProcess &process, qint64 bytes)
{
    if (bytes <= 0)
        return;
    process.setChildProcessModifier([bytes] {
        const rlimit limit{static_cast<rlim_t>(bytes), static_cast<rlim_t>(bytes)};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        ::signal(SIGXFSZ, SIG_IGN);
    });
}

inline Run finish(QProcess &process, int timeoutMs, const QElapsedTimer &clock)
{
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        run.crashed = true;
        return run;
    }
    run.ms = clock.elapsed();
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// `bulkheadctl args...` to its end (at most `timeoutMs`), with the file size limit when given.
inline Run runProgram(const QString &program, const QStringList &args, qint64 fileSizeLimit = 0,
                      int timeoutMs = 60000)
{
    QProcess process;
    limitFileSize(process, fileSizeLimit);
    QElapsedTimer clock;
    clock.start();
    process.start(program, args);
    if (!process.waitForStarted()) {
        Run run;
        run.err = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return run;
    }
    process.closeWriteChannel();
    return finish(process, timeoutMs, clock);
}

inline Run runCtl(const QStringList &args, qint64 fileSizeLimit = 0, int timeoutMs = 60000)
{
    return runProgram(ctlPath(), args, fileSizeLimit, timeoutMs);
}

// Runs bulkheadctl with `args` and sends it SIGKILL after `delayMs` unless it ended before.
// True when the kill ended it; false when it ended on its own (with exit code 0, else the test fails).
inline bool killCtlAfter(const QStringList &args, int delayMs, bool *ok)
{
    *ok = false;
    QProcess process;
    process.start(ctlPath(), args);
    if (!process.waitForStarted())
        return false;
    if (!process.waitForFinished(delayMs)) {
        process.kill(); // SIGKILL
        if (!process.waitForFinished())
            return false;
    }
    const bool killed = process.exitStatus() == QProcess::CrashExit;
    *ok = killed || process.exitCode() == 0;
    if (!*ok)
        qWarning("bulkheadctl failed on its own: %s", process.readAllStandardError().constData());
    return killed;
}

// A store as the programs see it after the fault: Database::open (read-write: it recovers the
// WAL and finishes or redoes a migration as the next start would) must succeed, and SQLite's own
// consistency check must say "ok".
struct StoreState {
    QString integrity; // PRAGMA integrity_check, rows joined by newlines: "ok" when sound
    qint64 findings = -1;
    qint64 reports = -1;
    int version = -1;
};

inline StoreState openAndCheck(const QString &path)
{
    StoreState state;
    Database db = Database::open(path.toStdString());
    auto check = db.prepare("PRAGMA integrity_check");
    QStringList rows;
    while (check.step())
        rows << QString::fromStdString(check.text(0));
    state.integrity = rows.join(QLatin1Char('\n'));
    state.findings = db.scalar("SELECT count(*) FROM findings");
    state.reports = db.scalar("SELECT count(*) FROM reports");
    state.version = db.schemaVersion();
    return state;
}

// SHA-256 of a file's bytes ("" when it cannot be read): "left unchanged" means these are equal.
inline QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace bulkhead::faulttest
