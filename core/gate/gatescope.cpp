// The gate's scope conditions (contract decisions: AND across fields, OR within one; findings are
// in scope through their asset and their tools; a kind of row a field does not apply to ignores it
// and the note says so).
#include "gate/gatescope.h"

#include "gate/gatetext.h"

#include "secrets/secretrecord.h"
#include "store/database.h"
#include "util/asciicase.h"

#include <QStringList>

#include <algorithm>
#include <map>
#include <set>

namespace bulkhead {

namespace {

std::string quoted(const std::string &text)
{
    std::string out = "'";
    for (char c : text) {
        out += c;
        if (c == '\'')
            out += '\'';
    }
    return out + "'";
}

std::string sqlList(const std::vector<std::string> &values)
{
    std::string out;
    for (const std::string &v : values)
        out += (out.empty() ? "" : ",") + quoted(v);
    return "(" + (out.empty() ? std::string("NULL") : out) + ")";
}

std::string idList(const std::vector<std::int64_t> &ids)
{
    std::string out;
    for (std::int64_t id : ids)
        out += (out.empty() ? "" : ",") + std::to_string(id);
    return "(" + (out.empty() ? std::string("NULL") : out) + ")";
}

std::string anyOf(const std::vector<std::string> &terms)
{
    if (terms.empty())
        return "0";
    std::string out;
    for (const std::string &t : terms)
        out += (out.empty() ? "" : " OR ") + t;
    return "(" + out + ")";
}

std::string allOf(const std::vector<std::string> &terms)
{
    if (terms.empty())
        return "1";
    std::string out;
    for (const std::string &t : terms)
        out += (out.empty() ? "" : " AND ") + t;
    return "(" + out + ")";
}

// "ghcr.io", "127.0.0.1:5000" from a registry source's URL (with or without a scheme).

struct Source {
    std::int64_t id = 0;
    std::string name, kind, host;
};

std::vector<Source> loadSources(const Database &db)
{
    std::vector<Source> out;
    SqliteStatement st = db.prepare("SELECT id, name, kind, url FROM sources ORDER BY id");
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.text(2), st.text(2) == "registry" ? normalizedRegistryHost(st.text(3)) : ""});
    return out;
}

std::set<std::string> column(const Database &db, const std::string &sql)
{
    std::set<std::string> out;
    SqliteStatement st = db.prepare(sql);
    while (st.step())
        out.insert(st.text(0));
    return out;
}

enum class Population { Images, Bindings, Secrets, Findings };

// "registry images are checked whatever the scope's clusters, namespaces": which of the scope's
// fields do not narrow `what` (the population a rule judges). A list, so no sentence is glued.
QString ignoredNote(const ReportScope &scope, bool sources, bool clusters, bool namespaces, bool registries,
                    Population what)
{
    QStringList ignored;
    if (!sources && !scope.sources.empty())
        ignored << GateText::tr("sources", "scope field");
    if (!clusters && !scope.clusters.empty())
        ignored << GateText::tr("clusters", "scope field");
    if (!namespaces && !scope.namespaces.empty())
        ignored << GateText::tr("namespaces", "scope field");
    if (!registries && !scope.registries.empty())
        ignored << GateText::tr("registries", "scope field");
    if (ignored.isEmpty())
        return {};
    const QString fields = ignored.join(QStringLiteral(", "));
    switch (what) {
    case Population::Images: return GateText::tr("registry images are checked whatever the scope's %1").arg(fields);
    case Population::Bindings: return GateText::tr("role bindings are checked whatever the scope's %1").arg(fields);
    case Population::Secrets: return GateText::tr("secrets are checked whatever the scope's %1").arg(fields);
    case Population::Findings: break;
    }
    return GateText::tr("findings are checked whatever the scope's %1").arg(fields);
}

// The registry host of an image repository as assets.repository holds it ("ghcr.io/a/b" ->
// "ghcr.io", "nginx" -> "docker.io"), for checking that a scope's registry was ever scanned.
std::string registryHostSql(const std::string &c)
{
    const std::string first = "lower(substr(" + c + ", 1, instr(" + c + ", '/') - 1))";
    return "(CASE WHEN instr(" + c + ", '/') = 0 THEN 'docker.io' WHEN instr(" + first + ", '.') > 0 OR instr(" + first
        + ", ':') > 0 OR " + first + " = 'localhost' THEN " + first + " ELSE 'docker.io' END)";
}

} // namespace

GateScopeSql gateScopeSql(const Database &db, const ReportScope &scope)
{
    GateScopeSql out;
    out.images = out.bindings = out.secrets = "1";
    if (scope.empty())
        return out;
    const std::vector<Source> sources = loadSources(db);
    std::map<std::string, std::int64_t> tools; // lower-case name -> id
    {
        SqliteStatement st = db.prepare("SELECT id, name FROM tools");
        while (st.step())
            tools[asciiLower(st.text(1))] = st.int64(0);
    }
    const std::string imageAssetHost = registryHostSql("a.repository");
    std::set<std::string> assetHosts;
    for (const std::string &host :
         column(db, "SELECT DISTINCT " + imageAssetHost + " FROM assets a WHERE a.repository IS NOT NULL"))
        assetHosts.insert(normalizedRegistryHost(host));
    const std::set<std::string> assetClusters = column(db, "SELECT DISTINCT cluster FROM assets WHERE cluster IS NOT NULL");

    std::vector<std::string> imageTerms, bindingTerms, secretTerms;

    // Registries: a registry source's name or host; findings on image assets of that host or on
    // digests a registry source of it collected.
    if (!scope.registries.empty()) {
        std::vector<std::int64_t> ids;
        for (const std::string &r : scope.registries) {
            bool known = false;
            for (const Source &s : sources) {
                if (s.kind == "registry" && (s.name == r || s.host == normalizedRegistryHost(r))) {
                    ids.push_back(s.id);
                    known = true;
                }
            }
            if (assetHosts.count(normalizedRegistryHost(r)))
                known = true;
            if (!known) {
                out.error = gateStr(GateText::tr("--scope registry=%1: no registry source has this name or host and no "
                                                 "scanned image comes from it")
                                        .arg(QString::fromStdString(r)));
                return out;
            }
        }
        imageTerms.push_back("i.source_id IN " + idList(ids));
    }

    // Clusters: cluster source names, or cluster names scanners recorded on assets.
    if (!scope.clusters.empty()) {
        for (const std::string &c : scope.clusters) {
            const bool source = std::any_of(sources.begin(), sources.end(),
                                            [&](const Source &s) { return s.kind == "cluster" && s.name == c; });
            if (!source && !assetClusters.count(c)) {
                out.error = gateStr(GateText::tr("--scope cluster=%1: no cluster source has this name and no finding is on it")
                                        .arg(QString::fromStdString(c)));
                return out;
            }
        }
        bindingTerms.push_back("b.cluster IN " + sqlList(scope.clusters));
        secretTerms.push_back("(s.store = " + std::to_string(int(SecretStoreKind::Kubernetes)) + " AND s.origin IN "
                              + sqlList(scope.clusters) + ")");
    }

    // Namespaces: cluster-wide bindings stay in; only Kubernetes secrets have a namespace.
    if (!scope.namespaces.empty()) {
        const std::string ns = sqlList(scope.namespaces);
        for (const std::string &n : scope.namespaces) {
            const std::string q = quoted(n);
            if (!db.scalar("SELECT EXISTS (SELECT 1 FROM assets WHERE namespace = " + q
                           + ") OR EXISTS (SELECT 1 FROM kube_namespaces WHERE name = " + q
                           + ") OR EXISTS (SELECT 1 FROM rbac_bindings WHERE namespace = " + q
                           + ") OR EXISTS (SELECT 1 FROM secrets WHERE store = 1 AND location = " + q + ")")) {
                out.error = gateStr(GateText::tr("--scope namespace=%1: no collected or scanned object is in this namespace")
                                        .arg(QString::fromStdString(n)));
                return out;
            }
        }
        bindingTerms.push_back("(b.namespace IN " + ns + " OR b.namespace = '')");
        secretTerms.push_back("(s.store = " + std::to_string(int(SecretStoreKind::Kubernetes)) + " AND s.location IN "
                              + ns + ")");
    }

    // Sources: scanner tools narrow findings; configured sources narrow what they collected.
    bool sourcesForFindings = false, sourcesForImages = false, sourcesForBindings = false, sourcesForSecrets = false;
    if (!scope.sources.empty()) {
        // Secrets' origins: cluster and Vault source names, inventory names.
        const std::set<std::string> origins = column(db, "SELECT DISTINCT origin FROM secrets");
        std::vector<std::string> imageAny, bindingAny, secretOrigins;
        for (const std::string &name : scope.sources) {
            bool known = false;
            if (origins.count(name)) {
                secretOrigins.push_back(name);
                known = true;
            }
            if (const auto t = tools.find(asciiLower(name)); t != tools.end()) {
                sourcesForFindings = true;
                known = true;
            }
            for (const Source &s : sources) {
                if (s.name != name)
                    continue;
                known = true;
                if (s.kind == "registry") {
                    imageAny.push_back("i.source_id = " + std::to_string(s.id));
                    sourcesForFindings = true;
                } else if (s.kind == "cluster") {
                    sourcesForFindings = true;
                    bindingAny.push_back("b.cluster = " + quoted(s.name));
                }
            }
            if (!known) {
                out.error = gateStr(GateText::tr("--scope source=%1: no configured source or scanner tool has this name")
                                        .arg(QString::fromStdString(name)));
                return out;
            }
        }
        if (!secretOrigins.empty()) {
            secretTerms.push_back("s.origin IN " + sqlList(secretOrigins));
            sourcesForSecrets = true;
        }
        if (!imageAny.empty()) {
            imageTerms.push_back(anyOf(imageAny));
            sourcesForImages = true;
        }
        if (!bindingAny.empty()) {
            bindingTerms.push_back(anyOf(bindingAny));
            sourcesForBindings = true;
        }
    }

    // The names were checked above; which findings they select is the report's own rule.
    out.findings = scopeFindingsSql(scope, "f", 2);
    out.images = allOf(imageTerms);
    out.bindings = allOf(bindingTerms);
    out.secrets = allOf(secretTerms);
    out.imagesNote = gateStr(ignoredNote(scope, sourcesForImages, false, false, true, Population::Images));
    out.bindingsNote = gateStr(ignoredNote(scope, sourcesForBindings, true, true, false, Population::Bindings));
    out.secretsNote = gateStr(ignoredNote(scope, sourcesForSecrets, true, true, false, Population::Secrets));
    out.findingsNote = gateStr(ignoredNote(scope, sourcesForFindings, true, true, true, Population::Findings));
    out.postureNote = scope.empty() ? std::string()
                                    : gateStr(GateText::tr("the posture and its controls are the whole store's: the "
                                                           "scope does not narrow them"));
    return out;
}

} // namespace bulkhead
