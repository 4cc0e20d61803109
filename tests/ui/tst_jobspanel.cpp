// The jobs model and panel: imports run off the GUI thread with progress, a Cancel that leaves the
// store as it was, results and per-file errors in selectable text, and finished jobs that can be
// cleared.
#include "jobs/jobcard.h"
#include "jobs/jobsmodel.h"
#include "jobs/jobspanel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

using bulkhead::ui::JobCard;
using bulkhead::ui::JobRecord;
using bulkhead::ui::JobsModel;
using bulkhead::ui::JobsPanel;
namespace t = bulkhead::test;

// A fresh store with a jobs model (checked by QAbstractItemModelTester all along) and its panel.
struct Jobs {
    explicit Jobs(const QString &storePath) : store(storePath), model(storePath), panel(&model) { panel.show(); }
    QString store;
    JobsModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    JobsPanel panel;
};

class TestJobsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    QString newStore()
    {
        const QString path = QStringLiteral("%1/store%2.db").arg(m_dir.path()).arg(++m_stores);
        t::createStore(path);
        return path;
    }

    // Runs until job `id` of `model` has finished.
    static bool waitFinished(JobsModel &model, quint64 id, int timeoutMs = 120000)
    {
        QSignalSpy finished(&model, &JobsModel::jobFinished);
        auto done = [&] { return model.rowOf(id) >= 0 && model.job(model.rowOf(id)).isFinished(); };
        QElapsedTimer clock;
        clock.start();
        while (!done() && clock.elapsed() < timeoutMs)
            finished.wait(200);
        return done();
    }

    static QString number(qint64 n) { return QLocale().toString(n); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        t::isolateSettings(m_dir, "tst_jobspanel");
    }

    void successfulImportShowsCountsAndResolved()
    {
        Jobs jobs(newStore());
        const QString &store = jobs.store;
        JobsModel &model = jobs.model;
        JobsPanel &panel = jobs.panel;

        // Three images with 120, 80 and 40 distinct vulnerabilities: all new.
        const QString dir = m_dir.path() + "/ok";
        QDir().mkpath(dir);
        const int counts[] = {120, 80, 40};
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            files << QStringLiteral("%1/img%2.json").arg(dir).arg(i);
            t::writeFile(files.last(), t::trivyReport(100 + i, counts[i]));
        }
        QSignalSpy committed(&model, &JobsModel::importCommitted);
        const quint64 id = model.startImport(files);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(panel.cardCount(), 1);
        QVERIFY(panel.card(0)->cancelButton()->isVisible());
        QVERIFY(waitFinished(model, id));
        QCOMPARE(committed.size(), 1);

        const JobRecord &job = model.job(0);
        QCOMPARE(job.state, JobRecord::State::Succeeded);
        const qint64 expectedNew = counts[0] + counts[1] + counts[2];
        QCOMPARE(t::storeCount(store, "findings"), expectedNew);
        const QString expected = QStringLiteral("Imported 3 files: %1 new findings, 0 resolved").arg(number(expectedNew));
        JobCard *card = panel.card(0);
        QCOMPARE(card->resultLabel()->text(), expected);
        QCOMPARE(model.data(model.index(0), JobsModel::ResultTextRole).toString(), expected);
        QCOMPARE(card->titleLabel()->text(), QStringLiteral("Import 3 files"));
        QVERIFY(card->resultLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(card->resultLabel()->isVisible());
        QVERIFY(!card->progressBar()->isVisible());
        QVERIFY(!card->cancelButton()->isVisible());
        QVERIFY(card->clearButton()->isVisible());
        QVERIFY(!card->errorsToggle()->isVisible());

        // A newer scan of the first image that no longer lists 30 of its 120 vulnerabilities.
        const int newer = counts[0] - 30;
        const QString rescan = dir + "/rescan.json";
        t::writeFile(rescan, t::trivyReport(100, newer, QStringLiteral("2024-06-01T10:00:00Z")));
        const quint64 second = model.startImport({rescan});
        QCOMPARE(model.rowOf(second), 0); // newest on top
        QCOMPARE(panel.card(0)->jobId(), second);
        QVERIFY(waitFinished(model, second));
        QCOMPARE(panel.card(0)->resultLabel()->text(), QStringLiteral("Imported 1 file: 0 new findings, 30 resolved"));
        QCOMPARE(panel.card(1)->resultLabel()->text(), expected);
    }

    void badFileIsNamedInSelectableText()
    {
        Jobs jobs(newStore());
        const QString &store = jobs.store;
        JobsModel &model = jobs.model;
        JobsPanel &panel = jobs.panel;

        const QString dir = m_dir.path() + "/mixed";
        QDir().mkpath(dir);
        const QString bad = dir + "/broken-scan.json";
        t::writeFile(bad, QByteArrayLiteral("{\"SchemaVersion\": 2, \"Results\": [ {"));
        const QString good = dir + "/good.json";
        t::writeFile(good, t::trivyReport(7, 25));
        const quint64 id = model.startImport({bad, good});
        QVERIFY(waitFinished(model, id));

        const JobRecord &job = model.job(0);
        QCOMPARE(job.state, JobRecord::State::Partial);
        QCOMPARE(job.fileErrors.size(), 1);
        JobCard *card = panel.card(0);
        QCOMPARE(card->resultLabel()->text(),
                 QStringLiteral("Imported 1 of 2 files: 25 new findings, 0 resolved; 1 file could not be imported."));
        QVERIFY(card->errorsToggle()->isVisible());
        QVERIFY(card->errorsView()->isVisible());
        QVERIFY(card->errorsView()->isReadOnly());
        QVERIFY(card->errorsView()->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY2(card->errorsView()->toPlainText().startsWith(bad + ": "), qPrintable(card->errorsView()->toPlainText()));
        QCOMPARE(t::storeCount(store, "findings"), 25);
        // The list folds away and back.
        card->errorsToggle()->click();
        QVERIFY(!card->errorsView()->isVisible());
        card->errorsToggle()->click();
        QVERIFY(card->errorsView()->isVisible());

        // Only bad input: nothing imported, said as a failure, the file named.
        const quint64 onlyBad = model.startImport({bad});
        QVERIFY(waitFinished(model, onlyBad));
        QCOMPARE(model.job(0).state, JobRecord::State::Failed);
        QCOMPARE(panel.card(0)->resultLabel()->text(), QStringLiteral("Nothing imported: 1 file could not be imported."));
        QVERIFY(panel.card(0)->errorsView()->toPlainText().contains("broken-scan.json"));

        // A path that does not exist.
        const QString missing = dir + "/not-there.json";
        const quint64 gone = model.startImport({missing});
        QVERIFY(waitFinished(model, gone));
        QCOMPARE(model.job(0).state, JobRecord::State::Failed);
        QVERIFY(panel.card(0)->resultLabel()->text().startsWith("Import failed: "));
        QCOMPARE(model.job(0).fileErrors, QStringList{missing + ": no such file or directory"});
        QCOMPARE(t::storeCount(store, "findings"), 25);
    }

    void cancelLeavesStoreAsItWas()
    {
        Jobs jobs(newStore());
        const QString &store = jobs.store;
        JobsModel &model = jobs.model;
        JobsPanel &panel = jobs.panel;

        const quint64 first = model.startImport({t::writeReports(m_dir.path(), "before", 2, 150, 500)});
        QVERIFY(waitFinished(model, first));
        const qint64 findingsBefore = t::storeCount(store, "findings");
        const qint64 reportsBefore = t::storeCount(store, "reports");
        QCOMPARE(findingsBefore, 300);

        const int reports = 30;
        const QString big = t::writeReports(m_dir.path(), "big", reports, 4000, 600);
        const quint64 id = model.startImport({big});
        JobCard *card = panel.card(0);
        QCOMPARE(card->jobId(), id);
        // Cancel with the button, once the import is really under way.
        QTRY_VERIFY_WITH_TIMEOUT(model.job(0).filesDone >= 1, 60000);
        QCOMPARE(card->titleLabel()->text(), QStringLiteral("Import 30 files from big"));
        QVERIFY(card->progressBar()->isVisible());
        QCOMPARE(card->progressBar()->maximum(), 1000);
        QVERIFY(card->progressBar()->value() > 0);
        QVERIFY(card->progressBar()->format().contains(QStringLiteral("of 30 files")));
        QTest::mouseClick(card->cancelButton(), Qt::LeftButton);
        QCOMPARE(model.job(0).state, JobRecord::State::Cancelling);
        QVERIFY(!card->cancelButton()->isEnabled());
        QVERIFY(waitFinished(model, id));

        QCOMPARE(model.job(0).state, JobRecord::State::Cancelled);
        QVERIFY2(model.job(0).filesDone < reports, "the cancel came too late to test anything");
        QCOMPARE(card->resultLabel()->text(),
                 QStringLiteral("Cancelled: nothing of this import was stored; the store is as it was."));
        QVERIFY(model.job(0).fileErrors.isEmpty()); // "cancelled" is not a file error
        QCOMPARE(t::storeCount(store, "findings"), findingsBefore);
        QCOMPARE(t::storeCount(store, "reports"), reportsBefore);
    }

    void jobsQueueOneWriterAtATime()
    {
        Jobs jobs(newStore());
        const QString &store = jobs.store;
        JobsModel &model = jobs.model;
        JobsPanel &panel = jobs.panel;
        QSignalSpy active(&model, &JobsModel::activeCountChanged);

        const quint64 a = model.startImport({t::writeReports(m_dir.path(), "qa", 3, 500, 900)});
        const quint64 b = model.startImport({t::writeReports(m_dir.path(), "qb", 2, 70, 950)});
        const quint64 c = model.startImport({t::writeReports(m_dir.path(), "qc", 1, 10, 990)});
        QCOMPARE(model.activeCount(), 3);
        QCOMPARE(model.job(model.rowOf(a)).state, JobRecord::State::Running);
        QCOMPARE(model.job(model.rowOf(b)).state, JobRecord::State::Queued);
        QCOMPARE(panel.card(model.rowOf(b))->progressBar()->format(),
                 QStringLiteral("Waiting for the running import to finish"));
        // A waiting job is dropped at once and never runs.
        QVERIFY(model.cancel(c));
        QCOMPARE(model.job(model.rowOf(c)).state, JobRecord::State::Cancelled);
        QVERIFY(waitFinished(model, a));
        QVERIFY(waitFinished(model, b));
        QCOMPARE(model.job(model.rowOf(a)).state, JobRecord::State::Succeeded);
        QCOMPARE(model.job(model.rowOf(b)).state, JobRecord::State::Succeeded);
        QCOMPARE(model.activeCount(), 0);
        QCOMPARE(active.last().first().toInt(), 0);
        QCOMPARE(t::storeCount(store, "findings"), 3 * 500 + 2 * 70);
        QCOMPARE(t::storeCount(store, "reports"), 5);

        // Clearing: one by its card's button, then the rest.
        QCOMPARE(panel.cardCount(), 3);
        QVERIFY(panel.clearFinishedButton()->isEnabled());
        QTest::mouseClick(panel.card(model.rowOf(b))->clearButton(), Qt::LeftButton);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(b), -1);
        QCOMPARE(panel.cardCount(), 2);
        QTest::mouseClick(panel.clearFinishedButton(), Qt::LeftButton);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(panel.cardCount(), 0);
        QVERIFY(!panel.clearFinishedButton()->isEnabled());
    }

    void runningJobsCannotBeCleared()
    {
        const QString store = newStore();
        JobsModel model(store);
        const quint64 id = model.startImport({t::writeReports(m_dir.path(), "running", 2, 300, 1200)});
        QVERIFY(!model.clear(id));
        QCOMPARE(model.clearFinished(), 0);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(waitFinished(model, id));
        QVERIFY(model.clear(id));
        QVERIFY(!model.cancel(id));
    }
};

QTEST_MAIN(TestJobsPanel)
#include "tst_jobspanel.moc"
