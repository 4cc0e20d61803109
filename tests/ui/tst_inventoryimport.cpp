// Importing a secrets inventory from the GUI: a bad file (bad date, missing column) leaves the
// dialog open with the problems and their line numbers and nothing in the store; a good one puts
// exactly its rows in the store under the inventory's name, a re-import replaces them, and the
// import runs off the GUI thread. In the main window the File menu opens the dialog, the summary
// reaches the status bar, and a changed secrets policy in the Settings judges the stored secrets
// again (overdue counts follow it).
#include "mainwindow/mainwindow.h"
#include "secrets/inventoryimportdialog.h"
#include "settings/appsettings.h"
#include "settings/secretpolicypage.h"
#include "settings/settingsdialog.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>
#include <QtTest>

using namespace bulkhead;
using ui::InventoryImportDialog;

namespace {

constexpr int kTimeout = 60000;

struct Row {
    QString name, owner, store, lastRotated, policyDays;
};

QString daysAgo(int days)
{
    return QDate::currentDate().addDays(-days).toString(Qt::ISODate);
}

// `count` rows: name secret-N, store cycling through three places, rotated `age` days ago.
std::vector<Row> rows(int count, int age, const QString &prefix = QStringLiteral("secret"))
{
    const QStringList stores{QStringLiteral("aws-secrets-manager"), QStringLiteral("1password"), QStringLiteral("hsm")};
    std::vector<Row> out;
    for (int i = 0; i < count; ++i)
        out.push_back({QStringLiteral("%1-%2").arg(prefix).arg(i), QStringLiteral("team-%1").arg(i % 4),
                       stores[i % stores.size()], daysAgo(age), QString()});
    return out;
}

QByteArray csv(const std::vector<Row> &data, const QByteArray &header = "name,owner,store,last_rotated,policy_days")
{
    QByteArray out = header + "\n";
    for (const Row &r : data)
        out += QStringLiteral("%1,%2,%3,%4,%5\n").arg(r.name, r.owner, r.store, r.lastRotated, r.policyDays).toUtf8();
    return out;
}

qint64 secretsOf(const QString &storePath, const QString &origin)
{
    const Database db = Database::open(storePath.toStdString(), Database::Access::ReadOnly);
    return db.scalar("SELECT count(*) FROM secrets WHERE store = 3 AND origin = '" + origin.toStdString() + "'");
}

qint64 overdue(const QString &storePath)
{
    const Database db = Database::open(storePath.toStdString(), Database::Access::ReadOnly);
    return db.scalar("SELECT count(*) FROM secrets WHERE due_at IS NOT NULL AND due_at <= "
                     + std::to_string(QDateTime::currentSecsSinceEpoch()));
}

// Starts the import with the button and waits for its outcome; returns the signal that came.
QString importAndWait(InventoryImportDialog &d)
{
    QSignalSpy ok(&d, &InventoryImportDialog::imported);
    QSignalSpy failed(&d, &InventoryImportDialog::importFailed);
    d.importButton()->click();
    if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, kTimeout))
        return QStringLiteral("no answer");
    return ok.isEmpty() ? QStringLiteral("failed") : QStringLiteral("imported");
}

} // namespace

class TestInventoryImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;

    QString write(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir.path() + QLatin1Char('/') + name;
        test::writeFile(path, content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, "tst_inventoryimport");
        m_store = m_dir.path() + QStringLiteral("/store.db");
        test::createStore(m_store);
    }

    void badDateNamesTheLineAndImportsNothing()
    {
        std::vector<Row> data = rows(5, 10, QStringLiteral("bad"));
        data[2].lastRotated = QStringLiteral("2024-13-01"); // line 4: the header is line 1
        const QString path = write(QStringLiteral("bad-date.csv"), csv(data));
        InventoryImportDialog d(m_store);
        d.setFile(path);
        QCOMPARE(d.inventoryName(), QStringLiteral("bad-date")); // the file's base name
        QCOMPARE(importAndWait(d), QStringLiteral("failed"));
        QVERIFY2(d.problemHeadline()->text().contains(QStringLiteral("nothing was imported")),
                 qPrintable(d.problemHeadline()->text()));
        QVERIFY(d.problemHeadline()->text().contains(QStringLiteral("bad-date.csv")));
        const QString problems = d.problemList()->toPlainText();
        QVERIFY2(problems.contains(QStringLiteral("line 4")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("2024-13-01")), qPrintable(problems));
        QVERIFY(d.problemList()->isVisibleTo(&d));
        QVERIFY(d.result() != QDialog::Accepted); // still open, to fix the file and try again
        QVERIFY(d.importButton()->isEnabled());
        QCOMPARE(test::storeCount(m_store, "secrets"), 0);
    }

    void missingColumnIsNamed()
    {
        const QString path = write(QStringLiteral("no-date.csv"), csv(rows(3, 10), "name,owner,store,when,policy_days"));
        InventoryImportDialog d(m_store);
        d.setFile(path);
        QCOMPARE(importAndWait(d), QStringLiteral("failed"));
        QVERIFY2(d.problemList()->toPlainText().contains(QStringLiteral("last_rotated")),
                 qPrintable(d.problemList()->toPlainText()));
        QCOMPARE(test::storeCount(m_store, "secrets"), 0);
    }

    void goodFileThenReimportReplaces()
    {
        const std::vector<Row> first = rows(25, 30);
        const QString path = write(QStringLiteral("team-secrets.csv"), csv(first));
        {
            InventoryImportDialog d(m_store);
            QSignalSpy imported(&d, &InventoryImportDialog::imported);
            d.setFile(path);
            QVERIFY(d.noteLabel()->text().contains(QStringLiteral("new inventory")));
            QCOMPARE(importAndWait(d), QStringLiteral("imported"));
            QCOMPARE(d.result(), int(QDialog::Accepted));
            const QString summary = imported.first().first().toString();
            QVERIFY2(summary.contains(QStringLiteral("team-secrets")) && summary.contains(QStringLiteral("25 secrets")),
                     qPrintable(summary));
        }
        QCOMPARE(secretsOf(m_store, QStringLiteral("team-secrets")), qint64(first.size()));

        // The same file name again, fewer rows: the inventory's rows are replaced, not added to.
        const std::vector<Row> second = rows(10, 5);
        write(QStringLiteral("team-secrets.csv"), csv(second));
        InventoryImportDialog d(m_store);
        QSignalSpy loaded(&d, &InventoryImportDialog::inventoriesLoaded);
        QVERIFY(loaded.wait(kTimeout));
        QVERIFY(d.knownInventories().contains(QStringLiteral("team-secrets")));
        d.setFile(path);
        QVERIFY2(d.noteLabel()->text().contains(QStringLiteral("Re-imports")), qPrintable(d.noteLabel()->text()));
        QCOMPARE(importAndWait(d), QStringLiteral("imported"));
        QCOMPARE(secretsOf(m_store, QStringLiteral("team-secrets")), qint64(second.size()));
    }

    void nameGivenByTheUserIsKept()
    {
        const QString path = write(QStringLiteral("export-2026-11.csv"), csv(rows(3, 1, QStringLiteral("hsm-key"))));
        InventoryImportDialog d(m_store);
        d.nameCombo()->setEditText(QStringLiteral("hardware"));
        d.setFile(path);
        QCOMPARE(d.inventoryName(), QStringLiteral("hardware"));
        QCOMPARE(importAndWait(d), QStringLiteral("imported"));
        QCOMPARE(secretsOf(m_store, QStringLiteral("hardware")), qint64(3));
        QCOMPARE(secretsOf(m_store, QStringLiteral("export-2026-11")), qint64(0));
    }

    void importRunsOffTheGuiThread()
    {
        const int count = 20000;
        const QString path = write(QStringLiteral("large.csv"), csv(rows(count, 200, QStringLiteral("bulk"))));
        InventoryImportDialog d(m_store);
        d.setFile(path);
        QSignalSpy imported(&d, &InventoryImportDialog::imported);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
        ticker.start(0);
        d.importButton()->click();
        // The click returned with the import still running: it did not run on this thread.
        QVERIFY(d.isImporting());
        QVERIFY(!d.importButton()->isEnabled());
        QVERIFY(!d.fileEdit()->isEnabled());
        QVERIFY(imported.wait(kTimeout) || !imported.isEmpty());
        QVERIFY2(ticks > 0, "the event loop did not turn while the import ran");
        QCOMPARE(secretsOf(m_store, QStringLiteral("large")), qint64(count));
    }

    void mainWindowImportsAndJudgesAgainAfterAPolicyChange()
    {
        // A store of its own: these rows were rotated 100 days ago, beyond the default 90.
        const QString store = m_dir.path() + QStringLiteral("/window.db");
        test::createStore(store);
        const std::vector<Row> data = rows(12, 100, QStringLiteral("legacy"));
        const QString path = write(QStringLiteral("legacy.csv"), csv(data));
        ui::MainWindow w(store);
        QAction *action = w.findChild<QAction *>(QStringLiteral("actionImportInventory"));
        QVERIFY(action && action->isEnabled());
        bool inFileMenu = false;
        for (QAction *menu : w.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(action))
                inFileMenu = menu->text().remove(QLatin1Char('&')) == QLatin1String("File");
        }
        QVERIFY(inFileMenu);

        w.importSecretsInventory(path);
        auto *dialog = w.findChild<InventoryImportDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->file(), path);
        QCOMPARE(importAndWait(*dialog), QStringLiteral("imported"));
        QTRY_VERIFY_WITH_TIMEOUT(w.statusBar()->currentMessage().contains(QStringLiteral("Imported inventory legacy")),
                                 kTimeout);
        QCOMPARE(overdue(store), qint64(data.size()));

        // A year between rotations: none of them is overdue any more, without a new import.
        w.openSettings();
        auto *settings = w.findChild<ui::SettingsDialog *>();
        QVERIFY(settings);
        settings->secretPolicyPage()->defaultDaysSpin()->setValue(365);
        settings->accept();
        QTRY_VERIFY_WITH_TIMEOUT(w.statusBar()->currentMessage().contains(QStringLiteral("new policy:")), kTimeout);
        QCOMPARE(overdue(store), qint64(0));
        QCOMPARE(ui::AppSettings::secretPolicy().defaultDays, 365);
    }
};

QTEST_MAIN(TestInventoryImport)
#include "tst_inventoryimport.moc"
