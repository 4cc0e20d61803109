#include "kube/kubeconfigfile.h"

#include <QByteArray>
#include <QDir>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <set>

namespace bulkhead {

namespace {

// A problem at a place in the file; loadKubeConfig turns it into "kubeconfig F: line L, ...".
struct FileError {
    YAML::Mark mark;
    std::string message;
};

[[noreturn]] void fail(const YAML::Node &at, std::string message)
{
    throw FileError{at.Mark(), std::move(message)};
}

std::string quoted(const std::string &name)
{
    return '"' + name + '"';
}

// `node` as a mapping: null (an empty `cluster:`) reads as an empty one.
YAML::Node mapping(const YAML::Node &node, const std::string &what)
{
    if (!node || node.IsNull())
        return YAML::Node(YAML::NodeType::Map);
    if (!node.IsMap())
        fail(node, what + " must be a mapping");
    return node;
}

// Reads the fields of one entry ("cluster \"prod\"" in messages) of the file.
class EntryReader
{
public:
    // `node` must be a mapping (or null, read as an empty one).
    EntryReader(const YAML::Node &node, std::string where, const QString &baseDir = {})
        : m_map(mapping(node, where)), m_where(std::move(where)), m_baseDir(baseDir)
    {}

    // Absent and null read as "".
    std::string string(const char *key) const
    {
        const YAML::Node n = field(key);
        if (!n || n.IsNull())
            return {};
        if (!n.IsScalar())
            fail(n, m_where + ": " + key + " must be a string");
        return n.Scalar();
    }

    bool boolean(const char *key) const
    {
        const YAML::Node n = field(key);
        if (!n || n.IsNull())
            return false;
        bool value = false;
        if (!n.IsScalar() || !YAML::convert<bool>::decode(n, value))
            fail(n, m_where + ": " + key + " must be true or false");
        return value;
    }

    // A file path; relative ones are relative to the kubeconfig's directory (as kubectl resolves
    // them), so the result does not depend on our working directory.
    std::string path(const char *key) const { return resolve(string(key)); }

    std::string resolve(const std::string &path) const
    {
        if (path.empty())
            return {};
        const QString p = QString::fromStdString(path);
        return QDir::cleanPath(QDir::isAbsolutePath(p) ? p : QDir(m_baseDir).filePath(p)).toStdString();
    }

    // A []byte field of the kubeconfig: standard base64 (line breaks allowed, as Go's decoder
    // allows them). The value is never quoted: it is a key or certificate.
    std::string base64(const char *key) const
    {
        const YAML::Node n = field(key);
        std::string text = string(key);
        std::erase_if(text, [](char c) { return c == '\n' || c == '\r' || c == ' ' || c == '\t'; });
        if (text.empty())
            return {};
        const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(text),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            fail(n, m_where + ": " + key + " is not valid base64");
        return decoded.decoded.toStdString();
    }

    YAML::Node field(const char *key) const { return m_map[key]; }
    const std::string &where() const { return m_where; }

private:
    YAML::Node m_map; // a handle: copies share the node
    std::string m_where;
    QString m_baseDir;
};

KubeExecConfig readExec(const YAML::Node &node, const EntryReader &user)
{
    const EntryReader r(node, user.where() + ": exec");
    KubeExecConfig e;
    e.apiVersion = r.string("apiVersion");
    e.command = r.string("command");
    // kubectl resolves a command holding a '/' against the kubeconfig's directory; a bare name is
    // looked up in PATH when it runs.
    if (e.command.find('/') != std::string::npos)
        e.command = user.resolve(e.command);
    if (const YAML::Node args = r.field("args"); args && !args.IsNull()) {
        if (!args.IsSequence())
            fail(args, r.where() + ": args must be a list of strings");
        for (const YAML::Node &a : args) {
            if (!a.IsScalar())
                fail(a, r.where() + ": args must be a list of strings");
            e.args.push_back(a.Scalar());
        }
    }
    if (const YAML::Node env = r.field("env"); env && !env.IsNull()) {
        if (!env.IsSequence())
            fail(env, r.where() + ": env must be a list of {name, value}");
        for (const YAML::Node &v : env) {
            const EntryReader var(v, r.where() + ": env entry");
            const std::string name = var.string("name");
            if (name.empty())
                fail(v, r.where() + ": env entry without a name");
            e.env.emplace_back(name, var.string("value"));
        }
    }
    e.interactiveMode = r.string("interactiveMode");
    // kubectl's defaults: v1beta1 plugins that say nothing are IfAvailable; v1 must say it (checked
    // when the user is resolved, so that one bad user does not make the whole file unreadable).
    if (e.interactiveMode.empty() && e.apiVersion == "client.authentication.k8s.io/v1beta1")
        e.interactiveMode = "IfAvailable";
    e.provideClusterInfo = r.boolean("provideClusterInfo");
    e.installHint = r.string("installHint");
    return e;
}

KubeCluster readCluster(const YAML::Node &node, const std::string &where, const QString &baseDir)
{
    const EntryReader r(node, where, baseDir);
    KubeCluster c;
    c.server = r.string("server");
    c.certificateAuthorityData = r.base64("certificate-authority-data");
    c.certificateAuthority = r.path("certificate-authority");
    c.insecureSkipTlsVerify = r.boolean("insecure-skip-tls-verify");
    c.proxyUrl = r.string("proxy-url");
    c.tlsServerName = r.string("tls-server-name");
    return c;
}

KubeUser readUser(const YAML::Node &node, const std::string &where, const QString &baseDir)
{
    const EntryReader r(node, where, baseDir);
    KubeUser u;
    u.token = r.string("token");
    u.tokenFile = r.path("tokenFile");
    u.clientCertificateData = r.base64("client-certificate-data");
    u.clientCertificateFile = r.path("client-certificate");
    u.clientKeyData = r.base64("client-key-data");
    u.clientKeyFile = r.path("client-key");
    u.username = r.string("username");
    u.password = r.string("password");
    if (const YAML::Node exec = r.field("exec"); exec && !exec.IsNull())
        u.exec = readExec(exec, r);
    if (const YAML::Node provider = r.field("auth-provider"); provider && !provider.IsNull()) {
        const EntryReader p(provider, where + ": auth-provider");
        u.authProvider = p.string("name");
        if (u.authProvider.empty())
            u.authProvider = "(unnamed)";
    }
    return u;
}

KubeContext readContext(const YAML::Node &node, const std::string &where)
{
    const EntryReader r(node, where);
    KubeContext c;
    c.cluster = r.string("cluster");
    c.user = r.string("user");
    c.nameSpace = r.string("namespace");
    return c;
}

// Reads the list `key` ("clusters") of {name, <body>} entries, calling read(bodyNode, where) for
// each. kubectl refuses a name given twice in one file; so do we.
template <typename T, typename Read>
void readList(const YAML::Node &root, const char *key, const char *body, const char *noun, std::vector<T> &out,
              Read read)
{
    const YAML::Node list = root[key];
    if (!list || list.IsNull())
        return;
    if (!list.IsSequence())
        fail(list, std::string(key) + " must be a list of entries with name and " + body
                       + " (a map keyed by name, as client-go serializes its in-memory config, is not a kubeconfig)");
    std::set<std::string> seen;
    for (const YAML::Node &entry : list) {
        if (!entry.IsMap())
            fail(entry, std::string(key) + ": each entry must be a mapping with name and " + body);
        const YAML::Node nameNode = entry["name"];
        if (!nameNode || !nameNode.IsScalar() || nameNode.Scalar().empty())
            fail(entry, std::string(key) + ": an entry has no name");
        const std::string name = nameNode.Scalar();
        if (!seen.insert(name).second)
            fail(nameNode, std::string(noun) + " " + quoted(name) + " is defined twice in " + key);
        T item = read(entry[body], std::string(noun) + " " + quoted(name));
        item.name = name;
        out.push_back(std::move(item));
    }
}

KubeConfig readConfig(const YAML::Node &root, const std::string &path)
{
    KubeConfig config;
    config.files.push_back(path);
    if (!root || root.IsNull())
        return config; // an empty file is an empty config, as for kubectl
    if (!root.IsMap())
        fail(root, "not a kubeconfig: the document must be a mapping (apiVersion: v1, kind: Config)");
    const EntryReader top(root, "kubeconfig");
    if (const std::string kind = top.string("kind"); !kind.empty() && kind != "Config")
        fail(root["kind"], "not a kubeconfig: kind is " + quoted(kind) + ", expected \"Config\"");
    const QString baseDir = QFileInfo(QString::fromStdString(path)).absolutePath();
    readList(root, "clusters", "cluster", "cluster", config.clusters,
             [&](const YAML::Node &n, const std::string &where) { return readCluster(n, where, baseDir); });
    readList(root, "users", "user", "user", config.users,
             [&](const YAML::Node &n, const std::string &where) { return readUser(n, where, baseDir); });
    readList(root, "contexts", "context", "context", config.contexts, readContext);
    config.currentContext = top.string("current-context");
    for (auto &c : config.clusters)
        c.sourceFile = path;
    for (auto &u : config.users)
        u.sourceFile = path;
    for (auto &c : config.contexts)
        c.sourceFile = path;
    return config;
}

std::string at(const std::string &path, const YAML::Mark &mark)
{
    std::string out = "kubeconfig " + path + ": ";
    if (!mark.is_null())
        out += "line " + std::to_string(mark.line + 1) + ", column " + std::to_string(mark.column + 1) + ": ";
    return out;
}

} // namespace

std::optional<KubeConfig> parseKubeConfigFile(const std::string &path, const std::string &text, std::string *error)
{
    try {
        return readConfig(YAML::Load(text), path);
    } catch (const FileError &e) {
        *error = at(path, e.mark) + e.message;
    } catch (const YAML::Exception &e) {
        // A syntax error: yaml-cpp's message says what it expected, not what it read.
        *error = at(path, e.mark) + e.msg;
    }
    return std::nullopt;
}

} // namespace bulkhead
