// Store lifecycle: creation, pragmas, migrations, and refusal of stores we must not touch.
#include "store/database.h"
#include "store/storeerror.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

using bulkhead::Database;
using bulkhead::StoreError;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
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
