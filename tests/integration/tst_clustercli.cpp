// `bulkheadctl source add cluster`, `collect` and `workloads` (the real binary, $BULKHEADCTL)
// against the test Kubernetes API server: exit codes, output, exec plugin approval, and planted
// secret values and tokens that must never appear on stdout or stderr.

#include "kubeapiserver.h"
#include "testcerts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace bulkhead::test;

namespace {

const QString kToken = QStringLiteral("cli-test-token-41d9e2");

struct Run {
    int exitCode = -1;
    QString out, err;
    QString all() const { return out + err; }
};

} // namespace

class TestClusterCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestCerts> m_certs;
    std::unique_ptr<KubeApiServer> m_server;
    QString m_kubeconfig;
    int m_files = 0;

    QString newPath(const QString &stem) { return m_tmp.filePath(QStringLiteral("%1-%2").arg(stem).arg(++m_files)); }

    Run ctl(const QString &db, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("KUBECONFIG"));
        // Settings (trusted registries) of this test only, never the user's.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("config")));
        // Every Qt logging category at its most verbose: a debug line anywhere that carried a
        // token or secret value would reach the output the tests search.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("BULKHEADCTL"), QStringList{QStringLiteral("--db"), db} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeKubeconfig(const QString &userYaml)
    {
        const QString path = newPath(QStringLiteral("kubeconfig")) + QStringLiteral(".yaml");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: test\n  cluster:\n    server: %1\n"
                               "    certificate-authority: %2\nusers:\n- name: tester\n  user:\n%3"
                               "contexts:\n- name: test\n  context:\n    cluster: test\n    user: tester\n"
                               "current-context: test\n")
                    .arg(m_server->url(), m_certs->caCert(), userYaml)
                    .toUtf8());
        return path;
    }

    static QJsonArray jsonArray(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).array(); }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("BULKHEADCTL").isEmpty())
            QSKIP("BULKHEADCTL is not set (the ctest harness sets it)");
        if (!haveTool(QStringLiteral("openssl")))
            QSKIP("openssl is not installed (TestCerts needs it)");
        m_certs = std::make_unique<TestCerts>(m_tmp.filePath(QStringLiteral("certs")));
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
        m_server = std::make_unique<KubeApiServer>(*m_certs);
        m_server->addToken(kToken);
        GeneratedCluster spec;
        spec.namespaces = 3;
        spec.controllers = 9;
        spec.pods = 18;
        spec.secrets = 6;
        m_server->generateCluster(spec);
        QVERIFY(m_server->start());
        m_kubeconfig = writeKubeconfig(QStringLiteral("    token: %1\n").arg(kToken));
    }

    void addCollectListWorkloads()
    {
        const QString db = newPath(QStringLiteral("store")) + QStringLiteral(".db");
        Run r = ctl(db, {"source", "add", "cluster", "prod", "--kubeconfig", m_kubeconfig, "--context", "test"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QLatin1String("added cluster source prod")), qPrintable(r.out));

        r = ctl(db, {"source", "list", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = jsonArray(r.out).at(0).toObject();
        QCOMPARE(s.value("kind").toString(), QStringLiteral("cluster"));
        QCOMPARE(s.value("context").toString(), QStringLiteral("test"));
        QCOMPARE(s.value("server").toString(), m_server->url());
        QCOMPARE(s.value("exec_approved").toBool(), false);
        r = ctl(db, {"source", "list"});
        QVERIFY2(r.out.contains(QLatin1String("cluster")) && r.out.contains(m_server->url()), qPrintable(r.out));

        r = ctl(db, {"collect", "--progress"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const int controllers = m_server->objectCount(QStringLiteral("deployments"))
            + m_server->objectCount(QStringLiteral("statefulsets")) + m_server->objectCount(QStringLiteral("daemonsets"))
            + m_server->objectCount(QStringLiteral("cronjobs"));
        QVERIFY2(r.out.startsWith(QStringLiteral("prod: complete: ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(" %1 workloads, %2 namespaces,")
                                    .arg(controllers)
                                    .arg(m_server->objectCount(QStringLiteral("namespaces")))),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("prod: listing")), qPrintable(r.err));
        // No secret value or token on either stream.
        const QString output = r.all();
        for (const QString &value : m_server->plantedSecretValues())
            QVERIFY2(!output.contains(value), qPrintable(value));
        QVERIFY(!output.contains(kToken));

        r = ctl(db, {"workloads", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray all = jsonArray(r.out);
        QCOMPARE(all.size(), controllers);
        int privileged = 0;
        for (const QJsonValue &v : all) {
            const QJsonObject w = v.toObject();
            QCOMPARE(w.value("cluster").toString(), QStringLiteral("prod"));
            privileged += w.value("checks").toObject().value("privileged").toObject().value("state").toString()
                == QLatin1String("fail");
        }
        for (const QString &value : m_server->plantedSecretValues())
            QVERIFY2(!r.out.contains(value), qPrintable(value));

        r = ctl(db, {"workloads", "--failing", "privileged", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonArray(r.out).size(), privileged);
        QVERIFY(privileged > 0); // the generated cluster's profile 1 is privileged

        r = ctl(db, {"workloads", "--namespace", "ns-000", "--format", "csv"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QLatin1String("cluster,namespace,kind,name")));
        QVERIFY(lines.first().contains(QLatin1String(",privileged,")));
        int inNs0 = 0;
        for (const QJsonValue &v : all)
            inNs0 += v.toObject().value("namespace").toString() == QLatin1String("ns-000");
        QCOMPARE(lines.size() - 1, inNs0);

        r = ctl(db, {"workloads"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), controllers + 1);

        QCOMPARE(ctl(db, {"workloads", "--cluster", "nosuch"}).exitCode, 1);
        QCOMPARE(ctl(db, {"workloads", "--failing", "nosuch-check"}).exitCode, 2);

        // Removing the source removes its workloads.
        r = ctl(db, {"source", "remove", "prod"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        r = ctl(db, {"workloads", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonArray(r.out).size(), 0);
    }

    void addErrorsNameFileAndContext()
    {
        const QString db = newPath(QStringLiteral("store")) + QStringLiteral(".db");
        Run r = ctl(db, {"source", "add", "cluster", "prod", "--kubeconfig", m_kubeconfig, "--context", "nosuch"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("nosuch")), qPrintable(r.err));
        QVERIFY2(r.err.contains(m_kubeconfig), qPrintable(r.err));

        const QString broken = newPath(QStringLiteral("broken")) + QStringLiteral(".yaml");
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("apiVersion: v1\nclusters:\n- name: [unclosed\n");
        }
        r = ctl(db, {"source", "add", "cluster", "prod", "--kubeconfig", broken});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(broken) && r.err.contains(QLatin1String("line")), qPrintable(r.err));
        QCOMPARE(ctl(db, {"source", "add", "cluster"}).exitCode, 2);
    }

    void execPluginApproval()
    {
        const QString marker = newPath(QStringLiteral("plugin-runs"));
        const QString plugin = newPath(QStringLiteral("plugin")) + QStringLiteral(".sh");
        {
            QFile f(plugin);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("#!/bin/sh\necho run >> \"$2\"\n"
                                   "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":\"ExecCredential\","
                                   "\"status\":{\"token\":\"%1\"}}'\n")
                        .arg(kToken)
                        .toUtf8());
            f.close();
            QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
        }
        const QString kubeconfig = writeKubeconfig(
            QStringLiteral("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: %1\n"
                           "      args: [\"--marker\", \"%2\"]\n      env:\n      - name: PLUGIN_PROFILE\n"
                           "        value: test\n")
                .arg(plugin, marker));
        const QString db = newPath(QStringLiteral("store")) + QStringLiteral(".db");
        Run r = ctl(db, {"source", "add", "cluster", "viaplugin", "--kubeconfig", kubeconfig});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        // The full command is shown, with how to approve it; nothing ran.
        QVERIFY2(r.out.contains(plugin) && r.out.contains(QLatin1String("PLUGIN_PROFILE=test"))
                     && r.out.contains(QLatin1String("--approve-exec")),
                 qPrintable(r.out));
        QVERIFY(!QFile::exists(marker));

        r = ctl(db, {"collect"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("viaplugin: failed")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("approve")), qPrintable(r.err));
        QVERIFY(!QFile::exists(marker));

        r = ctl(db, {"source", "add", "cluster", "viaplugin", "--kubeconfig", kubeconfig, "--approve-exec"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(plugin), qPrintable(r.out));
        QVERIFY(!QFile::exists(marker)); // approving does not run it

        r = ctl(db, {"source", "list", "--format", "json"});
        QCOMPARE(jsonArray(r.out).at(0).toObject().value("exec_approved").toBool(), true);
        r = ctl(db, {"collect"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY(QFile::exists(marker));
        QVERIFY(!r.all().contains(kToken));
    }
};

QTEST_GUILESS_MAIN(TestClusterCli)
#include "tst_clustercli.moc"
