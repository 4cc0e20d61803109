// Store lifecycle: creation, pragmas, migrations, and refusal of stores we must not touch.
#include "store/database.h"
#include "store/migrations.h"
#include "store/secretrepository.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"
#include "store/workloadrepository.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <map>

using bulkhead::Database;
using bulkhead::StoreError;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    // A store as Bulkhead 4 wrote it: the first four migration steps run on a bare SQLite file
    // (not through Database, which would apply them all), marked as a Bulkhead store of version 4.
    static void writeVersion4Store(const QString &path)
    {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        // Version 2 fills rules.control through this function; the rules table is empty here.
        sqlite3_create_function(
            raw, "bulkhead_control", 3, SQLITE_UTF8, nullptr,
            [](sqlite3_context *ctx, int, sqlite3_value **) { sqlite3_result_null(ctx); }, nullptr, nullptr);
        auto exec = [&](const std::string &sql) {
            char *err = nullptr;
            const int rc = sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &err);
            const std::string message = err ? err : "";
            sqlite3_free(err);
            QVERIFY2(rc == SQLITE_OK, message.c_str());
        };
        exec("BEGIN");
        for (int step = 0; step < 4; ++step)
            exec(std::string(bulkhead::schemaMigrations().at(step)));
        // One of everything a version 4 store holds.
        exec("INSERT INTO tools(name) VALUES ('Trivy');"
             "INSERT INTO reports(content_hash, path, format, tool_id, scanned_at, imported_at, bytes, finding_count, "
             "warning_count) VALUES ('h1', 'r.json', 'trivy', 1, 100, 101, 10, 2, 0);"
             "INSERT INTO assets(kind, identity, name, digest, first_seen, last_seen) VALUES (1, 'img', 'web:1', "
             "'sha256:aa', 100, 100);"
             "INSERT INTO asset_scans VALUES (1, 1, 1, 100, 1);"
             "INSERT INTO rules(kind, key, title, control) VALUES (1, 'CVE-1', 't1', NULL), (1, 'CVE-2', 't2', 'BLD-1');"
             "INSERT INTO packages(name, type) VALUES ('openssl', 'deb');"
             "INSERT INTO findings(fingerprint, kind, rule_id, asset_id, package_id, severity, first_seen, last_seen, "
             "first_report_id, last_report_id, tool_mask) VALUES (11, 1, 1, 1, 1, 5, 100, 100, 1, 1, 1), "
             "(12, 1, 2, 1, 1, 3, 100, 100, 1, 1, 1);"
             "INSERT INTO triage(finding_id, status, updated_by, updated_at) VALUES (1, 2, 'me', 102);"
             "INSERT INTO triage_history(finding_id, changed_at, changed_by, field, new_value) VALUES (1, 102, 'me', "
             "'status', 'accepted');"
             "INSERT INTO store_meta VALUES ('demo', '0');"
             "INSERT INTO sources(name, kind, url, config, created_at) VALUES ('hub', 'registry', 'https://hub', "
             "'{\"name\":\"hub\",\"url\":\"https://hub\"}', 50);"
             "INSERT INTO collection_runs(source_id, started_at, finished_at, status, images) VALUES (1, 60, 70, "
             "'complete', 1);"
             "INSERT INTO images(source_id, repository, digest, first_seen, last_seen) VALUES (1, 'web', 'sha256:aa', "
             "60, 60);"
             "INSERT INTO image_tags VALUES (1, 'web', '1', 'sha256:aa', 60);");
        exec("PRAGMA application_id = " + std::to_string(0x42484B44));
        exec("PRAGMA user_version = 4");
        exec("COMMIT");
        sqlite3_close(raw);
    }

    static QByteArray fileHash(const QString &path)
    {
        return QCryptographicHash::hash(bulkhead::test::readFile(path), QCryptographicHash::Sha256);
    }

private Q_SLOTS:
    void createsAndMigrates()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/sub/dir/store.db").toStdString();
        Database db = Database::open(path);
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(Database::currentSchemaVersion() >= 1);
        auto mode = db.prepare("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(QString::fromStdString(mode.text(0)), QStringLiteral("wal"));
        QCOMPARE(db.scalar("PRAGMA foreign_keys"), 1);
        QVERIFY(db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'findings'") == 1);
        QVERIFY(db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'triage_history'") == 1);
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/store.db").toStdString();
        {
            Database db = Database::open(path);
            db.exec("INSERT INTO tools(name) VALUES('x')");
        }
        Database again = Database::open(path);
        QCOMPARE(again.scalar("SELECT count(*) FROM tools"), 1);
        Database reader = Database::open(path, Database::Access::ReadOnly);
        QCOMPARE(reader.scalar("SELECT count(*) FROM tools"), 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, reader.exec("INSERT INTO tools(name) VALUES('y')"));
    }

    void migratesVersion4KeepingEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + "/v4.db";
        writeVersion4Store(path);
        if (QTest::currentTestFailed())
            return;
        const char *tables[] = {"tools", "reports", "assets", "asset_scans", "rules", "packages", "findings",
                                "triage", "triage_history", "store_meta", "sources", "collection_runs", "images",
                                "image_tags"};
        // Opening migrates; the rows written above are all there afterwards.
        Database db = Database::open(path.toStdString());
        QCOMPARE(db.schemaVersion(), 9);
        QCOMPARE(Database::currentSchemaVersion(), 9);
        const std::map<std::string, std::int64_t> written{
            {"tools", 1},   {"reports", 1}, {"assets", 1}, {"asset_scans", 1}, {"rules", 2},
            {"packages", 1}, {"findings", 2}, {"triage", 1}, {"triage_history", 1}, {"store_meta", 1},
            {"sources", 1}, {"collection_runs", 1}, {"images", 1}, {"image_tags", 1}};
        // Version 9 gives the store an id (store_meta "store_id"); the rows written above are the others.
        for (const char *t : tables) {
            const std::string extra = std::string(t) == "store_meta" ? " WHERE key <> 'store_id'" : "";
            QVERIFY2(db.scalar(std::string("SELECT count(*) FROM ") + t + extra) == written.at(t), t);
        }
        QCOMPARE(db.scalar("SELECT count(*) FROM store_meta WHERE key = 'store_id' AND length(value) = 36"), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM rules WHERE control = 'BLD-1'"), 1);
        QCOMPARE(db.scalar("SELECT status FROM triage WHERE finding_id = 1"), 2);
        QVERIFY(bulkhead::SourceRepository(db).find("hub"));
        QCOMPARE(bulkhead::SourceRepository(db).find("hub")->kind, std::string("registry"));
        for (const char *name : {"kube_workloads", "kube_namespaces", "kube_coverage", "kube_evidence", "kube_objects",
                                 "kube_workloads_cluster", "kube_workloads_namespace", "kube_workloads_name",
                                 "kube_workloads_kind", "kube_workloads_pods", "kube_workloads_failed",
                                 "kube_namespaces_cluster", "kube_objects_kind", "rbac_analyses", "rbac_bindings",
                                 "rbac_subjects", "rbac_subject_bindings", "binding_reviews",
                                 "binding_reviews_binding", "rbac_bindings_cluster", "secrets", "secret_versions",
                                 "secret_uses", "secrets_name", "secrets_age", "secrets_due", "secret_uses_secret"})
            QVERIFY2(db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = '" + std::string(name) + "'") == 1, name);
        auto check = db.prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.text(0), std::string("ok"));
        QCOMPARE(db.scalar("SELECT count(*) FROM pragma_foreign_key_check"), 0);

        // The new tables work in the migrated store, and hang off its sources.
        bulkhead::ClusterSourceConfig cluster;
        cluster.name = "prod";
        cluster.context = "prod";
        const std::int64_t id = bulkhead::SourceRepository(db).add(cluster, 200);
        bulkhead::ClusterCollectionWrite write;
        write.sourceId = id;
        write.cluster = "prod";
        write.now = 201;
        write.workloadsComplete = true;
        bulkhead::KubeWorkload w;
        w.nameSpace = "shop";
        w.kind = "Deployment";
        w.name = "cart";
        write.workloads.push_back(w);
        bulkhead::WorkloadRepository(db).writeCollection(write);
        QCOMPARE(bulkhead::WorkloadRepository(db).count({}), std::int64_t(1));
        bulkhead::SecretSourceWrite secrets;
        secrets.origin = "prod";
        secrets.sourceId = id;
        secrets.now = 201;
        bulkhead::SecretRecord secret;
        secret.location = "shop";
        secret.name = "cart-db";
        secret.uses.push_back({"Deployment", "cart", "app", "env"});
        secrets.secrets.push_back(secret);
        bulkhead::SecretRepository(db).write(secrets);
        QCOMPARE(bulkhead::SecretRepository(db).count({}), std::int64_t(1));
        QVERIFY(bulkhead::SourceRepository(db).remove("prod"));
        QCOMPARE(db.scalar("SELECT count(*) FROM kube_workloads"), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM secrets"), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM secret_uses"), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM images"), 1);
    }

    void refusesNewerSchemaUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + "/newer.db";
        {
            Database db = Database::open(path.toStdString());
            db.exec("PRAGMA user_version = " + std::to_string(Database::currentSchemaVersion() + 7));
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
            db.exec("PRAGMA journal_mode = DELETE");
        }
        const QByteArray before = fileHash(path);
        try {
            Database::open(path.toStdString());
            QFAIL("a store from a newer version was opened");
        } catch (const StoreError &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(path), qPrintable(message));
            QVERIFY2(message.contains("newer"), qPrintable(message));
            QVERIFY2(message.contains("not modified"), qPrintable(message));
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + "-wal"));
    }

    void refusesForeignDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + "/other.db";
        {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw, "CREATE TABLE mine(x)", nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(raw);
        }
        const QByteArray before = fileHash(path);
        QVERIFY_THROWS_EXCEPTION(StoreError, Database::open(path.toStdString()));
        QCOMPARE(fileHash(path), before);
    }

    void refusesGarbageFile()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + "/garbage.db";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        try {
            Database::open(path.toStdString());
            QFAIL("a garbage file was opened as a store");
        } catch (const StoreError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(path), e.what());
        }
    }

    void defaultPathFollowsXdg()
    {
        qputenv("XDG_DATA_HOME", "/tmp/xdg-test-home");
        QCOMPARE(QString::fromStdString(Database::defaultPath()), QStringLiteral("/tmp/xdg-test-home/bulkhead/bulkhead.db"));
        qunsetenv("XDG_DATA_HOME");
        QVERIFY(QString::fromStdString(Database::defaultPath()).endsWith("/.local/share/bulkhead/bulkhead.db"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
