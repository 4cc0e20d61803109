// The Controls page. Over a hand-built posture (tests/ui/controlstestsupport.h): the table lists
// every control of the catalog with the status it was given, the filters by area, status and text
// keep what the test counts from the catalog, the header's scores and coverage equal what the
// test computes from the weights, "How is this computed?" shows the working, the detail pane
// shows measures, examples, drill-down and the attestation with its history, and the keyboard
// moves through it. Over a real store (findings written through ImportWriter): the rows equal
// assessPosture's on a connection of the test's own, and a control with an open high or critical
// finding fails. In the main window every drill-down lands on its page with its filter. With
// BULKHEAD_SCREENSHOT_DIR set it saves docs/screenshots/controls.png.
#include "analysis/controlmapping.h"
#include "controls/attestationdialog.h"
#include "controls/controldetailpane.h"
#include "controls/controlsfilterbar.h"
#include "controls/controlslistmodel.h"
#include "controls/controlsproxymodel.h"
#include "controls/controlstext.h"
#include "controls/controlsview.h"
#include "controls/evidencetarget.h"
#include "controls/postureassessor.h"
#include "controls/scoreheader.h"
#include "controls/scoretile.h"
#include "controlstestsupport.h"
#include "findings/findingslistmodel.h"
#include "findings/findingsview.h"
#include "images/imagesfilterbar.h"
#include "images/imagesview.h"
#include "mainwindow/mainwindow.h"
#include "rbac/rbacview.h"
#include "secrets/secretsfilterbar.h"
#include "secrets/secretsview.h"
#include "store/attestationrepository.h"
#include "store/database.h"
#include "store/importwriter.h"
#include "uitestsupport.h"
#include "workloads/workloadsfilterbar.h"
#include "workloads/workloadsview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include <cmath>
#include <map>
#include <set>

using namespace bulkhead;
using ui::ControlsListModel;
using ui::ControlsView;
namespace c = bulkhead::test::controls;

namespace {

constexpr int kTimeout = 20000;

// The misconfigurations the real store holds: check id, title, severity. Their controls come
// from controlForRule (the import's mapping), the expected statuses from the severities.
struct Check {
    const char *id;
    const char *title;
    const char *severity;
};
constexpr Check kChecks[] = {
    {"KSV001", "Process can elevate its own privileges", "HIGH"},
    {"KSV013", "Image tag ':latest' used", "MEDIUM"},
    {"KSV032", "Containers from an untrusted registry", "CRITICAL"},
    {"KSV038", "Selector usage in network policies", "LOW"},
};

QJsonObject misconfigurationReport(std::int64_t scannedAt)
{
    QJsonArray misconfigurations;
    for (const Check &check : kChecks) {
        QJsonObject m;
        m[QStringLiteral("ID")] = QLatin1String(check.id);
        m[QStringLiteral("AVDID")] = QStringLiteral("AVD-%1").arg(QLatin1String(check.id));
        m[QStringLiteral("Title")] = QLatin1String(check.title);
        m[QStringLiteral("Description")] = QLatin1String(check.title);
        m[QStringLiteral("Severity")] = QLatin1String(check.severity);
        m[QStringLiteral("Status")] = QStringLiteral("FAIL");
        m[QStringLiteral("Type")] = QStringLiteral("Kubernetes Security Check");
        misconfigurations.append(m);
    }
    QJsonObject result;
    result[QStringLiteral("Target")] = QStringLiteral("deploy/api.yaml");
    result[QStringLiteral("Class")] = QStringLiteral("config");
    result[QStringLiteral("Type")] = QStringLiteral("kubernetes");
    result[QStringLiteral("Misconfigurations")] = misconfigurations;
    QJsonObject report;
    report[QStringLiteral("SchemaVersion")] = 2;
    report[QStringLiteral("CreatedAt")] = QDateTime::fromSecsSinceEpoch(scannedAt, Qt::UTC).toString(Qt::ISODate);
    report[QStringLiteral("ArtifactName")] = QStringLiteral("deploy");
    report[QStringLiteral("ArtifactType")] = QStringLiteral("repository");
    report[QStringLiteral("Results")] = QJsonArray{result};
    return report;
}

// The value of a status in the score, as docs/controls-and-score.md states it.
std::optional<double> value(ControlStatus s)
{
    switch (s) {
    case ControlStatus::Pass:
    case ControlStatus::Attested: return 1.0;
    case ControlStatus::Partial: return 0.5;
    case ControlStatus::Fail: return 0.0;
    case ControlStatus::NotAssessed: break;
    }
    return std::nullopt;
}

// Control ids shown by the view's table, top to bottom.
QStringList shownIds(const ControlsView &view)
{
    QStringList ids;
    const QAbstractItemModel *m = view.table()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        ids << m->index(r, ControlsListModel::IdColumn).data().toString();
    return ids;
}

// Clicks the tile's "How is this computed?" link where its first line of text is, as a user would.
void clickWorkingLink(QLabel *link)
{
    QVERIFY(link);
    QTest::mouseClick(link, Qt::LeftButton, {}, QPoint(link->contentsRect().left() + 4, link->fontMetrics().height() / 2));
}

} // namespace

class TestControlsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_emptyStore;
    QString m_store;

    // A view over the empty store, loaded once, then showing the hand-built posture.
    static void showHandBuilt(ControlsView &view)
    {
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), kTimeout);
        view.showData(c::data());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, "tst_controlsview");
        m_emptyStore = m_dir.filePath(QStringLiteral("empty.db"));
        test::createStore(m_emptyStore);
        m_store = m_dir.filePath(QStringLiteral("store.db"));
        Database db = Database::open(m_store.toStdString());
        ImportWriter(db).write(test::parseJson(misconfigurationReport(c::kNow - c::kDay)), c::kNow - c::kDay);
        // Runtime detection that Bulkhead cannot see, attested (RUN-4 takes an alternative attestation).
        Attestation runtime;
        runtime.control = "RUN-4";
        runtime.evidence = "Falco runs as a DaemonSet on every node; alerts go to the on-call channel";
        runtime.links = {"https://wiki.example/falco"};
        runtime.attestedBy = "alice";
        runtime.attestedAt = c::kNow - 20 * c::kDay;
        runtime.expiresAt = c::kNow + 345 * c::kDay;
        AttestationRepository(db).add(runtime, {{"falco-daemonset.yaml", "kind: DaemonSet\n"}});
    }

    void init()
    {
        QSettings().clear(); // no column order or sort a previous test saved
    }

    void modelListsEveryControl()
    {
        ControlsListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ui::ControlsData data = c::data();
        model.setRows(data.rows);
        const auto &catalog = ControlCatalog::builtin().controls();
        QCOMPARE(model.rowCount(), int(catalog.size()));
        for (std::size_t i = 0; i < catalog.size(); ++i) {
            const int r = int(i);
            QCOMPARE(model.index(r, ControlsListModel::IdColumn).data().toString(), QString::fromStdString(catalog[i].id));
            QCOMPARE(model.index(r, ControlsListModel::StatusColumn).data(ControlsListModel::StatusRole).toInt(),
                     int(c::statusAt(i)));
            QCOMPARE(model.index(r, ControlsListModel::StatusColumn).data().toString(),
                     ui::controlstext::statusLabel(c::statusAt(i)));
            QCOMPARE(model.index(r, ControlsListModel::TitleColumn).data().toString(),
                     QString::fromStdString(catalog[i].title));
            // One line: the explanation's first sentence; the whole in the tooltip.
            QCOMPARE(model.index(r, ControlsListModel::ExplanationColumn).data().toString(),
                     QString::fromStdString(catalog[i].id + " is " + std::string(controlStatusName(c::statusAt(i))) + "."));
            QVERIFY(model.index(r, ControlsListModel::ExplanationColumn).data(Qt::ToolTipRole).toString().contains(
                QStringLiteral("Second sentence")));
        }
    }

    void filtersByAreaStatusAndText()
    {
        ControlsView view(m_emptyStore);
        showHandBuilt(view);
        const auto &catalog = ControlCatalog::builtin().controls();
        QCOMPARE(view.table()->model()->rowCount(), int(catalog.size()));
        ui::ControlsFilterBar *bar = view.filterBar();

        for (ControlArea area : kControlAreas) {
            bar->areaCombo()->setCurrentIndex(bar->areaCombo()->findData(int(area)));
            QStringList expected;
            for (const ControlDefinition &d : catalog) {
                if (d.area == area)
                    expected << QString::fromStdString(d.id);
            }
            QVERIFY(!expected.isEmpty());
            QCOMPARE(shownIds(view), expected);
        }
        bar->areaCombo()->setCurrentIndex(0);

        for (ControlStatus status : {ControlStatus::Fail, ControlStatus::Partial, ControlStatus::Pass,
                                     ControlStatus::Attested, ControlStatus::NotAssessed}) {
            bar->statusCombo()->setCurrentIndex(bar->statusCombo()->findData(int(status)));
            QStringList expected;
            for (std::size_t i = 0; i < catalog.size(); ++i) {
                if (c::statusAt(i) == status)
                    expected << QString::fromStdString(catalog[i].id);
            }
            QCOMPARE(shownIds(view), expected);
        }

        // Area and status together: the failing build controls.
        bar->areaCombo()->setCurrentIndex(bar->areaCombo()->findData(int(ControlArea::Build)));
        bar->statusCombo()->setCurrentIndex(bar->statusCombo()->findData(int(ControlStatus::Fail)));
        QStringList failingBuild;
        for (std::size_t i = 0; i < catalog.size(); ++i) {
            if (catalog[i].area == ControlArea::Build && c::statusAt(i) == ControlStatus::Fail)
                failingBuild << QString::fromStdString(catalog[i].id);
        }
        QCOMPARE(shownIds(view), failingBuild);
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("%1 shown").arg(failingBuild.size())));

        // Text: the id, and words of the practice (every word must occur).
        bar->areaCombo()->setCurrentIndex(0);
        bar->statusCombo()->setCurrentIndex(0);
        bar->searchField()->setText(QStringLiteral("bld-3"));
        QCOMPARE(shownIds(view), QStringList{QStringLiteral("BLD-3")});
        const ControlDefinition &sec4 = *ControlCatalog::builtin().find("SEC-4");
        const QStringList words = QString::fromStdString(sec4.practice).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bar->searchField()->setText(words.mid(0, 3).join(QLatin1Char(' ')));
        QVERIFY(shownIds(view).contains(QStringLiteral("SEC-4")));
        bar->searchField()->setText(QStringLiteral("no-such-control-text"));
        QCOMPARE(view.table()->model()->rowCount(), 0);
        QVERIFY(view.detailPane()->plainText().contains(QStringLiteral("No control matches")));
    }

    void sortsWorstFirstByStatus()
    {
        ControlsView view(m_emptyStore);
        showHandBuilt(view);
        view.table()->sortByColumn(ControlsListModel::StatusColumn, Qt::AscendingOrder);
        const QAbstractItemModel *m = view.table()->model();
        int previous = -1;
        for (int r = 0; r < m->rowCount(); ++r) {
            const auto status = static_cast<ControlStatus>(m->index(r, 0).data(ControlsListModel::StatusRole).toInt());
            const int rank = ui::controlstext::statusRank(status);
            QVERIFY(rank >= previous);
            previous = rank;
        }
        QCOMPARE(static_cast<ControlStatus>(m->index(0, 0).data(ControlsListModel::StatusRole).toInt()),
                 ControlStatus::Fail);
    }

    void headerShowsScoresAndWorking()
    {
        ControlsView view(m_emptyStore);
        showHandBuilt(view);
        const ControlCatalog &catalog = ControlCatalog::builtin();
        // The scores from the weights, computed here.
        double totalValue = 0;
        int totalWeight = 0, assessed = 0;
        std::map<ControlArea, std::pair<double, int>> perArea;
        std::map<ControlArea, std::pair<int, int>> coverage; // assessed, controls
        for (std::size_t i = 0; i < catalog.controls().size(); ++i) {
            const ControlDefinition &d = catalog.controls()[i];
            ++coverage[d.area].second;
            if (const auto v = value(c::statusAt(i))) {
                totalValue += d.weight * *v;
                totalWeight += d.weight;
                perArea[d.area].first += d.weight * *v;
                perArea[d.area].second += d.weight;
                ++assessed;
                ++coverage[d.area].first;
            }
        }
        ui::ScoreHeader *header = view.scoreHeader();
        QCOMPARE(header->overallTile()->scoreText(), QLocale().toString(100.0 * totalValue / totalWeight, 'f', 0));
        QCOMPARE(header->overallTile()->coverageText(),
                 QStringLiteral("%1 of %2 controls assessed").arg(assessed).arg(catalog.controls().size()));
        for (ControlArea area : kControlAreas) {
            ui::ScoreTile *tile = header->areaTile(area);
            const auto [v, w] = perArea[area];
            QCOMPARE(tile->scoreText(), w == 0 ? QStringLiteral("–") : QLocale().toString(100.0 * v / w, 'f', 0));
            QCOMPARE(tile->coverageText(),
                     QStringLiteral("%1 of %2 assessed").arg(coverage[area].first).arg(coverage[area].second));
        }

        // "How is this computed?" shows scoreWorking's lines for that tile.
        clickWorkingLink(header->areaTile(ControlArea::Secrets)->workingLink());
        QVERIFY(view.workingDialog() && view.workingDialog()->isVisible());
        QStringList expected;
        for (const std::string &line : scoreWorking(catalog, c::posture().controls, ControlArea::Secrets))
            expected << QString::fromStdString(line);
        QCOMPARE(view.workingText(), expected.join(QLatin1Char('\n')));
        clickWorkingLink(header->overallTile()->workingLink());
        expected.clear();
        for (const std::string &line : scoreWorking(catalog, c::posture().controls, std::nullopt))
            expected << QString::fromStdString(line);
        QCOMPARE(view.workingText(), expected.join(QLatin1Char('\n')));
        QVERIFY(view.workingDialog()->windowTitle().contains(QStringLiteral("Overall")));
    }

    void detailShowsMeasuresAndDrillsDown()
    {
        ControlsView view(m_emptyStore);
        showHandBuilt(view);
        QVERIFY(view.selectControl(QStringLiteral("BLD-3")));
        ui::ControlDetailPane *pane = view.detailPane();
        QCOMPARE(pane->controlId(), QStringLiteral("BLD-3"));
        const ControlDefinition &bld3 = *ControlCatalog::builtin().find("BLD-3");
        const QString text = pane->plainText();
        QVERIFY2(text.contains(QString::fromStdString(bld3.practice)), qPrintable(text));
        QVERIFY(text.contains(QString::fromStdString(bld3.assessment)));
        QVERIFY(text.contains(QStringLiteral("BLD-3 is ")));
        QVERIFY2(text.contains(QStringLiteral("3 of 41 images unsigned")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("shop/api:1.4, shop/web:2.0")));
        QVERIFY(text.contains(QStringLiteral("No attestation recorded")));

        // One drill-down button per linked measure, emitting that measure's link.
        const QList<QPushButton *> buttons = pane->evidenceButtons();
        QCOMPARE(buttons.size(), 2);
        QSignalSpy spy(&view, &ControlsView::evidenceRequested);
        QTest::mouseClick(buttons[1], Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        const auto link = spy.at(0).at(0).value<EvidenceLink>();
        QCOMPARE(link, (EvidenceLink{"findings", "control=BLD-3&severity=critical,high&status=open"}));
        QCOMPARE(buttons[0]->text(), QStringLiteral("Show in Images"));

        // The attestation with who, when, expiry, evidence, files and the earlier one.
        QVERIFY(view.selectControl(QStringLiteral("SEC-4")));
        const QString sec4 = pane->plainText();
        QVERIFY2(sec4.contains(QStringLiteral("by alice on %1, expires %2")
                                   .arg(ui::controlstext::dateText(c::kNow - 30 * c::kDay),
                                        ui::controlstext::dateText(c::kNow + 335 * c::kDay))),
                 qPrintable(sec4));
        QVERIFY(sec4.contains(QStringLiteral("etcd encryption at rest enabled with KMS v2")));
        QVERIFY(sec4.contains(QStringLiteral("encryption-config.yaml")));
        QVERIFY(sec4.contains(QString(64, QLatin1Char('a'))));
        QVERIFY(sec4.contains(QStringLiteral("Earlier attestations")));
        QVERIFY(sec4.contains(QStringLiteral("checked by hand")));

        // Attest… opens the attestation dialog for the control shown.
        QSignalSpy attest(&view, &ControlsView::attestRequested);
        QVERIFY(pane->attestButton()->isVisibleTo(&view));
        QTest::mouseClick(pane->attestButton(), Qt::LeftButton);
        QCOMPARE(attest.size(), 1);
        QCOMPARE(attest.at(0).at(0).toString(), QStringLiteral("SEC-4"));
        auto *dialog = view.findChild<ui::AttestationDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("SEC-4")));
        dialog->reject();
    }

    // An attestation recorded through the dialog reaches the page: assessed again, shown in the
    // detail with who and the evidence text.
    void attestationRecordedShowsOnThePage()
    {
        const QString store = m_dir.filePath(QStringLiteral("attest.db"));
        test::createStore(store);
        ControlsView view(store);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), kTimeout);
        QVERIFY(view.selectControl(QStringLiteral("SEC-4")));
        QVERIFY(!view.detailPane()->plainText().contains(QStringLiteral("KMS v2 enabled on every cluster")));
        view.openAttestation(QStringLiteral("SEC-4"));
        auto *dialog = view.findChild<ui::AttestationDialog *>();
        QVERIFY(dialog);
        dialog->evidenceEdit()->setPlainText(QStringLiteral("KMS v2 enabled on every cluster"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isComplete(), kTimeout);
        QSignalSpy attested(&view, &ControlsView::attested);
        QSignalSpy loaded(&view, &ControlsView::loaded);
        dialog->accept();
        QVERIFY(attested.wait(kTimeout));
        QCOMPARE(attested.at(0).at(0).toString(), QStringLiteral("SEC-4"));
        QVERIFY(loaded.wait(kTimeout));
        const ui::ControlRow *row = view.model()->rowAt(view.model()->rowOf(QStringLiteral("SEC-4")));
        QVERIFY(row && row->assessment.attestation);
        QCOMPARE(row->assessment.attestation->evidence, std::string("KMS v2 enabled on every cluster"));
        QCOMPARE(view.detailPane()->controlId(), QStringLiteral("SEC-4"));
        QVERIFY(view.detailPane()->plainText().contains(QStringLiteral("KMS v2 enabled on every cluster")));
    }

    void evidenceLinksDecode()
    {
        const ui::EvidenceTarget findings = ui::evidenceTarget({"findings", "control=BLD-3&severity=critical,high&status=open&kind=vulnerability"});
        QCOMPARE(findings.page, std::optional(ui::PageId::Findings));
        QCOMPARE(findings.findings.controls, std::vector<std::string>{"BLD-3"});
        QCOMPARE(findings.findings.severities, (std::vector<Severity>{Severity::Critical, Severity::High}));
        // "open" is open or confirmed, as everywhere else in the window.
        QCOMPARE(findings.findings.statuses, (std::vector<FindingStatus>{FindingStatus::Open, FindingStatus::Confirmed}));
        QCOMPARE(findings.findings.kinds, std::vector<FindingKind>{FindingKind::Vulnerability});
        QVERIFY(findings.ignored.isEmpty());
        const ui::EvidenceTarget images = ui::evidenceTarget({"images", "signature=unsigned,invalid&sbom=missing&user=root"});
        QCOMPARE(images.images.signature, (std::vector<int>{0, 3}));
        QCOMPARE(images.images.hasSbom, std::optional(false));
        QCOMPARE(images.images.root, std::optional(true));
        QCOMPARE(ui::evidenceTarget({"workloads", "check=privileged"}).workloads.failingCheck, std::string("privileged"));
        QVERIFY(ui::evidenceTarget({"secrets", "overdue=1"}).secrets.overdue);
        QVERIFY(ui::evidenceTarget({"rbac", "review=overdue"}).rbacReview);
        QCOMPARE(ui::evidenceTarget({"rbac", "risk=secrets-read"}).rbacRisk, std::string("secrets-read"));
        // What is not understood is said, not dropped silently.
        const ui::EvidenceTarget odd = ui::evidenceTarget({"findings", "severity=dreadful&colour=red"});
        QCOMPARE(odd.ignored, (QStringList{QStringLiteral("severity=dreadful"), QStringLiteral("colour=red")}));
        QCOMPARE(ui::evidenceTarget({"nowhere", ""}).page, std::nullopt);
    }

    void keyboard()
    {
        ControlsView view(m_emptyStore);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        showHandBuilt(view);
        const auto &catalog = ControlCatalog::builtin().controls();
        view.table()->setFocus();
        QCOMPARE(view.detailPane()->controlId(), QString::fromStdString(catalog[0].id));
        QTest::keyClick(view.table(), Qt::Key_Down);
        QCOMPARE(view.detailPane()->controlId(), QString::fromStdString(catalog[1].id));
        QTest::keyClick(view.table(), Qt::Key_Up);
        QCOMPARE(view.detailPane()->controlId(), QString::fromStdString(catalog[0].id));
        // Enter: into the detail, on its first button.
        QVERIFY(view.selectControl(QStringLiteral("BLD-3")));
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view.detailPane()->evidenceButtons().first()));
        // Ctrl+F: the search field.
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view.filterBar()->searchField()));
    }

    void realStoreMatchesAssessPosture()
    {
        ControlsView view(m_store);
        QSignalSpy loaded(&view, &ControlsView::loaded);
        EvidenceSettings settings;
        view.setEvidenceSettings(settings);
        view.setNow(c::kNow);
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded() && view.data().at == c::kNow, kTimeout);

        // The test's own assessment on its own connection.
        const Database db = Database::open(m_store.toStdString(), Database::Access::ReadOnly);
        const PostureAssessment expected = assessPosture(db, settings, c::kNow);
        const ControlsListModel *model = view.model();
        QCOMPARE(model->rowCount(), int(expected.controls.size()));
        for (std::size_t i = 0; i < expected.controls.size(); ++i) {
            const QModelIndex index = model->index(int(i), ControlsListModel::StatusColumn);
            QCOMPARE(model->index(int(i), 0).data().toString(), QString::fromStdString(expected.controls[i].control));
            QCOMPARE(index.data(ControlsListModel::StatusRole).toInt(), int(expected.controls[i].status));
        }
        QCOMPARE(view.scoreHeader()->overallTile()->coverageText(),
                 QStringLiteral("%1 of %2 controls assessed").arg(expected.score.assessed).arg(expected.score.controls));

        // From what was written: a control with an open high or critical finding fails.
        std::set<std::string> failing;
        for (const Check &check : kChecks) {
            const std::string control(controlForRule(FindingKind::Misconfiguration, check.id, check.title));
            QVERIFY2(!control.empty(), check.id);
            if (QLatin1String(check.severity) == QLatin1String("HIGH") || QLatin1String(check.severity) == QLatin1String("CRITICAL"))
                failing.insert(control);
        }
        QVERIFY(!failing.empty());
        for (const std::string &id : failing) {
            const int row = model->rowOf(QString::fromStdString(id));
            QVERIFY(row >= 0);
            QCOMPARE(static_cast<ControlStatus>(model->index(row, 0).data(ControlsListModel::StatusRole).toInt()),
                     ControlStatus::Fail);
        }

        // A refresh after the store changed reads it again.
        loaded.clear();
        view.refresh();
        QVERIFY(loaded.wait(kTimeout));
    }

    void mainWindowDrillsDown()
    {
        ui::MainWindow w(m_store);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ControlsView *view = w.controlsView();
        QVERIFY(view);
        QCOMPARE(w.page(ui::PageId::Controls), static_cast<QWidget *>(view));
        w.showPage(ui::PageId::Controls);
        QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded(), kTimeout);

        Q_EMIT view->evidenceRequested({"findings", "control=RUN-1&severity=critical,high&status=open"});
        QCOMPARE(w.currentPage(), std::optional(ui::PageId::Findings));
        QCOMPARE(w.findingsView()->model()->filter().controls, std::vector<std::string>{"RUN-1"});
        QCOMPARE(w.findingsView()->model()->filter().severities, (std::vector<Severity>{Severity::Critical, Severity::High}));

        Q_EMIT view->evidenceRequested({"images", "signature=unsigned"});
        QCOMPARE(w.currentPage(), std::optional(ui::PageId::Images));
        QCOMPARE(w.imagesView()->filterBar()->filter().signature, std::vector<int>{0});

        Q_EMIT view->evidenceRequested({"workloads", "check=privileged"});
        QCOMPARE(w.currentPage(), std::optional(ui::PageId::Workloads));
        QCOMPARE(w.workloadsView()->filterBar()->filter().failingCheck, std::string("privileged"));

        Q_EMIT view->evidenceRequested({"secrets", "overdue=1"});
        QCOMPARE(w.currentPage(), std::optional(ui::PageId::Secrets));
        QVERIFY(w.secretsView()->filterBar()->filter().overdue);

        Q_EMIT view->evidenceRequested({"rbac", "review=overdue"});
        QCOMPARE(w.currentPage(), std::optional(ui::PageId::Rbac));
        QCOMPARE(w.rbacView()->tabs()->currentIndex(), int(ui::RbacView::ReviewTab));

        // Ctrl+2 comes back to the page.
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), std::optional(ui::PageId::Controls));
    }

    // Not a check: with BULKHEAD_SCREENSHOT_DIR set (xvfb-run, QT_QPA_PLATFORM=xcb), saves the
    // page for the docs.
    void screenshot()
    {
        const QString out = qEnvironmentVariable("BULKHEAD_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set BULKHEAD_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(out);
        ui::MainWindow w(m_store);
        w.resize(1600, 1000);
        w.show();
        w.showPage(ui::PageId::Controls);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ControlsView *view = w.controlsView();
        QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded(), kTimeout);
        view->selectControl(QStringLiteral("RUN-4"));
        QTest::qWait(500);
        QVERIFY(w.grab().save(out + QStringLiteral("/controls.png")));
    }
};

QTEST_MAIN(TestControlsView)
#include "tst_controlsview.moc"
