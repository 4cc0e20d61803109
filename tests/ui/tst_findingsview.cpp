// FindingsView clicked through under the offscreen platform on a demo store: filter bar, search,
// single and bulk triage, detail pane, CSV export, copy, the `/` focus and group-by. Expected
// values come from the test's own SQL over the store.

#include "demo/demostore.h"
#include "findings/findingdetailpane.h"
#include "findings/findinggroupsmodel.h"
#include "findings/findingsfilterbar.h"
#include "findings/findingslistmodel.h"
#include "findings/findingsview.h"
#include "findings/multiselectbutton.h"
#include "report/findingscsv.h"
#include "store/database.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace bulkhead;
using bulkhead::ui::FindingGroupsModel;
using bulkhead::ui::FindingsListModel;
using bulkhead::ui::FindingsView;
using bulkhead::ui::MultiSelectButton;

namespace {
constexpr std::int64_t kNow = 1717200000;
constexpr int kTimeout = 10000;
} // namespace

class TestFindingsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template; // the demo store, copied for each test that writes
    int m_copies = 0;

    // A fresh copy of the demo store (triage tests write to it).
    QString freshStore()
    {
        const QString path = m_dir.path() + QStringLiteral("/store%1.db").arg(++m_copies);
        if (!QFile::copy(m_template, path))
            return {};
        if (QFile::exists(m_template + QStringLiteral("-wal")))
            QFile::copy(m_template + QStringLiteral("-wal"), path + QStringLiteral("-wal"));
        return path;
    }
    static qint64 scalar(const QString &store, const std::string &sql)
    {
        const Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        return db.scalar(sql);
    }
    static std::string text(const QString &store, const std::string &sql)
    {
        const Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        SqliteStatement st = db.prepare(sql);
        return st.step() ? st.text(0) : std::string();
    }
    // Waits until the view's list shows an exact, settled count; returns it.
    static bool settle(FindingsView &view, qint64 expected)
    {
        return QTest::qWaitFor(
            [&] {
                return view.model()->countExact() && !view.model()->isLoading()
                    && view.model()->totalCount() == expected && view.model()->rowCount() == expected;
            },
            kTimeout);
    }
    static QString settleMessage(FindingsView &view, qint64 expected)
    {
        return QStringLiteral("model shows %1 rows (exact %2, loading %3), expected %4")
            .arg(view.model()->rowCount())
            .arg(view.model()->countExact())
            .arg(view.model()->isLoading())
            .arg(expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, "tst_findingsview");
        m_template = m_dir.path() + QStringLiteral("/demo.db");
        demo::DemoOptions o;
        o.findings = 3000;
        o.now = kNow;
        demo::writeDemoStore(m_template.toStdString(), o);
        QCOMPARE(scalar(m_template, "SELECT count(*) FROM findings"), qint64(3000));
    }

    void defaultFilterAndSeverityButton()
    {
        const QString store = freshStore();
        FindingsView view(store);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 open = scalar(store, "SELECT count(*) FROM findings WHERE status IN (0, 1)");
        QVERIFY(open > 1000);
        QVERIFY2(settle(view, open), qPrintable(settleMessage(view, open)));

        MultiSelectButton *severity = nullptr;
        for (MultiSelectButton *b : view.filterBar()->findChildren<MultiSelectButton *>()) {
            if (b->accessibleName() == QStringLiteral("Severity"))
                severity = b;
        }
        QVERIFY(severity);
        QAction *critical = nullptr;
        for (QAction *a : severity->menu()->actions()) {
            if (a->text() == QStringLiteral("Critical"))
                critical = a;
        }
        QVERIFY(critical);
        critical->trigger();
        QVERIFY(severity->text().contains(QStringLiteral("Critical")));
        const qint64 openCritical = scalar(store, "SELECT count(*) FROM findings WHERE status IN (0, 1) AND severity = 5");
        QVERIFY(openCritical > 0 && openCritical < open);
        QVERIFY2(settle(view, openCritical), qPrintable(settleMessage(view, openCritical)));
        for (int row = 0; row < std::min(view.model()->rowCount(), FindingsListModel::kPageSize); ++row)
            QCOMPARE(view.model()->index(row, 0).data(FindingsListModel::SeverityRole).toInt(), 5);

        // Unchecking it widens the list again.
        critical->trigger();
        QVERIFY2(settle(view, open), qPrintable(settleMessage(view, open)));
    }

    void searchField()
    {
        const QString store = freshStore();
        FindingsView view(store);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const std::string cve = text(store,
                                     "SELECT r.key FROM findings f JOIN rules r ON r.id = f.rule_id WHERE r.key LIKE "
                                     "'CVE-%' AND f.status IN (0, 1) GROUP BY r.key ORDER BY count(*) DESC LIMIT 1");
        QVERIFY(!cve.empty());
        auto *search = view.filterBar()->findChild<QLineEdit *>(QStringLiteral("findingsSearch"));
        QVERIFY(search);
        QCOMPARE(search, view.filterBar()->searchField());
        QSignalSpy changed(view.filterBar(), &ui::FindingsFilterBar::filterChanged);
        QTest::keyClicks(search, QString::fromStdString(cve));
        QCOMPARE(changed.count(), 0); // debounced: nothing per key
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, kTimeout);
        const Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        SqliteStatement st = db.prepare(
            "SELECT count(*) FROM findings f JOIN rules r ON r.id = f.rule_id WHERE f.status IN (0, 1) AND "
            "(r.key LIKE ?1 OR ifnull(r.title, '') LIKE ?1 OR ifnull(r.description, '') LIKE ?1)");
        const std::string like = "%" + cve + "%";
        st.bind(1, std::string_view(like));
        QVERIFY(st.step());
        const qint64 expected = st.int64(0);
        QVERIFY(expected > 0);
        QVERIFY2(settle(view, expected), qPrintable(settleMessage(view, expected)));
        QCOMPARE(view.model()->index(0, FindingsListModel::RuleColumn).data().toString().isEmpty(), false);
    }

    void triageOneRow()
    {
        const QString store = freshStore();
        FindingsView view(store);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        FindingFilter onlyOpen;
        onlyOpen.statuses = {FindingStatus::Open};
        view.showFilter(onlyOpen);
        const qint64 open = scalar(store, "SELECT count(*) FROM findings WHERE status = 0");
        QVERIFY2(settle(view, open), qPrintable(settleMessage(view, open)));

        view.table()->selectRow(0);
        const qint64 id = view.model()->index(0, 0).data(FindingsListModel::FindingIdRole).toLongLong();
        QVERIFY(id > 0);
        const std::string idText = std::to_string(id);
        const qint64 historyBefore = scalar(store, "SELECT count(*) FROM triage_history WHERE finding_id = " + idText);
        const qint64 allHistoryBefore = scalar(store, "SELECT count(*) FROM triage_history");

        QSignalSpy finished(&view, &FindingsView::triageFinished);
        TriageChange confirm;
        confirm.status = FindingStatus::Confirmed;
        view.applyToSelection(confirm);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QCOMPARE(finished.first().at(0).toLongLong(), qint64(1));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(scalar(store, "SELECT status FROM findings WHERE id = " + idText), qint64(1));
        QCOMPARE(scalar(store, "SELECT status FROM triage WHERE finding_id = " + idText), qint64(1));
        QCOMPARE(scalar(store, "SELECT count(*) FROM triage_history WHERE finding_id = " + idText), historyBefore + 1);
        QCOMPARE(scalar(store, "SELECT count(*) FROM triage_history"), allHistoryBefore + 1);
        QCOMPARE(text(store, "SELECT new_value FROM triage_history WHERE finding_id = " + idText
                                 + " ORDER BY id DESC LIMIT 1"),
                 std::string("confirmed"));
        // The list re-reads: the confirmed finding left the "open" filter.
        QVERIFY2(settle(view, open - 1), qPrintable(settleMessage(view, open - 1)));
    }

    void triageSelectAll()
    {
        const QString store = freshStore();
        FindingsView view(store);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 open = scalar(store, "SELECT count(*) FROM findings WHERE status IN (0, 1)");
        QVERIFY(open > 4 * FindingsListModel::kPageSize);
        QVERIFY2(settle(view, open), qPrintable(settleMessage(view, open)));
        const qint64 fpBefore = scalar(store, "SELECT count(*) FROM findings WHERE status = 2");
        const qint64 historyBefore = scalar(store, "SELECT count(*) FROM triage_history");

        view.table()->selectAll();
        QVERIFY(!view.model()->index(open - 1, 0).data(FindingsListModel::LoadedRole).toBool()
                || !view.model()->rowAt(int(open / 2))); // pages beyond the first are not all in memory
        QSignalSpy finished(&view, &FindingsView::triageFinished);
        TriageChange fp;
        fp.status = FindingStatus::FalsePositive;
        fp.justification = QStringLiteral("test: not reachable").toStdString();
        view.applyToSelection(fp);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(finished.first().at(0).toLongLong(), open);
        QCOMPARE(scalar(store, "SELECT count(*) FROM findings WHERE status IN (0, 1)"), qint64(0));
        QCOMPARE(scalar(store, "SELECT count(*) FROM findings WHERE status = 2"), fpBefore + open);
        QCOMPARE(scalar(store, "SELECT count(*) FROM triage_history"), historyBefore + open);
        QCOMPARE(scalar(store, "SELECT count(*) FROM triage WHERE status = 2 AND justification = 'test: not reachable'"),
                 open);
        QVERIFY2(settle(view, 0), qPrintable(settleMessage(view, 0)));
    }

    void detailPaneFollowsCurrentRow()
    {
        const QString store = freshStore();
        FindingsView view(store);
        const qint64 open = scalar(store, "SELECT count(*) FROM findings WHERE status IN (0, 1)");
        QVERIFY2(settle(view, open), qPrintable(settleMessage(view, open)));
        QSignalSpy loaded(view.detailPane(), &ui::FindingDetailPane::loaded);
        for (int row : {3, 0}) {
            loaded.clear();
            view.table()->setCurrentIndex(view.model()->index(row, FindingsListModel::TitleColumn));
            const qint64 id = view.model()->index(row, 0).data(FindingsListModel::FindingIdRole).toLongLong();
            QVERIFY(id > 0);
            QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && loaded.last().at(0).toLongLong() == id, kTimeout);
            QCOMPARE(view.detailPane()->findingId(), id);
            const std::string key = text(store, "SELECT r.key FROM findings f JOIN rules r ON r.id = f.rule_id "
                                                "WHERE f.id = " + std::to_string(id));
            QVERIFY(!key.empty());
            QVERIFY2(view.detailPane()->currentHtml().contains(QString::fromStdString(key).toHtmlEscaped()),
                     key.c_str());
        }
    }

    void exportCsv()
    {
        const QString store = freshStore();
        FindingsView view(store);
        const qint64 open = scalar(store, "SELECT count(*) FROM findings WHERE status IN (0, 1)");
        QVERIFY2(settle(view, open), qPrintable(settleMessage(view, open)));
        const QString path = m_dir.path() + QStringLiteral("/export.csv");
        QSignalSpy finished(&view, &FindingsView::exportFinished);
        view.exportCsv(path);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QCOMPARE(finished.first().at(0).toString(), path);
        QCOMPARE(finished.first().at(1).toLongLong(), open);
        QCOMPARE(finished.first().at(2).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // Quoted fields may hold line breaks: count records outside quotes.
        qint64 records = 0;
        bool quoted = false;
        for (char c : bytes) {
            if (c == '"')
                quoted = !quoted;
            else if (c == '\n' && !quoted)
                ++records;
        }
        QVERIFY(!quoted);
        QCOMPARE(records, open + 1);
        QCOMPARE(bytes.left(bytes.indexOf('\n')), QByteArray::fromStdString(findingscsv::header()));
        QVERIFY(bytes.endsWith('\n'));
    }

    // JSON next to CSV: the same rows (the view's filter), one object each, as bulkheadctl writes.
    void exportJson()
    {
        const QString store = freshStore();
        FindingsView view(store);
        const qint64 open = scalar(store, "SELECT count(*) FROM findings WHERE status IN (0, 1)");
        QVERIFY2(settle(view, open), qPrintable(settleMessage(view, open)));
        const QString path = m_dir.path() + QStringLiteral("/export.json");
        QSignalSpy finished(&view, &FindingsView::exportFinished);
        view.exportList(path, ExportFormat::Json);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QCOMPARE(finished.first().at(2).toString(), QString());
        QCOMPARE(finished.first().at(1).toLongLong(), open);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = doc.array();
        QCOMPARE(qint64(array.size()), open);
        for (const QJsonValue &v : array) {
            const QString status = v[QStringLiteral("status")].toString();
            QVERIFY2(status == QStringLiteral("open") || status == QStringLiteral("confirmed"), qPrintable(status));
        }
    }

    void copyThreeRows()
    {
        const QString store = freshStore();
        FindingsView view(store);
        const qint64 open = scalar(store, "SELECT count(*) FROM findings WHERE status IN (0, 1)");
        QVERIFY2(settle(view, open), qPrintable(settleMessage(view, open)));
        QApplication::clipboard()->clear();
        const QItemSelection selection(view.model()->index(5, 0),
                                       view.model()->index(7, FindingsListModel::ColumnCount - 1));
        view.table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        QSignalSpy copied(&view, &FindingsView::copyFinished);
        view.copySelection();
        QTRY_COMPARE_WITH_TIMEOUT(copied.count(), 1, kTimeout);
        QCOMPARE(copied.first().at(0).toInt(), 3);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.first().startsWith(QStringLiteral("ID\t")));
        const std::string key = text(store, "SELECT r.key FROM findings f JOIN rules r ON r.id = f.rule_id WHERE f.id = "
                                                + std::to_string(view.model()->index(6, 0)
                                                                     .data(FindingsListModel::FindingIdRole)
                                                                     .toLongLong()));
        QVERIFY(lines.at(2).startsWith(QString::fromStdString(key) + QLatin1Char('\t')));
    }

    void focusSearch()
    {
        const QString store = freshStore();
        FindingsView view(store);
        view.resize(1200, 700);
        view.show();
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.table()->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(view.table()->hasFocus(), kTimeout);
        view.focusSearch();
        QTRY_VERIFY_WITH_TIMEOUT(view.filterBar()->searchField()->hasFocus(), kTimeout);
        // The `/` key in the table does the same.
        view.table()->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(view.table()->hasFocus(), kTimeout);
        QTest::keyClick(view.table(), Qt::Key_Slash);
        QTRY_VERIFY_WITH_TIMEOUT(view.filterBar()->searchField()->hasFocus(), kTimeout);
    }

    // Column visibility, order and the sort are remembered (AppSettings) and restored, sort included.
    void columnLayoutRemembered()
    {
        const QString store = freshStore();
        const qint64 open = scalar(store, "SELECT count(*) FROM findings WHERE status IN (0, 1)");
        int movedTo = -1;
        {
            FindingsView view(store);
            QVERIFY2(settle(view, open), qPrintable(settleMessage(view, open)));
            QHeaderView *header = view.table()->horizontalHeader();
            QVERIFY(!header->isSectionHidden(FindingsListModel::AssetColumn));
            header->actions().at(FindingsListModel::AssetColumn)->setChecked(false); // the header's menu
            header->moveSection(header->visualIndex(FindingsListModel::RuleColumn), 0);
            movedTo = header->visualIndex(FindingsListModel::RuleColumn);
            view.table()->sortByColumn(FindingsListModel::RuleColumn, Qt::AscendingOrder);
            QVERIFY2(settle(view, open), qPrintable(settleMessage(view, open)));
        }
        QCOMPARE(movedTo, 0);
        FindingsView again(store);
        QHeaderView *header = again.table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(FindingsListModel::AssetColumn));
        QVERIFY(!header->actions().at(FindingsListModel::AssetColumn)->isChecked());
        QCOMPARE(header->visualIndex(FindingsListModel::RuleColumn), 0);
        QCOMPARE(header->sortIndicatorSection(), int(FindingsListModel::RuleColumn));
        QVERIFY2(settle(again, open), qPrintable(settleMessage(again, open)));
        QCOMPARE(again.model()->findingSort().key, FindingSortKey::Rule);
        QCOMPARE(again.model()->findingSort().descending, false);
        // The first row is the smallest rule id among open findings (the test's own SQL).
        const QString first = again.model()->index(0, FindingsListModel::RuleColumn).data().toString();
        QCOMPARE(first.toStdString(), text(store, "SELECT min(r.key) FROM findings f JOIN rules r ON r.id = f.rule_id "
                                                        "WHERE f.status IN (0, 1)"));
    }

    void groupByVulnerability()
    {
        const QString store = freshStore();
        FindingsView view(store);
        view.resize(1200, 700);
        view.show();
        QAbstractItemModelTester tester(view.groupsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 open = scalar(store, "SELECT count(*) FROM findings WHERE status IN (0, 1)");
        QVERIFY2(settle(view, open), qPrintable(settleMessage(view, open)));
        QVERIFY(!view.groupsTable()->isVisible());

        QComboBox *groupBy = nullptr;
        int item = -1;
        for (QComboBox *c : view.filterBar()->findChildren<QComboBox *>()) {
            const int i = c->findText(QStringLiteral("Group by vulnerability"));
            if (i >= 0) {
                groupBy = c;
                item = i;
            }
        }
        QVERIFY(groupBy);
        QSignalSpy loaded(view.groupsModel(), &FindingGroupsModel::loaded);
        groupBy->setCurrentIndex(item);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kTimeout);
        QVERIFY(view.groupsTable()->isVisible());
        const qint64 rules = scalar(store, "SELECT count(DISTINCT rule_id) FROM findings WHERE status IN (0, 1)");
        QCOMPARE(qint64(view.groupsModel()->rowCount()), std::min<qint64>(rules, FindingGroupsModel::kMaxGroups));
        QCOMPARE(loaded.last().at(0).toInt(), view.groupsModel()->rowCount());
        const ui::FindingGroupsModel *groups = view.groupsModel();
        const FindingGroup *top = groups->groupAt(0);
        QVERIFY(top);
        QCOMPARE(top->count, scalar(store, "SELECT count(*) FROM findings WHERE status IN (0, 1) GROUP BY rule_id "
                                           "ORDER BY 1 DESC LIMIT 1"));

        // Selecting a group narrows the list to it.
        const int row = std::min(2, groups->rowCount() - 1);
        const FindingGroup *g = groups->groupAt(row);
        QVERIFY(g);
        const qint64 expected = scalar(store, "SELECT count(*) FROM findings WHERE status IN (0, 1) AND rule_id = "
                                                  + std::to_string(g->id));
        QCOMPARE(g->count, expected);
        view.groupsTable()->setCurrentIndex(groups->index(row, 0));
        QVERIFY2(settle(view, expected), qPrintable(settleMessage(view, expected)));
        QCOMPARE(view.model()->filter().ruleIds, std::vector<std::int64_t>{g->id});
        for (int r = 0; r < view.model()->rowCount(); ++r) {
            const QModelIndex i = view.model()->index(r, FindingsListModel::RuleColumn);
            QTRY_VERIFY_WITH_TIMEOUT(i.data(FindingsListModel::LoadedRole).toBool(), kTimeout);
            QCOMPARE(i.data().toString(), QString::fromStdString(g->label));
        }

        // Back to no grouping: the list shows the whole filter again.
        groupBy->setCurrentIndex(0);
        QVERIFY(!view.groupsTable()->isVisible());
        QVERIFY2(settle(view, open), qPrintable(settleMessage(view, open)));
    }
};

QTEST_MAIN(TestFindingsView)
#include "tst_findingsview.moc"
