// FindingsListModel on a demo store: counts, first and last rows, sorting and superseded filters,
// checked against the test's own SQL, with QAbstractItemModelTester watching every change.

#include "demo/demostore.h"
#include "findings/findingslistmodel.h"
#include "store/database.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace bulkhead;
using bulkhead::ui::FindingsListModel;

namespace {
constexpr std::int64_t kNow = 1717200000;
constexpr int kTimeout = 10000;
} // namespace

class TestFindingsListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;

    qint64 scalar(const std::string &sql) const { return m_db->scalar(sql); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.path() + QStringLiteral("/demo.db");
        demo::DemoOptions o;
        o.findings = 3000;
        o.now = kNow;
        demo::writeDemoStore(m_path.toStdString(), o);
        m_db = std::make_unique<Database>(Database::open(m_path.toStdString(), Database::Access::ReadOnly));
        QCOMPARE(scalar("SELECT count(*) FROM findings"), qint64(3000));
    }

    void countsAndFirstRow()
    {
        FindingsListModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &FindingsListModel::counted);
        QTRY_VERIFY_WITH_TIMEOUT(counted.count() >= 1, kTimeout);
        QCOMPARE(counted.last().at(0).toLongLong(), scalar("SELECT count(*) FROM findings"));
        QCOMPARE(qint64(model.rowCount()), scalar("SELECT count(*) FROM findings"));
        QCOMPARE(model.totalCount(), qint64(model.rowCount()));
        QVERIFY(model.countExact());
        QCOMPARE(model.columnCount(), int(FindingsListModel::ColumnCount));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeout);

        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(FindingsListModel::LoadedRole).toBool(), true);
        QCOMPARE(first.data(FindingsListModel::FindingIdRole).toLongLong(),
                 scalar("SELECT id FROM findings ORDER BY severity DESC, id DESC LIMIT 1"));
        QCOMPARE(first.data(FindingsListModel::SeverityRole).toInt(),
                 int(scalar("SELECT max(severity) FROM findings")));
        QVERIFY(model.rowAt(0) != nullptr);
        QCOMPARE(model.rowAt(0)->id, first.data(FindingsListModel::FindingIdRole).toLongLong());
        QVERIFY(model.rowAt(model.rowCount()) == nullptr);
        QVERIFY(model.rowAt(-1) == nullptr);
    }

    void lastRowLoadsOnDemand()
    {
        FindingsListModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &FindingsListModel::counted);
        QTRY_VERIFY_WITH_TIMEOUT(counted.count() >= 1, kTimeout);
        const int last = model.rowCount() - 1;
        QVERIFY(last > FindingsListModel::kPageSize);
        QSignalSpy pages(&model, &FindingsListModel::pageLoaded);
        const QModelIndex idx = model.index(last, FindingsListModel::RuleColumn);
        if (!idx.data(FindingsListModel::LoadedRole).toBool()) {
            QVERIFY(!idx.data(FindingsListModel::FindingIdRole).isValid());
            QTRY_VERIFY_WITH_TIMEOUT(idx.data(FindingsListModel::LoadedRole).toBool(), kTimeout);
            QVERIFY(!pages.isEmpty());
            QVERIFY(pages.last().at(0).toInt() <= last && pages.last().at(1).toInt() >= last);
        }
        QCOMPARE(idx.data(FindingsListModel::FindingIdRole).toLongLong(),
                 scalar("SELECT id FROM findings ORDER BY severity DESC, id DESC LIMIT 1 OFFSET "
                        + std::to_string(last)));
        SqliteStatement st = m_db->prepare(
            "SELECT r.key FROM findings f JOIN rules r ON r.id = f.rule_id WHERE f.id = ?");
        st.bind(1, std::int64_t(idx.data(FindingsListModel::FindingIdRole).toLongLong()));
        QVERIFY(st.step());
        QCOMPARE(idx.data(Qt::DisplayRole).toString(), QString::fromStdString(st.text(0)));

        // A middle page too (read forward), and a page near the end (read in reverse).
        for (int row : {1234, last - 450}) {
            const QModelIndex i = model.index(row, 0);
            i.data(FindingsListModel::FindingIdRole);
            QTRY_VERIFY_WITH_TIMEOUT(i.data(FindingsListModel::LoadedRole).toBool(), kTimeout);
            QCOMPARE(i.data(FindingsListModel::FindingIdRole).toLongLong(),
                     scalar("SELECT id FROM findings ORDER BY severity DESC, id DESC LIMIT 1 OFFSET "
                            + std::to_string(row)));
        }
    }

    void filteredCount()
    {
        FindingsListModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &FindingsListModel::counted);
        QTRY_VERIFY_WITH_TIMEOUT(counted.count() >= 1, kTimeout);
        counted.clear();

        FindingFilter f;
        f.statuses = {FindingStatus::Open, FindingStatus::Confirmed};
        f.severities = {Severity::Critical, Severity::High};
        model.setFilter(f);
        QTRY_VERIFY_WITH_TIMEOUT(counted.count() >= 1, kTimeout);
        const qint64 expected = scalar("SELECT count(*) FROM findings WHERE status IN (0, 1) AND severity IN (5, 4)");
        QVERIFY(expected > 0);
        QCOMPARE(counted.last().at(0).toLongLong(), expected);
        QCOMPARE(qint64(model.rowCount()), expected);
        QCOMPARE(model.index(0, 0).data(FindingsListModel::FindingIdRole).toLongLong(),
                 scalar("SELECT id FROM findings WHERE status IN (0, 1) AND severity IN (5, 4) "
                        "ORDER BY severity DESC, id DESC LIMIT 1"));

        // Fewer matches than a page: the first page is the count.
        counted.clear();
        const qint64 ruleId = scalar("SELECT rule_id FROM findings GROUP BY rule_id HAVING count(*) BETWEEN 2 AND 150 "
                                     "ORDER BY count(*) DESC LIMIT 1");
        QVERIFY(ruleId > 0);
        f = {};
        f.ruleIds = {ruleId};
        model.setFilter(f);
        QTRY_VERIFY_WITH_TIMEOUT(counted.count() >= 1, kTimeout);
        const qint64 small = scalar("SELECT count(*) FROM findings WHERE rule_id = " + std::to_string(ruleId));
        QCOMPARE(counted.last().at(0).toLongLong(), small);
        QCOMPARE(qint64(model.rowCount()), small);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data(FindingsListModel::LoadedRole).toBool());

        // Nothing matches.
        counted.clear();
        f = {};
        f.search = "zzqqxx-nothing";
        model.setFilter(f);
        QTRY_VERIFY_WITH_TIMEOUT(counted.count() >= 1, kTimeout);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(counted.last().at(0).toLongLong(), qint64(0));
    }

    void sortChangesFirstRow()
    {
        FindingsListModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shown(&model, &FindingsListModel::firstPageShown);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kTimeout);

        struct Case {
            int column;
            Qt::SortOrder order;
            const char *sql;
        };
        const Case cases[] = {
            {FindingsListModel::SeverityColumn, Qt::AscendingOrder, "ORDER BY f.severity ASC, f.id ASC"},
            {FindingsListModel::FirstSeenColumn, Qt::DescendingOrder, "ORDER BY f.first_seen DESC, f.id DESC"},
            {FindingsListModel::FirstSeenColumn, Qt::AscendingOrder, "ORDER BY f.first_seen ASC, f.id ASC"},
            {FindingsListModel::RuleColumn, Qt::AscendingOrder, "ORDER BY r.key ASC, r.id ASC, f.id ASC"},
            {FindingsListModel::RuleColumn, Qt::DescendingOrder, "ORDER BY r.key DESC, r.id DESC, f.id DESC"},
            {FindingsListModel::AssetColumn, Qt::AscendingOrder, "ORDER BY a.name ASC, a.id ASC, f.id ASC"},
            {FindingsListModel::StatusColumn, Qt::DescendingOrder, "ORDER BY f.status DESC, f.id DESC"},
            {FindingsListModel::LastSeenColumn, Qt::AscendingOrder, "ORDER BY f.last_seen ASC, f.id ASC"},
        };
        for (const Case &c : cases) {
            shown.clear();
            model.sort(c.column, c.order);
            QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kTimeout);
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeout);
            const qint64 expected = scalar(std::string("SELECT f.id FROM findings f JOIN rules r ON r.id = f.rule_id "
                                                       "JOIN assets a ON a.id = f.asset_id ")
                                           + c.sql + " LIMIT 1");
            QVERIFY2(model.index(0, 0).data(FindingsListModel::FindingIdRole).toLongLong() == expected, c.sql);
            QCOMPARE(model.findingSort().descending, c.order == Qt::DescendingOrder);
            QCOMPARE(qint64(model.rowCount()), scalar("SELECT count(*) FROM findings"));
        }
        // A column without a sort key changes nothing.
        shown.clear();
        model.sort(FindingsListModel::ColumnCount + 3, Qt::AscendingOrder);
        QTest::qWait(200);
        QCOMPARE(shown.count(), 0);
    }

    void lastFilterWins()
    {
        FindingsListModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &FindingsListModel::counted);
        QSignalSpy shown(&model, &FindingsListModel::firstPageShown);
        QSignalSpy loading(&model, &FindingsListModel::loadingChanged);
        QTRY_VERIFY_WITH_TIMEOUT(counted.count() >= 1, kTimeout);
        counted.clear();
        shown.clear();

        // A burst of filter changes (typing, clicking): only the last one may show.
        FindingFilter f;
        for (int s = 5; s >= 0; --s) {
            f.severities = {static_cast<Severity>(s)};
            model.setFilter(f);
            f.statuses = {FindingStatus::Open};
            model.setFilter(f);
            f.statuses.clear();
        }
        FindingFilter last;
        last.severities = {Severity::Medium, Severity::Low};
        last.fixAvailable = false;
        model.setFilter(last);
        QVERIFY(model.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeout);
        QTest::qWait(300); // anything stale still queued would arrive now
        const qint64 expected = scalar(
            "SELECT count(*) FROM findings WHERE severity IN (3, 2) AND ifnull(fixed_version, '') = ''");
        QVERIFY(expected > 0);
        QCOMPARE(qint64(model.rowCount()), expected);
        QVERIFY(counted.count() >= 1);
        for (const QList<QVariant> &args : counted)
            QCOMPARE(args.at(0).toLongLong(), expected); // no count of a superseded filter was announced
        QVERIFY(shown.count() <= 2);
        QCOMPARE(model.filter(), last);
        for (int row = 0; row < std::min(50, model.rowCount()); ++row) {
            const int sev = model.index(row, 0).data(FindingsListModel::SeverityRole).toInt();
            QVERIFY(sev == 3 || sev == 2);
        }
        QCOMPARE(loading.last().at(0).toBool(), false);
    }

    void reloadKeepsCount()
    {
        FindingsListModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &FindingsListModel::counted);
        QTRY_VERIFY_WITH_TIMEOUT(counted.count() >= 1, kTimeout);
        counted.clear();
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(counted.count() >= 1, kTimeout);
        QCOMPARE(qint64(model.rowCount()), scalar("SELECT count(*) FROM findings"));
    }

    void resolveIdsAndRows()
    {
        FindingsListModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &FindingsListModel::counted);
        QTRY_VERIFY_WITH_TIMEOUT(counted.count() >= 1, kTimeout);

        // Rows 10..20 (loaded) and 2500..2599 (not loaded).
        std::vector<std::int64_t> ids;
        bool done = false;
        QString error;
        model.resolveIds({{10, 20}, {2500, 2599}}, [&](std::vector<std::int64_t> got, QString e) {
            ids = std::move(got);
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
        QVERIFY(error.isEmpty());
        std::vector<std::int64_t> expected;
        SqliteStatement st = m_db->prepare("SELECT id FROM findings ORDER BY severity DESC, id DESC");
        for (int row = 0; st.step(); ++row) {
            if ((row >= 10 && row <= 20) || (row >= 2500 && row <= 2599))
                expected.push_back(st.int64(0));
        }
        std::sort(ids.begin(), ids.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(ids, expected);

        std::vector<FindingRow> rows;
        done = false;
        model.resolveRows({{2990, 2999}, {0, 4}}, 12, [&](std::vector<FindingRow> got, QString e) {
            rows = std::move(got);
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
        QVERIFY(error.isEmpty());
        QCOMPARE(rows.size(), std::size_t(12)); // ten, then two of the second range (the limit)
        QCOMPARE(rows[0].id, scalar("SELECT id FROM findings ORDER BY severity DESC, id DESC LIMIT 1 OFFSET 2990"));
        QCOMPARE(rows[11].id, scalar("SELECT id FROM findings ORDER BY severity DESC, id DESC LIMIT 1 OFFSET 1"));
    }
};

QTEST_MAIN(TestFindingsListModel)
#include "tst_findingslistmodel.moc"
