// The GUI thread keeps serving events while a large import runs through the jobs machinery of the
// main window (jobs model, jobs panel, status bar, the refresh after the commit): a 10 ms timer
// never waits more than 100 ms.
#include "jobs/jobsmodel.h"
#include "mainwindow/mainwindow.h"
#include "uitestsupport.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>

#include <cstdio>

namespace t = bulkhead::test;

class TestGuiResponsiveness : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        t::isolateSettings(m_dir, "tst_guiresponsiveness");
    }

    void timerKeepsFiringDuringLargeImport()
    {
        const int reports = 60, perReport = 5000; // ~2 s here: enough margin above the 1 s floor
        const QString folder = t::writeReports(m_dir.path(), "large", reports, perReport, 1);
        const QString store = m_dir.path() + "/large.db";
        t::createStore(store);

        bulkhead::ui::MainWindow window(store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isWelcomeShown());

        QElapsedTimer clock;
        qint64 last = 0, worstGap = 0, worstAt = 0;
        int ticks = 0;
        QTimer timer;
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            if (now - last > worstGap) {
                worstGap = now - last;
                worstAt = now;
            }
            last = now;
            ++ticks;
        });
        QSignalSpy finished(window.jobs(), &bulkhead::ui::JobsModel::jobFinished);
        clock.start();
        timer.start();
        const quint64 id = window.importPaths({folder});
        QVERIFY(id != 0);
        QVERIFY(finished.wait(300000));
        const qint64 importMs = clock.elapsed();
        // Keep measuring through what follows the commit: the views' and the counts' refresh.
        QTest::qWait(500);
        timer.stop();

        std::printf("import of %d reports x %d vulnerabilities: %lld ms; %d ticks; worst gap %lld ms at %lld ms\n",
                    reports, perReport, static_cast<long long>(importMs), ticks, static_cast<long long>(worstGap),
                    static_cast<long long>(worstAt));
        const bulkhead::ui::JobRecord &job = window.jobs()->job(0);
        QCOMPARE(job.state, bulkhead::ui::JobRecord::State::Succeeded);
        QCOMPARE(t::storeCount(store, "findings"), qint64(reports) * perReport);
        QVERIFY2(importMs >= 1000, "the import is too small to prove anything: generate more reports");
        QVERIFY(window.currentPage() == bulkhead::ui::PageId::Overview); // the welcome page gave way
        QVERIFY(ticks > importMs / 100);
        QVERIFY2(worstGap <= 100, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(worstGap)));
    }
};

QTEST_MAIN(TestGuiResponsiveness)
#include "tst_guiresponsiveness.moc"
