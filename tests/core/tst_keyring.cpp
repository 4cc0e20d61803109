// The desktop keyring for real: the test re-runs itself inside a private D-Bus session with an
// unlocked GNOME Keyring whose files live in a temporary HOME, then writes, reads, overwrites and
// removes a secret, reads it from a worker thread, checks that no file holds it in plain text,
// and that without any keyring the error says so and nothing is stored.
#include "credentials/keyringsecretstore.h"
#include "keyringsession.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace bulkhead;

namespace {

// Child mode without any keyring: prints available()'s reason and write()'s error.
int probeWithoutKeyring(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    KeyringSecretStore store;
    std::string why;
    const bool available = store.available(&why);
    const SecretResult w = store.write(SecretStore::registryKey("probe"), "probe-secret");
    std::printf("available=%d\nwhy=%s\nwrite=%d\nerror=%s\n", available, why.c_str(), w.ok, w.error.c_str());
    return 0;
}

} // namespace

class TestKeyring : public QObject
{
    Q_OBJECT

    std::string m_key = SecretStore::registryKey("tst-keyring-" + std::to_string(QRandomGenerator::global()->generate()));

private Q_SLOTS:
    void roundTrip()
    {
        BULKHEAD_REQUIRE_KEYRING();
        KeyringSecretStore store;
        std::string why;
        QVERIFY2(store.available(&why), why.c_str());
        SecretResult r = store.read(m_key);
        QVERIFY(!r.ok);
        QVERIFY(r.notFound);
        QVERIFY(store.write(m_key, "first p@ss: with spaces").ok);
        r = store.read(m_key);
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.value, std::string("first p@ss: with spaces"));
        QVERIFY(store.write(m_key, "second").ok);
        QCOMPARE(store.read(m_key).value, std::string("second"));
        QVERIFY(store.remove(m_key).ok);
        r = store.read(m_key);
        QVERIFY(r.notFound);
        QVERIFY(r.value.empty());
    }

    void readFromWorkerThread()
    {
        BULKHEAD_REQUIRE_KEYRING();
        KeyringSecretStore main;
        QVERIFY(main.write(m_key, "from-a-thread").ok);
        SecretResult inThread;
        QThread *worker = QThread::create([&] {
            KeyringSecretStore store;
            inThread = store.read(m_key);
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY2(inThread.ok, inThread.error.c_str());
        QCOMPARE(inThread.value, std::string("from-a-thread"));
        QVERIFY(main.remove(m_key).ok);
    }

    // The keyring encrypts; no file under the test's HOME may hold the secret as written.
    void noPlainTextCopy()
    {
        BULKHEAD_REQUIRE_KEYRING();
        const QByteArray secret = "plaintext-canary-" + QByteArray::number(QRandomGenerator::global()->generate());
        KeyringSecretStore store;
        QVERIFY(store.write(m_key, secret.toStdString()).ok);
        int files = 0;
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            QVERIFY2(!f.readAll().contains(secret), qPrintable(path));
        }
        QVERIFY(files > 0); // the keyring file itself was there to look at
        QVERIFY(store.remove(m_key).ok);
    }

    void withoutKeyringSaysSo()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(bulkhead::test::kKeyringSessionVariable), QStringLiteral("probe"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("available=0\n")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("why=no desktop keyring (Secret Service) is available: ")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("write=0\nerror=no desktop keyring (Secret Service) is available: ")),
                 qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("probe-secret")));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariable(bulkhead::test::kKeyringSessionVariable) == QLatin1String("probe"))
        return probeWithoutKeyring(argc, argv);
    QCoreApplication app(argc, argv);
    if (const auto code = bulkhead::test::rerunInKeyringSession(argc, argv))
        return *code;
    TestKeyring test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keyring.moc"
