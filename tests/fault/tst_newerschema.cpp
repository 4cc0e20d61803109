// A store written by a newer Bulkhead (user_version above this build's schema) is refused and
// left exactly as it was, byte for byte (SHA-256 of the file, and no file added beside it), by
// every way into it: bulkheadctl's read-write commands (import, triage), its read-only ones
// (stats, report --pdf), the GUI's start (the real `bulkhead` binary, $BULKHEAD_GUI) and the main
// window opened on it in this process.

#include "faultsupport.h"
#include "testsupport.h"

#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace bulkhead::faulttest;
using bulkhead::Database;

class TestNewerSchema : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    QString m_report;
    QByteArray m_sha256;
    QStringList m_files;

    void verifyUnchanged(const char *after)
    {
        QVERIFY2(fileSha256(m_store) == m_sha256, after);
        // Nothing new beside it either, but for what every SQLite reader of a WAL store leaves
        // (a read-only connection may not remove them): the WAL index and an empty WAL.
        QStringList files = QDir(m_dir.path()).entryList(QDir::Files, QDir::Name);
        files.removeOne(QStringLiteral("future.db-shm"));
        if (files.removeOne(QStringLiteral("future.db-wal")))
            QVERIFY2(QFileInfo(m_store + QStringLiteral("-wal")).size() == 0, after);
        QVERIFY2(files == m_files, qPrintable(QString::fromLatin1(after) + QStringLiteral(": ") + files.join(u' ')));
    }

    static void verifyRefusal(const QString &err, const QString &store)
    {
        QVERIFY2(err.contains(store), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("newer than this Bulkhead")), qPrintable(err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.path() + QStringLiteral("/future.db");
        m_report = m_dir.path() + QStringLiteral("/scan.json");
        bulkhead::test::writeFile(m_report, bulkhead::test::trivyReport(1, 30));
        const Run run = runCtl({QStringLiteral("--db"), m_store, QStringLiteral("import"), QStringLiteral("--quiet"), m_report});
        QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(run.err));
        // What a newer Bulkhead would leave: a higher user_version, everything in the file.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(m_store.toUtf8().constData(), &db), SQLITE_OK);
        const std::string sql = "PRAGMA user_version = " + std::to_string(Database::currentSchemaVersion() + 1);
        QCOMPARE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_close(db), SQLITE_OK);
        m_sha256 = fileSha256(m_store);
        QVERIFY(!m_sha256.isEmpty());
        m_files = QDir(m_dir.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(m_files, (QStringList{QStringLiteral("future.db"), QStringLiteral("scan.json")}));
    }

    void bulkheadctlRefuses_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("import") << QStringList{QStringLiteral("import"), m_report};
        QTest::newRow("triage") << QStringList{QStringLiteral("triage"), QStringLiteral("--status"),
                                               QStringLiteral("confirmed"), QStringLiteral("--note"),
                                               QStringLiteral("x"), QStringLiteral("0123456789abcdef")};
        QTest::newRow("stats") << QStringList{QStringLiteral("stats")};
        QTest::newRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("--pdf"),
                                               m_dir.path() + QStringLiteral("/out/report.pdf")};
    }

    void bulkheadctlRefuses()
    {
        QFETCH(QStringList, command);
        QVERIFY(QDir().mkpath(m_dir.path() + QStringLiteral("/out")));
        const Run run = runCtl(QStringList{QStringLiteral("--db"), m_store} + command);
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QCOMPARE(run.exitCode, 1);
        verifyRefusal(run.err, m_store);
        verifyUnchanged(qPrintable(command.first()));
        QVERIFY(QDir(m_dir.path() + QStringLiteral("/out")).isEmpty());
    }

    // The GUI binary reports the refusal on stderr and in a message box (which waits for a click:
    // the test reads stderr, then ends the process).
    void guiRefuses()
    {
        const QString gui = qEnvironmentVariable("BULKHEAD_GUI");
        QVERIFY2(QFileInfo(gui).isExecutable(), "BULKHEAD_GUI is not set: run the test through ctest");
        QProcess process;
        process.start(gui, {QStringLiteral("--db"), m_store});
        QVERIFY(process.waitForStarted());
        QByteArray err;
        QElapsedTimer clock;
        clock.start();
        while (!err.contains("newer") && clock.elapsed() < 20000 && process.state() == QProcess::Running) {
            process.waitForReadyRead(500);
            err += process.readAllStandardError();
        }
        process.kill();
        process.waitForFinished();
        err += process.readAllStandardError();
        verifyRefusal(QString::fromUtf8(err), m_store);
        verifyUnchanged("bulkhead");
    }

    void mainWindowRefuses()
    {
        {
            bulkhead::ui::MainWindow window(m_store);
            QVERIFY(!window.storeOpen());
            bool shown = false;
            for (const QLabel *label : window.findChildren<QLabel *>()) {
                if (label->text().contains(QLatin1String("newer than this Bulkhead")) && label->text().contains(m_store))
                    shown = true;
            }
            QVERIFY2(shown, "the window does not say why the store is refused");
            QCOMPARE(window.importPaths({m_report}), quint64(0));
        }
        verifyUnchanged("MainWindow");
    }
};

QTEST_MAIN(TestNewerSchema)
#include "tst_newerschema.moc"
