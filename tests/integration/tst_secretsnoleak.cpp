// Secret values and tokens never leave the servers they live on: a generated cluster (secret data
// planted in `data` and in the last-applied-configuration annotation) and a generated Vault tree
// (values planted behind /data/) are collected by the real collectors over TLS, through good,
// partial and refused runs. No planted value and no token may appear in the SQLite file (and its
// WAL, read as bytes, and every text cell read through SQL), in any CollectionResult text, in
// anything written through Qt's message handler, or on stdout/stderr. And the endpoints that
// hold values are never requested at all.
#include "kubeapiserver.h"
#include "storefile.h"
#include "testcerts.h"
#include "testsupport.h"
#include "vaultserver.h"

#include "kube/clustercollector.h"
#include "registry/collectionresult.h"
#include "secrets/secretrecord.h"
#include "sources/clustersourceconfig.h"
#include "sources/vaultsourceconfig.h"
#include "store/database.h"
#include "store/secretrepository.h"
#include "store/sourcerepository.h"
#include "vault/vaultcollector.h"

#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <unistd.h>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

constexpr std::int64_t kNow = 1764000000;
const QString kKubeToken = QStringLiteral("kube-noleak-token-5e1f0a77c2");
const QString kVaultToken = QStringLiteral("hvs.noleak-vault-token-91bd3e");
const QString kWrongToken = QStringLiteral("hvs.noleak-wrong-token-4c7a22");
const char *const kTokenEnv = "BULKHEAD_NOLEAK_VAULT_TOKEN";

// Everything printed while it lives: Qt messages (any thread) and the bytes written to file
// descriptors 1 and 2 (a collector or a library writing there directly).
class OutputCapture
{
public:
    explicit OutputCapture(const QString &dir)
    {
        s_self = this;
        m_previous = qInstallMessageHandler(&OutputCapture::handler);
        std::fflush(stdout);
        std::fflush(stderr);
        for (int fd : {1, 2}) {
            const QString path = dir + QStringLiteral("/fd%1.txt").arg(fd);
            m_files.append(path);
            m_saved.append(dup(fd));
            std::FILE *f = std::fopen(path.toLocal8Bit().constData(), "w+");
            dup2(fileno(f), fd);
            std::fclose(f);
        }
    }
    ~OutputCapture() { stop(); }

    void stop()
    {
        if (m_stopped)
            return;
        m_stopped = true;
        std::fflush(stdout);
        std::fflush(stderr);
        for (int i = 0; i < 2; ++i) {
            dup2(m_saved[i], i + 1);
            close(m_saved[i]);
        }
        qInstallMessageHandler(m_previous);
        s_self = nullptr;
    }

    // What was captured: the messages, then each descriptor's bytes.
    QByteArray text() const
    {
        QByteArray all;
        {
            QMutexLocker lock(&m_mutex);
            all = m_messages;
        }
        for (const QString &path : m_files) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
    int messageCount() const
    {
        QMutexLocker lock(&m_mutex);
        return m_count;
    }

private:
    static void handler(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        if (OutputCapture *self = s_self) {
            QMutexLocker lock(&self->m_mutex);
            self->m_messages += message.toUtf8() + '\n';
            ++self->m_count;
        }
    }

    static inline OutputCapture *s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QByteArray m_messages;
    int m_count = 0;
    QStringList m_files;
    QList<int> m_saved;
    bool m_stopped = false;
};

// Every text cell of every table, read through SQL (a value split over overflow pages would escape
// a plain byte scan of the file).
QByteArray storeCells(const QString &store)
{
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    QStringList tables;
    auto list = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
    while (list.step())
        tables.append(QString::fromStdString(list.text(0)));
    QByteArray all;
    for (const QString &table : tables) {
        auto st = db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table).toStdString());
        while (st.step()) {
            for (int c = 0; c < st.columnCount(); ++c) {
                if (!st.isNull(c))
                    all += QByteArray::fromStdString(st.text(c)) + '\n';
            }
        }
    }
    return all;
}

QByteArray resultText(const CollectionResult &r)
{
    QByteArray all = QByteArray::fromStdString(r.error) + '\n';
    for (const std::string &s : r.failures)
        all += QByteArray::fromStdString(s) + '\n';
    for (const std::string &s : r.notCollected)
        all += QByteArray::fromStdString(s) + '\n';
    return all;
}

std::int64_t storedSecrets(const QString &store, SecretStoreKind kind)
{
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    SecretFilter f;
    f.store = secretStoreKindName(kind);
    return SecretRepository(db).count(f);
}

} // namespace

class SecretsNoLeakTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestCerts> m_certs;

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        bulkhead::test::writeFile(path, content);
        return path;
    }

    // Where each needle was found, "" when nowhere.
    static QString findAny(const QStringList &needles, const QByteArray &haystack, const char *where)
    {
        for (const QString &n : needles) {
            if (haystack.contains(n.toUtf8()))
                return QStringLiteral("%1 found in %2").arg(n, QLatin1String(where));
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveTool(QStringLiteral("openssl")))
            QSKIP("openssl is not installed (TestCerts needs it)");
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8()); // the default policy
        m_certs = std::make_unique<TestCerts>(m_dir.filePath(QStringLiteral("certs")));
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
    }

    void clusterAndVault()
    {
        KubeApiServer kube(*m_certs);
        kube.addToken(kKubeToken);
        const GeneratedCluster cluster{.namespaces = 4, .controllers = 12, .pods = 24, .rbacObjects = 8, .secrets = 40,
                                       .networkPolicies = 3, .seed = 11};
        kube.generateCluster(cluster);
        QVERIFY(kube.start());

        VaultServer vault(*m_certs);
        vault.addToken(kVaultToken);
        const GeneratedVaultTree tree{.secrets = 150, .fanout = 8, .seed = 5, .now = kNow};
        vault.generate(QStringLiteral("secret"), tree);
        QVERIFY(vault.start());

        const QString kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig.yaml"));
        QVERIFY(kube.writeKubeconfig(kubeconfig, kKubeToken));
        ClusterSourceConfig clusterSource;
        clusterSource.name = "prod";
        clusterSource.kubeconfig = kubeconfig.toStdString();
        clusterSource.context = "test";
        clusterSource.server = kube.url().toStdString();
        clusterSource.pageSize = 7;

        VaultSourceConfig vaultSource;
        vaultSource.name = "vault-prod";
        vaultSource.url = vault.url().toStdString();
        vaultSource.mount = "secret";
        vaultSource.caFile = m_certs->caCert().toStdString();
        vaultSource.tokenFile = file("vault-token", kVaultToken.toUtf8() + '\n').toStdString();

        const QString store = m_dir.filePath(QStringLiteral("store.db"));
        {
            Database db = Database::open(store.toStdString());
            SourceRepository(db).add(clusterSource, kNow);
            SourceRepository(db).add(vaultSource, kNow);
        }

        // The folder forbidden in the partial run: the first one the generator makes.
        const QString forbidden = QStringLiteral("team-00/");
        int underForbidden = 0;
        CollectionResult clusterRun, vaultRun, partialRun, refusedRun, envRun;
        QByteArray captured;
        int messages = 0;
        {
            OutputCapture capture(m_dir.path());
            ClusterCollector clusterCollector(store.toStdString(), clusterSource, nullptr);
            clusterCollector.setNow(kNow);
            clusterCollector.setTrustedRegistries({});
            clusterRun = clusterCollector.run();

            VaultCollector vaultCollector(store.toStdString(), vaultSource);
            vaultCollector.setNow(kNow);
            vaultRun = vaultCollector.run();

            vault.forbid(QStringLiteral("secret"), forbidden);
            VaultCollector partialCollector(store.toStdString(), vaultSource);
            partialCollector.setNow(kNow + 60);
            partialRun = partialCollector.run();

            VaultSourceConfig wrong = vaultSource;
            wrong.tokenFile = file("wrong-token", kWrongToken.toUtf8()).toStdString();
            VaultCollector refusedCollector(store.toStdString(), wrong);
            refusedCollector.setNow(kNow + 120);
            refusedRun = refusedCollector.run();

            VaultSourceConfig fromEnv = vaultSource;
            fromEnv.tokenFile.clear();
            fromEnv.tokenEnv = kTokenEnv;
            qputenv(kTokenEnv, kVaultToken.toUtf8());
            VaultCollector envCollector(store.toStdString(), fromEnv);
            envCollector.setNow(kNow + 180);
            envRun = envCollector.run();
            qunsetenv(kTokenEnv);

            // The capture itself works: what is written here through each way must come back.
            qInfo("noleak-capture-check-message");
            std::fprintf(stderr, "noleak-capture-check-stderr\n");
            capture.stop();
            captured = capture.text();
            messages = capture.messageCount();
        }
        for (const RecordedRequest &r : vault.requests()) {
            if (QString::fromUtf8(r.target).contains("/metadata/" + forbidden))
                ++underForbidden;
        }

        // The runs did what they should (else there would be nothing to leak and the test would prove nothing).
        QVERIFY2(clusterRun.status == CollectionStatus::Complete, clusterRun.error.c_str());
        QCOMPARE(clusterRun.secrets, kube.objectCount(QStringLiteral("secrets")));
        QVERIFY2(vaultRun.status == CollectionStatus::Complete, vaultRun.error.c_str());
        QCOMPARE(vaultRun.secrets, vault.entryCount(QStringLiteral("secret")));
        QVERIFY2(partialRun.status == CollectionStatus::Partial, partialRun.error.c_str());
        QVERIFY(!partialRun.failures.empty());
        QVERIFY2(resultText(partialRun).contains(forbidden.toUtf8()), resultText(partialRun).constData());
        QVERIFY(underForbidden > 0);
        QVERIFY2(refusedRun.status == CollectionStatus::Failed, refusedRun.error.c_str());
        QVERIFY(!refusedRun.error.empty());
        QVERIFY2(envRun.status == CollectionStatus::Partial, envRun.error.c_str()); // still forbidden
        QCOMPARE(storedSecrets(store, SecretStoreKind::Kubernetes), kube.objectCount(QStringLiteral("secrets")));
        QCOMPARE(storedSecrets(store, SecretStoreKind::Vault), vault.entryCount(QStringLiteral("secret")));

        // The needles: every planted value (plain and base64 for the cluster), and the tokens.
        QStringList needles = kube.plantedSecretValues() + vault.plantedValues();
        QCOMPARE(needles.size(), 4 * cluster.secrets + tree.secrets);
        needles << kKubeToken << kVaultToken << kWrongToken;

        const QByteArray bytes = storeFileBytes(store);
        QVERIFY(bytes.size() > 0);
        QVERIFY(bytes.contains("vault-prod")); // the scan reads what the collectors wrote
        QString hit = findAny(needles, bytes, "the store file or its WAL");
        QVERIFY2(hit.isEmpty(), qPrintable(hit));
        hit = findAny(needles, storeCells(store), "a cell of the store");
        QVERIFY2(hit.isEmpty(), qPrintable(hit));
        for (const CollectionResult *r : {&clusterRun, &vaultRun, &partialRun, &refusedRun, &envRun}) {
            hit = findAny(needles, resultText(*r), "a CollectionResult");
            QVERIFY2(hit.isEmpty(), qPrintable(hit));
        }
        QVERIFY(captured.contains("noleak-capture-check-message"));
        QVERIFY(captured.contains("noleak-capture-check-stderr"));
        hit = findAny(needles, captured, "the log (Qt messages, stdout, stderr)");
        QVERIFY2(hit.isEmpty(), qPrintable(hit));
        qInfo("captured %d Qt messages and %lld bytes of output in all", messages, qint64(captured.size()));

        // Values are never asked for: Vault's data endpoint is never requested, the API server's
        // secrets are listed as metadata only and never read one by one.
        const QList<RecordedRequest> vaultRequests = vault.requests();
        QVERIFY(!vaultRequests.isEmpty());
        for (const RecordedRequest &r : vaultRequests) {
            QVERIFY2(r.target.startsWith("/v1/secret/metadata"), r.target.constData());
            QVERIFY2(!r.target.contains("/data/"), r.target.constData());
        }
        int secretLists = 0;
        for (const RecordedRequest &r : kube.requests()) {
            const QString path = QUrl(QString::fromUtf8(r.target)).path();
            if (!path.contains(QLatin1String("/secrets")))
                continue;
            QVERIFY2(path.endsWith(QLatin1String("/secrets")), r.target.constData()); // no GET of one secret
            QVERIFY2(r.header("Accept").contains("as=PartialObjectMetadataList"), r.target.constData());
            ++secretLists;
        }
        QVERIFY(secretLists >= (cluster.secrets + clusterSource.pageSize - 1) / clusterSource.pageSize);
    }
};

QTEST_GUILESS_MAIN(SecretsNoLeakTest)
#include "tst_secretsnoleak.moc"
