// SARIF 2.1.0 from any tool (Trivy, dockle, ...). Each run is read whole (sarifrun.h), then
// turned into an asset, rules, findings and scopes here; text is copied only for what is kept.
//
// Asset of a run (SARIF has no standard "what was scanned"):
//  - run.properties imageName / imageID / imageDigest / repoDigests / repoTags (Trivy writes them)
//    -> an Image: identity = digest (imageDigest, else the repoDigests[0] digest), else imageID,
//    else the name; repository from repoDigests[0] / repoTags[0] / imageName.
//  - else a base URI in originalUriBaseIds (other than a bare "file:///") -> a Filesystem asset
//    named by that URI: the directory the tool scanned.
//  - else an Other asset "sarif:<tool>": the report does not say what was scanned (dockle's SARIF
//    names no image), and the caller has no file name to go by. All such reports of one tool land
//    on one asset, which is the honest reading of what they tell.
#include "importers/formatparsers.h"
#include "importers/importerror.h"
#include "importers/jsonread.h"
#include "importers/sarifrules.h"
#include "importers/sarifrun.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace bulkhead::parsers {

namespace {

using sarif::ImageProperties;
using sarif::PendingResult;
using sarif::Run;
using simdjson::ondemand::array;

AssetRef runAsset(const Run &run, std::string_view toolLower)
{
    AssetRef asset;
    const ImageProperties &img = run.image;
    if (img.any()) {
        asset.kind = AssetKind::Image;
        std::string_view digest = img.imageDigest;
        if (digest.empty())
            if (const auto at = img.repoDigest.find('@'); at != std::string_view::npos)
                digest = img.repoDigest.substr(at + 1);
        asset.digest = std::string(digest);
        const std::string_view reference = !img.imageName.empty() ? img.imageName : img.repoTag;
        asset.identity = std::string(!digest.empty() ? digest : !img.imageID.empty() ? img.imageID : reference);
        asset.name = std::string(!reference.empty() ? reference : asset.identity);
        asset.repository = imageRepository(!img.repoDigest.empty() ? img.repoDigest
                                           : !img.repoTag.empty()  ? img.repoTag
                                                                   : img.imageName);
    } else if (!run.baseUri.empty()) {
        asset.kind = AssetKind::Filesystem;
        asset.identity = std::string(run.baseUri);
        asset.name = asset.identity;
    } else {
        asset.kind = AssetKind::Other;
        asset.identity = "sarif:" + std::string(toolLower);
        asset.name = std::string(!run.toolName.empty() ? run.toolName : asset.identity);
    }
    return asset;
}

// Turns one run's rules and results into rules, findings and scopes of `out`.
class RunEmitter
{
public:
    RunEmitter(ParsedReport &out, ParseContext &ctx, std::unordered_set<std::string> &ruleKeys,
               std::unordered_set<std::string> &findingKeys)
        : m_out(out), m_ctx(ctx), m_ruleKeys(ruleKeys), m_findingKeys(findingKeys)
    {}

    void emit(const Run &run)
    {
        const std::string toolLower = run.toolName.empty() ? std::string("unknown") : sarif::lowerCase(run.toolName);
        const std::uint32_t asset = m_out.addAsset(runAsset(run, toolLower));
        std::unordered_map<std::string_view, std::size_t> byId;
        std::vector<FindingKind> kinds(run.rules.size(), FindingKind::Misconfiguration);
        std::vector<std::string> keys(run.rules.size());
        for (std::size_t i = 0; i < run.rules.size(); ++i) {
            const sarif::Rule &rule = run.rules[i];
            if (rule.id.empty())
                continue; // skipped as malformed
            byId.emplace(rule.id, i);
            kinds[i] = sarif::kindOf(rule.id, rule.mentionsSecret);
            keys[i] = sarif::ruleKey(kinds[i], toolLower, rule.id);
            addRule(rule, kinds[i], keys[i]);
            m_out.addScope(asset, kinds[i]); // a run that defines rules of a kind checked that kind
        }
        for (const PendingResult &result : run.results) {
            const sarif::Rule *rule = nullptr;
            std::size_t index = run.rules.size();
            if (result.ruleIndex >= 0 && static_cast<std::size_t>(result.ruleIndex) < run.rules.size()
                && (result.ruleId.empty() || run.rules[result.ruleIndex].id == result.ruleId))
                index = static_cast<std::size_t>(result.ruleIndex);
            else if (auto it = byId.find(result.ruleId); it != byId.end())
                index = it->second;
            if (index < run.rules.size() && !run.rules[index].id.empty()) {
                rule = &run.rules[index];
                addFinding(asset, result, rule, kinds[index], keys[index]);
            } else if (!result.ruleId.empty()) { // a rule the run does not describe
                const FindingKind kind = sarif::kindOf(result.ruleId, false);
                const std::string key = sarif::ruleKey(kind, toolLower, result.ruleId);
                addRule(sarif::Rule{}, kind, key);
                m_out.addScope(asset, kind);
                addFinding(asset, result, nullptr, kind, key);
            } else {
                m_out.warn("result refers to rule index " + std::to_string(result.ruleIndex)
                           + ", which the run does not define");
            }
        }
    }

private:
    void addRule(const sarif::Rule &rule, FindingKind kind, const std::string &key)
    {
        if (!m_ruleKeys.insert(key).second)
            return;
        m_out.rules.push_back(sarif::ruleInfo(rule, kind, key, m_ctx.firstSighting(kind, key)));
    }

    void addFinding(std::uint32_t asset, const PendingResult &result, const sarif::Rule *rule,
                    FindingKind kind, const std::string &key)
    {
        ParsedFinding f;
        f.asset = asset;
        f.kind = kind;
        f.ruleKey = key;
        if (rule && rule->securitySeverity >= 0) {
            f.severity = severityFromCvss(rule->securitySeverity);
        } else {
            std::string_view level = result.level;
            if (level.empty() && rule)
                level = rule->defaultLevel;
            f.severity = sarif::severityFromLevel(level.empty() ? std::string_view("warning") : level);
        }
        std::string where(result.uri);
        if (!where.empty() && result.line > 0)
            where += ":" + std::to_string(result.line);
        if (kind == FindingKind::Vulnerability) {
            const sarif::PackageText pkg = sarif::parseTrivyMessage(result.message);
            if (!pkg.package.empty()) {
                f.package = std::string(pkg.package);
                f.installedVersion = std::string(pkg.installed);
                f.fixedVersion = std::string(pkg.fixed);
                // Trivy's rule names tell OS packages (no location, as for Grype: the uri is the
                // image itself) from language packages (the uri is the lock file; the line is a
                // placeholder 1).
                const std::string_view name = rule ? rule->name : std::string_view();
                if (name == "OsPackageVulnerability") {
                    f.packageType = "os-pkgs";
                } else {
                    if (name == "LanguageSpecificPackageVulnerability")
                        f.packageType = "lang-pkgs";
                    f.location = std::string(result.uri);
                }
            } else {
                f.location = std::move(where);
            }
        } else {
            f.location = std::move(where);
            if (kind == FindingKind::Misconfiguration) // a secret's message may quote the secret
                f.message = std::string(result.message);
        }
        std::string findingKey = std::to_string(asset);
        findingKey.append(1, '\0').append(f.ruleKey).append(1, '\0').append(f.package).append(1, '\0')
            .append(f.installedVersion).append(1, '\0').append(f.location);
        if (m_findingKeys.insert(std::move(findingKey)).second)
            m_out.findings.push_back(std::move(f));
    }

    ParsedReport &m_out;
    ParseContext &m_ctx;
    std::unordered_set<std::string> &m_ruleKeys, &m_findingKeys;
};

} // namespace

void parseSarif(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx)
{
    std::unordered_set<std::string> ruleKeys, findingKeys;
    RunEmitter emitter(out, ctx, ruleKeys, findingKeys);
    bool haveRuns = false;
    for (auto field : doc.get_object()) {
        if (field.unescaped_key().value() != "runs")
            continue;
        haveRuns = true;
        array runs;
        if (!jsonread::readable(field.value().get_array().get(runs)))
            throw ImportError("SARIF log: \"runs\" is not an array");
        std::size_t index = 0;
        for (auto item : runs) {
            const std::string where = "runs[" + std::to_string(index++) + "]";
            jsonread::guardEntry(out, where, [&] {
                const Run run = sarif::readRun(item.get_object(), out, where);
                if (out.tool.empty()) {
                    out.tool = std::string(run.toolName);
                    out.toolVersion = std::string(run.toolVersion);
                    out.scannedAt = run.time;
                }
                emitter.emit(run);
            });
        }
    }
    if (!haveRuns)
        throw ImportError("SARIF log has no \"runs\"");
}

} // namespace bulkhead::parsers
