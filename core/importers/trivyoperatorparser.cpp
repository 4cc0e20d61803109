#include "importers/formatparsers.h"
#include "importers/importerror.h"
#include "importers/jsonread.h"
#include "importers/trivyresultparser.h"

#include <algorithm>

// trivy-operator custom resources as `kubectl get -o json` prints them: one report, or a List of
// them in `items`. Vulnerability and exposed-secret reports are about a container image; config
// audit (and RBAC / infra assessment) reports are about the Kubernetes resource in their labels.
namespace bulkhead::parsers {

namespace {

using simdjson::ondemand::object;
using ValueResult = simdjson::simdjson_result<simdjson::ondemand::value>;

enum class ReportKind { Vulnerability, ConfigAudit, ExposedSecret, Unsupported };

ReportKind reportKind(std::string_view kind)
{
    if (kind == "VulnerabilityReport" || kind == "ClusterVulnerabilityReport")
        return ReportKind::Vulnerability;
    if (kind == "ExposedSecretReport")
        return ReportKind::ExposedSecret;
    if (kind == "ConfigAuditReport" || kind == "ClusterConfigAuditReport" || kind == "RbacAssessmentReport"
        || kind == "ClusterRbacAssessmentReport" || kind == "InfraAssessmentReport"
        || kind == "ClusterInfraAssessmentReport")
        return ReportKind::ConfigAudit;
    return ReportKind::Unsupported;
}

// The scanned resource, from the labels the operator puts on each report.
struct ResourceLabels {
    std::string_view kind;
    std::string_view name;
    std::string_view nameSpace;
};

ResourceLabels readMetadata(ValueResult metadata)
{
    ResourceLabels labels;
    std::string_view reportNamespace;
    object meta;
    if (!jsonread::readable(metadata.get_object().get(meta)))
        return labels;
    for (auto field : meta) {
        const std::string_view k = trivy::rawKey(field);
        if (k == "namespace") {
            reportNamespace = jsonread::textView(field.value());
        } else if (k == "labels") {
            object map;
            if (!jsonread::readable(field.value().get_object().get(map)))
                continue;
            for (auto label : map) {
                const std::string_view name = trivy::rawKey(label);
                if (name == "trivy-operator.resource.kind")
                    labels.kind = jsonread::textView(label.value());
                else if (name == "trivy-operator.resource.name")
                    labels.name = jsonread::textView(label.value());
                else if (name == "trivy-operator.resource.namespace")
                    labels.nameSpace = jsonread::textView(label.value());
            }
        }
    }
    if (labels.nameSpace.empty()) // a namespaced report lives next to its resource
        labels.nameSpace = reportNamespace;
    return labels;
}

std::string_view member(object &obj, std::string_view key)
{
    return jsonread::textView(obj.find_field_unordered(key));
}

// obj.find_field_unordered(key) for a key the object may lack or hold earlier: simdjson 3.0.1 then
// searches again from the object's start without checking the structure it assumes it validated
// (an assertion in a Debug build, undefined behaviour in a release one), which a broken report
// without "report" tripped (found by fuzzing; tests/fuzz/regressions/trivy_operator). Here the
// second search is an ordinary pass over the fields, whose errors are checked.
ValueResult fieldAnywhere(object &obj, std::string_view key)
{
    ValueResult ahead = obj.find_field(key);
    if (ahead.error() != simdjson::NO_SUCH_FIELD)
        return ahead;
    trivy::rewind(obj);
    for (auto field : obj) {
        if (trivy::rawKey(field) == key)
            return field.value();
    }
    return simdjson::NO_SUCH_FIELD;
}

// report.registry.server + "/" + report.artifact.repository, tag and digest.
AssetRef imageAsset(object &report, std::string_view nameSpace)
{
    object artifact = report.find_field_unordered("artifact").get_object();
    const std::string_view repository = artifact.find_field_unordered("repository").get_string();
    const std::string_view tag = member(artifact, "tag");
    const std::string_view digest = member(artifact, "digest");
    std::string_view server;
    object registry;
    if (jsonread::readable(report.find_field_unordered("registry").get_object().get(registry)))
        server = member(registry, "server");

    AssetRef asset;
    asset.kind = AssetKind::Image;
    if (!server.empty())
        asset.repository.append(server).append("/");
    asset.repository.append(repository);
    asset.name = asset.repository;
    if (!tag.empty())
        asset.name.append(":").append(tag);
    else if (!digest.empty())
        asset.name.append("@").append(digest);
    asset.digest = digest;
    // As for every image (asset.h): the digest when known, so that a CI scan of the same image
    // is the same asset; else the reference.
    asset.identity = digest.empty() ? asset.name : asset.digest;
    asset.nameSpace = nameSpace;
    return asset;
}

AssetRef resourceAsset(const ResourceLabels &labels)
{
    if (labels.kind.empty() || labels.name.empty())
        throw simdjson::simdjson_error(simdjson::NO_SUCH_FIELD);
    AssetRef asset;
    asset.kind = AssetKind::KubernetesResource;
    asset.identity = kubernetesIdentity({}, labels.nameSpace, labels.kind, labels.name);
    asset.name.append(labels.kind).append("/").append(labels.name);
    asset.nameSpace = labels.nameSpace;
    return asset;
}

class ReportReader
{
public:
    ReportReader(ParsedReport &out, ParseContext &ctx, trivy::ReadState &state)
        : m_out(out), m_ctx(ctx), m_state(state), m_path(state.path)
    {}

    void readItem(object &item)
    {
        const std::string_view kindText = item.find_field_unordered("kind").get_string();
        const ReportKind kind = reportKind(kindText);
        if (kind == ReportKind::Unsupported) {
            m_out.warn(m_path.text() + ": " + std::string(kindText) + " is not a trivy-operator report kind this version reads");
            return;
        }
        const ResourceLabels labels = readMetadata(fieldAnywhere(item, "metadata"));
        object report = fieldAnywhere(item, "report").get_object();
        m_asset = m_out.addAsset(kind == ReportKind::ConfigAudit ? resourceAsset(labels)
                                                                  : imageAsset(report, labels.nameSpace));
        trivy::rewind(report);
        trivy::EntryPath::Step step(m_path, "report");
        bool complete = true;
        for (auto field : report) {
            const std::string_view k = trivy::rawKey(field);
            if (k == "scanner") {
                readScanner(field.value());
            } else if (k == "updateTimestamp") {
                m_out.scannedAt = std::max(m_out.scannedAt,
                                           jsonread::parseTimestamp(jsonread::textView(field.value())));
            } else if (k == "vulnerabilities" && kind == ReportKind::Vulnerability) {
                complete = trivy::forEachEntry(m_out, m_path, k, field.value(), [this](ValueResult &e) { readVulnerability(e); });
            } else if (k == "checks" && kind == ReportKind::ConfigAudit) {
                complete = trivy::forEachEntry(m_out, m_path, k, field.value(), [this](ValueResult &e) { readCheck(e); });
            } else if (k == "secrets" && kind == ReportKind::ExposedSecret) {
                complete = trivy::forEachEntry(m_out, m_path, k, field.value(), [this](ValueResult &e) { readSecret(e); });
            }
        }
        // The report is the operator's complete scan of that kind, even with an empty list.
        const FindingKind scope = kind == ReportKind::Vulnerability ? FindingKind::Vulnerability
            : kind == ReportKind::ConfigAudit                       ? FindingKind::Misconfiguration
                                                                    : FindingKind::Secret;
        m_out.addScope(m_asset, scope);
        if (!complete)
            m_state.markIncomplete(m_asset, scope);
    }

private:
    void readScanner(ValueResult scanner)
    {
        object obj;
        if (!jsonread::readable(scanner.get_object().get(obj)))
            return;
        for (auto field : obj) {
            const std::string_view k = trivy::rawKey(field);
            if (k == "name" && m_out.tool.empty())
                m_out.tool = jsonread::textView(field.value());
            else if (k == "version" && m_out.toolVersion.empty())
                m_out.toolVersion = jsonread::textView(field.value());
        }
    }

    ParsedFinding newFinding(FindingKind kind) const
    {
        ParsedFinding f;
        f.asset = m_asset;
        f.kind = kind;
        return f;
    }

    // Metadata is read in a second pass, only the first time a rule is met and only once the
    // finding itself was read without error (see trivyresultparser.cpp).
    RuleInfo *firstSighting(object &entry, FindingKind kind, std::string_view key)
    {
        if (!m_ctx.firstSighting(kind, key))
            return nullptr;
        trivy::rewind(entry);
        RuleInfo &rule = m_out.rules.emplace_back();
        rule.kind = kind;
        rule.key = key;
        rule.hasMetadata = true;
        return &rule;
    }

    void readVulnerability(ValueResult &entry)
    {
        object vuln = entry.get_object();
        ParsedFinding f = newFinding(FindingKind::Vulnerability);
        std::string_view id, target, pkgPath, className;
        for (auto field : vuln) {
            const std::string_view k = trivy::rawKey(field);
            if (k == "vulnerabilityID")
                id = field.value().get_string();
            else if (k == "resource")
                f.package = jsonread::textView(field.value());
            else if (k == "installedVersion")
                f.installedVersion = jsonread::textView(field.value());
            else if (k == "fixedVersion")
                f.fixedVersion = jsonread::textView(field.value());
            else if (k == "severity")
                f.severity = severityFromText(jsonread::textView(field.value()));
            else if (k == "packageType")
                f.packageType = jsonread::textView(field.value());
            else if (k == "target")
                target = jsonread::textView(field.value());
            else if (k == "pkgPath")
                pkgPath = jsonread::textView(field.value());
            else if (k == "class")
                className = jsonread::textView(field.value());
        }
        if (id.empty())
            throw simdjson::simdjson_error(simdjson::NO_SUCH_FIELD);
        f.ruleKey = id;
        // The rule of Trivy image reports: OS packages have one place per image, a language
        // package is where its files are.
        if (className != "os-pkgs")
            f.location = pkgPath.empty() ? target : pkgPath;
        if (RuleInfo *rule = firstSighting(vuln, f.kind, id)) {
            std::string_view primaryLink;
            for (auto field : vuln) {
                const std::string_view k = trivy::rawKey(field);
                if (k == "title")
                    rule->title = jsonread::textView(field.value());
                else if (k == "description")
                    rule->description = jsonread::textView(field.value());
                else if (k == "primaryLink")
                    primaryLink = jsonread::textView(field.value());
                else if (k == "links")
                    jsonread::appendStrings(field.value(), rule->references, '\n');
                else if (k == "score")
                    rule->cvssScore = jsonread::number(field.value());
                else if (k == "publishedDate")
                    rule->published = jsonread::parseTimestamp(jsonread::textView(field.value()));
                else if (k == "lastModifiedDate")
                    rule->modified = jsonread::parseTimestamp(jsonread::textView(field.value()));
            }
            std::string links = std::move(rule->references); // primary first, without repeats
            rule->references.clear();
            trivy::appendReference(rule->references, primaryLink);
            for (std::size_t pos = 0; pos < links.size();) {
                const std::size_t end = std::min(links.find('\n', pos), links.size());
                trivy::appendReference(rule->references, std::string_view(links).substr(pos, end - pos));
                pos = end + 1;
            }
        }
        m_out.findings.push_back(std::move(f));
    }

    void readCheck(ValueResult &entry)
    {
        object check = entry.get_object();
        ParsedFinding f = newFinding(FindingKind::Misconfiguration);
        std::string_view id;
        bool success = false;
        for (auto field : check) {
            const std::string_view k = trivy::rawKey(field);
            if (k == "checkID") {
                id = field.value().get_string();
            } else if (k == "success") {
                if (!jsonread::readable(field.value().get_bool().get(success)))
                    success = false; // only an explicit true is a pass
            } else if (k == "severity") {
                f.severity = severityFromText(jsonread::textView(field.value()));
            } else if (k == "messages") {
                jsonread::appendStrings(field.value(), f.message, '\n');
            }
        }
        if (success)
            return;
        if (id.empty())
            throw simdjson::simdjson_error(simdjson::NO_SUCH_FIELD);
        f.ruleKey = id;
        if (RuleInfo *rule = firstSighting(check, f.kind, id)) {
            for (auto field : check) {
                const std::string_view k = trivy::rawKey(field);
                if (k == "title")
                    rule->title = jsonread::textView(field.value());
                else if (k == "description")
                    rule->description = jsonread::textView(field.value());
            }
        }
        m_out.findings.push_back(std::move(f));
    }

    // `match` holds the secret itself: it is never read, only skipped.
    void readSecret(ValueResult &entry)
    {
        object secret = entry.get_object();
        ParsedFinding f = newFinding(FindingKind::Secret);
        std::string_view id;
        for (auto field : secret) {
            const std::string_view k = trivy::rawKey(field);
            if (k == "ruleID")
                id = field.value().get_string();
            else if (k == "severity")
                f.severity = severityFromText(jsonread::textView(field.value()));
            else if (k == "target")
                f.location = jsonread::textView(field.value());
        }
        if (id.empty())
            throw simdjson::simdjson_error(simdjson::NO_SUCH_FIELD);
        f.ruleKey = id;
        if (RuleInfo *rule = firstSighting(secret, f.kind, id)) {
            for (auto field : secret) {
                if (trivy::rawKey(field) == "title")
                    rule->title = jsonread::textView(field.value());
            }
        }
        m_out.findings.push_back(std::move(f));
    }

    ParsedReport &m_out;
    ParseContext &m_ctx;
    trivy::ReadState &m_state;
    trivy::EntryPath &m_path;
    std::uint32_t m_asset = 0;
};

} // namespace

void parseTrivyOperator(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx)
{
    trivy::ReadState state;
    ReportReader reader(out, ctx, state);
    object top = doc.get_object();
    ValueResult items = top.find_field_unordered("items");
    if (items.error() == simdjson::NO_SUCH_FIELD) {
        // A single report: what would skip one item of a List makes the whole file unusable.
        try {
            reader.readItem(top);
        } catch (const simdjson::simdjson_error &e) {
            if (!jsonread::isEntryError(e.error()))
                throw;
            throw ImportError(std::string("unusable trivy-operator report: ") + simdjson::error_message(e.error()));
        }
    } else {
        trivy::forEachEntry(out, state.path, "items", std::move(items), [&reader](ValueResult &e) {
            object item = e.get_object();
            reader.readItem(item);
        });
    }
    if (out.tool.empty())
        out.tool = "Trivy";
    trivy::finishReport(out, state);
}

} // namespace bulkhead::parsers
