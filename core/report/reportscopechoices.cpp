#include "report/reportscopechoices.h"

#include "sources/registrysourceconfig.h"
#include "store/database.h"

#include <map>
#include <set>

namespace bulkhead {

namespace {

// name -> the details gathered for it (several clusters of one namespace, several sources of one
// registry host).
using Gathered = std::map<std::string, std::set<std::string>>;

void collect(const Database &db, std::string_view sql, Gathered &into)
{
    auto st = db.prepare(sql);
    while (st.step()) {
        std::string name = st.text(0);
        if (name.empty())
            continue;
        std::set<std::string> &details = into[name];
        if (st.columnCount() > 1 && !st.isNull(1) && !st.text(1).empty())
            details.insert(st.text(1));
    }
}

std::vector<ScopeChoice> choices(const Gathered &gathered)
{
    std::vector<ScopeChoice> out;
    out.reserve(gathered.size());
    for (const auto &[name, details] : gathered) {
        std::string detail;
        for (const std::string &d : details)
            detail += (detail.empty() ? "" : ", ") + d;
        out.push_back({name, detail});
    }
    return out;
}

std::string lowered(std::string text)
{
    for (char &c : text)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return text;
}

// The first part of a repository as a registry host (lower case), "" when it is none. Docker's
// rule: it is a registry when it has a dot or a port, or is localhost.
std::string hostPart(const std::string &first)
{
    if (first.find('.') == std::string::npos && first.find(':') == std::string::npos && first != "localhost")
        return {};
    return lowered(first);
}

} // namespace

std::string repositoryRegistryHost(const std::string &repository)
{
    const auto slash = repository.find('/');
    return slash == std::string::npos ? std::string() : hostPart(repository.substr(0, slash));
}

ReportScopeChoices readReportScopeChoices(const Database &db)
{
    ReportScopeChoices out;

    Gathered sources;
    std::map<std::string, std::string> registryHosts; // registry source name -> host
    {
        auto st = db.prepare("SELECT name, kind, url FROM sources ORDER BY name");
        while (st.step()) {
            const std::string name = st.text(0), kind = st.text(1);
            sources[name].insert(kind + " source");
            if (kind == "registry") {
                RegistrySourceConfig config;
                config.url = st.text(2);
                registryHosts[name] = config.registryHost();
            }
        }
    }
    out.sources = choices(sources);
    Gathered tools;
    collect(db, "SELECT name, 'scanner' FROM tools ORDER BY name", tools);
    std::set<std::string> sourceNames; // lower case: scopes match tool names so
    for (const auto &[name, kinds] : sources)
        sourceNames.insert(lowered(name));
    for (const ScopeChoice &tool : choices(tools)) {
        if (!sourceNames.count(lowered(tool.name))) // a source of that name already stands for both
            out.sources.push_back(tool);
    }

    Gathered clusters;
    collect(db,
            "SELECT name, 'cluster source' FROM sources WHERE kind = 'cluster' "
            "UNION SELECT DISTINCT cluster, NULL FROM kube_namespaces "
            "UNION SELECT DISTINCT cluster, NULL FROM kube_workloads "
            "UNION SELECT DISTINCT cluster, NULL FROM rbac_analyses "
            "UNION SELECT DISTINCT cluster, NULL FROM assets WHERE cluster IS NOT NULL",
            clusters);
    out.clusters = choices(clusters);

    Gathered namespaces;
    collect(db,
            "SELECT name, cluster FROM kube_namespaces "
            "UNION SELECT namespace, cluster FROM assets WHERE namespace IS NOT NULL AND namespace <> ''",
            namespaces);
    out.namespaces = choices(namespaces);

    Gathered registries;
    for (const auto &[name, host] : registryHosts) {
        if (!host.empty())
            registries[host].insert(name);
    }
    {
        // The distinct repositories' first parts: a few rows however many findings there are.
        auto st = db.prepare("SELECT DISTINCT substr(repository, 1, instr(repository, '/') - 1) FROM assets "
                             "WHERE repository IS NOT NULL AND instr(repository, '/') > 0");
        while (st.step()) {
            const std::string host = hostPart(st.text(0));
            if (!host.empty())
                registries[host];
        }
    }
    out.registries = choices(registries);
    return out;
}

} // namespace bulkhead
