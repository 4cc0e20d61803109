// The Secrets page over a store written with SecretRepository (tests/ui/secretstestsupport.h): the
// empty state offers the three ways in; the age chart counts what the test counts from its input,
// under the filter; the detail pane, read on the worker, names the age signal, the policy and the
// due date, lists the uses and Vault's version history; a refresh follows the store; the main
// window shows the page and leaves `/` to it. With BULKHEAD_SCREENSHOT_DIR set it saves
// docs/screenshots/secrets.png.
#include "exporttestsupport.h"
#include "mainwindow/mainwindow.h"
#include "pages/pageid.h"
#include "secrets/secretagechart.h"
#include "secrets/secretdetailpane.h"
#include "secrets/secretsfilterbar.h"
#include "secrets/secretslistmodel.h"
#include "secrets/secretsloader.h"
#include "secrets/secretsview.h"
#include "secretstestsupport.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include <set>

using namespace bulkhead;
using ui::SecretsListModel;
using ui::SecretsView;
namespace s = bulkhead::test::secrets;

namespace {

constexpr int kTimeout = 20000;

// Per secretAgeBucketEdges() bucket, the secrets of `all` (matching `keep`) with a known age at kNow.
std::vector<std::int64_t> buckets(const std::vector<SecretRecord> &all, const std::function<bool(const SecretRecord &)> &keep)
{
    const std::vector<int> &edges = ui::secretAgeBucketEdges();
    std::vector<std::int64_t> out(edges.size(), 0);
    for (const SecretRecord &r : all) {
        if (!keep(r) || r.lastChangeAt <= 0)
            continue;
        const double days = double(s::kNow - r.lastChangeAt) / double(s::kDay);
        std::size_t b = 0;
        while (b + 1 < edges.size() && days >= edges[b + 1])
            ++b;
        ++out[b];
    }
    return out;
}

} // namespace

class TestSecretsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::vector<SecretRecord> m_all;

    static void settle(SecretsListModel &model)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.countExact(), kTimeout);
    }

    // The view at kNow with its facts read and its list settled.
    static void ready(SecretsView &view)
    {
        QSignalSpy facts(&view, &SecretsView::factsLoaded);
        view.setNow(s::kNow);
        QVERIFY(facts.wait(kTimeout));
        settle(*view.model());
    }

    static std::vector<std::int64_t> chartCounts(const SecretsView &view)
    {
        std::vector<std::int64_t> out;
        for (int b = 0; b < ui::SecretAgeChart::bucketCount(); ++b)
            out.push_back(view.ageChart()->count(b));
        return out;
    }

    // Searches for `name`, makes its row current and waits for the detail pane.
    static bool openSecret(SecretsView &view, const QString &name)
    {
        QSignalSpy facts(&view, &SecretsView::factsLoaded);
        view.filterBar()->searchField()->setText(name);
        if (!facts.wait(kTimeout))
            return false;
        settle(*view.model());
        SecretsListModel *model = view.model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, SecretsListModel::NameColumn);
            if (index.data().toString() != name)
                continue;
            const auto id = index.data(SecretsListModel::SecretIdRole).value<qint64>();
            if (view.detailPane()->secretId() == id)
                return true;
            QSignalSpy shown(&view, &SecretsView::detailShown);
            view.table()->setCurrentIndex(index);
            return shown.wait(kTimeout) && view.detailPane()->secretId() == id;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, "tst_secretsview");
        m_path = m_dir.path() + QStringLiteral("/secrets.db");
        Database db = Database::open(m_path.toStdString());
        s::writeAll(db);
        m_all = s::allSecrets();
    }

    void emptyStateOffersTheWaysIn()
    {
        const QString path = m_dir.path() + QStringLiteral("/empty.db");
        test::createStore(path);
        SecretsView view(path);
        QSignalSpy facts(&view, &SecretsView::factsLoaded);
        QVERIFY(facts.wait(kTimeout));
        QCOMPARE(facts.first().at(0).value<qint64>(), qint64(0));
        QVERIFY(view.isEmptyStateShown());
        for (const auto &[object, signal] : std::vector<std::pair<QString, const char *>>{
                 {QStringLiteral("secretsAddClusterButton"), SIGNAL(addClusterRequested())},
                 {QStringLiteral("secretsEmptyAddVaultButton"), SIGNAL(addVaultRequested())},
                 {QStringLiteral("secretsEmptyImportButton"), SIGNAL(importInventoryRequested())}}) {
            auto *button = view.findChild<QPushButton *>(object);
            QVERIFY2(button, qPrintable(object));
            QSignalSpy spy(&view, signal);
            button->click();
            QCOMPARE(spy.count(), 1);
        }
        // An inventory alone is something to show.
        {
            Database db = Database::open(path.toStdString());
            SecretSourceWrite w;
            w.store = SecretStoreKind::Inventory;
            w.origin = "finance-inventory";
            w.now = s::kNow;
            w.complete = true;
            w.secrets = s::inventorySecrets();
            SecretRepository(db).write(w);
        }
        view.refresh();
        QVERIFY(facts.wait(kTimeout));
        QVERIFY(!view.isEmptyStateShown());
        settle(*view.model());
        QCOMPARE(view.model()->totalCount(), qint64(s::inventorySecrets().size()));
    }

    void chartCountsWhatTheInputHolds()
    {
        SecretsView view(m_path);
        ready(view);
        QVERIFY(!view.isEmptyStateShown());
        const std::vector<std::int64_t> all = buckets(m_all, [](const SecretRecord &) { return true; });
        QCOMPARE(chartCounts(view), all);
        // Every bucket holds something: the generated ages spread over 0-500 days.
        for (std::int64_t n : all)
            QVERIFY(n > 0);
        // The chart follows the filter.
        QSignalSpy facts(&view, &SecretsView::factsLoaded);
        view.filterBar()->storeCombo()->setCurrentIndex(view.filterBar()->storeCombo()->findData(QStringLiteral("vault")));
        QVERIFY(facts.wait(kTimeout));
        QCOMPARE(chartCounts(view), buckets(m_all, [](const SecretRecord &r) { return r.store == SecretStoreKind::Vault; }));
        view.filterBar()->overdueCheck()->setChecked(true);
        QVERIFY(facts.wait(kTimeout));
        QCOMPARE(chartCounts(view), buckets(m_all, [](const SecretRecord &r) {
                     return r.store == SecretStoreKind::Vault && s::overdue(r);
                 }));
        settle(*view.model());
        QCOMPARE(view.model()->totalCount(), qint64(std::count_if(m_all.begin(), m_all.end(), [](const SecretRecord &r) {
                     return r.store == SecretStoreKind::Vault && s::overdue(r);
                 })));
        QVERIFY2(view.summaryLabel()->text().contains(QString::number(view.model()->totalCount())),
                 qPrintable(view.summaryLabel()->text()));
        // The origins offered are the stored ones.
        QCOMPARE(view.filterBar()->originCombo()->count(), 4);
    }

    // "Export…" writes exactly the secrets of the view's filter (metadata, ages at the view's
    // time), as CSV and as JSON.
    void exportWritesTheFilteredRows()
    {
        SecretsView view(m_path);
        ready(view);
        QSignalSpy facts(&view, &SecretsView::factsLoaded);
        view.filterBar()->storeCombo()->setCurrentIndex(view.filterBar()->storeCombo()->findData(QStringLiteral("vault")));
        QVERIFY(facts.wait(kTimeout));
        settle(*view.model());
        std::set<std::string> wanted;
        for (const SecretRecord &r : m_all)
            if (r.store == SecretStoreKind::Vault)
                wanted.insert(r.origin + "/" + r.location + "/" + r.name);
        QVERIFY(!wanted.empty() && wanted.size() < m_all.size());

        const QString csvPath = m_dir.path() + QStringLiteral("/vault.csv");
        QCOMPARE(test::exportAndWait(view.exporter(), csvPath, ExportFormat::Csv), qint64(wanted.size()));
        std::set<std::string> got;
        for (const auto &row : test::readCsvFile(csvPath)) {
            QCOMPARE(row.at("store"), std::string("vault"));
            got.insert(row.at("origin") + "/" + row.at("location") + "/" + row.at("name"));
        }
        QCOMPARE(got, wanted);

        const QString jsonPath = m_dir.path() + QStringLiteral("/vault.json");
        QCOMPARE(test::exportAndWait(view.exporter(), jsonPath, ExportFormat::Json), qint64(wanted.size()));
        for (const QJsonValue &v : test::readJsonFile(jsonPath))
            QCOMPARE(v[QStringLiteral("store")].toString(), QStringLiteral("vault"));
    }

    void detailNamesSignalPolicyUsesAndVersions()
    {
        SecretsView view(m_path);
        ready(view);
        ui::SecretDetailPane *pane = view.detailPane();

        QVERIFY(openSecret(view, QStringLiteral("db-credentials")));
        QString text = pane->factsText();
        QVERIFY2(text.contains(QStringLiteral("Age from: managedFields: kubectl-client-side-apply\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("rotate every 90 days (default)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("41 days")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("SEC-5")), qPrintable(text)); // read through env by web
        QCOMPARE(pane->usesTable()->rowCount(), 2);
        QVERIFY(!pane->usesTable()->isHidden());
        QVERIFY(pane->versionsTable()->isHidden());
        QStringList uses;
        for (int r = 0; r < pane->usesTable()->rowCount(); ++r)
            uses << pane->usesTable()->item(r, 0)->text() + QLatin1Char(' ') + pane->usesTable()->item(r, 2)->text();
        QCOMPARE(uses, (QStringList{QStringLiteral("Deployment/web env"), QStringLiteral("Deployment/worker volume")}));

        // Creation time only: a lower bound of the change date, said as such.
        QVERIFY(openSecret(view, QStringLiteral("stripe-api-key")));
        text = pane->factsText();
        QVERIFY2(text.contains(QStringLiteral("at most 412 days (changed on or after 2023-04-15)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("does not move it on update")), qPrintable(text));

        // A legacy token: its service account and the 0-day policy.
        QVERIFY(openSecret(view, QStringLiteral("deployer-token-7xk2p")));
        text = pane->factsText();
        QVERIFY2(text.contains(QStringLiteral("service account deployer")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("no age is acceptable (service-account token)")), qPrintable(text));

        // Unused: said, with the reminder to look at the type.
        QVERIFY(openSecret(view, QStringLiteral("bootstrap-token-abcdef")));
        QVERIFY(pane->usesTable()->isHidden());
        QVERIFY2(pane->factsText().contains(QStringLiteral("No workload uses this secret")), qPrintable(pane->factsText()));

        // Vault: the version history, newest first, and the declared interval.
        QVERIFY(openSecret(view, QStringLiteral("team-a/db")));
        QVERIFY(pane->usesTable()->isHidden());
        QVERIFY(!pane->versionsTable()->isHidden());
        const SecretRecord &teamA = *std::find_if(m_all.begin(), m_all.end(), [](const SecretRecord &r) { return r.name == "team-a/db"; });
        QCOMPARE(pane->versionsTable()->rowCount(), int(teamA.versions.size()));
        QCOMPARE(pane->versionsTable()->item(0, 0)->text(), QStringLiteral("3 (current)"));
        QCOMPARE(pane->versionsTable()->item(2, 3)->text(), QStringLiteral("yes")); // version 1 destroyed
        QVERIFY(pane->versionsTable()->item(1, 2)->text() != QStringLiteral("—")); // version 2 deleted
        text = pane->factsText();
        QVERIFY2(text.contains(QStringLiteral("version history — version 3 of 3")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Owner: team-a")), qPrintable(text));

        QVERIFY(openSecret(view, QStringLiteral("team-b/api-key")));
        text = pane->factsText();
        QVERIFY2(text.contains(QStringLiteral("rotate every 30 days (declared on the secret)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("system=billing")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("16 d overdue")), qPrintable(text));
    }

    // A new inventory lands (an import): after the refresh the table, the origins and the chart have it.
    void refreshFollowsTheStore()
    {
        const QString path = m_dir.path() + QStringLiteral("/refresh.db");
        {
            Database db = Database::open(path.toStdString());
            s::writeAll(db);
        }
        SecretsView view(path);
        ready(view);
        const qint64 before = view.model()->totalCount();
        QCOMPARE(before, qint64(m_all.size()));
        // The secret chosen stays chosen when the whole list comes back (it is not the first row).
        QVERIFY(openSecret(view, QStringLiteral("old-smtp-password")));
        const std::optional<std::int64_t> chosen = view.detailPane()->secretId();
        {
            QSignalSpy facts(&view, &SecretsView::factsLoaded);
            view.filterBar()->searchField()->clear();
            QVERIFY(facts.wait(kTimeout));
            settle(*view.model());
        }
        QVERIFY(view.table()->currentIndex().row() > 0);
        QCOMPARE(view.table()->currentIndex().data(SecretsListModel::SecretIdRole).value<qint64>(), *chosen);
        QCOMPARE(view.detailPane()->secretId(), chosen);
        std::vector<SecretRecord> more;
        for (int i = 0; i < 5; ++i) {
            SecretRecord r = s::inventory("gcp-secret-manager", "partner-key-" + std::to_string(i), "partners", 400 + i, 180);
            r.origin = "partners";
            more.push_back(r);
        }
        {
            Database db = Database::open(path.toStdString());
            SecretSourceWrite w;
            w.store = SecretStoreKind::Inventory;
            w.origin = "partners";
            w.now = s::kNow;
            w.complete = true;
            w.secrets = more;
            SecretRepository(db).write(w);
        }
        QSignalSpy facts(&view, &SecretsView::factsLoaded);
        view.refresh();
        QVERIFY(facts.wait(kTimeout));
        settle(*view.model());
        QCOMPARE(view.model()->totalCount(), before + 5);
        QVERIFY(view.filterBar()->originCombo()->findData(QStringLiteral("partners")) > 0);
        QCOMPARE(view.table()->currentIndex().data(SecretsListModel::SecretIdRole).value<qint64>(), *chosen);
        QTRY_COMPARE_WITH_TIMEOUT(view.detailPane()->secretId(), chosen, kTimeout);
        std::vector<SecretRecord> all = m_all;
        all.insert(all.end(), more.begin(), more.end());
        QCOMPARE(chartCounts(view), buckets(all, [](const SecretRecord &) { return true; }));
    }

    void mainWindowShowsThePage()
    {
        ui::MainWindow w(m_path);
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(ui::PageId::Secrets);
        auto *view = qobject_cast<SecretsView *>(w.page(ui::PageId::Secrets));
        QVERIFY(view);
        QCOMPARE(w.secretsView(), view);
        settle(*view->model());
        QCOMPARE(view->model()->totalCount(), qint64(m_all.size()));
        // `/` searches the secrets, not the findings.
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_Slash);
        QTRY_VERIFY(view->filterBar()->searchField()->hasFocus());
        QCOMPARE(w.currentPage(), std::optional<ui::PageId>(ui::PageId::Secrets));
    }

    // Not a check: with BULKHEAD_SCREENSHOT_DIR set (xvfb-run, QT_QPA_PLATFORM=xcb), saves the
    // Secrets page with a secret read through env open, for people to look at.
    void screenshot()
    {
        const QString out = qEnvironmentVariable("BULKHEAD_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set BULKHEAD_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(out);
        ui::MainWindow w(m_path);
        w.resize(1600, 1000);
        w.show();
        w.showPage(ui::PageId::Secrets);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        SecretsView *view = w.secretsView();
        ready(*view);
        // The whole list, most overdue first, with a secret read through env open.
        SecretsListModel *model = view->model();
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            QTRY_VERIFY_WITH_TIMEOUT(model->index(r, 0).data(SecretsListModel::LoadedRole).toBool(), kTimeout);
            if (model->index(r, SecretsListModel::NameColumn).data().toString() == QStringLiteral("grafana-admin"))
                row = r;
        }
        QVERIFY(row >= 0);
        QSignalSpy shown(view, &SecretsView::detailShown);
        view->table()->setCurrentIndex(model->index(row, SecretsListModel::NameColumn));
        QVERIFY(shown.wait(kTimeout));
        view->table()->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
        QTest::qWait(500);
        QVERIFY(w.grab().save(out + QStringLiteral("/secrets.png")));
    }
};

QTEST_MAIN(TestSecretsView)
#include "tst_secretsview.moc"
