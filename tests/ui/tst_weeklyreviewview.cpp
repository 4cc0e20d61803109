// The Weekly review page over a real store: findings written through ImportWriter (an old scan, a
// rescan that no longer reports some, a new image), a baseline snapshot written through
// SnapshotRepository (with a registry that has since disappeared), a risk acceptance through
// TriageRepository. The sections count what the test counts from its own input; the coverage
// banner names the source that went away and says its findings are not counted as resolved; rows
// lead to the findings behind them; a sign-off writes a row through SignoffRepository and shows
// in the history; the main window shows the page. With BULKHEAD_SCREENSHOT_DIR set it saves
// docs/screenshots/weekly-review.png.
#include "mainwindow/mainwindow.h"
#include "pages/pageid.h"
#include "review/coveragebanner.h"
#include "controls/evidencetarget.h"
#include "review/reviewsectionwidget.h"
#include "review/scoredeltapanel.h"
#include "review/signoffdialog.h"
#include "review/signoffhistorylist.h"
#include "review/weeklyreviewview.h"
#include "store/findingrepository.h"
#include "store/importwriter.h"
#include "store/signoffrepository.h"
#include "store/snapshotrepository.h"
#include "store/triagerepository.h"
#include "uitestsupport.h"
#include "util/osuser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

#include <set>

using namespace bulkhead;
using ui::ReviewSectionWidget;
using ui::WeeklyReviewView;
using Section = WeeklyReviewView::Section;

Q_DECLARE_METATYPE(bulkhead::FindingFilter)
Q_DECLARE_METATYPE(bulkhead::EvidenceLink)

namespace {

constexpr int kTimeout = 60000; // the diff assesses every control: generous on a loaded machine
constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kNow = 1'780'000'000;        // 2026-05-28
constexpr std::int64_t kOldScan = kNow - 20 * kDay;  // before the baseline
constexpr std::int64_t kBaseline = kNow - 10 * kDay; // the snapshot the review compares with
constexpr std::int64_t kSince = kNow - 9 * kDay;     // "since a date": newest snapshot at or before it
constexpr std::int64_t kRecent = kNow - 3 * kDay;    // after the baseline

struct Vuln {
    const char *id;
    const char *severity; // as Trivy writes it
};

// The test's input: what each scan reports.
const std::vector<Vuln> kImageAOld{{"CVE-2026-1001", "CRITICAL"}, {"CVE-2026-1002", "HIGH"}, {"CVE-2026-1003", "HIGH"},
                                   {"CVE-2026-1004", "MEDIUM"},   {"CVE-2026-1005", "CRITICAL"}};
const std::vector<Vuln> kImageARescan{{"CVE-2026-1001", "CRITICAL"}, {"CVE-2026-1004", "MEDIUM"}, {"CVE-2026-1006", "HIGH"}};
const std::vector<Vuln> kImageB{{"CVE-2026-2001", "CRITICAL"}, {"CVE-2026-2002", "HIGH"}, {"CVE-2026-2003", "LOW"},
                                {"CVE-2026-2004", "HIGH"}};
// Risk acceptances: (rule, expiry).
const std::vector<std::pair<const char *, std::int64_t>> kAcceptances{{"CVE-2026-1001", kNow + 5 * kDay},
                                                                      {"CVE-2026-1004", kNow + 40 * kDay}};

bool criticalOrHigh(const Vuln &v)
{
    return std::string_view(v.severity) == "CRITICAL" || std::string_view(v.severity) == "HIGH";
}

bool accepted(const char *id)
{
    return std::any_of(kAcceptances.begin(), kAcceptances.end(), [id](const auto &a) { return std::string_view(a.first) == id; });
}

std::set<std::string> ids(const std::vector<Vuln> &vulns)
{
    std::set<std::string> out;
    for (const Vuln &v : vulns)
        out.insert(v.id);
    return out;
}

// Critical and high findings first seen after the baseline and still open: in the rescan of A but
// not in its first scan, and all of B's; risk-accepted ones are not open.
std::int64_t expectedNew()
{
    const std::set<std::string> old = ids(kImageAOld);
    std::int64_t n = 0;
    for (const Vuln &v : kImageARescan)
        n += criticalOrHigh(v) && !old.count(v.id) && !accepted(v.id);
    for (const Vuln &v : kImageB)
        n += criticalOrHigh(v) && !accepted(v.id);
    return n;
}

// Critical and high findings of A's first scan that its rescan no longer reports.
std::int64_t expectedResolved()
{
    const std::set<std::string> rescan = ids(kImageARescan);
    std::int64_t n = 0;
    for (const Vuln &v : kImageAOld)
        n += criticalOrHigh(v) && !rescan.count(v.id);
    return n;
}

std::int64_t expectedExpiring()
{
    return std::count_if(kAcceptances.begin(), kAcceptances.end(),
                         [](const auto &a) { return a.second >= kNow && a.second < kNow + 14 * kDay; });
}

void importScan(Database &db, const QString &image, const std::vector<Vuln> &vulns, std::int64_t scannedAt)
{
    QJsonArray list;
    for (const Vuln &v : vulns) {
        list.append(QJsonObject{{"VulnerabilityID", v.id},
                                {"PkgName", QStringLiteral("openssl")},
                                {"InstalledVersion", QStringLiteral("3.0.2")},
                                {"FixedVersion", QStringLiteral("3.0.9")},
                                {"Severity", v.severity},
                                {"Title", QStringLiteral("issue %1").arg(QLatin1String(v.id))}});
    }
    const QJsonObject report{
        {"SchemaVersion", 2},
        {"CreatedAt", QDateTime::fromSecsSinceEpoch(scannedAt, Qt::UTC).toString(Qt::ISODate)},
        {"ArtifactName", image},
        {"ArtifactType", "container_image"},
        {"Metadata", QJsonObject{{"ImageID", QStringLiteral("sha256:%1").arg(qHash(image), 64, 16, QLatin1Char('0'))}}},
        {"Results", QJsonArray{QJsonObject{{"Target", "img (debian 12.5)"}, {"Class", "os-pkgs"}, {"Type", "debian"},
                                           {"Vulnerabilities", list}}}},
    };
    ImportWriter(db).write(test::parseJson(report), scannedAt);
}

// The baseline as a snapshot of its own, with the registry that is gone by now.
Snapshot baselineSnapshot()
{
    Snapshot s;
    s.takenAt = kBaseline;
    s.reason = "import";
    s.score = 60;
    s.controls = 29;
    s.assessed = 10;
    s.areaScore[ControlArea::Build] = 50.0;
    s.sources.push_back(SnapshotSource{"scanner:Trivy", "imported", kOldScan, 5});
    s.sources.push_back(SnapshotSource{"registry:harbor", "complete", kBaseline - kDay, 40});
    return s;
}

void writeStore(const QString &path)
{
    Database db = Database::open(path.toStdString());
    importScan(db, QStringLiteral("registry.example/shop/api:1.4"), kImageAOld, kOldScan);
    SnapshotRepository(db).write(baselineSnapshot());
    importScan(db, QStringLiteral("registry.example/shop/api:1.4"), kImageARescan, kRecent);
    importScan(db, QStringLiteral("registry.example/shop/web:2.0"), kImageB, kRecent);
    for (const auto &[rule, expires] : kAcceptances) {
        SqliteStatement st = db.prepare("SELECT f.id FROM findings f JOIN rules r ON r.id = f.rule_id WHERE r.key = ?1");
        st.bind(1, std::string_view(rule));
        std::vector<std::int64_t> found;
        while (st.step())
            found.push_back(st.int64(0));
        TriageChange change;
        change.status = FindingStatus::RiskAccepted;
        change.justification = "compensating control: not reachable from outside";
        change.expiresAt = expires;
        change.actor = "test";
        change.at = kRecent + kDay;
        TriageRepository(db).apply(found, change);
    }
}

bool ready(WeeklyReviewView &view)
{
    return QTest::qWaitFor([&view] { return view.state() != WeeklyReviewView::State::Loading; }, kTimeout)
        && view.state() == WeeklyReviewView::State::Ready;
}

// Shows the view at kNow (since `since`) and waits for the review.
bool load(WeeklyReviewView &view, std::int64_t since)
{
    view.resize(1400, 1000);
    view.show();
    QSignalSpy refreshed(&view, &WeeklyReviewView::refreshed);
    view.setNow(kNow);
    view.setSince(since);
    // The last refresh is the one that counts; earlier ones are overtaken.
    while (refreshed.wait(kTimeout)) {
        if (view.state() != WeeklyReviewView::State::Loading && view.data().requestedSince == since)
            return view.state() == WeeklyReviewView::State::Ready;
    }
    return false;
}

} // namespace

class TestWeeklyReviewView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, "tst_weeklyreviewview");
        qRegisterMetaType<FindingFilter>();
        qRegisterMetaType<EvidenceLink>();
        m_store = m_dir.path() + QStringLiteral("/review.db");
        writeStore(m_store);
        QVERIFY(expectedNew() > 0 && expectedResolved() > 0 && expectedExpiring() > 0); // the checks mean something
    }

    void sectionsCountWhatTheStoreHolds()
    {
        WeeklyReviewView view(m_store);
        QVERIFY(load(view, kSince));
        QVERIFY(view.data().diff.baseline);
        QCOMPARE(view.data().diff.baseline->takenAt, kBaseline); // the newest snapshot at or before the date
        QCOMPARE(view.section(Section::NewFindings)->count(), expectedNew());
        QCOMPARE(view.section(Section::NewFindings)->list()->topLevelItemCount(), int(expectedNew()));
        QCOMPARE(view.section(Section::ResolvedFindings)->count(), expectedResolved());
        QCOMPARE(view.section(Section::AcceptancesExpiring)->count(), expectedExpiring());
        // No cluster, vault or drill in this store: those sections are empty, and say so.
        for (Section s : {Section::Bindings, Section::SecretsOverdue, Section::DrillsDue}) {
            QCOMPARE(view.section(s)->count(), 0);
            QVERIFY(view.section(s)->list()->isHidden());
        }
        // The count label says the count.
        QCOMPARE(view.section(Section::ResolvedFindings)->countLabel()->text(), QString::number(expectedResolved()));
        // The score the baseline was taken with, then now.
        QVERIFY2(view.scorePanel()->scoreLabel()->text().startsWith(QStringLiteral("60 →")),
                 qPrintable(view.scorePanel()->scoreLabel()->text()));
        QVERIFY2(view.baselineLabel()->text().contains(QStringLiteral("at or before")), qPrintable(view.baselineLabel()->text()));
    }

    void aDisappearedSourceIsCalledOut()
    {
        WeeklyReviewView view(m_store);
        QVERIFY(load(view, kSince));
        ui::CoverageBanner *banner = view.coverageBanner();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->gapCount() >= 1);
        const QString text = banner->text();
        QVERIFY2(text.contains(QStringLiteral("Registry harbor")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("not counted as resolved")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("40 items at the baseline")), qPrintable(text));
        // The registry's 40 images are not among the resolved findings: only what the rescan dropped is.
        QCOMPARE(view.section(Section::ResolvedFindings)->count(), expectedResolved());
    }

    void rowsLeadToTheirFindings()
    {
        WeeklyReviewView view(m_store);
        QVERIFY(load(view, kSince));
        QSignalSpy links(&view, &WeeklyReviewView::evidenceRequested);
        QTreeWidget *list = view.section(Section::NewFindings)->list();
        QVERIFY(list->topLevelItemCount() > 0);
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(links.count(), 1);
        const auto row = links.last().at(0).value<EvidenceLink>();
        QCOMPARE(row.page, std::string("findings"));
        // The row's link, read as the main window reads it: open critical or high findings.
        const FindingFilter rowFilter = ui::evidenceTarget(row).findings;
        QCOMPARE(rowFilter.severities.size(), std::size_t(1));
        QVERIFY(rowFilter.severities[0] == Severity::Critical || rowFilter.severities[0] == Severity::High);
        QCOMPARE(rowFilter.statuses, (std::vector<FindingStatus>{FindingStatus::Open, FindingStatus::Confirmed}));

        // "Show in Findings" lists the whole section: as many findings as the section counts.
        QSignalSpy findings(&view, &WeeklyReviewView::findingsRequested);
        view.section(Section::NewFindings)->showAllButton()->click();
        QCOMPARE(findings.count(), 1);
        const FindingFilter all = findings.last().at(0).value<FindingFilter>();
        const Database db = Database::open(m_store.toStdString(), Database::Access::ReadOnly);
        QCOMPARE(FindingRepository(db).count(all), expectedNew());

        // Other pages by their key.
        view.section(Section::SecretsOverdue)->showAllButton()->click(); // hidden (empty), but the click is the same
        QCOMPARE(links.count(), 2);
        QCOMPARE(links.last().at(0).value<EvidenceLink>(), (EvidenceLink{"secrets", "overdue=1"}));
    }

    void signOffWritesARowAndListsIt()
    {
        const QString path = m_dir.path() + QStringLiteral("/signoff.db");
        writeStore(path);
        WeeklyReviewView view(path);
        QVERIFY(load(view, 0));
        QVERIFY(view.historyList()->isHidden());
        QVERIFY(view.signOffButton()->isEnabled());
        view.signOffButton()->click();
        auto *dialog = view.findChild<ui::SignoffDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->signer(), QString::fromStdString(osUserName()));
        QVERIFY(!dialog->signButton()->isEnabled()); // notes are required
        QVERIFY(!dialog->problem().isEmpty());
        const QString notes = QStringLiteral("Harbor was decommissioned on purpose; CVE-2026-2001 fixed by Friday (Ana).");
        dialog->notesEdit()->setPlainText(notes);
        QVERIFY(dialog->signButton()->isEnabled());
        QSignalSpy signedOff(&view, &WeeklyReviewView::signedOff);
        QSignalSpy refreshed(&view, &WeeklyReviewView::refreshed);
        dialog->signButton()->click();
        QVERIFY(signedOff.wait(kTimeout));
        QVERIFY(refreshed.wait(kTimeout));
        QCOMPARE(view.state(), WeeklyReviewView::State::Ready);

        // One row in the store, as the test wrote it.
        QCOMPARE(test::storeCount(path, "weekly_reviews"), qint64(1));
        const Database db = Database::open(path.toStdString(), Database::Access::ReadOnly);
        const std::vector<Signoff> stored = SignoffRepository(db).list();
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(stored[0].notes), notes);
        QCOMPARE(stored[0].signedAt, kNow);
        QCOMPARE(stored[0].id, signedOff.first().at(0).value<qint64>());

        // Listed in the history, and the review now starts from it.
        QVERIFY(!view.historyList()->isHidden());
        QCOMPARE(view.historyList()->topLevelItemCount(), 1);
        QTreeWidgetItem *row = view.historyList()->topLevelItem(0);
        QCOMPARE(row->text(ui::SignoffHistoryList::ByColumn), QString::fromStdString(osUserName()));
        QCOMPARE(row->text(ui::SignoffHistoryList::NotesColumn), notes);
        QVERIFY2(view.baselineLabel()->text().contains(QStringLiteral("last sign-off")), qPrintable(view.baselineLabel()->text()));
        QCOMPARE(view.data().diff.since, kNow);
        QCOMPARE(view.section(Section::NewFindings)->count(), 0);
    }

    void mainWindowShowsThePage()
    {
        ui::MainWindow w(m_store);
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(ui::PageId::WeeklyReview);
        WeeklyReviewView *view = w.weeklyReviewView();
        QVERIFY(view);
        QCOMPARE(w.page(ui::PageId::WeeklyReview), view);
        QSignalSpy refreshed(view, &WeeklyReviewView::refreshed);
        view->setSince(kSince);
        QTRY_VERIFY_WITH_TIMEOUT(view->state() == WeeklyReviewView::State::Ready && view->data().requestedSince == kSince,
                                 kTimeout);
        QTreeWidget *list = view->section(Section::ResolvedFindings)->list();
        QVERIFY(list->topLevelItemCount() > 0);
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(w.currentPage(), std::optional<ui::PageId>(ui::PageId::Findings));
    }

    // Not a check: with BULKHEAD_SCREENSHOT_DIR set (xvfb-run, QT_QPA_PLATFORM=xcb), saves the
    // Weekly review page for people to look at.
    void screenshot()
    {
        const QString out = qEnvironmentVariable("BULKHEAD_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set BULKHEAD_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(out);
        const QString path = m_dir.path() + QStringLiteral("/screenshot.db");
        writeStore(path);
        {
            Database db = Database::open(path.toStdString());
            Signoff s;
            s.signedBy = osUserName();
            s.signedAt = kOldScan + kDay;
            s.notes = "First review: baseline agreed, Trivy in CI for every image.";
            SignoffRepository(db).signOff(s);
        }
        ui::MainWindow w(path);
        w.resize(1600, 1000);
        w.show();
        w.showPage(ui::PageId::WeeklyReview);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WeeklyReviewView *view = w.weeklyReviewView();
        view->setNow(kNow);
        view->setSince(kSince);
        QTRY_VERIFY_WITH_TIMEOUT(view->state() == WeeklyReviewView::State::Ready && view->data().requestedSince == kSince,
                                 kTimeout);
        QTest::qWait(300);
        QVERIFY(w.grab().save(out + QStringLiteral("/weekly-review.png")));
    }
};

QTEST_MAIN(TestWeeklyReviewView)
#include "tst_weeklyreviewview.moc"
