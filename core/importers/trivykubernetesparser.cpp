#include "importers/formatparsers.h"
#include "importers/jsonread.h"
#include "importers/trivyresultparser.h"

// `trivy k8s --format json`: a cluster's resources, each with Trivy Results. Current layout:
// {ClusterName, Resources: [...]}; older layout: {ClusterName, Vulnerabilities: [...],
// Misconfigurations: [...]} where one resource can appear in both lists (it is one asset).
namespace bulkhead::parsers {

namespace {

using ValueResult = simdjson::simdjson_result<simdjson::ondemand::value>;

void readResource(ValueResult &entry, const std::string &cluster, trivy::ReadState &state, ParsedReport &out,
                  ParseContext &ctx)
{
    simdjson::ondemand::object resource = entry.get_object();
    // The findings need their asset, so the identity is looked up before Results whatever the
    // field order (Trivy writes it first, so this is normally a forward read).
    const std::string_view nameSpace = jsonread::textView(resource.find_field_unordered("Namespace")); // absent for cluster-scoped kinds
    const std::string_view kind = resource.find_field_unordered("Kind").get_string();
    const std::string_view name = resource.find_field_unordered("Name").get_string();
    if (kind.empty() || name.empty())
        throw simdjson::simdjson_error(simdjson::NO_SUCH_FIELD);

    AssetRef asset;
    asset.kind = AssetKind::KubernetesResource;
    asset.identity = kubernetesIdentity(cluster, nameSpace, kind, name);
    asset.name.reserve(kind.size() + 1 + name.size());
    asset.name.append(kind).append("/").append(name);
    asset.nameSpace = nameSpace;
    asset.cluster = cluster;
    const std::uint32_t index = out.addAsset(std::move(asset));
    // A resource whose scan failed has no Results (only an Error): it claims no scope.
    trivy::parseResults(resource.find_field_unordered("Results"), index, trivy::VulnerabilityLocation::Target,
                        state, out, ctx);
}

} // namespace

void parseTrivyKubernetes(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx)
{
    out.tool = "Trivy";
    // Every asset identity includes the cluster, and nothing guarantees ClusterName comes first:
    // read it, then start over. rewind() reuses the string buffer, hence the copy.
    const std::string cluster = jsonread::text(doc.find_field_unordered("ClusterName"));
    doc.rewind();
    trivy::ReadState state;
    for (auto field : doc.get_object()) {
        const std::string_view k = trivy::rawKey(field);
        if (k == "Resources" || k == "Vulnerabilities" || k == "Misconfigurations")
            trivy::forEachEntry(out, state.path, k, field.value(),
                                [&](ValueResult &e) { readResource(e, cluster, state, out, ctx); });
    }
    trivy::finishReport(out, state);
}

} // namespace bulkhead::parsers
