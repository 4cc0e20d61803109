#include "sources/registrysourceconfig.h"

#include "sources/pemfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
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

bool typeError(std::string *error, const char *key, const char *expected)
{
    if (error)
        *error = std::string("source config: \"") + key + "\" must be " + expected;
    return false;
}

// Reads an optional string array; false (with `error`) when present but not an array of strings.
bool readList(const QJsonObject &o, const char *key, std::vector<std::string> &out, std::string *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return typeError(error, key, "an array of strings");
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return typeError(error, key, "an array of strings");
        out.push_back(item.toString().toStdString());
    }
    return true;
}

bool readString(const QJsonObject &o, const char *key, std::string &out, std::string *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return typeError(error, key, "a string");
    out = v.toString().toStdString();
    return true;
}

bool readBool(const QJsonObject &o, const char *key, bool &out, std::string *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isBool())
        return typeError(error, key, "true or false");
    out = v.toBool();
    return true;
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
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

std::optional<RegistrySourceConfig> RegistrySourceConfig::fromJson(std::string_view json, std::string *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray(json.data(), static_cast<qsizetype>(json.size())), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = doc.isNull() ? "source config is not JSON: " + parseError.errorString().toStdString() + " at byte "
                                        + std::to_string(parseError.offset)
                                  : "source config is not a JSON object";
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    RegistrySourceConfig c;
    std::string authName = "anonymous";
    if (!readString(o, "name", c.name, error) || !readString(o, "url", c.url, error)
        || !readString(o, "caFile", c.caFile, error) || !readBool(o, "insecure", c.insecure, error)
        || !readString(o, "auth", authName, error) || !readString(o, "username", c.username, error)
        || !readList(o, "include", c.include, error) || !readList(o, "exclude", c.exclude, error)
        || !readList(o, "cosignKeyFiles", c.cosignKeyFiles, error)
        || !readBool(o, "importSboms", c.importSboms, error))
        return std::nullopt;
    if (!parseRegistryAuthKindName(authName, c.auth)) {
        if (error)
            *error = "source config: unknown auth kind \"" + authName + "\"";
        return std::nullopt;
    }
    const QJsonValue concurrency = o.value(QStringLiteral("concurrency"));
    if (!concurrency.isUndefined() && !concurrency.isNull()) {
        if (!concurrency.isDouble()) {
            typeError(error, "concurrency", "a number");
            return std::nullopt;
        }
        c.concurrency = concurrency.toInt(8);
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
    if (name.empty() || name.size() > 64)
        return "the source name must be 1 to 64 characters";
    for (char ch : name) {
        const bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.'
            || ch == '_' || ch == '-';
        if (!ok)
            return "the source name \"" + name + "\" may only hold letters, digits, '.', '_' and '-'";
    }
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
