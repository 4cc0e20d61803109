// The test Kubernetes API server against the real client: kubectl (Debian kubernetes-client)
// lists through it with a kubeconfig written here. What kubectl accepts (discovery, paging with
// continue tokens, Status errors, metadata-only tables) is what a real API server sends.
#include "clientcertificate.h"
#include "kubeapiserver.h"
#include "testcerts.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace bulkhead::test;

namespace {

const QString kToken = QStringLiteral("kubectl-test-token-6f1c2a");

} // namespace

class KubeApiServerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestCerts> m_certs;
    QString m_kubectl;

    QString kubeconfig(const KubeApiServer &server, const QString &name, const QString &userBlock)
    {
        QFile ca(m_certs->caCert());
        if (!ca.open(QIODevice::ReadOnly))
            return {};
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: test\n  cluster:\n"
                               "    server: %1\n    certificate-authority-data: %2\n"
                               "users:\n- name: tester\n  user:\n%3\n"
                               "contexts:\n- name: test\n  context:\n    cluster: test\n    user: tester\n"
                               "current-context: test\n")
                    .arg(server.url(), QString::fromLatin1(ca.readAll().toBase64()), userBlock)
                    .toUtf8());
        return path;
    }

    ToolRun kubectl(const QString &config, const QStringList &args)
    {
        QStringList all{QStringLiteral("--kubeconfig"), config, QStringLiteral("--cache-dir"),
                        m_dir.filePath(QStringLiteral("cache")), QStringLiteral("--request-timeout=30s")};
        return runTool(m_kubectl, all + args, {}, 60000);
    }

    static QStringList lines(const QByteArray &out)
    {
        QStringList l = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString &s : l)
            s = s.trimmed();
        return l;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (m_kubectl.isEmpty())
            QSKIP("kubectl not installed (Debian package kubernetes-client)");
        QVERIFY(m_dir.isValid());
        m_certs = std::make_unique<TestCerts>(m_dir.filePath(QStringLiteral("certs")));
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
        qputenv("HOME", m_dir.path().toUtf8()); // kubectl's caches stay in the test's directory
    }

    void podsAcrossPagesWithToken()
    {
        KubeApiServer server(*m_certs);
        GeneratedCluster spec;
        spec.namespaces = 4;
        spec.controllers = 9;
        spec.pods = 37;
        server.generateCluster(spec);
        server.addToken(kToken);
        QVERIFY(server.start());
        const QString config = kubeconfig(server, "token.kubeconfig", "    token: " + kToken);

        // A chunk size that does not divide the count: kubectl follows the continue tokens.
        const ToolRun run = kubectl(config, {"get", "pods", "-A", "-o", "name", "--chunk-size=5"});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QStringList names = lines(run.out);
        QCOMPARE(names.size(), spec.pods);
        QCOMPARE(server.objectCount("pods"), spec.pods);
        for (const QString &n : names)
            QVERIFY2(n.startsWith("pod/"), qPrintable(n));
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), spec.pods);
        int pageRequests = 0;
        for (const RecordedRequest &r : server.requests()) {
            if (r.target.startsWith("/api/v1/pods?")) {
                ++pageRequests;
                QCOMPARE(r.header("Authorization"), "Bearer " + kToken.toUtf8());
            }
        }
        QCOMPARE(pageRequests, (spec.pods + 4) / 5);

        // The default (table) output: a header and a row per pod, NAMESPACE first.
        const ToolRun table = kubectl(config, {"get", "pods", "-A"});
        QVERIFY2(table.ok(), qPrintable(table.describe()));
        const QStringList rows = lines(table.out);
        QCOMPARE(rows.size(), spec.pods + 1);
        QVERIFY2(rows.first().startsWith("NAMESPACE"), qPrintable(rows.first()));

        // One namespace: the names the generator put there.
        const ToolRun one = kubectl(config, {"get", "pods", "-n", "ns-001", "-o", "name"});
        QVERIFY2(one.ok(), qPrintable(one.describe()));
        int expected = 0;
        for (int i = 0; i < spec.pods; ++i)
            expected += (i % spec.controllers) % spec.namespaces == 1 ? 1 : 0;
        QCOMPARE(lines(one.out).size(), expected);
    }

    void secretsPrintedWithoutValues()
    {
        KubeApiServer server(*m_certs);
        GeneratedCluster spec;
        spec.secrets = 6;
        server.generateCluster(spec);
        QString error;
        QVERIFY2(server.addFile(fixturePath("k9s/sec.json"), &error), qPrintable(error));
        server.addToken(kToken);
        QVERIFY(server.start());
        const QString config = kubeconfig(server, "secrets.kubeconfig", "    token: " + kToken);
        const ToolRun run = kubectl(config, {"get", "secrets", "-A"});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QString out = QString::fromUtf8(run.out);
        QCOMPARE(lines(run.out).size(), spec.secrets + 1 + 1); // header, generated, the fixture's s1
        for (int j = 0; j < spec.secrets; ++j)
            QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\\bapp-(secret|token)-%1\\b").arg(j))), qPrintable(out));
        QVERIFY2(out.contains(QRegularExpression("default\\s+s1\\b")), qPrintable(out));
        for (const QString &value : server.plantedSecretValues())
            QVERIFY2(!out.contains(value), qPrintable(value));
    }

    void errorsAsKubectlReportsThem()
    {
        KubeApiServer server(*m_certs);
        server.generateCluster(GeneratedCluster{});
        server.addToken(kToken);
        server.forbid("secrets");
        QVERIFY(server.start());
        const QString good = kubeconfig(server, "good.kubeconfig", "    token: " + kToken);
        const ToolRun forbidden = kubectl(good, {"get", "secrets", "-A", "-o", "name"});
        QVERIFY(!forbidden.ok());
        QVERIFY2(forbidden.err.contains("secrets is forbidden: User \"tester\" cannot list resource \"secrets\" in API group \"\" at the cluster scope"),
                 forbidden.err.constData());
        // One object by name: GET answers it whole, with kind and apiVersion.
        const ToolRun names = kubectl(good, {"get", "pods", "-n", "ns-000", "-o", "name"});
        QVERIFY2(names.ok() && !lines(names.out).isEmpty(), qPrintable(names.describe()));
        const QString podName = lines(names.out).first().mid(4);
        const ToolRun one = kubectl(good, {"get", "pod", podName, "-n", "ns-000", "-o", "json"});
        QVERIFY2(one.ok(), qPrintable(one.describe()));
        const QJsonObject pod = QJsonDocument::fromJson(one.out).object();
        QCOMPARE(pod.value("kind").toString(), QString("Pod"));
        QCOMPARE(pod.value("apiVersion").toString(), QString("v1"));
        QCOMPARE(pod.value("metadata").toObject().value("name").toString(), podName);

        const ToolRun missing = kubectl(good, {"get", "pod", "no-such-pod", "-n", "ns-000"});
        QVERIFY(!missing.ok());
        QVERIFY2(missing.err.contains("pods \"no-such-pod\" not found"), missing.err.constData());

        const QString bad = kubeconfig(server, "bad.kubeconfig", "    token: wrong-token");
        const ToolRun refused = kubectl(bad, {"get", "pods", "-A", "-o", "name"});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.err.contains("Unauthorized") || refused.err.contains("must be logged in"), refused.err.constData());
    }

    // kubectl --field-selector: the selector on every page of a chunked list, only matching items,
    // terms ANDed, and the 400 a real server answers for a field it does not support.
    void fieldSelectorAsKubectlSendsIt()
    {
        KubeApiServer server(*m_certs);
        GeneratedCluster spec;
        spec.namespaces = 3;
        spec.secrets = 23; // every fifth a service-account token (kubegeneratedcluster.cpp)
        server.generateCluster(spec);
        server.addToken(kToken);
        QVERIFY(server.start());
        const QString config = kubeconfig(server, "selector.kubeconfig", "    token: " + kToken);
        int tokens = 0, opaqueInNs1 = 0;
        for (int j = 0; j < spec.secrets; ++j) {
            tokens += j % 5 == 4 ? 1 : 0;
            opaqueInNs1 += j % 5 != 4 && j % spec.namespaces == 1 ? 1 : 0;
        }
        QVERIFY(tokens > 2 && opaqueInNs1 > 0);

        const ToolRun sa = kubectl(config, {"get", "secrets", "-A", "-o", "name", "--chunk-size=2",
                                            "--field-selector", "type=kubernetes.io/service-account-token"});
        QVERIFY2(sa.ok(), qPrintable(sa.describe()));
        QCOMPARE(lines(sa.out).size(), tokens);
        for (const QString &n : lines(sa.out))
            QVERIFY2(n.startsWith("secret/app-token-"), qPrintable(n));
        int pages = 0;
        for (const RecordedRequest &r : server.requests()) {
            if (r.target.startsWith("/api/v1/secrets?")) {
                ++pages;
                QVERIFY2(r.target.contains("fieldSelector=type%3Dkubernetes.io%2Fservice-account-token"), r.target.constData());
            }
        }
        QVERIFY2(pages >= (tokens + 1) / 2, qPrintable(QString::number(pages)));

        const ToolRun others = kubectl(config, {"get", "secrets", "-A", "-o", "name", "--chunk-size=3",
                                                "--field-selector", "type!=kubernetes.io/service-account-token"});
        QVERIFY2(others.ok(), qPrintable(others.describe()));
        QCOMPARE(lines(others.out).size(), server.objectCount("secrets") - tokens);

        const ToolRun both = kubectl(config, {"get", "secrets", "-A", "-o", "name", "--field-selector",
                                              "metadata.namespace==ns-001,type=Opaque"});
        QVERIFY2(both.ok(), qPrintable(both.describe()));
        QCOMPARE(lines(both.out).size(), opaqueInNs1);

        const ToolRun unsupported = kubectl(config, {"get", "secrets", "-A", "--field-selector", "data.password=x"});
        QVERIFY(!unsupported.ok());
        QVERIFY2(unsupported.err.contains("BadRequest") && unsupported.err.contains("field label not supported: data.password"),
                 unsupported.err.constData());
        const ToolRun unknown = kubectl(config, {"get", "deployments", "-A", "--field-selector", "spec.replicas=1"});
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.err.contains("\"spec.replicas\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\""),
                 unknown.err.constData());
    }

    void clientCertificateUser()
    {
        QString error;
        QVERIFY2(makeClientCertificate(*m_certs, "kubectl-admin", "admin", &error), qPrintable(error));
        KubeApiServer server(*m_certs);
        GeneratedCluster spec;
        spec.namespaces = 3;
        server.generateCluster(spec);
        QVERIFY(server.start());
        const QString config = kubeconfig(server, "cert.kubeconfig",
                                          "    client-certificate: " + m_certs->dir() + "/kubectl-admin.crt\n"
                                          "    client-key: " + m_certs->dir() + "/kubectl-admin.key");
        const ToolRun run = kubectl(config, {"get", "namespaces", "-o", "name"});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(lines(run.out), (QStringList{"namespace/ns-000", "namespace/ns-001", "namespace/ns-002"}));
        QCOMPARE(server.requests().last().clientCommonName, QString("admin"));
    }

    void fixturesServed()
    {
        KubeApiServer server(*m_certs);
        server.addToken(kToken);
        QString error;
        int roles = 0;
        for (const char *file : {"kubernetes/namespace-roles.yaml", "kubernetes/cluster-roles.yaml"}) {
            QVERIFY2(server.addFile(fixturePath(file), &error), qPrintable(error));
        }
        // Counted with Qt's own view of the YAML: each "- apiVersion:" item of the List.
        QFile f(fixturePath("kubernetes/namespace-roles.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QByteArray &line : f.readAll().split('\n'))
            roles += line.startsWith("- apiVersion:") ? 1 : 0;
        QVERIFY(roles > 0);
        QCOMPARE(server.objectCount("roles"), roles);
        QVERIFY(server.start());
        const QString config = kubeconfig(server, "fixtures.kubeconfig", "    token: " + kToken);
        const ToolRun run = kubectl(config, {"get", "roles", "-A", "-o", "name"});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(lines(run.out).size(), roles);
        QVERIFY(lines(run.out).contains("role.rbac.authorization.k8s.io/system:controller:bootstrap-signer"));
        const ToolRun json = kubectl(config, {"get", "clusterroles", "-o", "json"});
        QVERIFY2(json.ok(), qPrintable(json.describe()));
        const QJsonObject list = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(list.value("kind").toString(), QString("List"));
        QCOMPARE(list.value("items").toArray().size(), server.objectCount("clusterroles"));
    }

    // trivy-operator's CRDs: discovered only when installed, their reports listed as custom
    // resources (items keep kind and apiVersion).
    void trivyOperatorReports()
    {
        KubeApiServer server(*m_certs);
        server.addToken(kToken);
        QString error;
        QStringList names;
        for (const char *file : {"trivy-operator/vulnerabilityreport_many.json", "trivy-operator/configauditreport_many.json",
                                 "trivy-operator/exposedsecretreport_many.json"}) {
            QVERIFY2(server.addFile(fixturePath(file), &error), qPrintable(error));
            names << fixtureObject(file).value("metadata").toObject().value("name").toString();
        }
        QVERIFY(server.start());
        const QString config = kubeconfig(server, "trivy.kubeconfig", "    token: " + kToken);
        const ToolRun absent = kubectl(config, {"get", "vulnerabilityreports", "-A", "-o", "name"});
        QVERIFY(!absent.ok());
        QVERIFY2(absent.err.contains("the server doesn't have a resource type \"vulnerabilityreports\""), absent.err.constData());

        server.setTrivyOperatorInstalled(true);
        QDir(m_dir.filePath(QStringLiteral("cache"))).removeRecursively(); // kubectl caches discovery
        const ToolRun vulns = kubectl(config, {"get", "vulnerabilityreports", "-A", "-o", "name"});
        QVERIFY2(vulns.ok(), qPrintable(vulns.describe()));
        QCOMPARE(lines(vulns.out), QStringList{"vulnerabilityreport.aquasecurity.github.io/" + names[0]});
        const ToolRun audits = kubectl(config, {"get", "configauditreports.aquasecurity.github.io", "-n", "default", "-o", "json"});
        QVERIFY2(audits.ok(), qPrintable(audits.describe()));
        const QJsonArray items = QJsonDocument::fromJson(audits.out).object().value("items").toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].toObject().value("kind").toString(), QString("ConfigAuditReport"));
        QCOMPARE(items[0].toObject().value("metadata").toObject().value("name").toString(), names[1]);
    }
};

QTEST_GUILESS_MAIN(KubeApiServerTest)
#include "tst_kubeapiserver.moc"
