// SIGKILL at random moments of a schema migration, 50 times. The store is one as Bulkhead's
// first schema (user_version 1) wrote it, built here from migration step 1 alone, with enough
// findings and rules (40,000 and 4,000) that migrating it to the current schema (indexes over
// the findings, the full-text index over the rules) takes a measurable time. The real
// `bulkheadctl` opens it read-write (an import of an empty folder), which migrates first; it is
// killed at a moment drawn from 0 to 120% of an uncut run. Afterwards the store is at version 1
// as it was or at the current version with every table, never in between; it opens (migrating
// when it was left at 1), SQLite's integrity check says "ok", and every row is still there.
// Seed: $BULKHEAD_FAULT_SEED, else random (printed).

#include "faultsupport.h"

#include "store/migrations.h"

#include <QDir>
#include "killclock.h"
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace bulkhead::faulttest;
using bulkhead::Database;

namespace {

constexpr int kFindings = 40000;
constexpr int kRules = 4000;
constexpr int kAssets = 200;
constexpr int kPackages = 500;

// The version and table count of a store as a raw SQLite connection finds them (recovering a WAL
// a killed writer left, nothing else): what the kill left, before Bulkhead touches it again.
struct RawState {
    int version = -1;
    int tables = -1;
};

RawState rawState(const QString &path)
{
    RawState state;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        auto scalar = [db](const char *sql) {
            sqlite3_stmt *st = nullptr;
            int value = -1;
            if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
                value = sqlite3_column_int(st, 0);
            sqlite3_finalize(st);
            return value;
        };
        state.version = scalar("PRAGMA user_version");
        state.tables = scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
    }
    sqlite3_close(db);
    return state;
}

} // namespace

class TestKillMigration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_version1; // the pristine old store, copied for each round
    QString m_empty;    // an empty folder: the import that makes bulkheadctl open the store
    int m_version1Tables = 0;
    int m_currentTables = 0;
    qint64 m_uncutMs = 0;

    // A store as Bulkhead's first schema wrote it: page size and WAL as Database::open sets them,
    // migration step 1 only, the rows inserted in bulk.
    void writeVersion1Store(const QString &path)
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        auto exec = [db](const std::string &sql) {
            char *err = nullptr;
            const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
            const QString message = QString::fromUtf8(err ? err : "");
            sqlite3_free(err);
            return rc == SQLITE_OK ? QString() : message;
        };
        const auto n = [](int count) {
            return "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + std::to_string(count)
                + ") ";
        };
        const std::vector<std::string> steps = {
            "PRAGMA page_size = 16384",
            "PRAGMA journal_mode = WAL",
            "BEGIN",
            std::string(bulkhead::schemaMigrations().at(0)),
            "INSERT INTO tools(name) VALUES ('Trivy')",
            "INSERT INTO reports(content_hash, path, format, tool_id, scanned_at, imported_at, bytes, finding_count, "
            "warning_count) VALUES ('h1', 'r.json', 'trivy', 1, 100, 101, 10, "
                + std::to_string(kFindings) + ", 0)",
            n(kAssets) + "INSERT INTO assets(kind, identity, name, first_seen, last_seen) "
                         "SELECT 1, 'img' || i, 'app' || i || ':1', 100, 100 FROM n",
            n(kRules) + "INSERT INTO rules(kind, key, title, description) SELECT 1, 'CVE-2020-' || i, "
                        "'issue ' || i, 'a description of issue ' || i || ' in several words' FROM n",
            n(kPackages) + "INSERT INTO packages(name, type) SELECT 'pkg' || i, 'deb' FROM n",
            n(kFindings) + "INSERT INTO findings(fingerprint, kind, rule_id, asset_id, package_id, severity, "
                           "first_seen, last_seen, first_report_id, last_report_id, tool_mask) SELECT i, 1, "
                           "1 + i % " + std::to_string(kRules) + ", 1 + i % " + std::to_string(kAssets) + ", 1 + i % "
                + std::to_string(kPackages) + ", i % 5, 100, 100, 1, 1, 1 FROM n",
            "PRAGMA application_id = " + std::to_string(0x42484B44),
            "PRAGMA user_version = 1",
            "COMMIT",
        };
        for (const std::string &sql : steps) {
            const QString error = exec(sql);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QCOMPARE(sqlite3_close(db), SQLITE_OK); // the last connection: the WAL goes into the file
    }

    QStringList openArgs(const QString &store) const
    {
        return {QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("--quiet"), m_empty};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_empty = m_dir.path() + QStringLiteral("/empty");
        QVERIFY(QDir().mkpath(m_empty));
        m_version1 = m_dir.path() + QStringLiteral("/version1.db");
        writeVersion1Store(m_version1);
        const RawState old = rawState(m_version1);
        QCOMPARE(old.version, 1);
        m_version1Tables = old.tables;
        const QString fresh = m_dir.path() + QStringLiteral("/fresh.db");
        { Database::open(fresh.toStdString()); }
        m_currentTables = rawState(fresh).tables;
        QVERIFY(m_currentTables > m_version1Tables);
    }

    void uncutMigrationKeepsEverything()
    {
        const QString store = m_dir.path() + QStringLiteral("/uncut.db");
        QVERIFY(QFile::copy(m_version1, store));
        const Run run = runCtl(openArgs(store));
        QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(run.err));
        m_uncutMs = run.ms;
        const RawState raw = rawState(store);
        QCOMPARE(raw.version, Database::currentSchemaVersion());
        QCOMPARE(raw.tables, m_currentTables);
        const StoreState state = openAndCheck(store);
        QCOMPARE(state.integrity, QStringLiteral("ok"));
        QCOMPARE(state.findings, qint64(kFindings));
        qInfo("uncut migration from version 1 to %d: %lld ms", Database::currentSchemaVersion(),
              static_cast<long long>(m_uncutMs));
    }

    void killedMigrationIsAllOrNothing()
    {
        QVERIFY(m_uncutMs > 0);
        KillClock clock(m_uncutMs);

        const int rounds = 50;
        int killed = 0, old = 0, migrated = 0;
        for (int round = 0; round < rounds; ++round) {
            const QString store = m_dir.path() + QStringLiteral("/killed.db");
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(store + QLatin1String(suffix));
            QVERIFY(QFile::copy(m_version1, store));
            const int delayMs = clock.nextMs();
            bool ok = false;
            const bool wasKilled = killCtlAfter(openArgs(store), delayMs, &ok);
            QVERIFY(ok);
            killed += wasKilled ? 1 : 0;

            const QString where = QStringLiteral("round %1, kill after %2 ms").arg(round).arg(delayMs);
            const RawState raw = rawState(store);
            if (raw.version == 1) {
                QVERIFY2(raw.tables == m_version1Tables, qPrintable(where));
                QVERIFY2(wasKilled, qPrintable(where)); // a run to its end migrated
                ++old;
            } else {
                QVERIFY2(raw.version == Database::currentSchemaVersion() && raw.tables == m_currentTables,
                         qPrintable(where + QStringLiteral(": version %1, %2 tables").arg(raw.version).arg(raw.tables)));
                ++migrated;
            }
            StoreState state;
            try {
                state = openAndCheck(store);
            } catch (const std::exception &e) {
                QFAIL(qPrintable(where + QStringLiteral(": the store does not open: ") + QString::fromUtf8(e.what())));
            }
            QVERIFY2(state.integrity == QLatin1String("ok"), qPrintable(where + QStringLiteral(": ") + state.integrity));
            QVERIFY2(state.findings == kFindings && state.reports == 1,
                     qPrintable(where + QStringLiteral(": %1 findings").arg(state.findings)));
            QCOMPARE(state.version, Database::currentSchemaVersion());
        }
        qInfo("%d rounds: %d killed; afterwards %d stores still at version 1, %d migrated", rounds, killed, old,
              migrated);
        QVERIFY2(old >= rounds / 5, qPrintable(QStringLiteral("only %1 of %2 rounds killed before the migration's commit")
                                                   .arg(old)
                                                   .arg(rounds)));
    }
};

QTEST_GUILESS_MAIN(TestKillMigration)
#include "tst_killmigration.moc"
