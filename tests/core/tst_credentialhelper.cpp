// Docker credential helpers: run only when approved, found on PATH, started without a shell,
// given the host on stdin; their answers, failures and timeouts become clear errors that never
// quote what could be a secret. The helpers are small shell scripts written by the test.
#include "credentials/credentialhelper.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace bulkhead;

namespace {

constexpr const char *kSecret = "s3cr3t-from-helper";

} // namespace

class TestCredentialHelper : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_oldPath;

    QString marker(const QString &name) const { return m_dir.filePath(name); }

    // An executable docker-credential-<name> in the test's PATH directory.
    void writeHelper(const QString &name, const QByteArray &body)
    {
        const QString path = m_dir.filePath(QStringLiteral("bin/docker-credential-") + name);
        bulkhead::test::writeFile(path, "#!/bin/sh\n" + body);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // approvals written below stay out of the user's settings
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("bin")));
        m_oldPath = qgetenv("PATH");
        qputenv("PATH", m_dir.filePath(QStringLiteral("bin")).toUtf8() + ":" + m_oldPath);
        // Records its arguments and stdin, answers with the host it was asked about as user.
        writeHelper(QStringLiteral("fake"),
                    "printf '%s' \"$*\" > '" + marker("fake.args").toUtf8() + "'\n"
                    "host=$(cat)\n"
                    "printf '%s' \"$host\" > '" + marker("fake.stdin").toUtf8() + "'\n"
                    "printf '{\"ServerURL\":\"%s\",\"Username\":\"user-for-%s\",\"Secret\":\"" + kSecret + "\"}' "
                    "\"$host\" \"$host\"\n");
        writeHelper(QStringLiteral("empty"), "cat >/dev/null; echo 'credentials not found in native keychain'; exit 1\n");
        writeHelper(QStringLiteral("broken"), "cat >/dev/null; echo 'backend exploded' >&2; exit 3\n");
        writeHelper(QStringLiteral("garbage"), QByteArray("cat >/dev/null; echo 'Secret=") + kSecret + " not json'\n");
        writeHelper(QStringLiteral("slow"), "sleep 10\n");
        writeHelper(QStringLiteral("token"),
                    "cat >/dev/null; printf '{\"Username\":\"<token>\",\"Secret\":\"refresh-token\"}'\n");
    }

    void cleanupTestCase() { qputenv("PATH", m_oldPath); }

    void approvedHelperAnswers()
    {
        QFile::remove(marker("fake.args"));
        const std::string host = "registry.example:5000";
        const CredentialResult r = CredentialHelper({"fake"}).get("fake", host);
        QVERIFY2(r.ok(), r.error.c_str());
        QVERIFY(r.credentials);
        QCOMPARE(r.credentials->user, "user-for-" + host);
        QCOMPARE(r.credentials->password, std::string(kSecret));
        QCOMPARE(bulkhead::test::readFile(marker("fake.args")), QByteArray("get"));
        QCOMPARE(bulkhead::test::readFile(marker("fake.stdin")), QByteArray::fromStdString(host));
    }

    void notApprovedDoesNotRun()
    {
        QFile::remove(marker("fake.args"));
        const CredentialResult r = CredentialHelper({"other"}).get("fake", "h");
        QVERIFY(!r.credentials);
        QVERIFY2(r.error.find("not approved") != std::string::npos, r.error.c_str());
        QVERIFY2(r.error.find("BULKHEAD_APPROVED_CREDENTIAL_HELPERS=fake") != std::string::npos, r.error.c_str());
        QVERIFY(!QFile::exists(marker("fake.args")));
    }

    // Shell syntax in a helper name is refused before anything runs, even when "approved"; the
    // host reaches the helper as data on stdin, never as a command line.
    void noShell()
    {
        QFile::remove(marker("pwned"));
        QFile::remove(marker("fake.args"));
        const std::string evil = "fake;touch " + marker("pwned").toStdString();
        for (const std::string &name : {evil, std::string("fake && true"), std::string("../bin/docker-credential-fake"),
                                        std::string("$(fake)"), std::string("-fake"), std::string()}) {
            const CredentialResult r = CredentialHelper({name}).get(name, "h");
            QVERIFY(!r.credentials);
            QVERIFY2(r.error.find("refusing credential helper") != std::string::npos, r.error.c_str());
            QVERIFY(!CredentialHelper::validName(name));
        }
        QVERIFY(!QFile::exists(marker("pwned")));
        QVERIFY(!QFile::exists(marker("fake.args")));

        const std::string host = "h;touch " + marker("pwned").toStdString() + " `id` $(id)";
        const CredentialResult r = CredentialHelper({"fake"}).get("fake", host);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(bulkhead::test::readFile(marker("fake.stdin")), QByteArray::fromStdString(host));
        QVERIFY(!QFile::exists(marker("pwned")));
    }

    void failuresAreClear()
    {
        CredentialResult r = CredentialHelper({"empty"}).get("empty", "reg.example");
        QVERIFY(!r.credentials);
        QCOMPARE(r.error, std::string("credential helper docker-credential-empty has no credentials for reg.example"));

        r = CredentialHelper({"broken"}).get("broken", "reg.example");
        QVERIFY2(r.error.find("exit code 3") != std::string::npos, r.error.c_str());
        QVERIFY2(r.error.find("backend exploded") != std::string::npos, r.error.c_str());

        r = CredentialHelper({"garbage"}).get("garbage", "reg.example");
        QVERIFY(!r.credentials);
        QVERIFY2(r.error.find("did not answer with JSON") != std::string::npos, r.error.c_str());
        QVERIFY2(r.error.find(kSecret) == std::string::npos, r.error.c_str());

        r = CredentialHelper({"missing"}).get("missing", "reg.example");
        QVERIFY2(r.error.find("not found on PATH") != std::string::npos, r.error.c_str());

        QElapsedTimer t;
        t.start();
        r = CredentialHelper({"slow"}, 500).get("slow", "reg.example");
        QVERIFY2(r.error.find("did not answer within") != std::string::npos, r.error.c_str());
        QVERIFY(t.elapsed() < 5000);
    }

    void identityTokenPassedOn()
    {
        const CredentialResult r = CredentialHelper({"token"}).get("token", "reg.example");
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.credentials->user, std::string("<token>"));
        QCOMPARE(r.credentials->password, std::string("refresh-token"));
    }

    void approvalsFromSettingsAndEnvironment()
    {
        qunsetenv("BULKHEAD_APPROVED_CREDENTIAL_HELPERS");
        CredentialHelper::setApprovedHelpersSetting({});
        QVERIFY(CredentialHelper::approvedHelpers().empty());
        CredentialHelper::setApprovedHelpersSetting({"pass", "secretservice"});
        qputenv("BULKHEAD_APPROVED_CREDENTIAL_HELPERS", " fake, ,ecr-login");
        QCOMPARE(CredentialHelper::approvedHelpers(),
                 (std::vector<std::string>{"pass", "secretservice", "fake", "ecr-login"}));
        const CredentialResult r = CredentialHelper(CredentialHelper::approvedHelpers()).get("fake", "h");
        QVERIFY2(r.ok(), r.error.c_str());
        qunsetenv("BULKHEAD_APPROVED_CREDENTIAL_HELPERS");
        CredentialHelper::setApprovedHelpersSetting({});
    }
};

QTEST_GUILESS_MAIN(TestCredentialHelper)
#include "tst_credentialhelper.moc"
