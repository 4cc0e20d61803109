// ImportTask: an import as a Qt job on its own thread, with progress, per-file results, and a
// cancel that rolls the whole import back while the caller's event loop keeps running.
#include "jobs/importtask.h"
#include "store/database.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using bulkhead::Database;
using bulkhead::ImportTask;

class TestImportTask : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeReports(const QString &name, int reports, int perReport, int firstImage)
    {
        const QString dir = m_dir.path() + "/" + name;
        QDir().mkpath(dir);
        for (int i = 0; i < reports; ++i)
            bulkhead::test::writeFile(QStringLiteral("%1/r%2.json").arg(dir).arg(i, 3, 10, QChar('0')),
                                      bulkhead::test::trivyReport(firstImage + i, perReport));
        return dir;
    }

private Q_SLOTS:
    void importsWithProgressAndPerFileResults()
    {
        const int reports = 5, perReport = 200;
        const QString dir = makeReports("small", reports, perReport, 1);
        const QString store = m_dir.path() + "/small.db";
        ImportTask task(store, {dir});
        QSignalSpy progress(&task, &ImportTask::progress);
        QSignalSpy files(&task, &ImportTask::fileDone);
        QSignalSpy done(&task, &ImportTask::finished);
        task.start();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().at(0).toBool(), true);                 // committed
        QCOMPARE(done.first().at(1).toLongLong(), qint64(reports * perReport)); // new findings
        QCOMPARE(done.first().at(4).toString(), QString());
        QCOMPARE(files.size(), reports);
        for (const auto &f : files) {
            QVERIFY2(f.at(2).toString().isEmpty(), qPrintable(f.at(2).toString()));
            QVERIFY(f.at(1).toString().contains(QStringLiteral("%1 new").arg(perReport)));
        }
        QCOMPARE(progress.size(), reports);
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(reports));
        QCOMPARE(progress.last().at(2).toLongLong(), progress.last().at(3).toLongLong());
        Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        QCOMPARE(db.scalar("SELECT count(*) FROM findings"), reports * perReport);
    }

    void cancelRollsBackAndCallerKeepsRunning()
    {
        const QString store = m_dir.path() + "/cancel.db";
        {
            ImportTask first(store, {makeReports("before", 1, 100, 500)});
            QSignalSpy done(&first, &ImportTask::finished);
            first.start();
            QVERIFY(done.wait(60000));
        }
        const QString dir = makeReports("big", 30, 4000, 600);
        ImportTask task(store, {dir});
        QSignalSpy files(&task, &ImportTask::fileDone);
        QSignalSpy done(&task, &ImportTask::finished);

        // The caller's event loop must keep serving while the import runs.
        QElapsedTimer clock;
        qint64 last = 0, worstGap = 0;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worstGap = std::max(worstGap, now - last);
            last = now;
            ++ticks;
        });
        connect(&task, &ImportTask::fileDone, &task, [&task, &files] {
            if (files.size() >= 3)
                task.cancel();
        });
        clock.start();
        timer.start();
        task.start();
        QVERIFY(done.wait(120000));
        timer.stop();

        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY2(done.first().at(4).toString().contains("cancelled"), qPrintable(done.first().at(4).toString()));
        QVERIFY2(files.size() < 30, "the cancel came too late to test anything");
        QVERIFY(ticks > 5);
        QVERIFY2(worstGap < 100, qPrintable(QStringLiteral("event loop stalled for %1 ms").arg(worstGap)));

        Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        QCOMPARE(db.scalar("SELECT count(*) FROM findings"), 100);
        QCOMPARE(db.scalar("SELECT count(*) FROM reports"), 1);
    }

    void missingInputsAreReported()
    {
        ImportTask task(m_dir.path() + "/missing.db", {m_dir.path() + "/does-not-exist"});
        QSignalSpy files(&task, &ImportTask::fileDone);
        QSignalSpy done(&task, &ImportTask::finished);
        task.start();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().at(2).toString().contains("no such file"));
    }
};

QTEST_GUILESS_MAIN(TestImportTask)
#include "tst_importtask.moc"
