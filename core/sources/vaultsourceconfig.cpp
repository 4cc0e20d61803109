#include "sources/vaultsourceconfig.h"

#include "sources/configjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace bulkhead {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

bool isEnvName(const std::string &name)
{
    if (name.empty() || (name[0] >= '0' && name[0] <= '9'))
        return false;
    for (char ch : name) {
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'))
            return false;
    }
    return true;
}

// A path under the mount is sent segment by segment (percent-encoded); "." and ".." would be
// resolved by a proxy or the server into another mount, and control characters have no place in
// a key.
std::string pathProblem(const std::string &path, const char *what)
{
    if (path.empty())
        return std::string(what) + " must not be empty";
    if (path.front() == '/')
        return std::string(what) + " \"" + path + "\" must not start with '/'";
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos)
            end = path.size();
        const std::string_view segment(path.data() + start, end - start);
        if (segment == "." || segment == "..")
            return std::string(what) + " \"" + path + "\" must not hold \".\" or \"..\"";
        if (segment.empty() && end < path.size())
            return std::string(what) + " \"" + path + "\" must not hold an empty segment (\"//\")";
        start = end + 1;
    }
    for (unsigned char ch : path) {
        if (ch < 0x20 || ch == 0x7f)
            return std::string(what) + " \"" + path + "\" must not hold control characters";
    }
    return {};
}

} // namespace

std::string VaultSourceConfig::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), qs(name));
    o.insert(QStringLiteral("url"), qs(url));
    o.insert(QStringLiteral("mount"), qs(mount));
    QJsonArray p;
    for (const std::string &path : paths)
        p.append(qs(path));
    o.insert(QStringLiteral("paths"), p);
    o.insert(QStringLiteral("tokenEnv"), qs(tokenEnv));
    o.insert(QStringLiteral("tokenFile"), qs(tokenFile));
    o.insert(QStringLiteral("namespace"), qs(vaultNamespace));
    o.insert(QStringLiteral("caFile"), qs(caFile));
    o.insert(QStringLiteral("insecure"), insecure);
    o.insert(QStringLiteral("maxPaths"), maxPaths);
    o.insert(QStringLiteral("concurrency"), concurrency);
    return configjson::toText(o);
}

std::optional<VaultSourceConfig> VaultSourceConfig::fromJson(std::string_view json, std::string *error)
{
    using namespace configjson;
    const std::optional<QJsonObject> parsed = parseObject(json, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &o = *parsed;
    VaultSourceConfig c;
    if (!readString(o, "name", c.name, error) || !readString(o, "url", c.url, error)
        || !readString(o, "mount", c.mount, error) || !readList(o, "paths", c.paths, error)
        || !readString(o, "tokenEnv", c.tokenEnv, error) || !readString(o, "tokenFile", c.tokenFile, error)
        || !readString(o, "namespace", c.vaultNamespace, error) || !readString(o, "caFile", c.caFile, error)
        || !readBool(o, "insecure", c.insecure, error) || !readInt(o, "maxPaths", c.maxPaths, error)
        || !readInt(o, "concurrency", c.concurrency, error))
        return std::nullopt;
    return c;
}

std::string VaultSourceConfig::validate() const
{
    if (std::string problem = configjson::sourceNameProblem(name); !problem.empty())
        return problem;
    const QUrl u(qs(url), QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || u.host().isEmpty()
        || !u.userInfo().isEmpty() || u.hasQuery() || u.hasFragment() || (!u.path().isEmpty() && u.path() != "/"))
        return "the Vault URL \"" + url + "\" must be http(s)://host[:port] (without /v1)";
    if (scheme == QLatin1String("http") && !insecure)
        return "the Vault URL \"" + url + "\" is plain http: the token would cross the network in clear text; mark "
               "the source insecure to allow that";
    if (mount.empty())
        return "the KV v2 mount must not be empty (e.g. \"secret\")";
    if (mount.front() == '/' || mount.back() == '/')
        return "the mount \"" + mount + "\" must not start or end with '/'";
    if (std::string problem = pathProblem(mount, "the mount"); !problem.empty())
        return problem;
    for (const std::string &p : paths) {
        if (std::string problem = pathProblem(p, "the path"); !problem.empty())
            return problem;
    }
    if (tokenFile.empty() && !isEnvName(tokenEnv))
        return "the token variable \"" + tokenEnv + "\" is not an environment variable name (letters, digits, '_')";
    if (maxPaths < 1 || maxPaths > 10'000'000)
        return "the path limit must be between 1 and 10,000,000";
    if (concurrency < 1 || concurrency > 64)
        return "concurrency must be between 1 and 64";
    return {};
}

} // namespace bulkhead
