// SIGKILL at random moments of `bulkheadctl import` (the real binary, $BULKHEADCTL), 50 times:
// each time the store opens afterwards, SQLite's integrity check says "ok", and the import is
// there whole or not at all: 0 findings or every finding of the input files, counted here with
// Qt's JSON parser, and the reports table agrees. The moments are drawn from 0 to 120% of an
// uncut import's time (process start included), so kills land before the store exists, during
// parsing, inside the write transaction and after the commit. Seed: $BULKHEAD_FAULT_SEED, else
// random (printed, to replay a failure).

#include "faultsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include "killclock.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace bulkhead::faulttest;

class TestKillImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_input; // the folder of reports imported each time
    int m_files = 0;
    qint64 m_expected = 0;
    qint64 m_uncutMs = 0;

    QStringList importArgs(const QString &store) const
    {
        return {QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--quiet"), m_input};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_input = m_dir.path() + QStringLiteral("/reports");
        QVERIFY(QDir().mkpath(m_input));
        // Six images of 2,000 vulnerabilities: an import of a few hundred milliseconds on this
        // machine (most of it in the write transaction), so that most kills land inside it.
        m_files = 6;
        for (int i = 0; i < m_files; ++i) {
            const QByteArray bytes = bulkhead::test::trivyReport(i, 2000);
            const QString path = m_input + QStringLiteral("/image%1.json").arg(i);
            bulkhead::test::writeFile(path, bytes);
            // Counted independently of the importer: every vulnerability entry of every result.
            for (const QJsonValue result : bulkhead::test::readJson(path).object().value("Results").toArray())
                m_expected += result.toObject().value("Vulnerabilities").toArray().size();
        }
        QCOMPARE(m_expected, qint64(m_files) * 2000);
    }

    void uncutImportIsComplete()
    {
        const QString store = m_dir.path() + QStringLiteral("/uncut.db");
        const Run run = runCtl(importArgs(store));
        QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(run.err));
        m_uncutMs = run.ms;
        const StoreState state = openAndCheck(store);
        QCOMPARE(state.integrity, QStringLiteral("ok"));
        QCOMPARE(state.findings, m_expected);
        QCOMPARE(state.reports, qint64(m_files));
        qInfo("uncut import: %lld findings in %lld ms", static_cast<long long>(state.findings),
              static_cast<long long>(m_uncutMs));
    }

    void killedImportIsAllOrNothing()
    {
        QVERIFY(m_uncutMs > 0);
        KillClock clock(m_uncutMs);

        const int rounds = 50;
        int killed = 0, none = 0, all = 0;
        for (int round = 0; round < rounds; ++round) {
            const QString store = m_dir.path() + QStringLiteral("/killed%1.db").arg(round);
            const int delayMs = clock.nextMs();
            bool ok = false;
            const bool wasKilled = killCtlAfter(importArgs(store), delayMs, &ok);
            QVERIFY(ok);
            killed += wasKilled ? 1 : 0;

            StoreState state;
            try {
                state = openAndCheck(store);
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("round %1 (kill after %2 ms): the store does not open: %3")
                                     .arg(round)
                                     .arg(delayMs)
                                     .arg(QString::fromUtf8(e.what()))));
            }
            const QString where = QStringLiteral("round %1, kill after %2 ms: %3 findings, %4 reports")
                                      .arg(round)
                                      .arg(delayMs)
                                      .arg(state.findings)
                                      .arg(state.reports);
            QVERIFY2(state.integrity == QLatin1String("ok"), qPrintable(where + QStringLiteral(": ") + state.integrity));
            if (state.findings == 0) {
                QVERIFY2(state.reports == 0, qPrintable(where));
                QVERIFY2(wasKilled, qPrintable(where)); // an import that ran to its end left everything
                ++none;
            } else {
                QVERIFY2(state.findings == m_expected && state.reports == m_files, qPrintable(where));
                ++all;
            }
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(store + QLatin1String(suffix)); // fifty stores add up
        }
        qInfo("%d rounds: %d killed; afterwards %d stores empty, %d complete", rounds, killed, none, all);
        // The test proves something only when kills interrupted imports: with delays drawn up to
        // 120% of an import's time most rounds are killed, and some of those before the commit.
        QVERIFY2(killed >= rounds / 2, qPrintable(QStringLiteral("only %1 of %2 rounds killed").arg(killed).arg(rounds)));
        QVERIFY2(none >= rounds / 5, qPrintable(QStringLiteral("only %1 of %2 rounds killed before the commit").arg(none).arg(rounds)));
    }
};

QTEST_GUILESS_MAIN(TestKillImport)
#include "tst_killimport.moc"
