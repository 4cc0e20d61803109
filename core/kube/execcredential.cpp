#include "kube/execcredential.h"

#include "kube/kubeconnection.h"
#include "util/timestamps.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <algorithm>

namespace bulkhead {

namespace {

// A credential this close to its expiry is fetched again rather than sent (clock skew, a slow
// collection).
constexpr std::int64_t kRefreshMarginSeconds = 30;
// An ExecCredential is a token or a certificate pair: a few KiB.
constexpr qint64 kMaxPluginOutputBytes = 1024 * 1024;
constexpr int kMaxStderrChars = 200;

std::string quoted(const std::string &s)
{
    return '"' + s + '"';
}

// Shell-style single quoting for display, when a word holds anything beyond the plain characters:
// what the user approves must show exactly which words the program receives.
std::string displayWord(const std::string &word)
{
    const bool plain = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || std::string_view("_@%+=:,./-").find(c) != std::string_view::npos;
    });
    if (plain)
        return word;
    std::string out = "'";
    for (char c : word)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// The command and its arguments: what error messages name (the env values are left out).
std::string commandLine(const KubeExecConfig &exec)
{
    std::string out = displayWord(exec.command);
    for (const std::string &a : exec.args)
        out += ' ' + displayWord(a);
    return out;
}

std::string pluginName(const KubeConnection &c)
{
    std::string line = commandLine(*c.exec);
    if (line.size() > 200)
        line = line.substr(0, 200) + "...";
    return "exec credential plugin " + line + " (user " + quoted(c.userName) + ")";
}

// A short, printable excerpt of something the plugin printed that is not a secret (its kind,
// apiVersion or stderr line).
std::string excerpt(QByteArray text, int max)
{
    text = text.trimmed();
    if (const auto nl = text.indexOf('\n'); nl >= 0)
        text.truncate(nl);
    QString s = QString::fromUtf8(text);
    s.removeIf([](QChar c) { return !c.isPrint(); });
    if (s.size() > max)
        s = s.left(max) + QStringLiteral("...");
    return s.toStdString();
}

// KUBERNETES_EXEC_INFO: what client-go gives a plugin (the same JSON as kubectl's, compared in
// tst_kubeconfigconnect); never interactive here.
QByteArray execInfo(const KubeConnection &c)
{
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (c.exec->provideClusterInfo) {
        QJsonObject cluster{{QStringLiteral("server"), QString::fromStdString(c.server)}};
        if (!c.http.tlsServerName.empty())
            cluster.insert(QStringLiteral("tls-server-name"), QString::fromStdString(c.http.tlsServerName));
        if (c.insecureSkipTlsVerify)
            cluster.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!c.http.caPem.empty()) // []byte in client-go's JSON: base64
            cluster.insert(QStringLiteral("certificate-authority-data"),
                           QString::fromLatin1(QByteArray::fromStdString(c.http.caPem).toBase64()));
        if (!c.http.proxyUrl.empty())
            cluster.insert(QStringLiteral("proxy-url"), QString::fromStdString(c.http.proxyUrl));
        // kubectl always sends the exec extension of the cluster; Bulkhead reads none.
        cluster.insert(QStringLiteral("config"), QJsonValue::Null);
        spec.insert(QStringLiteral("cluster"), cluster);
    }
    const QJsonObject info{{QStringLiteral("apiVersion"), QString::fromStdString(c.exec->apiVersion)},
                           {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("spec"), spec}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

// The program to start: a path as given (kubectl already resolved a relative one against the
// kubeconfig), a bare name looked up in our PATH. Empty when there is none.
QString findProgram(const std::string &command)
{
    const QString c = QString::fromStdString(command);
    if (command.find('/') != std::string::npos) {
        const QFileInfo info(c);
        return info.isFile() && info.isExecutable() ? c : QString();
    }
    return QStandardPaths::findExecutable(c);
}

// Reads the plugin's answer; the errors quote no field that could hold the credential.
std::optional<ExecCredential> parseAnswer(const QByteArray &out, const std::string &apiVersion,
                                          const std::string &plugin, std::string *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    if (!doc.isObject()) {
        *error = plugin + " did not print an ExecCredential (JSON object) on stdout";
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const std::string kind = o.value(QStringLiteral("kind")).toString().toStdString();
    if (kind != "ExecCredential") {
        *error = plugin + " printed kind " + quoted(excerpt(QByteArray::fromStdString(kind), 64))
            + ", expected ExecCredential";
        return std::nullopt;
    }
    const std::string version = o.value(QStringLiteral("apiVersion")).toString().toStdString();
    if (version != apiVersion) {
        *error = plugin + " answered with apiVersion " + quoted(excerpt(QByteArray::fromStdString(version), 64))
            + ", but the kubeconfig asks for " + apiVersion;
        return std::nullopt;
    }
    const QJsonValue statusValue = o.value(QStringLiteral("status"));
    if (!statusValue.isObject()) {
        *error = plugin + " printed an ExecCredential without status";
        return std::nullopt;
    }
    const QJsonObject status = statusValue.toObject();
    ExecCredential c;
    c.token = status.value(QStringLiteral("token")).toString().toStdString();
    c.clientCertificateData = status.value(QStringLiteral("clientCertificateData")).toString().toStdString();
    c.clientKeyData = status.value(QStringLiteral("clientKeyData")).toString().toStdString();
    if (c.clientCertificateData.empty() != c.clientKeyData.empty()) {
        *error = plugin + " returned only one of clientCertificateData and clientKeyData";
        return std::nullopt;
    }
    if (c.token.empty() && c.clientCertificateData.empty()) {
        *error = plugin + " returned neither a token nor a client certificate and key";
        return std::nullopt;
    }
    if (const QJsonValue expiry = status.value(QStringLiteral("expirationTimestamp")); !expiry.isUndefined()
                                                                                     && !expiry.isNull()) {
        c.expiresAt = parseTimestamp(expiry.toString().toStdString());
        if (c.expiresAt == 0) {
            *error = plugin + " returned an expirationTimestamp that is not an RFC 3339 time";
            return std::nullopt;
        }
    }
    return c;
}

} // namespace

std::string execApprovalFingerprint(const std::string &kubeconfigFile, const std::string &userName,
                                    const KubeExecConfig &exec)
{
    // Each part NUL-terminated and the lists counted, so that no two different configurations
    // hash the same bytes ("a b" as one argument or two).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const std::string &part) {
        hash.addData(QByteArrayView(part.data(), qsizetype(part.size())));
        hash.addData(QByteArrayView("\0", 1));
    };
    add("bulkhead-exec-approval-1");
    add(kubeconfigFile);
    add(userName);
    add(exec.apiVersion);
    add(exec.command);
    add("args " + std::to_string(exec.args.size()));
    for (const std::string &a : exec.args)
        add(a);
    add("env " + std::to_string(exec.env.size()));
    for (const auto &[name, value] : exec.env)
        add(name + "=" + value);
    // What the plugin is told about the cluster is part of what runs.
    add(exec.provideClusterInfo ? "cluster-info" : "no-cluster-info");
    return hash.result().toHex().toStdString();
}

std::string describeExecCommand(const KubeExecConfig &exec)
{
    std::string out;
    if (!exec.env.empty()) {
        out = "env";
        for (const auto &[name, value] : exec.env)
            out += ' ' + displayWord(name + "=" + value);
        out += ' ';
    }
    return out + commandLine(exec);
}

ExecCredentialProvider::ExecCredentialProvider(std::chrono::milliseconds timeout) : m_timeout(timeout) {}

std::int64_t ExecCredentialProvider::now() const
{
    const std::int64_t fixed = m_now;
    return fixed != 0 ? fixed : QDateTime::currentSecsSinceEpoch();
}

bool ExecCredentialProvider::fresh(const ExecCredential &c) const
{
    return c.expiresAt == 0 || now() < c.expiresAt - kRefreshMarginSeconds;
}

int ExecCredentialProvider::runs() const
{
    const std::lock_guard lock(m_mutex);
    return m_runs;
}

void ExecCredentialProvider::invalidate(const KubeConnection &connection)
{
    if (!connection.exec)
        return;
    const std::lock_guard lock(m_mutex);
    m_cache.erase(execApprovalFingerprint(connection.userSourceFile, connection.userName, *connection.exec));
}

std::optional<ExecCredential> ExecCredentialProvider::credential(const KubeConnection &connection,
                                                                 const std::string &approvedFingerprint,
                                                                 std::string *error)
{
    std::string ignored;
    if (!error)
        error = &ignored;
    if (!connection.exec) {
        *error = "user " + quoted(connection.userName) + " has no exec credential plugin";
        return std::nullopt;
    }
    const std::string fingerprint =
        execApprovalFingerprint(connection.userSourceFile, connection.userName, *connection.exec);
    if (approvedFingerprint.empty() || approvedFingerprint != fingerprint) {
        *error = pluginName(connection) + " in " + connection.userSourceFile + " is not approved to run"
            + (approvedFingerprint.empty() ? std::string()
                                           : std::string(" (the approved command, arguments or env have changed)"))
            + "; review the full command and approve it for this cluster source";
        return std::nullopt;
    }
    std::shared_ptr<std::mutex> runLock;
    {
        const std::lock_guard lock(m_mutex);
        if (const auto it = m_cache.find(fingerprint); it != m_cache.end() && fresh(it->second))
            return it->second;
        auto &slot = m_runLocks[fingerprint];
        if (!slot)
            slot = std::make_shared<std::mutex>();
        runLock = slot;
    }
    const std::lock_guard running(*runLock);
    {
        // Another thread may have run the plugin while this one waited.
        const std::lock_guard lock(m_mutex);
        if (const auto it = m_cache.find(fingerprint); it != m_cache.end() && fresh(it->second))
            return it->second;
    }
    std::optional<ExecCredential> c = run(connection, error);
    if (c) {
        const std::lock_guard lock(m_mutex);
        m_cache[fingerprint] = *c;
    }
    return c;
}

std::optional<ExecCredential> ExecCredentialProvider::run(const KubeConnection &connection, std::string *error)
{
    const KubeExecConfig &exec = *connection.exec;
    const std::string plugin = pluginName(connection);
    if (exec.apiVersion != "client.authentication.k8s.io/v1" && exec.apiVersion != "client.authentication.k8s.io/v1beta1") {
        *error = plugin + " has apiVersion " + quoted(exec.apiVersion)
            + "; supported are client.authentication.k8s.io/v1 and v1beta1";
        return std::nullopt;
    }
    if (exec.interactiveMode.empty() && exec.apiVersion == "client.authentication.k8s.io/v1") {
        *error = plugin + ": interactiveMode must be given for apiVersion " + exec.apiVersion;
        return std::nullopt;
    }
    if (exec.interactiveMode == "Always") {
        *error = plugin + " has interactiveMode Always: it needs an interactive terminal, which a background "
                          "collector does not have";
        return std::nullopt;
    }
    const QString program = findProgram(exec.command);
    if (program.isEmpty()) {
        *error = plugin + ": " + exec.command
            + (exec.command.find('/') != std::string::npos ? " does not exist or is not executable"
                                                           : " was not found on PATH");
        if (!exec.installHint.empty())
            *error += "; " + exec.installHint;
        return std::nullopt;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : exec.env)
        env.insert(QString::fromStdString(name), QString::fromStdString(value));
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfo(connection)));
    QStringList args;
    for (const std::string &a : exec.args)
        args << QString::fromStdString(a);

    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice()); // no terminal, no input: never interactive
    {
        const std::lock_guard lock(m_mutex);
        ++m_runs;
    }
    // A program and an argument list: executed directly, no shell parses anything.
    p.start(program, args);
    // One deadline for starting and finishing: a slow start is no excuse for running longer.
    const QDeadlineTimer deadline(m_timeout.count());
    const auto timedOut = [&] {
        p.kill();
        p.waitForFinished(2000);
        *error = plugin + " did not finish within " + std::to_string((m_timeout.count() + 999) / 1000)
            + " s and was stopped";
        return std::nullopt;
    };
    if (!p.waitForStarted(int(std::max<qint64>(deadline.remainingTime(), 1)))) {
        if (p.error() == QProcess::Timedout)
            return timedOut();
        *error = plugin + " could not be started: " + p.errorString().toStdString();
        return std::nullopt;
    }
    if (!p.waitForFinished(int(std::max<qint64>(deadline.remainingTime(), 1))))
        return timedOut();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        // stderr is the plugin's channel for messages to the user (its credential goes to stdout).
        const std::string message = excerpt(p.readAllStandardError(), kMaxStderrChars);
        *error = plugin
            + (p.exitStatus() != QProcess::NormalExit ? std::string(" crashed")
                                                      : " failed (exit code " + std::to_string(p.exitCode()) + ")")
            + (message.empty() ? std::string() : ": " + message);
        return std::nullopt;
    }
    const QByteArray out = p.readAllStandardOutput();
    if (out.size() > kMaxPluginOutputBytes) {
        *error = plugin + " printed more than 1 MiB: not an ExecCredential";
        return std::nullopt;
    }
    return parseAnswer(out, exec.apiVersion, plugin, error);
}

} // namespace bulkhead
