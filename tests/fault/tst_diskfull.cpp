// A full disk during `bulkheadctl import` and `bulkheadctl report --pdf` (the real binary,
// $BULKHEADCTL): the child runs under RLIMIT_FSIZE with SIGXFSZ ignored, so a write past the
// limit fails with EFBIG exactly where a full disk fails with ENOSPC, without a special
// filesystem. Each time: a failure exit and a clear error that names the file and says why, the
// store as it was (it opens, integrity "ok", the findings of the earlier import and no more), and
// nothing incomplete under the requested PDF name: no file, or the earlier complete one untouched.

#include "faultsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace bulkhead::faulttest;

class TestDiskFull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A store holding one complete import of `findings` findings, written without a limit.
    QString storeWithFindings(const QString &name, int findings)
    {
        const QString store = m_dir.path() + QLatin1Char('/') + name;
        const QString report = m_dir.path() + QStringLiteral("/base-%1.json").arg(name);
        bulkhead::test::writeFile(report, bulkhead::test::trivyReport(1, findings));
        const Run run = runCtl({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--quiet"), report});
        if (run.crashed || run.exitCode != 0)
            qFatal("cannot prepare %s: %s", qPrintable(store), qPrintable(run.err));
        return store;
    }

    static bool saysDiskFull(const QString &err)
    {
        // SQLite's words for ENOSPC ("database or disk is full") and Bulkhead's for the write SQLite
        // calls an I/O error (EFBIG), the system's for a file written directly ("File too large").
        return err.contains(QLatin1String("disk is full")) || err.contains(QLatin1String("File too large"))
            || err.contains(QLatin1String("No space left")) || err.contains(QLatin1String("file size limit"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The limit falls at several points of the write: early in the WAL, in the middle, near the end.
    void importFailsCleanly_data()
    {
        QTest::addColumn<qint64>("headroom"); // bytes the WAL may grow beyond the store's size
        QTest::newRow("64 KiB") << qint64(64 * 1024);
        QTest::newRow("1 MiB") << qint64(1024 * 1024);
        QTest::newRow("4 MiB") << qint64(4 * 1024 * 1024);
    }

    void importFailsCleanly()
    {
        QFETCH(qint64, headroom);
        const QString store = storeWithFindings(QStringLiteral("import-%1.db").arg(headroom), 100);
        const QByteArray before = fileSha256(store);
        // 20,000 new findings need far more than 4 MiB of WAL.
        const QString report = m_dir.path() + QStringLiteral("/big.json");
        if (!QFileInfo::exists(report))
            bulkhead::test::writeFile(report, bulkhead::test::trivyReport(2, 20000));
        const qint64 limit = QFileInfo(store).size() + headroom;

        const Run run = runCtl({QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--quiet"), report},
                               limit);
        QVERIFY2(!run.crashed, qPrintable(run.err)); // no SIGXFSZ, no crash: an error the program reports
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(saysDiskFull(run.err), qPrintable(run.err));
        QVERIFY2(run.err.contains(store) || run.err.contains(report), qPrintable(run.err));

        QCOMPARE(fileSha256(store), before); // the failed transaction never reached the store file
        const StoreState state = openAndCheck(store);
        QCOMPARE(state.integrity, QStringLiteral("ok"));
        QCOMPARE(state.findings, qint64(100));
        QCOMPARE(state.reports, qint64(1));
    }

    // A new store on a full disk: the error says so, and what is left opens later as an empty store.
    void newStoreFailsCleanly()
    {
        const QString store = m_dir.path() + QStringLiteral("/new.db");
        const QString report = m_dir.path() + QStringLiteral("/small.json");
        bulkhead::test::writeFile(report, bulkhead::test::trivyReport(3, 10));
        const Run run = runCtl({QStringLiteral("--db"), store, QStringLiteral("import"), report}, 8 * 1024);
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(saysDiskFull(run.err) && run.err.contains(store), qPrintable(run.err));
        const StoreState state = openAndCheck(store);
        QCOMPARE(state.integrity, QStringLiteral("ok"));
        QCOMPARE(state.findings, qint64(0));
    }

    // PDF export: nothing under the requested name, no checksum file, no temporary file left
    // beside it; with an earlier report under that name, that report stays byte for byte.
    void pdfExportFailsCleanly_data()
    {
        QTest::addColumn<bool>("earlierReport");
        QTest::newRow("new file") << false;
        QTest::newRow("over an earlier report") << true;
    }

    void pdfExportFailsCleanly()
    {
        QFETCH(bool, earlierReport);
        const QString store = storeWithFindings(QStringLiteral("pdf-%1.db").arg(earlierReport), 300);
        const QString outDir = m_dir.path() + QStringLiteral("/out-%1").arg(earlierReport);
        QVERIFY(QDir().mkpath(outDir));
        const QString pdf = outDir + QStringLiteral("/report.pdf");

        // The uncut report: its size tells where to put the limit.
        const Run full = runCtl({QStringLiteral("--db"), store, QStringLiteral("report"), QStringLiteral("--pdf"), pdf});
        QVERIFY2(!full.crashed && full.exitCode == 0, qPrintable(full.err));
        const qint64 pdfBytes = QFileInfo(pdf).size();
        QVERIFY(pdfBytes > 20000);
        QByteArray earlierPdf, earlierSum;
        if (earlierReport) {
            earlierPdf = fileSha256(pdf);
            earlierSum = fileSha256(pdf + QStringLiteral(".sha256"));
        } else {
            QVERIFY(QFile::remove(pdf));
            QVERIFY(QFile::remove(pdf + QStringLiteral(".sha256")));
        }
        const QStringList filesBefore = QDir(outDir).entryList(QDir::Files, QDir::Name);
        // The store is at most a few MB; the limit cuts the PDF in half but leaves the store's WAL room.
        const QByteArray storeBefore = fileSha256(store);

        const Run run = runCtl({QStringLiteral("--db"), store, QStringLiteral("report"), QStringLiteral("--pdf"), pdf},
                               pdfBytes / 2);
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(pdf) && saysDiskFull(run.err), qPrintable(run.err));
        QVERIFY2(!run.out.contains(QLatin1String("report:")), qPrintable(run.out)); // no success line

        QCOMPARE(QDir(outDir).entryList(QDir::Files, QDir::Name), filesBefore); // no temporary file either
        if (earlierReport) {
            QCOMPARE(fileSha256(pdf), earlierPdf);
            QCOMPARE(fileSha256(pdf + QStringLiteral(".sha256")), earlierSum);
        } else {
            QVERIFY(!QFileInfo::exists(pdf));
            QVERIFY(!QFileInfo::exists(pdf + QStringLiteral(".sha256")));
        }
        QCOMPARE(fileSha256(store), storeBefore);
        const StoreState state = openAndCheck(store);
        QCOMPARE(state.integrity, QStringLiteral("ok"));
        QCOMPARE(state.findings, qint64(300));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
