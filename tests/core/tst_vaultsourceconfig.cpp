// Vault sources: the config's JSON round trip and type errors, each validation rule, the source
// stored and read back by SourceRepository (and refused across kinds), the token read from a
// file or the environment with errors that name where it looked and never hold the token, and
// the folders a source walks.
#include "sources/vaultsourceconfig.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"
#include "testsupport.h"
#include "vault/vaulttoken.h"
#include "vault/vaulttree.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace bulkhead;

namespace {

// Outside the test class: moc reads "//" inside a raw string as a comment.
constexpr const char *kMinimalJson = R"({"name":"v","url":"https://v:8200"})";

VaultSourceConfig sample(const std::string &name)
{
    VaultSourceConfig c;
    c.name = name;
    c.url = "https://vault.example:8200";
    c.mount = "kv/prod";
    c.paths = {"team-a/", "team-b/db"};
    c.tokenEnv = "PROD_VAULT_TOKEN";
    c.tokenFile = "/run/secrets/vault-token";
    c.vaultNamespace = "admin/team";
    c.caFile = "/etc/ssl/vault-ca.pem";
    c.insecure = false;
    c.maxPaths = 5000;
    c.concurrency = 4;
    return c;
}

void compare(const VaultSourceConfig &a, const VaultSourceConfig &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.url, b.url);
    QCOMPARE(a.mount, b.mount);
    QCOMPARE(a.paths, b.paths);
    QCOMPARE(a.tokenEnv, b.tokenEnv);
    QCOMPARE(a.tokenFile, b.tokenFile);
    QCOMPARE(a.vaultNamespace, b.vaultNamespace);
    QCOMPARE(a.caFile, b.caFile);
    QCOMPARE(a.insecure, b.insecure);
    QCOMPARE(a.maxPaths, b.maxPaths);
    QCOMPARE(a.concurrency, b.concurrency);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

} // namespace

class TestVaultSourceConfig : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip()
    {
        const VaultSourceConfig c = sample("prod");
        std::string error;
        const auto back = VaultSourceConfig::fromJson(c.toJson(), &error);
        QVERIFY2(back, error.c_str());
        compare(*back, c);
        QVERIFY(back->validate().empty());
        // The stored JSON holds no token field at all: only where the token comes from.
        QVERIFY(c.toJson().find("\"token\"") == std::string::npos);
    }

    void absentFieldsKeepDefaults()
    {
        std::string error;
        const auto c = VaultSourceConfig::fromJson(kMinimalJson, &error);
        QVERIFY2(c, error.c_str());
        const VaultSourceConfig defaults;
        QCOMPARE(c->mount, defaults.mount);
        QCOMPARE(c->tokenEnv, std::string("VAULT_TOKEN"));
        QCOMPARE(c->maxPaths, defaults.maxPaths);
        QCOMPARE(c->concurrency, defaults.concurrency);
        QVERIFY(c->paths.empty());
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << "{nope" << "not JSON";
        QTest::newRow("array") << "[]" << "not a JSON object";
        QTest::newRow("mount number") << R"({"mount": 3})" << "\"mount\" must be a string";
        QTest::newRow("paths string") << R"({"paths": "team-a/"})" << "\"paths\" must be an array of strings";
        QTest::newRow("insecure string") << R"({"insecure": "yes"})" << "\"insecure\" must be true or false";
        QTest::newRow("maxPaths string") << R"({"maxPaths": "10"})" << "\"maxPaths\" must be a number";
    }
    void jsonErrors()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        std::string error;
        QVERIFY(!VaultSourceConfig::fromJson(json.toStdString(), &error));
        QVERIFY2(QString::fromStdString(error).contains(expected), error.c_str());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // "" = valid
        QTest::newRow("ok") << "" << "" << "";
        QTest::newRow("name empty") << "name" << "" << "1 to 64 characters";
        QTest::newRow("name slash") << "name" << "a/b" << "may only hold";
        QTest::newRow("url with /v1") << "url" << "https://vault:8200/v1" << "without /v1";
        QTest::newRow("url ftp") << "url" << "ftp://vault" << "http(s)://host";
        QTest::newRow("url userinfo") << "url" << "https://me:pw@vault" << "http(s)://host";
        QTest::newRow("url trailing slash") << "url" << "https://vault.example:8200/" << "";
        QTest::newRow("http not insecure") << "url" << "http://vault:8200" << "plain http";
        QTest::newRow("http insecure") << "insecure-http" << "http://vault:8200" << "";
        QTest::newRow("mount empty") << "mount" << "" << "must not be empty";
        QTest::newRow("mount leading /") << "mount" << "/secret" << "must not start or end with '/'";
        QTest::newRow("mount trailing /") << "mount" << "secret/" << "must not start or end with '/'";
        QTest::newRow("mount dotdot") << "mount" << "kv/../sys" << "\"..\"";
        QTest::newRow("mount nested") << "mount" << "kv/team" << "";
        QTest::newRow("path leading /") << "path" << "/team-a/" << "must not start with '/'";
        QTest::newRow("path dotdot") << "path" << "team-a/../../sys/" << "\"..\"";
        QTest::newRow("path dot") << "path" << "./team-a" << "\"..\"";
        QTest::newRow("path empty segment") << "path" << "team-a//db" << "empty segment";
        QTest::newRow("path empty") << "path" << "" << "must not be empty";
        QTest::newRow("path control") << "path" << "team\n-a/" << "control characters";
        QTest::newRow("path folder") << "path" << "team-a/" << "";
        QTest::newRow("token env bad") << "tokenEnv" << "VAULT-TOKEN" << "not an environment variable name";
        QTest::newRow("token env digit") << "tokenEnv" << "1TOKEN" << "not an environment variable name";
        QTest::newRow("token env ignored with file") << "tokenEnvWithFile" << "not a name" << "";
        QTest::newRow("maxPaths 0") << "maxPaths" << "0" << "path limit";
        QTest::newRow("maxPaths too many") << "maxPaths" << "10000001" << "path limit";
        QTest::newRow("maxPaths max") << "maxPaths" << "10000000" << "";
        QTest::newRow("concurrency 0") << "concurrency" << "0" << "concurrency";
        QTest::newRow("concurrency 65") << "concurrency" << "65" << "concurrency";
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        VaultSourceConfig c = sample("prod");
        const std::string v = value.toStdString();
        if (field == "name")
            c.name = v;
        else if (field == "url")
            c.url = v;
        else if (field == "insecure-http")
            c.url = v, c.insecure = true;
        else if (field == "mount")
            c.mount = v;
        else if (field == "path")
            c.paths = {"team-b/", v};
        else if (field == "tokenEnv")
            c.tokenFile.clear(), c.tokenEnv = v;
        else if (field == "tokenEnvWithFile")
            c.tokenEnv = v;
        else if (field == "maxPaths")
            c.maxPaths = value.toInt();
        else if (field == "concurrency")
            c.concurrency = value.toInt();
        const std::string problem = c.validate();
        if (expected.isEmpty())
            QVERIFY2(problem.empty(), problem.c_str());
        else
            QVERIFY2(QString::fromStdString(problem).contains(expected), problem.c_str());
    }

    void storedAsVaultKind()
    {
        QTemporaryDir dir;
        Database db = Database::open(dir.filePath("store.db").toStdString());
        SourceRepository sources(db);
        const VaultSourceConfig c = sample("prod");
        const std::int64_t id = sources.add(c, 1700000000);
        QVERIFY(id > 0);
        const auto row = sources.find("prod");
        QVERIFY(row);
        QCOMPARE(row->kind, std::string("vault"));
        QCOMPARE(row->url, c.url);
        QCOMPARE(row->createdAt, std::int64_t(1700000000));
        compare(row->vault, c);

        VaultSourceConfig changed = c;
        changed.paths = {"team-c/"};
        changed.maxPaths = 10;
        sources.update(changed);
        compare(sources.find("prod")->vault, changed);

        // Duplicates, invalid configs and updates across kinds are refused with the problem named.
        QVERIFY_THROWS_EXCEPTION(StoreError, sources.add(c));
        VaultSourceConfig bad = sample("other");
        bad.mount = "/secret";
        try {
            sources.add(bad);
            QFAIL("an invalid config was stored");
        } catch (const StoreError &e) {
            QVERIFY2(QString(e.what()).contains("mount"), e.what());
        }
        QVERIFY(!sources.find("other"));
        ClusterSourceConfig cluster;
        cluster.name = "prod";
        cluster.context = "ctx";
        try {
            sources.update(cluster);
            QFAIL("a cluster config was written over a vault source");
        } catch (const StoreError &e) {
            QVERIFY2(QString(e.what()).contains("vault source"), e.what());
        }
        QCOMPARE(sources.list().size(), std::size_t(1));
        QVERIFY(sources.remove("prod"));
        QVERIFY(!sources.find("prod"));
    }

    void tokenFromFile()
    {
        QTemporaryDir dir;
        VaultSourceConfig c = sample("prod");
        const std::string token = "hvs.CAESIFileToken0123456789";
        c.tokenFile = writeFile(dir, "token", QByteArray::fromStdString("  " + token + "\n")).toStdString();
        std::string error;
        bool absent = true;
        const auto read = readVaultToken(c, &error, &absent);
        QVERIFY2(read, error.c_str());
        QCOMPARE(*read, token);
        QVERIFY(!absent);
    }

    void tokenFileProblems_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty name = no file
        QTest::addColumn<bool>("create");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QByteArray() << false << "cannot be read";
        QTest::newRow("empty") << QByteArray(" \n\n") << true << "is empty";
        QTest::newRow("huge") << QByteArray(70 * 1024, 'a') << true << "larger than 64 KiB";
        QTest::newRow("control") << QByteArray("hvs.abc\x01" "def\n") << true << "control characters";
    }
    void tokenFileProblems()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, create);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        VaultSourceConfig c = sample("prod");
        c.tokenFile = create ? writeFile(dir, "token", content).toStdString() : dir.filePath("absent").toStdString();
        std::string error;
        bool absent = true;
        QVERIFY(!readVaultToken(c, &error, &absent));
        QVERIFY(!absent);
        QVERIFY2(QString::fromStdString(error).contains(expected), error.c_str());
        QVERIFY2(QString::fromStdString(error).contains(QString::fromStdString(c.tokenFile)), error.c_str());
        if (create && content.size() < 100)
            QVERIFY(error.find("def") == std::string::npos); // nothing of the content
    }

    void tokenFromEnvironment()
    {
        VaultSourceConfig c = sample("prod");
        c.tokenFile.clear();
        c.tokenEnv = "BULKHEAD_TEST_VAULT_TOKEN";
        ::unsetenv(c.tokenEnv.c_str());
        std::string error;
        bool absent = false;
        QVERIFY(!readVaultToken(c, &error, &absent));
        QVERIFY(absent);
        QVERIFY2(error.find("BULKHEAD_TEST_VAULT_TOKEN") != std::string::npos, error.c_str());
        QVERIFY2(error.find("prod") != std::string::npos, error.c_str());

        ::setenv(c.tokenEnv.c_str(), "hvs.FromTheEnvironment", 1);
        error.clear();
        const auto read = readVaultToken(c, &error, &absent);
        ::unsetenv(c.tokenEnv.c_str());
        QVERIFY2(read, error.c_str());
        QCOMPARE(*read, std::string("hvs.FromTheEnvironment"));
        QVERIFY(!absent);
    }

    void roots()
    {
        QCOMPARE(vaultRoots({}), std::vector<std::string>{""});
        QCOMPARE(vaultRoots({"team-a"}), std::vector<std::string>{"team-a/"});
        // A folder under another is walked as part of it; duplicates go.
        QCOMPARE(vaultRoots({"team-b/", "team-a/db/", "team-a", "team-b"}),
                 (std::vector<std::string>{"team-a/", "team-b/"}));
        // "team-a" is not a parent of "team-ab/".
        QCOMPARE(vaultRoots({"team-ab/", "team-a/"}), (std::vector<std::string>{"team-a/", "team-ab/"}));
    }
};

QTEST_GUILESS_MAIN(TestVaultSourceConfig)
#include "tst_vaultsourceconfig.moc"
