#include "sources/registrysourceconfig.h"

#include "sources/configjson.h"
#include "sources/pemfiles.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <array>

namespace bulkhead {

namespace {

constexpr std::array<std::string_view, 3> kAuthNames{"anonymous", "basic", "docker-config"};

QJsonArray toArray(const std::vector<std::string> &list)
{
    QJsonArray a;
    for (const std::string &s : list)
        a.append(QString::fromStdString(s));
    return a;
}

bool anyMatch(const std::vector<std::string> &patterns, std::string_view text)
{
    for (const std::string &p : patterns)
        if (globMatch(p, text))
            return true;
    return false;
}

} // namespace

std::string_view registryAuthKindName(RegistryAuthKind kind)
{
    const auto i = static_cast<std::size_t>(kind);
    return i < kAuthNames.size() ? kAuthNames[i] : std::string_view("anonymous");
}

bool parseRegistryAuthKindName(std::string_view text, RegistryAuthKind &out)
{
    for (std::size_t i = 0; i < kAuthNames.size(); ++i) {
        if (kAuthNames[i] == text) {
            out = static_cast<RegistryAuthKind>(i);
            return true;
        }
    }
    return false;
}

bool globMatch(std::string_view pattern, std::string_view text)
{
    // Iterative matcher with one backtrack point (the last '*'): linear in practice, and no
    // regular expression is built from user text.
    std::size_t p = 0, t = 0, starP = std::string_view::npos, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            starP = p++;
            starT = t;
        } else if (starP != std::string_view::npos) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

std::string RegistrySourceConfig::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), QString::fromStdString(name));
    o.insert(QStringLiteral("url"), QString::fromStdString(url));
    o.insert(QStringLiteral("caFile"), QString::fromStdString(caFile));
    o.insert(QStringLiteral("insecure"), insecure);
    o.insert(QStringLiteral("auth"), QString::fromUtf8(registryAuthKindName(auth).data(),
                                                       static_cast<qsizetype>(registryAuthKindName(auth).size())));
    o.insert(QStringLiteral("username"), QString::fromStdString(username));
    o.insert(QStringLiteral("include"), toArray(include));
    o.insert(QStringLiteral("exclude"), toArray(exclude));
    o.insert(QStringLiteral("cosignKeyFiles"), toArray(cosignKeyFiles));
    o.insert(QStringLiteral("importSboms"), importSboms);
    o.insert(QStringLiteral("concurrency"), concurrency);
    return configjson::toText(o);
}

std::optional<RegistrySourceConfig> RegistrySourceConfig::fromJson(std::string_view json, std::string *error)
{
    using namespace configjson;
    const std::optional<QJsonObject> parsed = parseObject(json, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &o = *parsed;
    RegistrySourceConfig c;
    std::string authName = "anonymous";
    if (!readString(o, "name", c.name, error) || !readString(o, "url", c.url, error)
        || !readString(o, "caFile", c.caFile, error) || !readBool(o, "insecure", c.insecure, error)
        || !readString(o, "auth", authName, error) || !readString(o, "username", c.username, error)
        || !readList(o, "include", c.include, error) || !readList(o, "exclude", c.exclude, error)
        || !readList(o, "cosignKeyFiles", c.cosignKeyFiles, error)
        || !readBool(o, "importSboms", c.importSboms, error) || !readInt(o, "concurrency", c.concurrency, error))
        return std::nullopt;
    if (!parseRegistryAuthKindName(authName, c.auth)) {
        if (error)
            *error = "source config: unknown auth kind \"" + authName + "\"";
        return std::nullopt;
    }
    return c;
}

bool RegistrySourceConfig::repositoryIncluded(std::string_view repo) const
{
    if (anyMatch(exclude, repo))
        return false;
    return include.empty() || anyMatch(include, repo);
}

std::string RegistrySourceConfig::registryHost() const
{
    const QUrl u(QString::fromStdString(url), QUrl::StrictMode);
    QString host = u.host().toLower();
    if (host.isEmpty())
        return {};
    if (host.contains(QLatin1Char(':'))) // IPv6 literal: written in brackets with a port
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (u.port() != -1)
        host += QLatin1Char(':') + QString::number(u.port());
    return host.toStdString();
}

std::string RegistrySourceConfig::validate() const
{
    if (std::string problem = configjson::sourceNameProblem(name); !problem.empty())
        return problem;
    const QUrl u(QString::fromStdString(url), QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || u.host().isEmpty()
        || !u.userInfo().isEmpty() || u.hasQuery() || u.hasFragment() || (!u.path().isEmpty() && u.path() != "/"))
        return "the registry URL \"" + url + "\" must be http(s)://host[:port]";
    if (scheme == QLatin1String("http") && !insecure)
        return "the registry URL \"" + url + "\" is plain http: mark the source insecure to allow that";
    if (concurrency < 1 || concurrency > 64)
        return "concurrency must be between 1 and 64";
    if (auth == RegistryAuthKind::Basic && username.empty())
        return "basic authentication needs a username";
    for (const auto *list : {&include, &exclude})
        for (const std::string &p : *list)
            if (p.empty())
                return "a repository pattern must not be empty";
    return {};
}

std::string RegistrySourceConfig::checkFiles() const
{
    if (!caFile.empty())
        if (std::string problem = checkCaCertificateFile(caFile); !problem.empty())
            return problem;
    for (const std::string &key : cosignKeyFiles)
        if (std::string problem = checkPublicKeyFile(key); !problem.empty())
            return problem;
    return {};
}

} // namespace bulkhead
