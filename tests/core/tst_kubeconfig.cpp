// kubeconfig reading: the shared fixtures (real kubeconfigs from k9s and a cluster installer, and a
// JSON dump of client-go's in-memory config that is no kubeconfig), KUBECONFIG merging as kubectl
// merges, relative paths, and errors that name the file, the line and the entry.
#include "kube/kubeconfig.h"
#include "testcerts.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace bulkhead;
using bulkhead::test::fixturePath;

namespace {

// Lines of `text` matching `pattern`: the fixture's entries counted without a YAML parser.
int countLines(const QByteArray &text, const char *pattern)
{
    const QRegularExpression re(QString::fromLatin1(pattern), QRegularExpression::MultilineOption);
    int n = 0;
    for (auto it = re.globalMatch(QString::fromUtf8(text)); it.hasNext(); it.next())
        ++n;
    return n;
}

// 1-based number of the line of `text` that contains `needle`.
int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const auto pos = text.indexOf(needle);
    return pos < 0 ? -1 : int(text.left(pos).count('\n')) + 1;
}

bool contains(const std::string &haystack, const std::string &needle)
{
    return haystack.find(needle) != std::string::npos;
}

} // namespace

class TestKubeConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_oldKubeconfig;
    QByteArray m_oldHome;

    // Writes `yaml` to `name` in the test's directory; returns the absolute path.
    std::string write(const QString &name, const QByteArray &yaml)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        bulkhead::test::writeFile(path, yaml);
        return path.toStdString();
    }

    static std::optional<KubeConfig> load(const std::vector<std::string> &paths, std::string *error)
    {
        return loadKubeConfig(paths, error);
    }

    static std::optional<KubeConfig> loadFixture(const char *name, std::string *error)
    {
        return loadKubeConfig({fixturePath(QStringLiteral("kubeconfig/") + QLatin1String(name)).toStdString()}, error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_oldKubeconfig = qgetenv("KUBECONFIG");
        m_oldHome = qgetenv("HOME");
    }

    void cleanup()
    {
        qputenv("KUBECONFIG", m_oldKubeconfig);
        qputenv("HOME", m_oldHome);
    }

    void adminFixture()
    {
        BULKHEAD_REQUIRE_FIXTURE(QStringLiteral("kubeconfig/admin.kubeconfig"));
        const QByteArray text = bulkhead::test::readFile(fixturePath(QStringLiteral("kubeconfig/admin.kubeconfig")));
        std::string error;
        const auto config = loadFixture("admin.kubeconfig", &error);
        QVERIFY2(config, error.c_str());
        QCOMPARE(int(config->clusters.size()), countLines(text, R"(^\s*-\s+cluster:)"));
        QCOMPARE(int(config->contexts.size()), countLines(text, R"(^\s*-\s+context:)"));
        QCOMPARE(int(config->users.size()), countLines(text, R"(^\s*user:\s*$)"));
        QCOMPARE(config->currentContext, std::string("default/172-17-0-2:8443/system:admin"));
        const KubeContext *ctx = config->context(config->currentContext);
        QVERIFY(ctx);
        QCOMPARE(ctx->nameSpace, std::string("default"));
        const KubeCluster *cluster = config->cluster(ctx->cluster);
        QVERIFY(cluster);
        QCOMPARE(cluster->server, std::string("https://172.17.0.2:8443"));
        // The *-data fields decoded from base64 (the fixture holds placeholders, not PEM).
        QCOMPARE(cluster->certificateAuthorityData,
                 QByteArray::fromBase64("Q2x1c3RlciBDQQ==").toStdString());
        const KubeUser *user = config->user(ctx->user);
        QVERIFY(user);
        QCOMPARE(user->clientCertificateData, QByteArray::fromBase64("Q2xpZW50IGNlcnQ=").toStdString());
        QCOMPARE(user->clientKeyData, QByteArray::fromBase64("Q2xpZW50IGtleQ==").toStdString());
        QCOMPARE(user->sourceFile, config->files.front());
        QVERIFY(QDir::isAbsolutePath(QString::fromStdString(user->sourceFile)));
    }

    void k9sTestdataFixture()
    {
        BULKHEAD_REQUIRE_FIXTURE(QStringLiteral("kubeconfig/k9s-client-testdata-config.yaml"));
        const QByteArray text =
            bulkhead::test::readFile(fixturePath(QStringLiteral("kubeconfig/k9s-client-testdata-config.yaml")));
        std::string error;
        const auto config = loadFixture("k9s-client-testdata-config.yaml", &error);
        QVERIFY2(config, error.c_str());
        QCOMPARE(int(config->clusters.size()), countLines(text, R"(^\s*-\s+cluster:)"));
        QCOMPARE(int(config->contexts.size()), countLines(text, R"(^\s*-\s+context:)"));
        QCOMPARE(int(config->users.size()), countLines(text, R"(^\s*user:\s*$)"));
        const int insecure = countLines(text, R"(^\s*insecure-skip-tls-verify:\s*true)");
        QCOMPARE(int(std::count_if(config->clusters.begin(), config->clusters.end(),
                                   [](const KubeCluster &c) { return c.insecureSkipTlsVerify; })),
                 insecure);
        QCOMPARE(config->currentContext, std::string("fred"));
        QCOMPARE(config->context("blee")->nameSpace, std::string("zorg"));
        QCOMPARE(config->context("fred")->cluster, std::string("zorg"));
        QCOMPARE(config->cluster("zorg")->server, std::string("https://localhost:3002"));
        QCOMPARE(config->user("duh")->clientKeyData, std::string("fred"));
        // Context "duh" names a cluster no file defines: loading is fine, resolving it is not.
        QVERIFY(config->context("duh"));
        QVERIFY(!config->cluster("duh"));
    }

    void k9sAbsolutePathsFixture()
    {
        BULKHEAD_REQUIRE_FIXTURE(QStringLiteral("kubeconfig/k9s-kubes-test.yaml"));
        std::string error;
        const auto config = loadFixture("k9s-kubes-test.yaml", &error);
        QVERIFY2(config, error.c_str());
        QCOMPARE(config->clusters.size(), std::size_t(2));
        QCOMPARE(config->contexts.size(), std::size_t(3));
        QCOMPARE(config->cluster("cl-2")->certificateAuthority, std::string("/Users/test/ca.crt"));
        QCOMPARE(config->user("user1")->clientCertificateFile, std::string("/Users/test/client.crt"));
        QCOMPARE(config->user("user2")->clientKeyFile, std::string("/Users/test/client.key"));
        QCOMPARE(config->context("ct-2-1")->nameSpace, std::string("ns-2"));
    }

    // client-go's in-memory Config serialized to JSON (maps keyed by name): kubectl cannot read it
    // either. The error says which file, where, and why.
    void clientGoDumpIsNoKubeconfig()
    {
        BULKHEAD_REQUIRE_FIXTURE(QStringLiteral("kubeconfig/kubeconfig_mock.json"));
        const QString path = fixturePath(QStringLiteral("kubeconfig/kubeconfig_mock.json"));
        const QByteArray text = bulkhead::test::readFile(path);
        std::string error;
        QVERIFY(!loadFixture("kubeconfig_mock.json", &error));
        QVERIFY2(contains(error, "kubeconfig " + QDir::cleanPath(path).toStdString() + ":"), error.c_str());
        const std::string line = "line " + std::to_string(lineOf(text, "\"clusters\"")) + ",";
        QVERIFY2(contains(error, line), error.c_str());
        QVERIFY2(contains(error, "clusters must be a list"), error.c_str());
    }

    void mergeFirstDefinitionWins()
    {
        const std::string a = write(QStringLiteral("merge/a"), R"(apiVersion: v1
kind: Config
clusters:
- name: shared
  cluster: {server: "https://a.example:6443"}
users:
- name: shared-user
  user: {token: from-a}
contexts:
- name: ctx-a
  context: {cluster: shared, user: shared-user}
)");
        const std::string b = write(QStringLiteral("merge/b"), R"(apiVersion: v1
kind: Config
current-context: ctx-b
clusters:
- name: shared
  cluster: {server: "https://b.example:6443"}
- name: only-b
  cluster: {server: "https://only-b.example"}
users:
- name: shared-user
  user: {token: from-b}
contexts:
- name: ctx-a
  context: {cluster: only-b, user: shared-user}
- name: ctx-b
  context: {cluster: only-b, user: shared-user, namespace: team}
)");
        std::string error;
        auto config = load({a, b}, &error);
        QVERIFY2(config, error.c_str());
        QCOMPARE(config->files, (std::vector<std::string>{a, b}));
        QCOMPARE(config->clusters.size(), std::size_t(2));
        QCOMPARE(config->cluster("shared")->server, std::string("https://a.example:6443"));
        QCOMPARE(config->cluster("shared")->sourceFile, a);
        QCOMPARE(config->cluster("only-b")->sourceFile, b);
        QCOMPARE(config->user("shared-user")->token, std::string("from-a"));
        QCOMPARE(config->context("ctx-a")->cluster, std::string("shared"));
        // a has no current-context: the first non-empty one (b's) wins.
        QCOMPARE(config->currentContext, std::string("ctx-b"));

        // The other order: b's definitions and current-context win.
        config = load({b, a}, &error);
        QVERIFY2(config, error.c_str());
        QCOMPARE(config->cluster("shared")->server, std::string("https://b.example:6443"));
        QCOMPARE(config->user("shared-user")->token, std::string("from-b"));
        QCOMPARE(config->context("ctx-a")->cluster, std::string("only-b"));
        QCOMPARE(config->currentContext, std::string("ctx-b"));

        const std::string c = write(QStringLiteral("merge/c"), "current-context: ctx-a\n");
        config = load({c, b}, &error);
        QVERIFY2(config, error.c_str());
        QCOMPARE(config->currentContext, std::string("ctx-a"));
    }

    // The same KUBECONFIG merged by kubectl (when installed): the same entries win.
    void mergeMatchesKubectl()
    {
        if (!bulkhead::test::haveTool(QStringLiteral("kubectl")))
            QSKIP("kubectl is not installed: the merge is not compared with kubectl's");
        std::vector<std::string> files;
        for (int i = 0; i < 3; ++i) {
            const QByteArray n = QByteArray::number(i);
            QByteArray yaml = "apiVersion: v1\nkind: Config\n";
            if (i > 0)
                yaml += "current-context: ctx-" + n + "\n";
            // Names shared by all files ("shared") and names of this file only.
            yaml += "clusters:\n- name: shared\n  cluster: {server: \"https://shared-" + n + "\"}\n"
                    "- name: c" + n + "\n  cluster: {server: \"https://c" + n + "\"}\n"
                    "users:\n- name: shared\n  user: {token: t" + n + "}\n"
                    "- name: u" + n + "\n  user: {token: u" + n + "}\n"
                    "contexts:\n- name: shared\n  context: {cluster: c" + n + ", user: u" + n + "}\n"
                    "- name: ctx-" + n + "\n  context: {cluster: shared, user: shared, namespace: ns" + n + "}\n";
            files.push_back(write(QStringLiteral("kubectl/config-%1").arg(i), yaml));
        }
        const std::vector<std::string> order = {files[2], m_dir.filePath(QStringLiteral("kubectl/missing")).toStdString(),
                                                files[0], files[1]};
        std::string env;
        for (const std::string &f : order)
            env += (env.empty() ? "" : ":") + f;
        qputenv("KUBECONFIG", QByteArray::fromStdString(env));
        const auto run = bulkhead::test::runTool(QStringLiteral("kubectl"),
                                                 {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"),
                                                  QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QJsonObject theirs = QJsonDocument::fromJson(run.out).object();
        std::string error;
        const auto ours = loadKubeConfig(kubeConfigPaths(), &error);
        QVERIFY2(ours, error.c_str());
        QCOMPARE(ours->currentContext, bulkhead::test::str(theirs.value(QStringLiteral("current-context"))));
        const auto entries = [&](const char *list) { return theirs.value(QLatin1String(list)).toArray(); };
        QCOMPARE(qsizetype(ours->clusters.size()), entries("clusters").size());
        for (const QJsonValue v : entries("clusters")) {
            const KubeCluster *c = ours->cluster(bulkhead::test::str(v[QStringLiteral("name")]));
            QVERIFY(c);
            QCOMPARE(c->server, bulkhead::test::str(v[QStringLiteral("cluster")][QStringLiteral("server")]));
        }
        QCOMPARE(qsizetype(ours->users.size()), entries("users").size());
        for (const QJsonValue v : entries("users")) {
            const KubeUser *u = ours->user(bulkhead::test::str(v[QStringLiteral("name")]));
            QVERIFY(u);
            QCOMPARE(u->token, bulkhead::test::str(v[QStringLiteral("user")][QStringLiteral("token")]));
        }
        QCOMPARE(qsizetype(ours->contexts.size()), entries("contexts").size());
        for (const QJsonValue v : entries("contexts")) {
            const KubeContext *c = ours->context(bulkhead::test::str(v[QStringLiteral("name")]));
            QVERIFY(c);
            const QJsonValue body = v[QStringLiteral("context")];
            QCOMPARE(c->cluster, bulkhead::test::str(body[QStringLiteral("cluster")]));
            QCOMPARE(c->user, bulkhead::test::str(body[QStringLiteral("user")]));
            QCOMPARE(c->nameSpace, bulkhead::test::str(body[QStringLiteral("namespace")]));
        }
    }

    void relativePathsResolveAgainstTheFile()
    {
        const std::string path = write(QStringLiteral("rel/conf/config"), R"(apiVersion: v1
kind: Config
clusters:
- name: c
  cluster:
    server: https://k.example
    certificate-authority: ca.crt
users:
- name: u
  user:
    client-certificate: certs/client.crt
    client-key: ../keys/client.key
    tokenFile: /abs/token
- name: plugin
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ./bin/get-token
      interactiveMode: Never
- name: onpath
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: aws
      interactiveMode: Never
)");
        const QDir dir(m_dir.filePath(QStringLiteral("rel/conf")));
        std::string error;
        const auto config = load({path}, &error);
        QVERIFY2(config, error.c_str());
        QCOMPARE(config->cluster("c")->certificateAuthority, dir.filePath(QStringLiteral("ca.crt")).toStdString());
        const KubeUser *u = config->user("u");
        QCOMPARE(u->clientCertificateFile, dir.filePath(QStringLiteral("certs/client.crt")).toStdString());
        QCOMPARE(u->clientKeyFile, QDir::cleanPath(dir.filePath(QStringLiteral("../keys/client.key"))).toStdString());
        QCOMPARE(u->tokenFile, std::string("/abs/token"));
        // A command with a '/' is a path (resolved as kubectl does); a bare name stays for PATH.
        QCOMPARE(config->user("plugin")->exec->command, dir.filePath(QStringLiteral("bin/get-token")).toStdString());
        QCOMPARE(config->user("onpath")->exec->command, std::string("aws"));
    }

    // A file named relative to the working directory is recorded absolute (the exec approval
    // fingerprint includes it).
    void relativeFileNameRecordedAbsolute()
    {
        const std::string path = write(QStringLiteral("cwd/config"), "users:\n- name: u\n  user: {token: t}\n");
        const QString old = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.filePath(QStringLiteral("cwd"))));
        std::string error;
        const auto config = load({"config"}, &error);
        QDir::setCurrent(old);
        QVERIFY2(config, error.c_str());
        QCOMPARE(config->files, std::vector<std::string>{path});
        QCOMPARE(config->user("u")->sourceFile, path);
    }

    void badYamlNamesFileAndLine()
    {
        const QByteArray text = "apiVersion: v1\nclusters:\n- name: a\n   cluster: x\n";
        const std::string path = write(QStringLiteral("bad/syntax"), text);
        std::string error;
        QVERIFY(!load({path}, &error));
        const std::string expected =
            "kubeconfig " + path + ": line " + std::to_string(lineOf(text, "   cluster: x")) + ", column ";
        QVERIFY2(contains(error, expected), error.c_str());
    }

    void wrongTypeNamesLineAndEntry()
    {
        const QByteArray text = "clusters:\n- name: prod\n  cluster:\n    server: https://x\n"
                                "    insecure-skip-tls-verify: maybe\n";
        const std::string path = write(QStringLiteral("bad/type"), text);
        std::string error;
        QVERIFY(!load({path}, &error));
        QVERIFY2(contains(error, "kubeconfig " + path + ": line " + std::to_string(lineOf(text, "maybe")) + ","),
                 error.c_str());
        QVERIFY2(contains(error, "cluster \"prod\": insecure-skip-tls-verify must be true or false"), error.c_str());
    }

    void badBase64NamesEntryAndFieldNotValue()
    {
        const QByteArray secret = "c2VjcmV0!!!-not-base64";
        const QByteArray text = "users:\n- name: alice\n  user:\n    client-certificate-data: "
                                + QByteArray("LS0tLS1CRUdJTg==") + "\n    client-key-data: " + secret + "\n";
        const std::string path = write(QStringLiteral("bad/base64"), text);
        std::string error;
        QVERIFY(!load({path}, &error));
        QVERIFY2(contains(error, "kubeconfig " + path + ": line " + std::to_string(lineOf(text, secret)) + ","),
                 error.c_str());
        QVERIFY2(contains(error, "user \"alice\": client-key-data is not valid base64"), error.c_str());
        QVERIFY2(!contains(error, secret.toStdString()), error.c_str());

        const QByteArray ca = "clusters:\n- name: prod\n  cluster:\n    server: https://x\n"
                              "    certificate-authority-data: \"@@@\"\n";
        QVERIFY(!load({write(QStringLiteral("bad/base64-ca"), ca)}, &error));
        QVERIFY2(contains(error, "cluster \"prod\": certificate-authority-data is not valid base64"), error.c_str());
    }

    void base64WithLineBreaksDecodes()
    {
        const QByteArray pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        QByteArray b64 = pem.toBase64();
        b64.insert(20, "\n      ");
        const QByteArray text = "clusters:\n- name: c\n  cluster:\n    server: https://x\n"
                                "    certificate-authority-data: |\n      " + b64 + "\n";
        std::string error;
        const auto config = load({write(QStringLiteral("b64lines"), text)}, &error);
        QVERIFY2(config, error.c_str());
        QCOMPARE(config->cluster("c")->certificateAuthorityData, pem.toStdString());
    }

    void duplicateNameInOneFileRefused()
    {
        const QByteArray text = "contexts:\n- name: dup\n  context: {cluster: a}\n- name: dup\n  context: {cluster: b}\n";
        const std::string path = write(QStringLiteral("bad/dup"), text);
        std::string error;
        QVERIFY(!load({path}, &error));
        QVERIFY2(contains(error, "context \"dup\" is defined twice in contexts"), error.c_str());
        QVERIFY2(contains(error, "line 4,"), error.c_str());
    }

    void otherKindRefused()
    {
        std::string error;
        QVERIFY(!load({write(QStringLiteral("bad/pod"), "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n")}, &error));
        QVERIFY2(contains(error, "not a kubeconfig: kind is \"Pod\""), error.c_str());
        QVERIFY(!load({write(QStringLiteral("bad/list"), "- a\n- b\n")}, &error));
        QVERIFY2(contains(error, "not a kubeconfig"), error.c_str());
    }

    void emptyFileIsEmptyConfig()
    {
        std::string error;
        const auto config = load({write(QStringLiteral("empty"), "")}, &error);
        QVERIFY2(config, error.c_str());
        QVERIFY(config->contexts.empty());
        QVERIFY(config->currentContext.empty());
    }

    void execAndAuthProviderRecorded()
    {
        const std::string path = write(QStringLiteral("exec"), R"(users:
- name: eks
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [--region, eu-west-1, eks, get-token, --cluster-name, prod]
      env:
      - {name: AWS_PROFILE, value: dev}
      - name: EMPTY
      provideClusterInfo: true
      installHint: install the AWS CLI
- name: v1
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: kubelogin
      env: null
- name: gke
  user:
    auth-provider:
      name: gcp
      config: {cmd-path: /usr/bin/gcloud}
)");
        std::string error;
        const auto config = load({path}, &error);
        QVERIFY2(config, error.c_str());
        const KubeExecConfig &e = *config->user("eks")->exec;
        QCOMPARE(e.command, std::string("aws"));
        QCOMPARE(e.args, (std::vector<std::string>{"--region", "eu-west-1", "eks", "get-token", "--cluster-name", "prod"}));
        QCOMPARE(e.env.size(), std::size_t(2));
        QCOMPARE(e.env[0].first, std::string("AWS_PROFILE"));
        QCOMPARE(e.env[0].second, std::string("dev"));
        QCOMPARE(e.env[1].second, std::string());
        QVERIFY(e.provideClusterInfo);
        QCOMPARE(e.installHint, std::string("install the AWS CLI"));
        // kubectl's default for v1beta1; v1 has none (resolving such a user fails).
        QCOMPARE(e.interactiveMode, std::string("IfAvailable"));
        QCOMPARE(config->user("v1")->exec->interactiveMode, std::string());
        QVERIFY(config->user("v1")->exec->env.empty());
        QCOMPARE(config->user("gke")->authProvider, std::string("gcp"));
        QVERIFY(!config->user("gke")->exec);
    }

    void kubeconfigEnvSkipsMissingEntries()
    {
        const std::string a = write(QStringLiteral("env/a"), "current-context: from-a\nclusters:\n- name: a\n  cluster: {server: https://a}\n");
        const std::string b = write(QStringLiteral("env/b"), "current-context: from-b\nclusters:\n- name: b\n  cluster: {server: https://b}\n");
        const std::string missing1 = m_dir.filePath(QStringLiteral("env/missing1")).toStdString();
        const std::string missing2 = m_dir.filePath(QStringLiteral("env/missing2")).toStdString();
        qputenv("KUBECONFIG", QByteArray::fromStdString(missing1 + ":" + a + "::" + missing2 + ":" + b + ":" + a));
        const std::vector<std::string> paths = kubeConfigPaths();
        // Empty entries dropped, a file named twice read once.
        QCOMPARE(paths, (std::vector<std::string>{missing1, a, missing2, b}));
        std::string error;
        const auto config = loadKubeConfig(paths, &error);
        QVERIFY2(config, error.c_str());
        QCOMPARE(config->files, (std::vector<std::string>{a, b}));
        QCOMPARE(config->clusters.size(), std::size_t(2));
        QCOMPARE(config->currentContext, std::string("from-a"));

        // An explicit path wins over KUBECONFIG.
        QCOMPARE(kubeConfigPaths(b), std::vector<std::string>{b});

        qputenv("KUBECONFIG", QByteArray::fromStdString(missing1 + ":" + missing2));
        QVERIFY(!loadKubeConfig(kubeConfigPaths(), &error));
        QVERIFY2(contains(error, "none of the kubeconfig files exists") && contains(error, missing2), error.c_str());
    }

    void defaultPathIsHomeKubeConfig()
    {
        qunsetenv("KUBECONFIG");
        const QString home = m_dir.filePath(QStringLiteral("home"));
        qputenv("HOME", home.toUtf8());
        QCOMPARE(kubeConfigPaths(), std::vector<std::string>{(home + QStringLiteral("/.kube/config")).toStdString()});
    }

    void explicitPathMustExist()
    {
        const std::string missing = m_dir.filePath(QStringLiteral("nowhere/config")).toStdString();
        std::string error;
        QVERIFY(!loadKubeConfig(kubeConfigPaths(missing), &error));
        QCOMPARE(error, "kubeconfig " + missing + ": no such file");
        QVERIFY(!loadKubeConfig({m_dir.path().toStdString()}, &error));
        QVERIFY2(contains(error, "cannot be read"), error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestKubeConfig)
#include "tst_kubeconfig.moc"
