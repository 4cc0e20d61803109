#include "report/scopesql.h"

#include <algorithm>
#include <cctype>

namespace bulkhead {

namespace {

// Hands out ?N for values, one number per distinct value.
class Params
{
public:
    explicit Params(ScopeSql &out) : m_out(out) {}

    std::string add(const std::string &value)
    {
        auto it = std::find(m_out.params.begin(), m_out.params.end(), value);
        if (it == m_out.params.end()) {
            m_out.params.push_back(value);
            it = m_out.params.end() - 1;
        }
        return "?" + std::to_string(m_out.firstParam + (it - m_out.params.begin()));
    }
    // "?3,?4,?5"
    std::string list(const std::vector<std::string> &values)
    {
        std::string s;
        for (const std::string &v : values)
            s += (s.empty() ? "" : ",") + add(v);
        return s;
    }
    // "lower(?3),lower(?4)"
    std::string lowerList(const std::vector<std::string> &values)
    {
        std::string s;
        for (const std::string &v : values)
            s += (s.empty() ? "" : ",") + ("lower(" + add(v) + ")");
        return s;
    }

private:
    ScopeSql &m_out;
};

constexpr const char *kDockerAliases = "('index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com')";

// The registry host of an image asset `a` (its repository, else its name): the part before the
// first '/' when it looks like a host (has '.' or ':', or is localhost), else Docker Hub, the
// way docker itself reads a reference.
std::string assetHost(const std::string &a)
{
    return "(SELECT CASE WHEN h IN " + std::string(kDockerAliases)
        + " THEN 'docker.io' ELSE h END FROM (SELECT CASE WHEN s > 0 AND (instr(p, '.') > 0 OR instr(p, ':') > 0 "
          "OR lower(p) = 'localhost') THEN lower(p) ELSE 'docker.io' END AS h FROM (SELECT instr(r, '/') AS s, "
          "substr(r, 1, instr(r, '/') - 1) AS p FROM (SELECT coalesce(nullif("
        + a + ".repository, ''), " + a + ".name) AS r))))";
}

// "host[:port]" of the url of the sources row `s` (validated as http(s)://host[:port][/]).
std::string sourceHost(const std::string &s)
{
    return "(SELECT CASE WHEN h IN " + std::string(kDockerAliases)
        + " THEN 'docker.io' ELSE h END FROM (SELECT lower(CASE WHEN instr(u, '/') > 0 THEN substr(u, 1, "
          "instr(u, '/') - 1) ELSE u END) AS h FROM (SELECT CASE WHEN instr("
        + s + ".url, '://') > 0 THEN substr(" + s + ".url, instr(" + s + ".url, '://') + 3) ELSE " + s
        + ".url END AS u)))";
}

// Image asset `a` from the registry sources named in `names`: its host is a source url's host,
// or its digest is one of the images (manifest, index or config digest) the sources collected.
std::string fromRegistrySources(const std::string &a, const std::string &names)
{
    const std::string ids = "(SELECT id FROM sources WHERE kind = 'registry' AND name IN (" + names + "))";
    return "(" + a + ".kind = 1 AND (" + assetHost(a) + " IN (SELECT " + sourceHost("scope_s")
        + " FROM sources scope_s WHERE scope_s.kind = 'registry' AND scope_s.name IN (" + names + ")) OR " + a
        + ".digest IN (SELECT digest FROM images WHERE source_id IN " + ids
        + " UNION ALL SELECT config_digest FROM images WHERE source_id IN " + ids
        + " UNION ALL SELECT index_digest FROM images WHERE source_id IN " + ids + ")))";
}

// The conditions of clusters, namespaces and registries on assets row `a`, ANDed ("" = none).
std::string assetFields(const ReportScope &scope, Params &p, const std::string &a)
{
    std::vector<std::string> parts;
    if (!scope.clusters.empty())
        parts.push_back(a + ".cluster IN (" + p.list(scope.clusters) + ")");
    if (!scope.namespaces.empty())
        parts.push_back(a + ".namespace IN (" + p.list(scope.namespaces) + ")");
    if (!scope.registries.empty()) {
        std::vector<std::string> hosts;
        for (const std::string &r : scope.registries)
            hosts.push_back(normalizedRegistryHost(r));
        parts.push_back("(" + a + ".kind = 1 AND " + assetHost(a) + " IN (" + p.list(hosts) + ") OR "
                        + fromRegistrySources(a, p.list(scope.registries)) + ")");
    }
    std::string out;
    for (const std::string &c : parts)
        out += (out.empty() ? "" : " AND ") + c;
    return out;
}

// `sources` as cluster or registry source names on assets row `a`.
std::string assetSources(const ReportScope &scope, Params &p, const std::string &a)
{
    const std::string names = p.list(scope.sources);
    return "(" + a + ".cluster IN (SELECT name FROM sources WHERE kind = 'cluster' AND name IN (" + names + ")) OR "
        + fromRegistrySources(a, names) + ")";
}

// The tools named in `sources` (case-insensitive).
std::string toolIds(const ReportScope &scope, Params &p)
{
    return "(SELECT id FROM tools WHERE lower(name) IN (" + p.lowerList(scope.sources) + "))";
}

ScopeSql start(int firstParam)
{
    ScopeSql out;
    out.firstParam = std::max(1, firstParam);
    return out;
}

void addCondition(ScopeSql &out, const std::string &condition)
{
    out.condition += (out.condition.empty() ? "" : " AND ") + condition;
}

} // namespace

std::string ScopeSql::andClause() const
{
    return condition.empty() ? std::string() : " AND (" + condition + ")";
}

std::string ScopeSql::whereClause() const
{
    return condition.empty() ? std::string() : " WHERE (" + condition + ")";
}

void ScopeSql::bind(SqliteStatement &st) const
{
    for (std::size_t i = 0; i < params.size(); ++i)
        st.bind(firstParam + static_cast<int>(i), std::string_view(params[i]));
}

std::string normalizedRegistryHost(std::string_view hostOrUrl)
{
    std::string h(hostOrUrl);
    if (const auto scheme = h.find("://"); scheme != std::string::npos)
        h.erase(0, scheme + 3);
    if (const auto slash = h.find('/'); slash != std::string::npos)
        h.erase(slash);
    std::transform(h.begin(), h.end(), h.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (h == "index.docker.io" || h == "registry-1.docker.io" || h == "registry.hub.docker.com")
        h = "docker.io";
    return h;
}

ScopeSql scopeFindingsSql(const ReportScope &scope, std::string_view alias, int firstParam)
{
    ScopeSql out = start(firstParam);
    Params p(out);
    const std::string f(alias);
    // Asset conditions select asset ids once (an uncorrelated IN subquery becomes one ephemeral
    // index), so a million findings cost one index probe each.
    if (const std::string fields = assetFields(scope, p, "scope_a"); !fields.empty())
        addCondition(out, f + ".asset_id IN (SELECT scope_a.id FROM assets scope_a WHERE " + fields + ")");
    if (!scope.sources.empty()) {
        // Tool ids are 1-based bits of tool_mask; the mask is an uncorrelated scalar, computed once.
        const std::string mask = "(SELECT coalesce(sum(1 << (id - 1)), 0) FROM " + toolIds(scope, p) + ")";
        addCondition(out, "((" + f + ".tool_mask & " + mask + ") != 0 OR " + f
                              + ".asset_id IN (SELECT scope_a.id FROM assets scope_a WHERE "
                              + assetSources(scope, p, "scope_a") + "))");
    }
    return out;
}

ScopeSql scopeAssetsSql(const ReportScope &scope, std::string_view alias, int firstParam)
{
    ScopeSql out = start(firstParam);
    Params p(out);
    const std::string a(alias);
    if (const std::string fields = assetFields(scope, p, a); !fields.empty())
        addCondition(out, fields);
    if (!scope.sources.empty()) {
        addCondition(out, "(" + a + ".id IN (SELECT asset_id FROM asset_scans WHERE tool_id IN " + toolIds(scope, p)
                              + ") OR " + assetSources(scope, p, a) + ")");
    }
    return out;
}

} // namespace bulkhead
