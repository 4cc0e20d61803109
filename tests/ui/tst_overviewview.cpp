// The overview page on a store of known content (the demo generator with a fixed clock): every
// number it shows equals the test's own SQL, every clickable thing asks for the findings behind
// it, and an empty store gets a friendly empty state instead of broken charts.
#include "demo/demostore.h"
#include "overview/countertile.h"
#include "overview/overviewview.h"
#include "overview/scoretrendchart.h"
#include "overview/severitybarchart.h"
#include "overview/topassetsmodel.h"
#include "overview/trendchart.h"
#include "store/importwriter.h"
#include "store/snapshotrepository.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>

#include <map>

using namespace bulkhead;
using bulkhead::ui::CounterTile;
using bulkhead::ui::OverviewView;
using bulkhead::ui::ScoreTrendChart;
using bulkhead::ui::SeverityBarChart;
using bulkhead::ui::TopAssetsModel;
using bulkhead::ui::TrendChart;

Q_DECLARE_METATYPE(bulkhead::FindingFilter)

namespace {

constexpr std::int64_t kNow = 1'750'000'000;
constexpr std::int64_t kDay = 86400;
const std::vector<FindingStatus> kOpen{FindingStatus::Open, FindingStatus::Confirmed};

// What the test expects, from its own queries.
struct Expected {
    std::array<std::int64_t, 6> open{};
    std::int64_t overdue = 0;
    std::int64_t expiring = 0;
    std::vector<std::pair<std::int64_t, std::int64_t>> topScores; // (score, asset id), best first
};

Expected expectedFrom(const QString &store)
{
    const Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    Expected e;
    const SlaPolicy sla; // the default: the test's settings are empty
    std::map<std::int64_t, std::int64_t> score;
    const std::map<std::int64_t, std::int64_t> weight{{5, 10}, {4, 5}, {3, 2}, {2, 1}};
    SqliteStatement rows = db.prepare("SELECT severity, first_seen, asset_id FROM findings WHERE status IN (0, 1)");
    while (rows.step()) {
        const auto severity = rows.int64(0);
        ++e.open[static_cast<std::size_t>(severity)];
        e.overdue += sla.isOverdue(static_cast<Severity>(severity), rows.int64(1), kNow);
        score[rows.int64(2)] += weight.count(severity) ? weight.at(severity) : 0;
    }
    e.expiring = db.scalar("SELECT count(*) FROM triage t JOIN findings f ON f.id = t.finding_id WHERE t.status = 3 "
                           "AND f.resolved_at IS NULL AND t.expires_at > " + std::to_string(kNow)
                           + " AND t.expires_at <= " + std::to_string(kNow + 14 * kDay));
    for (const auto &[asset, s] : score)
        e.topScores.emplace_back(s, asset);
    std::sort(e.topScores.begin(), e.topScores.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    e.topScores.resize(std::min<std::size_t>(10, e.topScores.size()));
    return e;
}

// An overview of `store` as of kNow, shown and loaded.
struct Shown {
    explicit Shown(const QString &store) : view(store)
    {
        view.setReferenceTime(kNow);
        view.resize(1280, 1000);
        view.show();
    }
    bool waitReady() { return QTest::qWaitFor([this] { return view.state() != OverviewView::State::Loading; }, 20000); }
    template <typename T>
    T *child(const char *name) { return view.findChild<T *>(QLatin1String(name)); }
    OverviewView view;
};

FindingFilter lastFilter(const QSignalSpy &spy)
{
    return spy.last().at(0).value<FindingFilter>();
}

} // namespace

class TestOverviewView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store; // demo store, 4000 findings, as of kNow

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings(m_dir, "tst_overviewview");
        qRegisterMetaType<FindingFilter>();
        m_store = m_dir.path() + "/demo.db";
        demo::DemoOptions o;
        o.findings = 4000;
        o.now = kNow;
        demo::writeDemoStore(m_store.toStdString(), o);
    }

    void emptyStoreShowsTheEmptyState()
    {
        const QString missing = m_dir.path() + "/none-yet.db";
        {
            Shown s(missing); // no file at all: nothing imported yet
            QVERIFY(s.waitReady());
            QCOMPARE(s.view.state(), OverviewView::State::Empty);
        }
        const QString empty = m_dir.path() + "/empty.db";
        test::createStore(empty);
        Shown s(empty);
        QCOMPARE(s.view.state(), OverviewView::State::Loading); // until the loader answers
        QVERIFY(s.waitReady());
        QCOMPARE(s.view.state(), OverviewView::State::Empty);
        // The charts are not what is on screen.
        QVERIFY(!s.child<SeverityBarChart>("severityChart")->isVisible());
        QVERIFY(!s.child<TrendChart>("trendChart")->isVisible());
    }

    void anUnreadableStoreSaysWhy()
    {
        const QString notAStore = m_dir.path() + "/notes.db";
        test::writeFile(notAStore, "not a database at all, just some text that is long enough\n");
        Shown s(notAStore);
        QVERIFY(s.waitReady());
        QCOMPARE(s.view.state(), OverviewView::State::Error);
    }

    void countsMatchTheStore()
    {
        const Expected e = expectedFrom(m_store);
        QVERIFY(e.overdue > 0 && e.expiring > 0); // the demo has both: the comparisons mean something
        Shown s(m_store);
        QVERIFY(s.waitReady());
        QCOMPARE(s.view.state(), OverviewView::State::Ready);

        std::int64_t openTotal = 0;
        for (std::int64_t n : e.open)
            openTotal += n;
        QCOMPARE(s.child<CounterTile>("openTile")->value(), openTotal);
        QCOMPARE(s.child<CounterTile>("overdueTile")->value(), e.overdue);
        QCOMPARE(s.child<CounterTile>("expiringTile")->value(), e.expiring);

        auto *bars = s.child<SeverityBarChart>("severityChart");
        for (std::size_t c = 0; c < SeverityBarChart::kColumns.size(); ++c) {
            const Severity sev = SeverityBarChart::kColumns[c];
            std::int64_t expected = e.open[static_cast<std::size_t>(sev)];
            if (sev == Severity::Unknown)
                expected += e.open[static_cast<std::size_t>(Severity::Info)];
            QCOMPARE(bars->count(static_cast<int>(c)), expected);
        }

        // The trend ends where the store is now: the last scan day's open findings are today's.
        auto *trend = s.child<TrendChart>("trendChart");
        for (std::size_t i = 0; i < TrendChart::kLines.size(); ++i) {
            const QList<QPointF> points = trend->line(static_cast<int>(i))->points();
            QVERIFY(points.size() >= 30);
            const Severity sev = TrendChart::kLines[i];
            std::int64_t expected = e.open[static_cast<std::size_t>(sev)];
            if (sev == Severity::Unknown)
                expected += e.open[static_cast<std::size_t>(Severity::Info)];
            QCOMPARE(static_cast<std::int64_t>(points.last().y()), expected);
            for (int p = 1; p < points.size(); ++p)
                QVERIFY(points[p].x() > points[p - 1].x()); // in time order
        }

        auto *table = s.child<QTableView>("topAssetsTable");
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), static_cast<int>(e.topScores.size()));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex score = table->model()->index(row, TopAssetsModel::ScoreColumn);
            QCOMPARE(score.data(TopAssetsModel::SortValueRole).toLongLong(), e.topScores[static_cast<std::size_t>(row)].first);
        }
        QCOMPARE(table->model()->index(0, 0).data(TopAssetsModel::AssetIdRole).toLongLong(), e.topScores[0].second);
    }

    void everyNumberLeadsToItsFindings()
    {
        Shown s(m_store);
        QVERIFY(QTest::qWaitForWindowExposed(&s.view));
        QVERIFY(s.waitReady());
        QSignalSpy spy(&s.view, &OverviewView::findingsRequested);

        QTest::mouseClick(s.child<CounterTile>("openTile"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        FindingFilter open;
        open.statuses = kOpen;
        QCOMPARE(lastFilter(spy), open);

        QTest::mouseClick(s.child<CounterTile>("overdueTile"), Qt::LeftButton);
        FindingFilter overdue;
        overdue.overdueOnly = true;
        overdue.sla = SlaPolicy{};
        QCOMPARE(lastFilter(spy), overdue);

        auto *expiringTile = s.child<CounterTile>("expiringTile");
        expiringTile->setFocus();
        QTest::keyClick(expiringTile, Qt::Key_Return); // the keyboard works as well as the mouse
        QCOMPARE(spy.count(), 3);
        FindingFilter expiring;
        expiring.statuses = {FindingStatus::RiskAccepted};
        expiring.acceptanceExpiresBefore = kNow + 14 * kDay;
        QCOMPARE(lastFilter(spy), expiring);

        auto *bars = s.child<SeverityBarChart>("severityChart");
        for (std::size_t c = 0; c < SeverityBarChart::kColumns.size(); ++c) {
            if (bars->count(static_cast<int>(c)) == 0)
                continue;
            const int before = static_cast<int>(spy.count());
            QTest::mouseClick(bars->viewport(), Qt::LeftButton, {}, bars->barCenter(static_cast<int>(c)));
            QCOMPARE(spy.count(), before + 1);
            FindingFilter bySeverity;
            bySeverity.severities = {SeverityBarChart::kColumns[c]};
            if (SeverityBarChart::kColumns[c] == Severity::Unknown)
                bySeverity.severities.push_back(Severity::Info);
            bySeverity.statuses = kOpen;
            QCOMPARE(lastFilter(spy), bySeverity);
        }

        auto *table = s.child<QTableView>("topAssetsTable");
        const QModelIndex second = table->model()->index(1, TopAssetsModel::AssetColumn);
        FindingFilter byAsset;
        byAsset.assetIds = {second.data(TopAssetsModel::AssetIdRole).toLongLong()};
        byAsset.statuses = kOpen;
        int before = static_cast<int>(spy.count());
        // A real double-click: a press and release, then the second press arrives as a double-click.
        QTest::mousePress(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
        QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
        QCOMPARE(spy.count(), before + 1);
        QCOMPARE(lastFilter(spy), byAsset);

        const QModelIndex first = table->model()->index(0, TopAssetsModel::ScoreColumn);
        table->setFocus();
        table->setCurrentIndex(first);
        before = static_cast<int>(spy.count());
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(spy.count(), before + 1);
        QCOMPARE(lastFilter(spy).assetIds, std::vector<std::int64_t>{first.data(TopAssetsModel::AssetIdRole).toLongLong()});
    }

    void refreshKeepsTheGuiThreadFree()
    {
        Shown s(m_store);
        QVERIFY(s.waitReady());
        QElapsedTimer t;
        t.start();
        s.view.refresh();
        QVERIFY2(t.elapsed() < 50, "refresh() only queues the read");
        QCOMPARE(s.view.state(), OverviewView::State::Ready); // the numbers stay while new ones are read
        QSignalSpy refreshed(&s.view, &OverviewView::refreshed);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(s.view.state(), OverviewView::State::Ready);
    }

    // The posture score over time from the snapshots: a friendly sentence before the first one,
    // then one point per day (that day's last snapshot), days without a score left out.
    void scoreTrendFromSnapshots()
    {
        const QString store = m_dir.path() + "/scores.db";
        {
            Database db = Database::open(store.toStdString());
            ImportWriter(db).write(test::parseBytes(test::trivyReport(1, 8)), kNow - 7 * kDay);
        }
        Shown s(store);
        QVERIFY(s.waitReady());
        QCOMPARE(s.view.state(), OverviewView::State::Ready);
        QVERIFY(s.child<QLabel>("scoreTrendEmpty")->isVisible());
        QVERIFY(!s.child<ScoreTrendChart>("scoreTrendChart")->isVisible());

        // (taken at, score) as the test writes them; in time order.
        const std::int64_t day0 = (kNow / kDay - 5) * kDay; // midnight UTC, five days ago
        const std::vector<std::pair<std::int64_t, std::optional<double>>> written{
            {day0 + 10 * 3600, 40.0},
            {day0 + 18 * 3600, 45.0},           // the same day, later: this one is the day's point
            {day0 + kDay + 12 * 3600, std::nullopt}, // nothing assessed: no score, no point
            {day0 + 2 * kDay + 12 * 3600, 70.0},
        };
        {
            Database db = Database::open(store.toStdString());
            for (const auto &[at, score] : written) {
                Snapshot snapshot;
                snapshot.takenAt = at;
                snapshot.reason = "import";
                snapshot.score = score;
                SnapshotRepository(db).write(snapshot);
            }
        }
        std::map<std::int64_t, std::optional<double>> lastOfDay;
        for (const auto &[at, score] : written)
            lastOfDay[at / kDay] = score;
        std::vector<double> expected;
        for (const auto &[day, score] : lastOfDay) {
            if (score)
                expected.push_back(*score);
        }

        QSignalSpy refreshed(&s.view, &OverviewView::refreshed);
        s.view.refresh();
        QVERIFY(refreshed.wait(20000));
        auto *chart = s.child<ScoreTrendChart>("scoreTrendChart");
        QVERIFY(chart->isVisible());
        QVERIFY(!s.child<QLabel>("scoreTrendEmpty")->isVisible());
        const QList<QPointF> points = chart->line()->points();
        QCOMPARE(points.size(), static_cast<qsizetype>(expected.size()));
        for (qsizetype i = 0; i < points.size(); ++i)
            QCOMPARE(points[i].y(), expected[static_cast<std::size_t>(i)]);
    }

    void topAssetsModelAlone()
    {
        TopAssetsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AssetRisk a;
        a.assetId = 7;
        a.name = "ghcr.io/acme/api:1";
        a.score = 27;
        a.openBySeverity = {0, 0, 1, 3, 2, 1};
        model.setAssets({a, a});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), static_cast<int>(TopAssetsModel::ColumnCount));
        QCOMPARE(model.index(0, TopAssetsModel::CriticalColumn).data(TopAssetsModel::SortValueRole).toLongLong(), 1);
        QCOMPARE(model.index(0, TopAssetsModel::LowColumn).data(TopAssetsModel::SortValueRole).toLongLong(), 1);
        QCOMPARE(model.index(1, TopAssetsModel::AssetColumn).data().toString(), QStringLiteral("ghcr.io/acme/api:1"));
        model.setAssets({});
        QCOMPARE(model.rowCount(), 0);
    }

    // A picture for people: BULKHEAD_OVERVIEW_SCREENSHOT=file.png [BULKHEAD_OVERVIEW_STORE=store.db],
    // or BULKHEAD_SCREENSHOT_DIR (docs/screenshots/overview.png). The demo store of this test gets
    // nine weekly snapshots for the score trend (the demo generator writes none). Skipped when not
    // asked for.
    void screenshot()
    {
        QString file = qEnvironmentVariable("BULKHEAD_OVERVIEW_SCREENSHOT");
        if (file.isEmpty() && qEnvironmentVariableIsSet("BULKHEAD_SCREENSHOT_DIR"))
            file = qEnvironmentVariable("BULKHEAD_SCREENSHOT_DIR") + "/overview.png";
        if (file.isEmpty())
            QSKIP("set BULKHEAD_OVERVIEW_SCREENSHOT or BULKHEAD_SCREENSHOT_DIR to save a picture of the overview");
        QString store = qEnvironmentVariable("BULKHEAD_OVERVIEW_STORE");
        if (store.isEmpty()) {
            store = m_dir.path() + "/screenshot.db";
            QVERIFY(QFile::copy(m_store, store));
            Database db = Database::open(store.toStdString());
            const double scores[] = {48, 51, 50, 55, 58, 57, 62, 64, 66};
            for (int week = 0; week < 9; ++week) {
                Snapshot snapshot;
                snapshot.takenAt = kNow - (8 - week) * 7 * kDay;
                snapshot.reason = "import";
                snapshot.score = scores[week];
                SnapshotRepository(db).write(snapshot);
            }
        }
        OverviewView view(store);
        if (!qEnvironmentVariableIsSet("BULKHEAD_OVERVIEW_STORE"))
            view.setReferenceTime(kNow); // the demo's clock: its overdue items and expiring acceptances
        view.resize(1280, 1240);         // the score trend card and all ten assets
        view.show();
        QVERIFY(QTest::qWaitFor([&] { return view.state() != OverviewView::State::Loading; }, 60000));
        QTest::qWait(200);
        qInfo("overview of %s read in %lld ms", qPrintable(store), static_cast<long long>(view.data().elapsedMs));
        QVERIFY(view.grab().save(file));
    }
};

QTEST_MAIN(TestOverviewView)
#include "tst_overviewview.moc"
