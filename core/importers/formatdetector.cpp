#include "importers/formatdetector.h"

#include "importers/importerror.h"
#include "importers/jsonread.h"

#include <set>

namespace bulkhead {

namespace {

struct TopLevel {
    std::set<std::string, std::less<>> keys;
    std::string schemaVersion, kind, apiVersion, bomFormat, spdxVersion, sarifVersion, schema;
    std::string firstItemKind, firstItemApiVersion;
};

// True once the keys read so far identify the format. The detector stops there, since reading
// on would walk a whole report (a 12 MB Trivy "Results" array) only to learn nothing new.
bool decided(const TopLevel &top)
{
    auto has = [&top](std::string_view k) { return top.keys.count(k) > 0; };
    return (has("SchemaVersion") && (has("Results") || has("ArtifactName"))) || has("bomFormat")
        || has("spdxVersion") || (has("runs") && has("version"))
        || (has("ClusterName") && (has("Resources") || has("Vulnerabilities") || has("Misconfigurations")))
        || (has("matches") && (has("source") || has("descriptor") || has("distro")))
        || (has("kind") && has("apiVersion") && (has("items") || has("report")));
}

TopLevel readTopLevel(simdjson::ondemand::document &doc)
{
    TopLevel top;
    simdjson::ondemand::json_type type;
    if (!jsonread::readable(doc.type().get(type)) || (type != simdjson::ondemand::json_type::object
                                                     && type != simdjson::ondemand::json_type::array))
        throw ImportError("not a JSON document: it does not start with '{' or '['", 0);
    if (type != simdjson::ondemand::json_type::object)
        throw ImportError("not a scanner report: the top level is a JSON array, not an object", 0);
    for (auto field : doc.get_object()) {
        const std::string_view key = field.unescaped_key();
        top.keys.emplace(key);
        if (key == "SchemaVersion")
            top.schemaVersion = jsonread::text(field.value());
        else if (key == "kind")
            top.kind = jsonread::text(field.value());
        else if (key == "apiVersion")
            top.apiVersion = jsonread::text(field.value());
        else if (key == "bomFormat")
            top.bomFormat = jsonread::text(field.value());
        else if (key == "spdxVersion")
            top.spdxVersion = jsonread::text(field.value());
        else if (key == "version")
            top.sarifVersion = jsonread::text(field.value());
        else if (key == "$schema")
            top.schema = jsonread::text(field.value());
        else if (key == "items") {
            simdjson::ondemand::array items;
            if (jsonread::readable(field.value().get_array().get(items))) {
                for (auto item : items) {
                    simdjson::ondemand::object obj;
                    if (jsonread::readable(item.get_object().get(obj))) {
                        top.firstItemKind = jsonread::text(obj.find_field_unordered("kind"));
                        top.firstItemApiVersion = jsonread::text(obj.find_field_unordered("apiVersion"));
                    }
                    break;
                }
            }
        }
        if (decided(top))
            break;
    }
    return top;
}

bool isTrivyOperatorKind(std::string_view kind)
{
    return kind == "VulnerabilityReport" || kind == "ConfigAuditReport"
        || kind == "ExposedSecretReport" || kind == "ClusterConfigAuditReport"
        || kind == "ClusterVulnerabilityReport";
}

} // namespace

ReportFormat detectReportFormat(simdjson::ondemand::document &doc)
{
    const TopLevel top = readTopLevel(doc);
    doc.rewind();
    auto has = [&top](std::string_view k) { return top.keys.count(k) > 0; };

    if (has("SchemaVersion") && (has("Results") || has("ArtifactName"))) {
        if (top.schemaVersion != "2")
            throw ImportError("unsupported Trivy report SchemaVersion " + top.schemaVersion
                              + " (this version reads SchemaVersion 2)");
        return ReportFormat::TrivyJson;
    }
    if (has("ClusterName") && (has("Resources") || has("Vulnerabilities") || has("Misconfigurations")))
        return ReportFormat::TrivyKubernetes;
    if (has("matches") && (has("source") || has("descriptor") || has("distro")))
        return ReportFormat::GrypeJson;
    if (has("runs") && (has("version") || top.schema.find("sarif") != std::string::npos)) {
        if (top.sarifVersion != "2.1.0")
            throw ImportError("unsupported SARIF version \"" + top.sarifVersion + "\" (this version reads 2.1.0)");
        return ReportFormat::Sarif;
    }
    if (top.bomFormat == "CycloneDX")
        return ReportFormat::CycloneDx;
    if (has("spdxVersion")) {
        if (top.spdxVersion.rfind("SPDX-2.", 0) != 0)
            throw ImportError("unsupported SPDX version \"" + top.spdxVersion + "\" (this version reads SPDX-2.x JSON)");
        return ReportFormat::Spdx;
    }
    if (top.apiVersion.find("aquasecurity.github.io") != std::string::npos && isTrivyOperatorKind(top.kind))
        return ReportFormat::TrivyOperator;
    if (top.kind.size() >= 4 && top.kind.compare(top.kind.size() - 4, 4, "List") == 0
        && isTrivyOperatorKind(top.firstItemKind))
        return ReportFormat::TrivyOperator;
    if (has("summaryDetails") && (has("results") || has("resources")))
        return ReportFormat::Kubescape;
    if (has("SchemaVersion"))
        throw ImportError("unsupported Trivy report: SchemaVersion " + top.schemaVersion + " without Results");
    throw ImportError("unknown report format: the JSON has none of the top-level keys of Trivy, Grype, "
                      "SARIF, CycloneDX, SPDX, trivy-operator or Kubescape reports", 0);
}

} // namespace bulkhead
