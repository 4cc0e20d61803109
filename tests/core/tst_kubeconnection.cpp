// Resolving a kubeconfig context into a connection: token files, client certificates and CAs from
// files and data (real PEM made with openssl), TLS options, and errors that name the context and
// the file but never a token, password or key.
#include "kube/kubeconnection.h"
#include "testcerts.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>

using namespace bulkhead;

namespace {

constexpr const char *kToken = "planted-token-9f8e7d6c5b4a";
constexpr const char *kPassword = "planted-password-1a2b3c";

bool contains(const std::string &haystack, const std::string &needle)
{
    return haystack.find(needle) != std::string::npos;
}

} // namespace

class TestKubeConnection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<bulkhead::test::TestCerts> m_certs;
    QByteArray m_caPem, m_certPem, m_keyPem;
    // Every error message a test produced: none may hold a planted secret (checked last).
    std::vector<std::string> m_errors;

    std::string write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        bulkhead::test::writeFile(path, text);
        return path.toStdString();
    }

    KubeConfig config(const QString &name, const QByteArray &yaml)
    {
        std::string error;
        auto c = loadKubeConfig({write(name, yaml)}, &error);
        if (!c)
            qFatal("test kubeconfig %s does not load: %s", qPrintable(name), error.c_str());
        return *c;
    }

    // Resolves and expects failure; returns the error (recorded for the secret check).
    std::string failure(const KubeConfig &c, const std::string &context)
    {
        std::string error;
        const auto k = resolveKubeConnection(c, context, &error);
        m_errors.push_back(error);
        if (k)
            return "(resolved, expected an error)";
        return error;
    }

    // A config with one cluster "c" (body `cluster`), one user "u" (body `user`) and context "ctx".
    QByteArray single(const QByteArray &cluster, const QByteArray &user)
    {
        return "apiVersion: v1\nkind: Config\ncurrent-context: ctx\nclusters:\n- name: c\n  cluster:\n" + cluster
            + "users:\n- name: u\n  user:\n" + user + "contexts:\n- name: ctx\n  context: {cluster: c, user: u}\n";
    }

    QByteArray server = "    server: https://127.0.0.1:6443/\n";

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!bulkhead::test::haveTool(QStringLiteral("openssl")))
            QSKIP("openssl is needed to make the test certificates");
        QDir().mkpath(m_dir.filePath(QStringLiteral("certs")));
        m_certs = std::make_unique<bulkhead::test::TestCerts>(m_dir.filePath(QStringLiteral("certs")));
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
        m_caPem = bulkhead::test::readFile(m_certs->caCert());
        m_certPem = bulkhead::test::readFile(m_certs->serverCert());
        m_keyPem = bulkhead::test::readFile(m_certs->serverKey());
    }

    void tokenFileTrimmed()
    {
        write(QStringLiteral("tok/token"), "  " + QByteArray(kToken) + "\n\n");
        const KubeConfig c = config(QStringLiteral("tok/config"),
                                    single(server + "    certificate-authority: ../certs/ca.crt\n",
                                           "    tokenFile: token\n    token: ignored-when-a-file-is-given\n"));
        std::string error;
        const auto k = resolveKubeConnection(c, "", &error); // "" = current-context
        QVERIFY2(k, error.c_str());
        QCOMPARE(k->contextName, std::string("ctx"));
        QCOMPARE(k->server, std::string("https://127.0.0.1:6443"));
        QCOMPARE(k->bearerToken, std::string(kToken));
        QCOMPARE(k->http.caPem, m_caPem.toStdString());
        QCOMPARE(k->defaultNamespace, std::string("default"));
        QVERIFY(!k->http.skipTlsVerify);
        QVERIFY(!k->exec);
        QCOMPARE(k->userSourceFile, c.files.front());
    }

    void clientCertificateFromFiles()
    {
        const KubeConfig c = config(QStringLiteral("files/config"),
                                    single(server + "    certificate-authority: " + m_certs->caCert().toUtf8() + "\n",
                                           "    client-certificate: ../certs/server.crt\n"
                                           "    client-key: ../certs/server.key\n"));
        std::string error;
        const auto k = resolveKubeConnection(c, "ctx", &error);
        QVERIFY2(k, error.c_str());
        QCOMPARE(k->http.clientCertPem, m_certPem.toStdString());
        QCOMPARE(k->http.clientKeyPem, m_keyPem.toStdString());
        QVERIFY(k->bearerToken.empty());
    }

    void clientCertificateFromData()
    {
        const KubeConfig c = config(QStringLiteral("data/config"),
                                    single(server + "    certificate-authority-data: " + m_caPem.toBase64() + "\n"
                                               + "    certificate-authority: /does/not/matter\n",
                                           "    client-certificate-data: " + m_certPem.toBase64() + "\n"
                                               + "    client-key-data: " + m_keyPem.toBase64() + "\n"));
        std::string error;
        const auto k = resolveKubeConnection(c, "ctx", &error);
        QVERIFY2(k, error.c_str()); // data overrides the file, which is not read
        QCOMPARE(k->http.caPem, m_caPem.toStdString());
        QCOMPARE(k->http.clientCertPem, m_certPem.toStdString());
        QCOMPARE(k->http.clientKeyPem, m_keyPem.toStdString());
    }

    void tlsOptionsPassedOn()
    {
        const KubeConfig c = config(QStringLiteral("tls/config"), R"(clusters:
- name: insecure
  cluster:
    server: https://10.0.0.1:6443
    insecure-skip-tls-verify: true
- name: proxied
  cluster:
    server: https://10.0.0.2
    certificate-authority-data: )" + m_caPem.toBase64() + R"(
    proxy-url: socks5://proxy.example:1080
    tls-server-name: kubernetes.default.svc
users:
- name: basic
  user: {username: admin, password: )" + kPassword + R"(}
contexts:
- name: a
  context: {cluster: insecure, user: basic, namespace: team-a}
- name: b
  context: {cluster: proxied}
)");
        std::string error;
        auto k = resolveKubeConnection(c, "a", &error);
        QVERIFY2(k, error.c_str());
        QVERIFY(k->http.skipTlsVerify);
        QVERIFY(k->insecureSkipTlsVerify);
        QVERIFY(k->http.caPem.empty());
        QCOMPARE(k->defaultNamespace, std::string("team-a"));
        QCOMPARE(k->basicUser, std::string("admin"));
        QCOMPARE(k->basicPassword, std::string(kPassword));

        k = resolveKubeConnection(c, "b", &error);
        QVERIFY2(k, error.c_str()); // no user: anonymous, as kubectl allows
        QVERIFY(!k->http.skipTlsVerify);
        QCOMPARE(k->http.proxyUrl, std::string("socks5://proxy.example:1080"));
        QCOMPARE(k->http.tlsServerName, std::string("kubernetes.default.svc"));
        QVERIFY(k->userName.empty());
        QVERIFY(k->bearerToken.empty() && k->basicUser.empty());
    }

    // kubectl refuses a cluster that both names a CA and skips verification; so do we.
    void insecureWithCertificateAuthorityRefused()
    {
        const std::string error = failure(config(QStringLiteral("insecure-ca/config"),
                                                 single(server + "    insecure-skip-tls-verify: true\n"
                                                                 "    certificate-authority: ca.crt\n",
                                                        "    token: t\n")),
                                          "ctx");
        QVERIFY2(contains(error, "cluster \"c\" sets both insecure-skip-tls-verify and a certificate-authority"),
                 error.c_str());
    }

    void execPluginPassedOn()
    {
        const KubeConfig c = config(QStringLiteral("exec/config"),
                                    single(server + "    insecure-skip-tls-verify: true\n",
                                           "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                                           "      command: kubelogin\n      args: [get-token]\n"
                                           "      interactiveMode: IfAvailable\n"));
        std::string error;
        const auto k = resolveKubeConnection(c, "ctx", &error);
        QVERIFY2(k, error.c_str());
        QVERIFY(k->exec);
        QCOMPARE(k->exec->command, std::string("kubelogin"));
        QCOMPARE(k->userName, std::string("u"));
        QCOMPARE(k->userSourceFile, c.files.front());
    }

    void authProviderRefused()
    {
        const KubeConfig c = config(QStringLiteral("ap/config"),
                                    single(server + "    insecure-skip-tls-verify: true\n",
                                           "    auth-provider:\n      name: gcp\n      config:\n        access-token: "
                                               + QByteArray(kToken) + "\n"));
        const std::string error = failure(c, "ctx");
        QVERIFY2(contains(error, "user \"u\" uses auth-provider \"gcp\", which Bulkhead does not support"), error.c_str());
        QVERIFY2(contains(error, "use an exec credential plugin"), error.c_str());
        QVERIFY2(error.starts_with("context \"ctx\": "), error.c_str());
    }

    void execInteractiveModes()
    {
        const auto user = [](const QByteArray &apiVersion, const QByteArray &mode) {
            return "    exec:\n      apiVersion: client.authentication.k8s.io/" + apiVersion
                + "\n      command: kubelogin\n" + (mode.isEmpty() ? QByteArray() : "      interactiveMode: " + mode + "\n");
        };
        const QByteArray cluster = server + "    insecure-skip-tls-verify: true\n";
        std::string error = failure(config(QStringLiteral("im/always"), single(cluster, user("v1", "Always"))), "ctx");
        QVERIFY2(contains(error, "interactiveMode Always") && contains(error, "interactive terminal"), error.c_str());
        error = failure(config(QStringLiteral("im/v1none"), single(cluster, user("v1", {}))), "ctx");
        QVERIFY2(contains(error, "interactiveMode must be given"), error.c_str());
        error = failure(config(QStringLiteral("im/odd"), single(cluster, user("v1", "Sometimes"))), "ctx");
        QVERIFY2(contains(error, "invalid interactiveMode \"Sometimes\""), error.c_str());
        error = failure(config(QStringLiteral("im/alpha"), single(cluster, user("v1alpha1", "Never"))), "ctx");
        QVERIFY2(contains(error, "apiVersion \"client.authentication.k8s.io/v1alpha1\""), error.c_str());
        std::string ok;
        QVERIFY2(resolveKubeConnection(config(QStringLiteral("im/beta"), single(cluster, user("v1beta1", {}))), "ctx", &ok),
                 ok.c_str());
    }

    void unknownNames()
    {
        BULKHEAD_REQUIRE_FIXTURE(QStringLiteral("kubeconfig/k9s-client-testdata-config.yaml"));
        std::string error;
        const auto c = loadKubeConfig(
            {bulkhead::test::fixturePath(QStringLiteral("kubeconfig/k9s-client-testdata-config.yaml")).toStdString()},
            &error);
        QVERIFY2(c, error.c_str());
        error = failure(*c, "nope");
        QVERIFY2(error.starts_with("context \"nope\": no such context in kubeconfig " + c->files.front()), error.c_str());
        error = failure(*c, "duh");
        QCOMPARE(error, std::string("context \"duh\": cluster \"duh\" was not found in the kubeconfig"));
        // The fixture's users hold placeholder data, not PEM: said before TLS would fail on it.
        error = failure(*c, "fred");
        QVERIFY2(contains(error, "client-certificate-data of user \"fred\" is not PEM"), error.c_str());

        const KubeConfig noUser = config(QStringLiteral("nouser/config"),
                                         "clusters:\n- name: c\n  cluster: {server: https://x}\ncontexts:\n"
                                         "- name: ctx\n  context: {cluster: c, user: ghost}\n");
        QCOMPARE(failure(noUser, "ctx"), std::string("context \"ctx\": user \"ghost\" was not found in the kubeconfig"));
        QCOMPARE(failure(noUser, ""), std::string("the kubeconfig has no current-context; choose a context"));
    }

    // The installer's kubeconfig holds placeholder data where PEM belongs.
    void adminFixturePlaceholdersRefused()
    {
        BULKHEAD_REQUIRE_FIXTURE(QStringLiteral("kubeconfig/admin.kubeconfig"));
        std::string error;
        const auto c = loadKubeConfig(
            {bulkhead::test::fixturePath(QStringLiteral("kubeconfig/admin.kubeconfig")).toStdString()}, &error);
        QVERIFY2(c, error.c_str());
        error = failure(*c, "");
        QCOMPARE(error, "context \"" + c->currentContext + "\": certificate-authority-data of cluster \"172-17-0-2:8443\" "
                        "is not PEM (no -----BEGIN line)");
    }

    void missingFilesNamed()
    {
        BULKHEAD_REQUIRE_FIXTURE(QStringLiteral("kubeconfig/k9s-kubes-test.yaml"));
        std::string error;
        const auto c = loadKubeConfig(
            {bulkhead::test::fixturePath(QStringLiteral("kubeconfig/k9s-kubes-test.yaml")).toStdString()}, &error);
        QVERIFY2(c, error.c_str());
        error = failure(*c, "ct-1-2");
        QCOMPARE(error, std::string("context \"ct-1-2\": certificate-authority of cluster \"cl-1\": file "
                                    "/Users/test/ca.crt does not exist"));

        const KubeConfig key = config(QStringLiteral("missing/config"),
                                      single(server + "    insecure-skip-tls-verify: true\n",
                                             "    client-certificate: ../certs/server.crt\n    client-key: gone.key\n"));
        error = failure(key, "ctx");
        QCOMPARE(error, "context \"ctx\": client-key of user \"u\": file "
                            + m_dir.filePath(QStringLiteral("missing/gone.key")).toStdString() + " does not exist");
        const KubeConfig token = config(QStringLiteral("missing/token-config"),
                                        single(server + "    insecure-skip-tls-verify: true\n", "    tokenFile: /no/token\n"));
        QCOMPARE(failure(token, "ctx"), std::string("context \"ctx\": tokenFile of user \"u\": file /no/token does not exist"));
        const std::string notPem = write(QStringLiteral("missing/notpem.crt"), "just text\n");
        const KubeConfig ca = config(QStringLiteral("missing/ca-config"),
                                     single(server + "    certificate-authority: notpem.crt\n", "    token: t\n"));
        QCOMPARE(failure(ca, "ctx"),
                 "context \"ctx\": certificate-authority of cluster \"c\": file " + notPem + " is not PEM (no -----BEGIN line)");
        write(QStringLiteral("missing/empty-token"), "\n");
        const KubeConfig empty = config(QStringLiteral("missing/empty-config"),
                                        single(server + "    insecure-skip-tls-verify: true\n", "    tokenFile: empty-token\n"));
        QVERIFY(contains(failure(empty, "ctx"), "is empty"));
    }

    void certificateWithoutKey()
    {
        const QByteArray cluster = server + "    insecure-skip-tls-verify: true\n";
        std::string error = failure(
            config(QStringLiteral("nokey/a"), single(cluster, "    client-certificate-data: " + m_certPem.toBase64() + "\n")),
            "ctx");
        QVERIFY2(contains(error, "user \"u\" has a client certificate but no client-key"), error.c_str());
        error = failure(config(QStringLiteral("nokey/b"), single(cluster, "    client-key-data: " + m_keyPem.toBase64() + "\n")),
                        "ctx");
        QVERIFY2(contains(error, "user \"u\" has a client key but no client-certificate"), error.c_str());
        // A key that is not PEM: named, its bytes not quoted.
        error = failure(config(QStringLiteral("nokey/c"),
                               single(cluster, "    client-certificate-data: " + m_certPem.toBase64() + "\n"
                                                   + "    client-key-data: " + QByteArray(kToken).toBase64() + "\n")),
                        "ctx");
        QVERIFY2(contains(error, "client-key-data of user \"u\" is not PEM"), error.c_str());
    }

    void serverMustBeHttps()
    {
        std::string error = failure(config(QStringLiteral("http/config"),
                                           single("    server: http://127.0.0.1:8080\n", "    token: t\n")),
                                    "ctx");
        QVERIFY2(contains(error, "cluster \"c\": server \"http://127.0.0.1:8080\" is not an https URL"), error.c_str());
        error = failure(config(QStringLiteral("http/none"), single("    insecure-skip-tls-verify: true\n", "    token: t\n")),
                        "ctx");
        QVERIFY2(contains(error, "cluster \"c\" has no server"), error.c_str());
        error = failure(config(QStringLiteral("http/proxy"),
                               single(server + "    insecure-skip-tls-verify: true\n    proxy-url: ftp://p\n", "    token: t\n")),
                        "ctx");
        QVERIFY2(contains(error, "proxy-url must be an http, https or socks5 URL"), error.c_str());
    }

    void tokenAndPasswordTogetherRefused()
    {
        const std::string error =
            failure(config(QStringLiteral("two/config"),
                           single(server + "    insecure-skip-tls-verify: true\n",
                                  "    token: " + QByteArray(kToken) + "\n    username: me\n    password: "
                                      + kPassword + "\n")),
                    "ctx");
        QVERIFY2(contains(error, "more than one authentication method"), error.c_str());
    }

    // Runs last: no error any test produced holds a planted secret or key material.
    void zzNoSecretInAnyError()
    {
        QVERIFY(m_errors.size() >= 15);
        for (const std::string &e : m_errors) {
            QVERIFY2(!contains(e, kToken), e.c_str());
            QVERIFY2(!contains(e, kPassword), e.c_str());
            QVERIFY2(!contains(e, "PRIVATE KEY") && !contains(e, "BEGIN CERTIFICATE"), e.c_str());
            QVERIFY2(!contains(e, QByteArray(kToken).toBase64().toStdString()), e.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestKubeConnection)
#include "tst_kubeconnection.moc"
