// A store this user may not write, in both ways it happens: the file without write permission
// (0444) and the folder without it (0555, so SQLite cannot create the WAL beside the store).
// The main window opens it read-only and says so: a banner above the pages naming the file,
// "(read-only)" in the title, the import, collect and source actions disabled, no drop
// accepted, triage refused; every page still loads the store's findings and nothing crashes.
// The store file stays byte for byte as it was. bulkheadctl refuses a write with an error naming
// the file and still reads; the GUI binary ($BULKHEAD_GUI) starts on such a store.
//
// Root writes whatever the file modes say, so run as root this test first becomes the unprivileged
// user "nobody" (uid/gid 65534) in main(), before Qt starts; its settings and temporary files then
// live in a folder of its own.

#include "faultsupport.h"
#include "testsupport.h"

#include "findings/findingslistmodel.h"
#include "findings/findingsview.h"
#include "importers/importjob.h"
#include "mainwindow/mainwindow.h"
#include "pages/pageid.h"
#include "store/storeaccess.h"
#include "store/storeerror.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

using namespace bulkhead::faulttest;
using bulkhead::Database;

namespace {

constexpr int kFindings = 30;
constexpr int kTimeout = 20000;
bool g_unprivileged = false;
QString g_privateBase; // the unprivileged user's own folder, removed at the end

// Root: become nobody, with a home, config and runtime folder of its own. False when the system
// does not allow it (the tests then skip: as root no store is read-only).
bool becomeUnprivileged()
{
    if (::geteuid() != 0)
        return true;
    char base[] = "/tmp/bulkhead-readonly-XXXXXX";
    if (!::mkdtemp(base))
        return false;
    const gid_t gid = 65534;
    const uid_t uid = 65534;
    if (::chown(base, uid, gid) != 0 || ::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
        return false;
    const std::string home(base);
    g_privateBase = QString::fromLocal8Bit(base);
    ::setenv("HOME", home.c_str(), 1);
    ::setenv("XDG_CONFIG_HOME", (home + "/config").c_str(), 1);
    ::setenv("XDG_DATA_HOME", (home + "/data").c_str(), 1);
    ::setenv("XDG_CACHE_HOME", (home + "/cache").c_str(), 1);
    ::setenv("XDG_RUNTIME_DIR", home.c_str(), 1);
    ::setenv("TMPDIR", home.c_str(), 1);
    return true;
}

} // namespace

class TestReadOnlyStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_report;

    // A store with kFindings findings, written as any store is (Database::open, ImportJob).
    QString writeStore(const QString &folder)
    {
        QDir().mkpath(folder);
        const QString store = folder + QStringLiteral("/store.db");
        Database db = Database::open(store.toStdString());
        const auto result = bulkhead::ImportJob::run(db, {m_report.toStdString()}, {});
        if (!result.committed)
            qFatal("cannot write %s: %s", qPrintable(store), result.error.c_str());
        return store;
    }

    static QAction *action(const QWidget &window, const char *name)
    {
        auto *a = window.findChild<QAction *>(QLatin1String(name));
        if (!a)
            qFatal("no action %s", name);
        return a;
    }

    // What every read-only window must show and refuse; the findings are there to look at.
    void verifyReadOnlyWindow(const QString &store)
    {
        const QByteArray before = fileSha256(store);
        {
            bulkhead::ui::MainWindow window(store);
            window.show();
            QVERIFY(window.storeOpen());
            QVERIFY(window.isReadOnly());
            QLabel *banner = window.readOnlyBanner();
            QVERIFY(banner && banner->isVisible());
            QVERIFY2(banner->text().contains(QLatin1String("read-only")) && banner->text().contains(store),
                     qPrintable(banner->text()));
            QVERIFY2(window.windowTitle().contains(QLatin1String("(read-only)")), qPrintable(window.windowTitle()));
            for (const char *name : {"actionImportFiles", "actionImportFolder", "actionAddRegistry", "actionAddCluster",
                                     "actionAddVault", "actionImportInventory", "actionSources", "actionCollect"})
                QVERIFY2(!action(window, name)->isEnabled(), name);
            QVERIFY(action(window, "actionRefresh")->isEnabled()); // looking is still allowed
            QCOMPARE(window.importPaths({m_report}), quint64(0));
            QCOMPARE(window.collect(), quint64(0));

            // Every page loads; the findings are all there.
            for (const bulkhead::ui::PageInfo &info : bulkhead::ui::pageInfos()) {
                window.showPage(info.id);
                QTest::qWait(50);
            }
            bulkhead::ui::FindingsView *findings = window.findingsView();
            window.showPage(bulkhead::ui::PageId::Findings);
            QTRY_COMPARE_WITH_TIMEOUT(findings->model()->totalCount(), qint64(kFindings), kTimeout);
            QVERIFY(findings->isReadOnly());
            for (QAction *a : findings->menuActions()) {
                if (a->text().contains(QLatin1String("Confirm")))
                    QVERIFY(!a->isEnabled());
            }
            // Triage asked for anyway is refused with a message, not attempted.
            findings->table()->selectRow(0);
            QSignalSpy finished(findings, &bulkhead::ui::FindingsView::triageFinished);
            bulkhead::TriageChange change;
            change.status = bulkhead::FindingStatus::Confirmed;
            findings->applyToSelection(change);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
            QCOMPARE(finished.first().at(0).toLongLong(), 0);
            QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("read-only")),
                     qPrintable(finished.first().at(1).toString()));
            QTest::qWait(200); // the other pages' loads finish before the window goes
        }
        QCOMPARE(fileSha256(store), before);
        // The programs' own store check agrees: only ReadOnly opens it, with a reason that names it.
        QVERIFY(!bulkhead::storeWritable(store.toStdString()));
        try {
            Database::open(store.toStdString());
            QFAIL("a read-only store opened read-write");
        } catch (const bulkhead::StoreError &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(store) && message.contains(QLatin1String("read-only")), qPrintable(message));
        }
        const Database reader = Database::open(store.toStdString(), Database::Access::ReadOnly);
        QCOMPARE(reader.scalar("SELECT count(*) FROM findings"), kFindings);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!g_unprivileged)
            QSKIP("running as root and cannot become an unprivileged user: root may write any store");
        QVERIFY(m_dir.isValid());
        m_report = m_dir.path() + QStringLiteral("/scan.json");
        bulkhead::test::writeFile(m_report, bulkhead::test::trivyReport(1, kFindings));
    }

    // The control: the same window on a writable store shows no banner and enables the actions.
    void writableStoreIsEditable()
    {
        const QString store = writeStore(m_dir.path() + QStringLiteral("/writable"));
        bulkhead::ui::MainWindow window(store);
        window.show();
        QVERIFY(window.storeOpen());
        QVERIFY(!window.isReadOnly());
        QVERIFY(!window.readOnlyBanner()->isVisible());
        QVERIFY(!window.windowTitle().contains(QLatin1String("read-only")));
        QVERIFY(action(window, "actionImportFiles")->isEnabled());
        QVERIFY(action(window, "actionCollect")->isEnabled());
        QVERIFY(!window.findingsView()->isReadOnly());
        QVERIFY(bulkhead::storeWritable(store.toStdString()));
    }

    void readOnlyFile()
    {
        const QString store = writeStore(m_dir.path() + QStringLiteral("/file"));
        QVERIFY(QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        verifyReadOnlyWindow(store);
    }

    void readOnlyFolder()
    {
        const QString folder = m_dir.path() + QStringLiteral("/folder");
        const QString store = writeStore(folder);
        // The last connection closed: no WAL is left, everything is in the file.
        QVERIFY(!QFileInfo::exists(store + QStringLiteral("-wal")));
        QVERIFY(::chmod(folder.toLocal8Bit().constData(), 0555) == 0);
        verifyReadOnlyWindow(store);
        QVERIFY(::chmod(folder.toLocal8Bit().constData(), 0755) == 0); // QTemporaryDir removes it
    }

    // bulkheadctl: a write is refused with the reason and the file; reading works.
    void bulkheadctlOnReadOnlyStore()
    {
        if (!QFileInfo(ctlPath()).isExecutable())
            QSKIP("bulkheadctl is not reachable for the unprivileged user (build tree under a private folder)");
        const QString store = writeStore(m_dir.path() + QStringLiteral("/ctl"));
        QVERIFY(QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = fileSha256(store);
        const Run write = runCtl({QStringLiteral("--db"), store, QStringLiteral("import"), m_report});
        QVERIFY2(!write.crashed, qPrintable(write.err));
        QCOMPARE(write.exitCode, 1);
        QVERIFY2(write.err.contains(store) && write.err.contains(QLatin1String("read-only")), qPrintable(write.err));
        const Run read = runCtl({QStringLiteral("--db"), store, QStringLiteral("stats")});
        QVERIFY2(!read.crashed && read.exitCode == 0, qPrintable(read.err));
        QVERIFY2(read.out.contains(QStringLiteral("findings: %1").arg(kFindings)), qPrintable(read.out));
        QCOMPARE(fileSha256(store), before);
    }

    // The GUI binary starts on a read-only store (it used to open every store read-write first,
    // which a read-only store now refuses): the window comes up and is saved as a picture.
    void guiStartsOnReadOnlyStore()
    {
        const QString gui = qEnvironmentVariable("BULKHEAD_GUI");
        if (!QFileInfo(gui).isExecutable())
            QSKIP("the GUI binary is not reachable for the unprivileged user, or BULKHEAD_GUI is not set");
        const QString store = writeStore(m_dir.path() + QStringLiteral("/gui"));
        QVERIFY(QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = fileSha256(store);
        const QString picture = m_dir.path() + QStringLiteral("/window.png");
        const Run run = runProgram(gui, {QStringLiteral("--db"), store, QStringLiteral("--screenshot"), picture,
                                         QStringLiteral("--screenshot-delay"), QStringLiteral("500")},
                                   0, 30000);
        QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("Cannot open")), qPrintable(run.err));
        QVERIFY(QFileInfo(picture).size() > 0);
        QCOMPARE(fileSha256(store), before);
    }
};

int main(int argc, char **argv)
{
    g_unprivileged = becomeUnprivileged();
    QApplication app(argc, argv);
    TestReadOnlyStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    const int result = QTest::qExec(&test, argc, argv);
    if (!g_privateBase.isEmpty())
        QDir(g_privateBase).removeRecursively();
    return result;
}

#include "tst_readonlystore.moc"
