#include "sources/vaultsourcevalidation.h"

#include "sources/sourcevalidation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace bulkhead::ui {

namespace {

// The Vault source checks' messages: a class of their own so that lupdate files them
// under the context tr() looks up at run time.
class VaultSourceValidationText
{
    Q_DECLARE_TR_FUNCTIONS(VaultSourceValidationText)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString urlProblem(const VaultSourceConfig &config)
{
    const QString text = q(config.url);
    if (text.isEmpty())
        return VaultSourceValidationText::tr("Enter the Vault server's address, e.g. https://vault.example:8200.");
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return VaultSourceValidationText::tr("%1 is not a server address: use https://host[:port].").arg(text);
    if (!url.userInfo().isEmpty())
        return VaultSourceValidationText::tr("Leave user names out of the address: the source authenticates with a token.");
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return VaultSourceValidationText::tr("Give the server's address without a path (%1): Bulkhead adds /v1/%2/metadata/ itself.")
            .arg(url.path(), q(config.mount));
    if (scheme == QLatin1String("http") && !config.insecure)
        return VaultSourceValidationText::tr("%1 is plain HTTP: tick \"insecure\" to allow it, or use https.").arg(text);
    return {};
}

} // namespace

QString normalizedVaultUrl(const QString &text)
{
    QString url = text.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    if (url.endsWith(QLatin1String("/v1")))
        url.chop(3);
    if (!url.isEmpty() && !url.contains(QStringLiteral("://")))
        url.prepend(QStringLiteral("https://"));
    return url;
}

QString normalizedVaultMount(const QString &text)
{
    QString mount = text.trimmed();
    while (mount.startsWith(QLatin1Char('/')))
        mount.remove(0, 1);
    while (mount.endsWith(QLatin1Char('/')))
        mount.chop(1);
    return mount;
}

std::vector<std::string> splitVaultPaths(const QString &text)
{
    std::vector<std::string> out;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (QString p : text.split(separators, Qt::SkipEmptyParts)) {
        while (p.startsWith(QLatin1Char('/')))
            p.remove(0, 1);
        if (p.isEmpty())
            continue; // "/" alone: the whole mount, which no path means already
        if (!p.endsWith(QLatin1Char('/')))
            p.append(QLatin1Char('/'));
        if (std::find(out.begin(), out.end(), p.toStdString()) == out.end())
            out.push_back(p.toStdString());
    }
    return out;
}

QString vaultSourceProblem(const VaultSourceConfig &config, bool editing, const QStringList &existingNames)
{
    if (const QString problem = sourceNameProblem(config.name, editing, existingNames); !problem.isEmpty())
        return problem;
    if (config.name.size() > 64)
        return VaultSourceValidationText::tr("The name is at most 64 characters long.");
    if (const QString problem = urlProblem(config); !problem.isEmpty())
        return problem;
    if (config.mount.empty())
        return VaultSourceValidationText::tr("Enter the KV v2 mount to read, e.g. secret.");
    for (const std::string &path : config.paths) {
        if (QString::fromStdString(path).split(QLatin1Char('/')).contains(QStringLiteral("..")))
            return VaultSourceValidationText::tr("The folder %1 climbs out of the mount (\"..\"): give folders under %2/ only.")
                .arg(q(path), q(config.mount));
    }
    if (config.tokenFile.empty()) {
        static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (config.tokenEnv.empty())
            return VaultSourceValidationText::tr("Name the environment variable that holds the token, e.g. VAULT_TOKEN.");
        if (!envName.match(q(config.tokenEnv)).hasMatch())
            return VaultSourceValidationText::tr("%1 is not an environment variable name (letters, digits and '_', not starting with a digit).")
                .arg(q(config.tokenEnv));
    } else if (const QString problem = readableFileProblem(config.tokenFile, VaultSourceValidationText::tr("The token file")); !problem.isEmpty()) {
        return problem;
    }
    if (!config.caFile.empty()) {
        if (const QString problem = readableFileProblem(config.caFile, VaultSourceValidationText::tr("The CA file")); !problem.isEmpty())
            return problem;
    }
    // Whatever the fields above let through, the store refuses what validate() refuses.
    return q(config.validate());
}

QString vaultTokenNote(const VaultSourceConfig &config, bool *ok)
{
    if (ok)
        *ok = true;
    if (!config.tokenFile.empty())
        return VaultSourceValidationText::tr("Token read from the file %1 at each collection; it is never stored.").arg(q(config.tokenFile));
    const QString name = q(config.tokenEnv);
    if (name.isEmpty())
        return {};
    // qEnvironmentVariableIsEmpty only tests presence: the value is never read here.
    if (!qEnvironmentVariableIsEmpty(name.toLocal8Bit().constData()))
        return VaultSourceValidationText::tr("Token read from $%1 at each collection (set in this environment); it is never stored.").arg(name);
    if (ok)
        *ok = false;
    return VaultSourceValidationText::tr("$%1 is not set in this environment: collections started from this window fail until it is "
              "(bulkheadctl collect reads it from its own environment).")
        .arg(name);
}

} // namespace bulkhead::ui
