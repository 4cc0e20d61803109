#include "credentials/credentialhelper.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace bulkhead {

namespace {

const QString kSettingsKey = QStringLiteral("credentials/approvedHelpers");
constexpr const char *kEnvironment = "BULKHEAD_APPROVED_CREDENTIAL_HELPERS";

// The GUI's settings file, named explicitly so that bulkheadctl (which sets no application name)
// reads the same approvals.
QSettings settings()
{
    return QSettings(QStringLiteral("bulkhead"), QStringLiteral("Bulkhead"));
}

// The first line of a helper's message, bounded: enough to say what went wrong.
std::string firstLine(const QByteArray &text)
{
    QByteArray line = text.trimmed();
    if (const auto nl = line.indexOf('\n'); nl >= 0)
        line.truncate(nl);
    if (line.size() > 200)
        line = line.left(200) + "...";
    return line.toStdString();
}

} // namespace

std::vector<std::string> CredentialHelper::approvedHelpersSetting()
{
    std::vector<std::string> out;
    for (const QString &name : settings().value(kSettingsKey).toStringList()) {
        if (!name.trimmed().isEmpty())
            out.push_back(name.trimmed().toStdString());
    }
    return out;
}

std::vector<std::string> CredentialHelper::approvedHelpers()
{
    std::vector<std::string> out = approvedHelpersSetting();
    for (const QString &name : qEnvironmentVariable(kEnvironment).split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.push_back(name.trimmed().toStdString());
    out.erase(std::remove(out.begin(), out.end(), std::string()), out.end());
    return out;
}

void CredentialHelper::setApprovedHelpersSetting(const std::vector<std::string> &names)
{
    QStringList list;
    for (const std::string &n : names)
        list << QString::fromStdString(n);
    QSettings s = settings();
    s.setValue(kSettingsKey, list);
}

bool CredentialHelper::validName(const std::string &name)
{
    if (name.empty() || name.size() > 64 || name[0] == '-' || name[0] == '.')
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
            || c == '-';
    });
}

CredentialResult CredentialHelper::get(const std::string &name, const std::string &host) const
{
    CredentialResult r;
    const std::string program = "docker-credential-" + name;
    if (!validName(name)) {
        r.error = "refusing credential helper \"" + program + "\": a helper name may only hold letters, digits, "
                  "'.', '_' and '-'";
        return r;
    }
    if (std::find(m_approved.begin(), m_approved.end(), name) == m_approved.end()) {
        r.error = "credential helper " + program + " is not approved to run; approve it in Settings → Credentials "
                  "(the list bulkheadctl reads too), or set " + kEnvironment + "=" + name + " for one run";
        return r;
    }
    const QString path = QStandardPaths::findExecutable(QString::fromStdString(program));
    if (path.isEmpty()) {
        r.error = "credential helper " + program + " was not found on PATH";
        return r;
    }
    QProcess p;
    // QProcess::start with a program and an argument list executes it directly: no shell parses
    // anything here.
    p.start(path, {QStringLiteral("get")});
    if (!p.waitForStarted(m_timeoutMs)) {
        r.error = "credential helper " + program + " could not be started: " + p.errorString().toStdString();
        return r;
    }
    p.write(QByteArray::fromStdString(host));
    p.closeWriteChannel();
    if (!p.waitForFinished(m_timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        r.error = "credential helper " + program + " did not answer within "
                  + std::to_string(m_timeoutMs / 1000) + " s";
        return r;
    }
    const QByteArray out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        // Docker's helpers say "credentials not found in native keychain" on stdout.
        const std::string message = firstLine(out.trimmed().isEmpty() ? p.readAllStandardError() : out);
        if (message.find("credentials not found") != std::string::npos)
            r.error = "credential helper " + program + " has no credentials for " + host;
        else
            r.error = "credential helper " + program + " failed (exit code " + std::to_string(p.exitCode())
                + "): " + message;
        return r;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || !o.value(QStringLiteral("Secret")).isString()) {
        // Not quoted: a malformed answer may still hold the secret.
        r.error = "credential helper " + program + " did not answer with JSON holding a Secret";
        return r;
    }
    r.credentials = RegistryCredentials{o.value(QStringLiteral("Username")).toString().toStdString(),
                                        o.value(QStringLiteral("Secret")).toString().toStdString()};
    return r;
}

} // namespace bulkhead
