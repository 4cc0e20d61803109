// From a kubeconfig file to a TLS connection: one kubeconfig (relative paths, a token file, client
// certificates as files and as data, an exec plugin) loaded, each context resolved and used by
// KubeClient against KubeApiServer, which sees the identity the context names. kubectl, when
// installed, runs the same exec plugin from the same file: the KUBERNETES_EXEC_INFO it hands the
// plugin is the one Bulkhead hands it.
#include "kube/execcredential.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "kube/kubeconnection.h"
#include "clientcertificate.h"
#include "kubeapiserver.h"
#include "testcerts.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

const QString kToken = QStringLiteral("kubeconfig-connect-token-3c1f");

// Counts its runs in $OUT_DIR/runs, keeps each run's KUBERNETES_EXEC_INFO as info-<n>.json and
// answers with the token in $TOKEN.
const QByteArray kPlugin = "#!/bin/sh\n"
                           "n=$(( $(cat \"$OUT_DIR/runs\" 2>/dev/null || echo 0) + 1 ))\n"
                           "echo $n > \"$OUT_DIR/runs\"\n"
                           "printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$OUT_DIR/info-$n.json\"\n"
                           "printf '{\"apiVersion\":\"%s\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"%s\"}}' "
                           "\"$API\" \"$TOKEN\"\n";

} // namespace

class TestKubeConfigConnect : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestCerts> m_certs;
    std::unique_ptr<KubeApiServer> m_server;
    QString m_config;
    std::optional<KubeConfig> m_kubeconfig;

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    int pluginRuns() const
    {
        QFile f(path(QStringLiteral("out/runs")));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toInt() : 0;
    }

    KubeConnection connection(const std::string &context)
    {
        std::string error;
        auto k = resolveKubeConnection(*m_kubeconfig, context, &error);
        if (!k)
            qFatal("context %s does not resolve: %s", context.c_str(), error.c_str());
        return *k;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveTool(QStringLiteral("openssl")))
            QSKIP("openssl is needed to make the test certificates");
        QVERIFY(m_dir.isValid());
        qputenv("HOME", m_dir.path().toUtf8()); // kubectl's caches stay in the test's directory
        QVERIFY(QDir().mkpath(path(QStringLiteral("certs"))) && QDir().mkpath(path(QStringLiteral("kube")))
                && QDir().mkpath(path(QStringLiteral("out"))));
        m_certs = std::make_unique<TestCerts>(path(QStringLiteral("certs")));
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
        QString error;
        QVERIFY2(makeClientCertificate(*m_certs, QStringLiteral("alice"), QStringLiteral("alice-cn"), &error),
                 qPrintable(error));
        QVERIFY2(makeClientCertificate(*m_certs, QStringLiteral("bob"), QStringLiteral("bob-cn"), &error),
                 qPrintable(error));
        m_server = std::make_unique<KubeApiServer>(*m_certs);
        QVERIFY(m_server->start());
        m_server->addToken(kToken, QStringLiteral("token-user"));

        writeFile(path(QStringLiteral("kube/token")), kToken.toUtf8() + "\n");
        writeFile(path(QStringLiteral("kube/plugin.sh")), kPlugin);
        QFile::setPermissions(path(QStringLiteral("kube/plugin.sh")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const auto b64 = [](const QString &file) { return QString::fromLatin1(readFile(file).toBase64()); };
        // Paths relative to the kubeconfig's directory, as kubectl reads them.
        const QString yaml =
            QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: token\n"
                           "clusters:\n"
                           "- name: by-file\n  cluster:\n    server: %1\n    certificate-authority: ../certs/ca.crt\n"
                           "- name: by-data\n  cluster:\n    server: %1\n    certificate-authority-data: %2\n"
                           "    tls-server-name: localhost\n"
                           "users:\n"
                           "- name: token-file\n  user:\n    tokenFile: token\n"
                           "- name: cert-files\n  user:\n    client-certificate: ../certs/alice.crt\n"
                           "    client-key: ../certs/alice.key\n"
                           "- name: cert-data\n  user:\n    client-certificate-data: %3\n    client-key-data: %4\n"
                           "- name: plugin\n  user:\n    exec:\n"
                           "      apiVersion: client.authentication.k8s.io/v1beta1\n"
                           "      command: ./plugin.sh\n      provideClusterInfo: true\n      env:\n"
                           "      - {name: OUT_DIR, value: %5}\n"
                           "      - {name: API, value: client.authentication.k8s.io/v1beta1}\n"
                           "      - {name: TOKEN, value: %6}\n"
                           "contexts:\n"
                           "- name: token\n  context: {cluster: by-file, user: token-file}\n"
                           "- name: cert-files\n  context: {cluster: by-file, user: cert-files}\n"
                           "- name: cert-data\n  context: {cluster: by-data, user: cert-data}\n"
                           "- name: plugin\n  context: {cluster: by-data, user: plugin}\n")
                .arg(m_server->url(), b64(m_certs->caCert()), b64(path(QStringLiteral("certs/bob.crt"))),
                     b64(path(QStringLiteral("certs/bob.key"))), path(QStringLiteral("out")), kToken);
        m_config = path(QStringLiteral("kube/config"));
        writeFile(m_config, yaml.toUtf8());
        std::string loadError;
        m_kubeconfig = loadKubeConfig(kubeConfigPaths(m_config.toStdString()), &loadError);
        QVERIFY2(m_kubeconfig, loadError.c_str());
    }

    void staticCredentialsReachTheServer_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("commonName");
        QTest::newRow("token file") << QStringLiteral("token") << ("Bearer " + kToken.toUtf8()) << QString();
        QTest::newRow("certificate files") << QStringLiteral("cert-files") << QByteArray() << QStringLiteral("alice-cn");
        QTest::newRow("certificate data, tls-server-name")
            << QStringLiteral("cert-data") << QByteArray() << QStringLiteral("bob-cn");
    }

    void staticCredentialsReachTheServer()
    {
        QFETCH(QString, context);
        QFETCH(QByteArray, authorization);
        QFETCH(QString, commonName);
        KubeClient client(connection(context.toStdString()), nullptr, {});
        std::string version, error;
        QVERIFY2(client.version(&version, &error), error.c_str());
        QVERIFY(!version.empty());
        const RecordedRequest last = m_server->requests().last();
        QCOMPARE(last.header("Authorization"), authorization);
        QCOMPARE(last.clientCommonName, commonName);
    }

    void unapprovedPluginNeverRuns()
    {
        const int before = m_server->requestCount();
        ExecCredentialProvider provider;
        KubeClient client(connection("plugin"), &provider, {});
        std::string version, error;
        QVERIFY(!client.version(&version, &error));
        QVERIFY2(error.find("is not approved to run") != std::string::npos, error.c_str());
        QCOMPARE(provider.runs(), 0);
        QCOMPARE(pluginRuns(), 0);
        QCOMPARE(m_server->requestCount(), before);
    }

    void approvedPluginAuthenticates()
    {
        const KubeConnection c = connection("plugin");
        QCOMPARE(c.exec->command, path(QStringLiteral("kube/plugin.sh")).toStdString());
        ExecCredentialProvider provider;
        KubeClient client(c, &provider, execApprovalFingerprint(c.userSourceFile, c.userName, *c.exec));
        std::string version, error;
        QVERIFY2(client.version(&version, &error), error.c_str());
        QCOMPARE(m_server->requests().last().header("Authorization"), "Bearer " + kToken.toUtf8());
        QCOMPARE(provider.runs(), 1);
        QCOMPARE(pluginRuns(), 1);
    }

    // kubectl runs the plugin from the same kubeconfig; both runs' KUBERNETES_EXEC_INFO agree.
    void execInfoMatchesKubectl()
    {
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (kubectl.isEmpty())
            QSKIP("kubectl not installed (Debian package kubernetes-client)");
        const int ours = pluginRuns();
        QVERIFY2(ours > 0, "approvedPluginAuthenticates runs first");
        const ToolRun run = runTool(kubectl,
                                    {QStringLiteral("--kubeconfig"), m_config, QStringLiteral("--context"),
                                     QStringLiteral("plugin"), QStringLiteral("--cache-dir"), path(QStringLiteral("cache")),
                                     QStringLiteral("get"), QStringLiteral("--raw"), QStringLiteral("/version")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        // kubectl 1.20 may start the plugin more than once for one command: every run counts.
        QVERIFY(pluginRuns() > ours);
        const QJsonObject bulkheadInfo = withoutFalseInteractive(readJson(path(QStringLiteral("out/info-%1.json").arg(ours))).object());
        QCOMPARE(bulkheadInfo.value(QStringLiteral("kind")).toString(), QStringLiteral("ExecCredential"));
        for (int n = ours + 1; n <= pluginRuns(); ++n)
            QCOMPARE(withoutFalseInteractive(readJson(path(QStringLiteral("out/info-%1.json").arg(n))).object()), bulkheadInfo);
    }

    // kubectl 1.20 (Debian's kubernetes-client) leaves out `spec.interactive` when it is false;
    // newer kubectl, like Bulkhead, writes it. A false value and no value mean the same.
    static QJsonObject withoutFalseInteractive(QJsonObject info)
    {
        QJsonObject spec = info.value(QStringLiteral("spec")).toObject();
        if (spec.value(QStringLiteral("interactive")) == QJsonValue(false))
            spec.remove(QStringLiteral("interactive"));
        info.insert(QStringLiteral("spec"), spec);
        return info;
    }
};

QTEST_GUILESS_MAIN(TestKubeConfigConnect)
#include "tst_kubeconfigconnect.moc"
