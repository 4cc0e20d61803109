// Exec credential plugins: run only with the matching approval, directly (no shell), with the
// plugin's env and KUBERNETES_EXEC_INFO, stdin closed and a timeout; answers parsed, cached until
// shortly before they expire; failures named without the credential. The plugins are small shell
// scripts written by the test that record what they were given.
#include "kube/execcredential.h"
#include "kube/kubeconnection.h"
#include "testsupport.h"
#include "util/timestamps.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <thread>

using namespace bulkhead;

namespace {

constexpr const char *kTokenPrefix = "planted-exec-token-5e4d3c";
constexpr const char *kV1 = "client.authentication.k8s.io/v1";
constexpr const char *kV1beta1 = "client.authentication.k8s.io/v1beta1";

bool contains(const std::string &haystack, const std::string &needle)
{
    return haystack.find(needle) != std::string::npos;
}

// Records what it was given in $OUT_DIR and answers with an ExecCredential of apiVersion $API whose
// token is $TOKEN_PREFIX-<run number>, expiring at $EXPIRES when set.
const QByteArray kRecordingPlugin = R"(#!/bin/sh
out="$OUT_DIR"
[ -n "$out" ] || exit 7
echo run >> "$out/runs"
printf '%s' "$KUBERNETES_EXEC_INFO" > "$out/info.json"
: > "$out/args"
for a in "$@"; do printf '%s\n' "$a" >> "$out/args"; done
printf '%s' "$PARENT_VAR" > "$out/parent"
cat > "$out/stdin"
n=$(wc -l < "$out/runs" | tr -d ' ')
exp=""
[ -n "$EXPIRES" ] && exp=$(printf ',"expirationTimestamp":"%s"' "$EXPIRES")
printf '{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"%s-%s"%s}}\n' "$API" "$TOKEN_PREFIX" "$n" "$exp"
)";

// An ExecCredential as a plugin prints it; an empty `status` is left out.
QByteArray credentialJson(const char *apiVersion, const char *kind, const QJsonObject &status)
{
    QJsonObject o{{QStringLiteral("apiVersion"), QLatin1String(apiVersion)}, {QStringLiteral("kind"), QLatin1String(kind)}};
    if (!status.isEmpty())
        o.insert(QStringLiteral("status"), status);
    return QJsonDocument(o).toJson();
}

} // namespace

class TestExecCredential : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_oldPath;
    std::vector<std::string> m_errors; // every error produced: none may hold a token

    QString plugin(const QString &name) const { return m_dir.filePath(QStringLiteral("bin/") + name); }

    void writePlugin(const QString &name, const QByteArray &script)
    {
        bulkhead::test::writeFile(plugin(name), script);
        QFile::setPermissions(plugin(name), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // A plugin that prints `answer` (from a file next to it: no quoting games in the script).
    void writeAnswer(const QString &name, const QByteArray &answer)
    {
        bulkhead::test::writeFile(plugin(name) + QStringLiteral(".json"), answer);
        writePlugin(name, "#!/bin/sh\nexec cat \"$0.json\"\n");
    }

    // A fresh output directory for one test's plugin runs.
    QString outDir(const QString &name)
    {
        const QString d = m_dir.filePath(QStringLiteral("out/") + name);
        QDir().mkpath(d);
        return d;
    }

    // A connection whose user runs `command` (the recording plugin by default) with `out` as
    // OUT_DIR.
    KubeConnection connection(const QString &out, const std::string &apiVersion = kV1,
                              const std::string &command = {})
    {
        KubeConnection c;
        c.contextName = "ctx";
        c.clusterName = "prod";
        c.userName = "deployer";
        c.userSourceFile = m_dir.filePath(QStringLiteral("kubeconfig")).toStdString();
        c.server = "https://10.1.2.3:6443";
        KubeExecConfig e;
        e.apiVersion = apiVersion;
        e.command = command.empty() ? plugin(QStringLiteral("recording")).toStdString() : command;
        e.args = {"get-token", "--cluster", "prod"};
        e.env = {{"OUT_DIR", out.toStdString()}, {"API", apiVersion}, {"TOKEN_PREFIX", kTokenPrefix}};
        e.interactiveMode = "IfAvailable";
        c.exec = e;
        return c;
    }

    static std::string approval(const KubeConnection &c)
    {
        return execApprovalFingerprint(c.userSourceFile, c.userName, *c.exec);
    }

    std::optional<ExecCredential> get(ExecCredentialProvider &p, const KubeConnection &c, std::string *error)
    {
        auto r = p.credential(c, approval(c), error);
        if (!r)
            m_errors.push_back(*error);
        return r;
    }

    std::string failure(ExecCredentialProvider &p, const KubeConnection &c, const std::string &approved)
    {
        std::string error;
        if (p.credential(c, approved, &error))
            return "(succeeded, expected an error)";
        m_errors.push_back(error);
        return error;
    }
    std::string failure(ExecCredentialProvider &p, const KubeConnection &c) { return failure(p, c, approval(c)); }

    static int runCount(const QString &out)
    {
        QFile f(out + QStringLiteral("/runs"));
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("bin")));
        writePlugin(QStringLiteral("recording"), kRecordingPlugin);
        m_oldPath = qgetenv("PATH");
        qputenv("PATH", m_dir.filePath(QStringLiteral("bin")).toUtf8() + ":" + m_oldPath);
        qputenv("PARENT_VAR", "from-the-parent");
    }

    void cleanupTestCase() { qputenv("PATH", m_oldPath); }

    void runsWithExecInfoAndEnv()
    {
        const QString out = outDir(QStringLiteral("run"));
        KubeConnection c = connection(out);
        c.exec->provideClusterInfo = true;
        c.http.caPem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        c.http.tlsServerName = "kubernetes.default.svc";
        c.http.proxyUrl = "http://proxy.example:3128";
        ExecCredentialProvider provider;
        std::string error;
        const auto cred = get(provider, c, &error);
        QVERIFY2(cred, error.c_str());
        QCOMPARE(cred->token, std::string(kTokenPrefix) + "-1");
        QCOMPARE(cred->expiresAt, std::int64_t(0));
        QCOMPARE(provider.runs(), 1);

        const QJsonObject info = bulkhead::test::readJson(out + QStringLiteral("/info.json")).object();
        QCOMPARE(info.value(QStringLiteral("apiVersion")).toString(), QLatin1String(kV1));
        QCOMPARE(info.value(QStringLiteral("kind")).toString(), QStringLiteral("ExecCredential"));
        const QJsonObject spec = info.value(QStringLiteral("spec")).toObject();
        QCOMPARE(spec.value(QStringLiteral("interactive")), QJsonValue(false));
        const QJsonObject cluster = spec.value(QStringLiteral("cluster")).toObject();
        QCOMPARE(cluster.value(QStringLiteral("server")).toString().toStdString(), c.server);
        QCOMPARE(QByteArray::fromBase64(cluster.value(QStringLiteral("certificate-authority-data")).toString().toLatin1())
                     .toStdString(),
                 c.http.caPem);
        QCOMPARE(cluster.value(QStringLiteral("tls-server-name")).toString(), QStringLiteral("kubernetes.default.svc"));
        QCOMPARE(cluster.value(QStringLiteral("proxy-url")).toString(), QStringLiteral("http://proxy.example:3128"));
        QVERIFY(!cluster.contains(QStringLiteral("insecure-skip-tls-verify")));
        QVERIFY(cluster.value(QStringLiteral("config")).isNull());

        QCOMPARE(bulkhead::test::readFile(out + QStringLiteral("/args")), QByteArray("get-token\n--cluster\nprod\n"));
        // Our environment plus the plugin's; stdin closed (the plugin's `cat` saw end of file).
        QCOMPARE(bulkhead::test::readFile(out + QStringLiteral("/parent")), QByteArray("from-the-parent"));
        QCOMPARE(bulkhead::test::readFile(out + QStringLiteral("/stdin")), QByteArray());
    }

    void v1beta1WithoutClusterInfo()
    {
        const QString out = outDir(QStringLiteral("beta"));
        KubeConnection c = connection(out, kV1beta1);
        c.insecureSkipTlsVerify = true;
        ExecCredentialProvider provider;
        std::string error;
        QVERIFY2(get(provider, c, &error), error.c_str());
        const QJsonObject info = bulkhead::test::readJson(out + QStringLiteral("/info.json")).object();
        QCOMPARE(info.value(QStringLiteral("apiVersion")).toString(), QLatin1String(kV1beta1));
        const QJsonObject spec = info.value(QStringLiteral("spec")).toObject();
        QCOMPARE(spec.value(QStringLiteral("interactive")), QJsonValue(false));
        QVERIFY(!spec.contains(QStringLiteral("cluster")));
    }

    void pluginFoundOnPath()
    {
        const QString out = outDir(QStringLiteral("path"));
        const KubeConnection c = connection(out, kV1, "recording");
        ExecCredentialProvider provider;
        std::string error;
        QVERIFY2(get(provider, c, &error), error.c_str());
        QCOMPARE(runCount(out), 1);
    }

    void cachedCredentialNotRerun()
    {
        const QString out = outDir(QStringLiteral("cache"));
        const KubeConnection c = connection(out);
        ExecCredentialProvider provider;
        std::string error;
        const auto first = get(provider, c, &error);
        QVERIFY2(first, error.c_str());
        const auto second = get(provider, c, &error);
        QVERIFY2(second, error.c_str());
        QCOMPARE(second->token, first->token);
        QCOMPARE(provider.runs(), 1);
        QCOMPARE(runCount(out), 1);

        provider.invalidate(c); // the API server said 401
        const auto third = get(provider, c, &error);
        QVERIFY2(third, error.c_str());
        QCOMPARE(third->token, std::string(kTokenPrefix) + "-2");
        QCOMPARE(provider.runs(), 2);
    }

    void expiringCredentialRerun()
    {
        const QString out = outDir(QStringLiteral("expiry"));
        KubeConnection c = connection(out);
        const std::string expires = "2031-02-03T04:05:06Z";
        c.exec->env.emplace_back("EXPIRES", expires);
        const std::int64_t expiresAt = parseTimestamp(expires);
        ExecCredentialProvider provider;
        provider.setNow(expiresAt - 3600);
        std::string error;
        auto cred = get(provider, c, &error);
        QVERIFY2(cred, error.c_str());
        QCOMPARE(cred->expiresAt, expiresAt);

        provider.setNow(expiresAt - 31); // still good
        cred = get(provider, c, &error);
        QVERIFY2(cred, error.c_str());
        QCOMPARE(provider.runs(), 1);

        provider.setNow(expiresAt - 30); // within the margin: fetched again
        cred = get(provider, c, &error);
        QVERIFY2(cred, error.c_str());
        QCOMPARE(provider.runs(), 2);
        QCOMPARE(cred->token, std::string(kTokenPrefix) + "-2");

        provider.setNow(expiresAt + 1); // expired
        QVERIFY2(get(provider, c, &error), error.c_str());
        QCOMPARE(provider.runs(), 3);
        QCOMPARE(runCount(out), 3);
    }

    void notApprovedNeverStarts()
    {
        const QString out = outDir(QStringLiteral("refused"));
        const KubeConnection c = connection(out);
        ExecCredentialProvider provider;
        std::string error = failure(provider, c, "");
        QVERIFY2(contains(error, "is not approved to run"), error.c_str());
        QVERIFY2(contains(error, c.userSourceFile), error.c_str());
        // An approval of something else (another argument) does not cover this command.
        KubeConnection other = c;
        other.exec->args.push_back("--extra");
        error = failure(provider, c, approval(other));
        QVERIFY2(contains(error, "have changed"), error.c_str());
        QCOMPARE(provider.runs(), 0);
        QVERIFY(!QFile::exists(out + QStringLiteral("/runs"))); // the script never started
    }

    void fingerprintCoversWhatRuns()
    {
        const KubeConnection c = connection(outDir(QStringLiteral("fp")));
        const std::string base = approval(c);
        QCOMPARE(base.size(), std::size_t(64)); // SHA-256, hex
        QCOMPARE(approval(c), base);
        const auto differs = [&](auto change) {
            KubeConnection d = c;
            change(d);
            return approval(d) != base;
        };
        QVERIFY(differs([](KubeConnection &d) { d.exec->args.back() = "staging"; }));
        QVERIFY(differs([](KubeConnection &d) { d.exec->args.push_back(""); }));
        QVERIFY(differs([](KubeConnection &d) { d.exec->command += "2"; }));
        QVERIFY(differs([](KubeConnection &d) { d.exec->env.emplace_back("AWS_PROFILE", "dev"); }));
        QVERIFY(differs([](KubeConnection &d) { d.exec->env[0].second += "x"; }));
        QVERIFY(differs([](KubeConnection &d) { d.userName = "other"; }));
        QVERIFY(differs([](KubeConnection &d) { d.userSourceFile += ".bak"; }));
        QVERIFY(differs([](KubeConnection &d) { d.exec->provideClusterInfo = true; }));
        // Where one argument ends is part of it: "a b" is not "a", "b".
        KubeConnection one = c, two = c;
        one.exec->args = {"a b"};
        two.exec->args = {"a", "b"};
        QVERIFY(approval(one) != approval(two));
        // Not part of it: what the plugin is connected to (the cluster) and the display hint.
        QVERIFY(!differs([](KubeConnection &d) { d.exec->installHint = "brew install x"; }));
    }

    void argumentsPassedLiterally()
    {
        const QString out = outDir(QStringLiteral("literal"));
        KubeConnection c = connection(out);
        const QString marker = m_dir.filePath(QStringLiteral("shell-ran"));
        c.exec->args = {"--name", ("x;rm -rf " + out + "/runs; touch " + marker).toStdString(),
                        ("$(touch " + marker + ")").toStdString(), "`touch " + marker.toStdString() + "`",
                        "a b  c", "'quoted'", "*"};
        ExecCredentialProvider provider;
        std::string error;
        QVERIFY2(get(provider, c, &error), error.c_str());
        QByteArray expected;
        for (const std::string &a : c.exec->args)
            expected += QByteArray::fromStdString(a) + "\n";
        QCOMPARE(bulkhead::test::readFile(out + QStringLiteral("/args")), expected);
        QVERIFY(!QFile::exists(marker));
        QCOMPARE(runCount(out), 1);
    }

    void describeShowsTheFullCommand()
    {
        KubeExecConfig e;
        e.command = "aws";
        e.args = {"eks", "get-token", "--cluster-name", "prod"};
        e.env = {{"AWS_PROFILE", "dev"}};
        QCOMPARE(describeExecCommand(e), std::string("env AWS_PROFILE=dev aws eks get-token --cluster-name prod"));
        e.env.clear();
        e.args = {"x;rm -rf /", "it's", ""};
        QCOMPARE(describeExecCommand(e), std::string(R"(aws 'x;rm -rf /' 'it'\''s' '')"));
    }

    void timeoutKillsThePlugin()
    {
        writePlugin(QStringLiteral("slow"), "#!/bin/sh\necho run >> \"$OUT_DIR/runs\"\nexec sleep 60\n");
        const QString out = outDir(QStringLiteral("slow"));
        const KubeConnection c = connection(out, kV1, plugin(QStringLiteral("slow")).toStdString());
        ExecCredentialProvider provider(std::chrono::milliseconds(500));
        const std::string error = failure(provider, c);
        QVERIFY2(contains(error, "did not finish within 1 s and was stopped"), error.c_str());
        QVERIFY2(contains(error, "exec credential plugin " + c.exec->command + " get-token --cluster prod"), error.c_str());
        QCOMPARE(provider.runs(), 1);
    }

    void failingPluginNamedWithStderr()
    {
        writePlugin(QStringLiteral("failing"),
                    "#!/bin/sh\necho '{\"status\":{\"token\":\"'\"$TOKEN_PREFIX\"'\"}}'\n"
                    "echo 'error: SSO session expired, run aws sso login' >&2\necho 'second line' >&2\nexit 1\n");
        const KubeConnection c = connection(outDir(QStringLiteral("fail")), kV1, plugin(QStringLiteral("failing")).toStdString());
        ExecCredentialProvider provider;
        std::string error = failure(provider, c);
        QVERIFY2(contains(error, "exec credential plugin " + c.exec->command), error.c_str());
        QVERIFY2(contains(error, "(user \"deployer\") failed (exit code 1): error: SSO session expired, run aws sso login"),
                 error.c_str());
        QVERIFY2(!contains(error, "second line"), error.c_str());

        writePlugin(QStringLiteral("chatty"), "#!/bin/sh\nprintf '%0300d\\n' 0 >&2\nexit 2\n");
        error = failure(provider, connection(outDir(QStringLiteral("chatty")), kV1, plugin(QStringLiteral("chatty")).toStdString()));
        QVERIFY2(contains(error, "(exit code 2): " + std::string(200, '0') + "..."), error.c_str());
        QVERIFY2(!contains(error, std::string(201, '0')), error.c_str());
    }

    void wrongAnswersRefused()
    {
        ExecCredentialProvider provider;
        const auto answer = [&](const QString &name, const QByteArray &json) {
            writeAnswer(name, json);
            return failure(provider, connection(outDir(name), kV1, plugin(name).toStdString()));
        };
        const QString token = QString::fromLatin1(kTokenPrefix) + QStringLiteral("-x");
        const QJsonObject withToken{{QStringLiteral("token"), token}};
        std::string error = answer(QStringLiteral("beta-answer"), credentialJson(kV1beta1, "ExecCredential", withToken));
        QVERIFY2(contains(error, "answered with apiVersion \"client.authentication.k8s.io/v1beta1\", but the kubeconfig "
                                 "asks for client.authentication.k8s.io/v1"),
                 error.c_str());
        error = answer(QStringLiteral("not-json"), "token=" + token.toUtf8());
        QVERIFY2(contains(error, "did not print an ExecCredential"), error.c_str());
        error = answer(QStringLiteral("wrong-kind"), credentialJson(kV1, "Secret", withToken));
        QVERIFY2(contains(error, "printed kind \"Secret\", expected ExecCredential"), error.c_str());
        error = answer(QStringLiteral("no-status"), credentialJson(kV1, "ExecCredential", {}));
        QVERIFY2(contains(error, "without status"), error.c_str());
        error = answer(QStringLiteral("half-pair"),
                       credentialJson(kV1, "ExecCredential", {{QStringLiteral("clientKeyData"), token}}));
        QVERIFY2(contains(error, "only one of clientCertificateData and clientKeyData"), error.c_str());
        QJsonObject badExpiry = withToken;
        badExpiry.insert(QStringLiteral("expirationTimestamp"), QStringLiteral("soon"));
        error = answer(QStringLiteral("bad-expiry"), credentialJson(kV1, "ExecCredential", badExpiry));
        QVERIFY2(contains(error, "expirationTimestamp that is not an RFC 3339 time"), error.c_str());
        QCOMPARE(provider.runs(), 6);
    }

    void certificatePairAccepted()
    {
        const QString cert = QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n");
        const QString key = QStringLiteral("-----BEGIN EC PRIVATE KEY-----\nMHc\n-----END EC PRIVATE KEY-----\n");
        writeAnswer(QStringLiteral("pair"),
                    credentialJson(kV1, "ExecCredential",
                                   {{QStringLiteral("clientCertificateData"), cert},
                                    {QStringLiteral("clientKeyData"), key},
                                    {QStringLiteral("expirationTimestamp"), QStringLiteral("2030-01-01T00:00:00+01:00")}}));
        ExecCredentialProvider provider;
        std::string error;
        const auto cred = get(provider, connection(outDir(QStringLiteral("pair")), kV1, plugin(QStringLiteral("pair")).toStdString()),
                              &error);
        QVERIFY2(cred, error.c_str());
        QVERIFY(cred->token.empty());
        QCOMPARE(cred->clientCertificateData, cert.toStdString());
        QCOMPARE(cred->clientKeyData, key.toStdString());
        QCOMPARE(cred->expiresAt, parseTimestamp("2029-12-31T23:00:00Z"));
    }

    void missingCommandNamedWithInstallHint()
    {
        ExecCredentialProvider provider;
        KubeConnection c = connection(outDir(QStringLiteral("missing")), kV1, "bulkhead-no-such-plugin");
        c.exec->installHint = "Install it with: apt install bulkhead-no-such-plugin";
        std::string error = failure(provider, c);
        QVERIFY2(contains(error, "bulkhead-no-such-plugin was not found on PATH; Install it with: apt install"),
                 error.c_str());
        c = connection(outDir(QStringLiteral("missing")), kV1, m_dir.filePath(QStringLiteral("bin/absent")).toStdString());
        error = failure(provider, c);
        QVERIFY2(contains(error, "does not exist or is not executable"), error.c_str());
        QCOMPARE(provider.runs(), 0);
    }

    void interactiveAlwaysRefused()
    {
        const QString out = outDir(QStringLiteral("always"));
        KubeConnection c = connection(out);
        c.exec->interactiveMode = "Always";
        ExecCredentialProvider provider;
        const std::string error = failure(provider, c);
        QVERIFY2(contains(error, "interactive terminal"), error.c_str());
        QVERIFY(!QFile::exists(out + QStringLiteral("/runs")));
    }

    void concurrentCallersShareOneRun()
    {
        const QString out = outDir(QStringLiteral("threads"));
        const KubeConnection c = connection(out);
        const std::string approved = approval(c);
        ExecCredentialProvider provider;
        std::vector<std::string> tokens(4);
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < tokens.size(); ++i)
            threads.emplace_back([&, i] {
                std::string error;
                if (auto cred = provider.credential(c, approved, &error))
                    tokens[i] = cred->token;
            });
        for (auto &t : threads)
            t.join();
        for (const std::string &t : tokens)
            QCOMPARE(t, std::string(kTokenPrefix) + "-1");
        QCOMPARE(provider.runs(), 1);
        QCOMPARE(runCount(out), 1);
    }

    // Runs last: no error held the plugin's token.
    void zzNoTokenInAnyError()
    {
        QVERIFY(m_errors.size() >= 12);
        for (const std::string &e : m_errors)
            QVERIFY2(!contains(e, kTokenPrefix), e.c_str());
    }
};

QTEST_GUILESS_MAIN(TestExecCredential)
#include "tst_execcredential.moc"
