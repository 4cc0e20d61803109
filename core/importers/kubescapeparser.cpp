// Kubescape JSON (v2 results: resources, results, summaryDetails). A finding is a control that
// failed on a resource; every resource in `results` was checked, so it gets a misconfiguration
// scope. The three arrays may come in any order (severity lives in summaryDetails, which kubescape
// writes last; a resource's kind and name live in `resources`), so results are kept as views into
// the parser's buffers and turned into findings at the end.
#include "importers/formatparsers.h"
#include "importers/jsonread.h"
#include "importers/kubescaperesults.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace bulkhead::parsers {

namespace {

using kubescape::FailedControl;
using kubescape::Resource;
using kubescape::Result;
using simdjson::ondemand::array;
using simdjson::ondemand::object;

// Kubescape's own mapping of a control's scoreFactor to a severity.
Severity severityFromScoreFactor(double factor)
{
    if (factor >= 9)
        return Severity::Critical;
    if (factor >= 7)
        return Severity::High;
    if (factor >= 4)
        return Severity::Medium;
    if (factor >= 1)
        return Severity::Low;
    return Severity::Unknown;
}

// Kind, namespace and name from a resource id when `resources` does not describe it:
// "apps/v1/default/Deployment/nginx", "path=123/api=apps/v1//Deployment/nginx".
Resource resourceFromId(std::string_view id)
{
    Resource r;
    std::vector<std::string_view> parts;
    for (std::size_t pos = 0; pos <= id.size();) {
        const std::size_t end = std::min(id.find('/', pos), id.size());
        parts.push_back(id.substr(pos, end - pos));
        pos = end + 1;
    }
    if (parts.size() >= 3) {
        r.nameSpace = parts[parts.size() - 3];
        r.kind = parts[parts.size() - 2];
        r.name = parts.back();
    }
    return r;
}

AssetRef resourceAsset(const Resource &r, std::string_view id, std::string_view cluster)
{
    AssetRef asset;
    asset.kind = AssetKind::KubernetesResource;
    const std::string_view name = !r.name.empty() ? r.name : id;
    asset.identity = kubernetesIdentity(cluster, r.nameSpace, r.kind, name);
    asset.name = r.kind.empty() ? std::string(name) : std::string(r.kind) + "/" + std::string(name);
    asset.nameSpace = std::string(r.nameSpace);
    asset.cluster = std::string(cluster);
    return asset;
}

} // namespace

void parseKubescape(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx)
{
    out.tool = "Kubescape";
    std::string_view cluster;
    std::unordered_map<std::string_view, Resource> resources;
    std::vector<Result> results;
    std::unordered_map<std::string_view, double> factors;
    std::unordered_map<std::string_view, std::string_view> summaryNames;

    for (auto field : doc.get_object()) {
        const std::string_view key = field.unescaped_key();
        array list;
        object obj;
        if (key == "generationTime") {
            out.scannedAt = jsonread::parseTimestamp(jsonread::textView(field.value()));
        } else if (key == "clusterName") {
            cluster = jsonread::textView(field.value());
        } else if (key == "metadata" && jsonread::readable(field.value().get_object().get(obj))) {
            object scan;
            if (jsonread::readable(obj.find_field_unordered("scanMetadata").get_object().get(scan)))
                out.toolVersion = jsonread::text(scan.find_field_unordered("kubescapeVersion"));
        } else if (key == "resources" && jsonread::readable(field.value().get_array().get(list))) {
            std::size_t index = 0;
            for (auto item : list) {
                jsonread::guardEntry(out, "resources[" + std::to_string(index++) + "]", [&] {
                    Resource r;
                    const std::string_view id = kubescape::readResource(item.get_object(), r);
                    if (!id.empty())
                        resources[id] = r;
                });
            }
        } else if (key == "results" && jsonread::readable(field.value().get_array().get(list))) {
            kubescape::readResults(list, results, out);
        } else if (key == "summaryDetails" && jsonread::readable(field.value().get_object().get(obj))) {
            object controls;
            if (jsonread::readable(obj.find_field_unordered("controls").get_object().get(controls)))
                kubescape::readSummaryControls(controls, factors, summaryNames);
        }
    }

    std::unordered_set<std::string_view> ruleKeys;
    std::unordered_set<std::string> findingKeys;
    for (const Result &result : results) {
        const auto known = resources.find(result.resourceId);
        const Resource resource = known != resources.end() ? known->second : resourceFromId(result.resourceId);
        const std::uint32_t asset = out.addAsset(resourceAsset(resource, result.resourceId, cluster));
        out.addScope(asset, FindingKind::Misconfiguration);
        for (const FailedControl &control : result.failed) {
            if (ruleKeys.insert(control.controlId).second) {
                RuleInfo rule;
                rule.kind = FindingKind::Misconfiguration;
                rule.key = std::string(control.controlId);
                if (ctx.firstSighting(rule.kind, rule.key)) {
                    rule.hasMetadata = true;
                    const auto summary = summaryNames.find(control.controlId);
                    rule.title = std::string(!control.name.empty() ? control.name
                                             : summary != summaryNames.end() ? summary->second
                                                                             : std::string_view());
                }
                out.rules.push_back(std::move(rule));
            }
            ParsedFinding f;
            f.asset = asset;
            f.kind = FindingKind::Misconfiguration;
            f.ruleKey = std::string(control.controlId);
            const auto factor = factors.find(control.controlId);
            f.severity = factor != factors.end() ? severityFromScoreFactor(factor->second) : Severity::Unknown;
            // The manifest file for file scans; otherwise the resource id, which tells apart the
            // RBAC subjects kubescape reports once per binding. Not the failed paths: they change
            // with the object (a container added) and would turn one open finding into a new one.
            f.location = std::string(!resource.sourcePath.empty() ? resource.sourcePath : result.resourceId);
            f.message = control.message;
            std::string key = std::to_string(asset);
            key.append(1, '\0').append(f.ruleKey).append(1, '\0').append(f.location);
            if (findingKeys.insert(std::move(key)).second)
                out.findings.push_back(std::move(f));
        }
    }
}

} // namespace bulkhead::parsers
