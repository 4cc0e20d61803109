#include "sources/sourcevalidation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace bulkhead::ui {

namespace {

// The source checks' messages: a class of their own so that lupdate files them
// under the context tr() looks up at run time.
class SourceValidationText
{
    Q_DECLARE_TR_FUNCTIONS(SourceValidationText)
};

} // namespace

QString readableFileProblem(const std::string &path, const QString &what)
{
    const QFileInfo info(QString::fromStdString(path));
    if (!info.exists())
        return SourceValidationText::tr("%1 %2 does not exist.",
                                        "%1 is a file's role (The CA file, The cosign key, The token file), %2 its path").arg(what, info.filePath());
    if (!info.isFile() || !info.isReadable())
        return SourceValidationText::tr("%1 %2 is not a readable file.",
                                        "%1 is a file's role (The CA file, The cosign key, The token file), %2 its path").arg(what, info.filePath());
    return {};
}

QString normalizedRegistryUrl(const QString &text)
{
    QString url = text.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    if (!url.isEmpty() && !url.contains(QStringLiteral("://")))
        url.prepend(QStringLiteral("https://"));
    return url;
}

std::vector<std::string> splitPatterns(const QString &text)
{
    std::vector<std::string> out;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &p : text.split(separators, Qt::SkipEmptyParts))
        out.push_back(p.toStdString());
    return out;
}

QString sourceNameProblem(const std::string &name, bool editing, const QStringList &existingNames)
{
    const QString text = QString::fromStdString(name);
    static const QRegularExpression nameChars(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (text.isEmpty())
        return SourceValidationText::tr("Give the source a name.");
    if (!nameChars.match(text).hasMatch())
        return SourceValidationText::tr("The name may hold letters, digits, '.', '_' and '-' only, and starts with a letter or digit.");
    if (!editing && existingNames.contains(text, Qt::CaseSensitive))
        return SourceValidationText::tr("A source named %1 already exists.").arg(text);
    return {};
}

QString registrySourceProblem(const RegistrySourceConfig &config, const QString &password, bool editing,
                              const QStringList &existingNames, const QString &keyringProblem)
{
    if (const QString problem = sourceNameProblem(config.name, editing, existingNames); !problem.isEmpty())
        return problem;

    const QString urlText = QString::fromStdString(config.url);
    if (urlText.isEmpty())
        return SourceValidationText::tr("Enter the registry's address, e.g. https://registry.example:5000.");
    const QUrl url(urlText, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return SourceValidationText::tr("%1 is not a registry address: use https://host[:port].").arg(urlText);
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return SourceValidationText::tr("Give the registry's address without a path (%1); repositories are chosen with the patterns.")
            .arg(url.path());
    if (!url.userInfo().isEmpty())
        return SourceValidationText::tr("Put the user name in the authentication fields, not in the address.");
    if (scheme == QLatin1String("http") && !config.insecure)
        return SourceValidationText::tr("%1 is plain HTTP: tick \"insecure\" to allow it, or use https.").arg(urlText);

    if (config.auth == RegistryAuthKind::Basic) {
        if (config.username.empty())
            return SourceValidationText::tr("Enter the user name for basic authentication.");
        if (!keyringProblem.isEmpty())
            return SourceValidationText::tr("Basic authentication needs the desktop keyring, which is not available; use the docker "
                      "config.json instead.");
        if (!editing && password.isEmpty())
            return SourceValidationText::tr("Enter the password (it is stored in the desktop keyring only).");
    }
    if (!config.caFile.empty()) {
        if (const QString problem = readableFileProblem(config.caFile, SourceValidationText::tr("The CA file")); !problem.isEmpty())
            return problem;
    }
    for (const std::string &key : config.cosignKeyFiles) {
        if (const QString problem = readableFileProblem(key, SourceValidationText::tr("The cosign key")); !problem.isEmpty())
            return problem;
    }
    if (config.concurrency < 1 || config.concurrency > 64)
        return SourceValidationText::tr("Concurrency is between 1 and 64 connections.");
    return {};
}

} // namespace bulkhead::ui
