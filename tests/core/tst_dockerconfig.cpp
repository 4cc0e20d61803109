// Registry credentials from docker's config.json in a temporary DOCKER_CONFIG: every way docker
// writes them, the host spellings it uses, helper precedence, and clear errors; then the resolver
// that picks anonymous, keyring (Basic) or docker config per source.
#include "credentials/dockerconfigcredentials.h"
#include "credentials/registrycredentialresolver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <map>

using namespace bulkhead;

namespace {

// An in-memory SecretStore: the resolver's own logic, without a desktop session (the real
// keyring is tested in tst_keyring).
class MemorySecretStore final : public SecretStore
{
public:
    std::map<std::string, std::string> secrets;
    bool isAvailable = true;

    bool available(std::string *why) override
    {
        if (why)
            *why = isAvailable ? "" : "no keyring";
        return isAvailable;
    }
    SecretResult read(const std::string &key) override
    {
        SecretResult r;
        if (!isAvailable) {
            r.error = "no keyring";
        } else if (auto it = secrets.find(key); it != secrets.end()) {
            r.ok = true;
            r.value = it->second;
        } else {
            r.notFound = true;
            r.error = "not found";
        }
        return r;
    }
    SecretResult write(const std::string &key, const std::string &secret) override
    {
        secrets[key] = secret;
        return {true, false, {}, {}};
    }
    SecretResult remove(const std::string &key) override
    {
        secrets.erase(key);
        return {true, false, {}, {}};
    }
};

QByteArray basic(const QByteArray &userColonPassword)
{
    return userColonPassword.toBase64();
}

} // namespace

class TestDockerConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void writeConfig(const QByteArray &json)
    {
        bulkhead::test::writeFile(m_dir.filePath(QStringLiteral("config.json")), json);
    }

    static CredentialResult lookup(const std::string &host, std::vector<std::string> approved = {})
    {
        return DockerConfigCredentials(CredentialHelper(std::move(approved))).lookup(host);
    }

private Q_SLOTS:
    void init() { qputenv("DOCKER_CONFIG", m_dir.path().toUtf8()); }
    void cleanupTestCase() { qunsetenv("DOCKER_CONFIG"); }

    void configPathFollowsEnvironment()
    {
        QCOMPARE(DockerConfigCredentials::configPath(), m_dir.filePath(QStringLiteral("config.json")).toStdString());
        const QByteArray oldHome = qgetenv("HOME");
        qunsetenv("DOCKER_CONFIG");
        qputenv("HOME", m_dir.path().toUtf8());
        QCOMPARE(DockerConfigCredentials::configPath(),
                 m_dir.filePath(QStringLiteral(".docker/config.json")).toStdString());
        qputenv("HOME", oldHome);
    }

    void authForms_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        const QByteArray auth = basic("robot:pa:ss word");
        QTest::newRow("auth base64, password with colon")
            << "{\"auths\":{\"reg.example:5000\":{\"auth\":\"" + auth + "\"}}}" << "reg.example:5000" << "robot"
            << "pa:ss word";
        QTest::newRow("key with scheme and path")
            << "{\"auths\":{\"https://Reg.Example:5000/v1/\":{\"auth\":\"" + auth + "\"}}}" << "reg.example:5000"
            << "robot" << "pa:ss word";
        QTest::newRow("username and password fields")
            << QByteArray("{\"auths\":{\"reg.example\":{\"username\":\"u\",\"password\":\"p\"}}}") << "reg.example"
            << "u" << "p";
        QTest::newRow("identity token wins")
            << "{\"auths\":{\"reg.example\":{\"auth\":\"" + basic("00000000:") + "\",\"identitytoken\":\"tok\"}}}"
            << "reg.example" << "<token>" << "tok";
        QTest::newRow("docker hub under its index address")
            << "{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"" + basic("hubuser:hubpass") + "\"}}}"
            << "registry-1.docker.io" << "hubuser" << "hubpass";
        QTest::newRow("exact key preferred")
            << QByteArray("{\"auths\":{\"http://reg.example\":{\"username\":\"a\",\"password\":\"1\"},"
                          "\"reg.example\":{\"username\":\"b\",\"password\":\"2\"}}}")
            << "reg.example" << "b" << "2";
    }
    void authForms()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, host);
        QFETCH(QString, user);
        QFETCH(QString, password);
        writeConfig(config);
        const CredentialResult r = lookup(host.toStdString());
        QVERIFY2(r.ok(), r.error.c_str());
        QVERIFY(r.credentials);
        QCOMPARE(QString::fromStdString(r.credentials->user), user);
        QCOMPARE(QString::fromStdString(r.credentials->password), password);
    }

    void errorsNameTheFile()
    {
        const std::string path = m_dir.filePath(QStringLiteral("config.json")).toStdString();
        QFile::remove(QString::fromStdString(path));
        CredentialResult r = lookup("reg.example");
        QVERIFY(!r.credentials);
        QVERIFY2(r.error.find("cannot read docker config " + path) == 0, r.error.c_str());

        writeConfig("{\"auths\": ");
        r = lookup("reg.example");
        QVERIFY2(r.error.find("docker config " + path + " is not a JSON object") == 0, r.error.c_str());

        writeConfig("{\"auths\":{\"other.example\":{\"auth\":\"" + basic("u:p") + "\"}}}");
        r = lookup("reg.example");
        QCOMPARE(r.error, "docker config " + path + " has no credentials for reg.example");

        writeConfig("{\"auths\":{\"reg.example\":{\"auth\":\"" + basic("no-colon-here") + "\"}}}");
        r = lookup("reg.example");
        QVERIFY2(r.error.find("is not base64 of user:password") != std::string::npos, r.error.c_str());
        QVERIFY(r.error.find("no-colon-here") == std::string::npos);
    }

    // credHelpers[host] beats auths; credsStore serves hosts without an entry; an unapproved
    // helper is an error, not a silent anonymous pull.
    void helperPrecedence()
    {
        QTemporaryDir bin;
        const QString helper = bin.filePath(QStringLiteral("docker-credential-testhelper"));
        bulkhead::test::writeFile(helper, "#!/bin/sh\nhost=$(cat)\nprintf '{\"Username\":\"h-%s\",\"Secret\":\"hs\"}' "
                                          "\"$host\"\n");
        QFile::setPermissions(helper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", bin.path().toUtf8() + ":" + oldPath);

        writeConfig("{\"auths\":{\"a.example\":{\"auth\":\"" + basic("inline:pw") + "\"},\"b.example\":{}},"
                    "\"credHelpers\":{\"a.example\":\"testhelper\"},\"credsStore\":\"testhelper\"}");
        CredentialResult r = lookup("a.example", {"testhelper"});
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.credentials->user, std::string("h-a.example"));
        r = lookup("b.example", {"testhelper"}); // empty auths entry: the store answers
        QCOMPARE(r.credentials->user, std::string("h-b.example"));
        r = lookup("a.example", {});
        QVERIFY(!r.credentials);
        QVERIFY2(r.error.find("not approved") != std::string::npos, r.error.c_str());

        writeConfig("{\"auths\":{\"c.example\":{\"auth\":\"" + basic("inline:pw") + "\"}},\"credsStore\":\"testhelper\"}");
        r = lookup("c.example", {"testhelper"}); // an inline entry is used before the store
        QCOMPARE(r.credentials->user, std::string("inline"));
        qputenv("PATH", oldPath);
    }

    void resolverPerAuthKind()
    {
        MemorySecretStore secrets;
        writeConfig("{\"auths\":{\"reg.example:5000\":{\"auth\":\"" + basic("dockeruser:dockerpw") + "\"}}}");
        const DockerConfigCredentials docker{CredentialHelper({})};
        const RegistryCredentialResolver resolver(secrets, docker);
        RegistrySourceConfig source;
        source.name = "team";
        source.url = "https://reg.example:5000";

        CredentialResult r = resolver.resolve(source);
        QVERIFY(r.ok());
        QVERIFY(!r.credentials); // anonymous

        source.auth = RegistryAuthKind::DockerConfig;
        r = resolver.resolve(source);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.credentials->user, std::string("dockeruser"));

        source.auth = RegistryAuthKind::Basic;
        source.username = "robot";
        r = resolver.resolve(source);
        QVERIFY(!r.credentials);
        QVERIFY2(r.error.find("no password for source team") == 0, r.error.c_str());
        secrets.secrets[SecretStore::registryKey("team")] = "keyring-pw";
        r = resolver.resolve(source);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.credentials->user, std::string("robot"));
        QCOMPARE(r.credentials->password, std::string("keyring-pw"));
        QCOMPARE(SecretStore::registryKey("team"), std::string("bulkhead/registry/team"));
        secrets.isAvailable = false;
        r = resolver.resolve(source);
        QVERIFY(!r.credentials);
        QCOMPARE(r.error, std::string("source team: no keyring"));
    }
};

QTEST_GUILESS_MAIN(TestDockerConfig)
#include "tst_dockerconfig.moc"
