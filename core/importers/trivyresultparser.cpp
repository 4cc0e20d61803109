#include "importers/trivyresultparser.h"

#include "importers/jsonread.h"
#include "model/severity.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <unordered_set>
#include <vector>

namespace bulkhead::parsers::trivy {

using simdjson::ondemand::array;
using simdjson::ondemand::object;
using simdjson::ondemand::value;
using ValueResult = simdjson::simdjson_result<value>;

std::string_view rawKey(simdjson::simdjson_result<simdjson::ondemand::field> &field)
{
    const simdjson::ondemand::raw_json_string key = field.key(); // throws the iteration's error
    const char *raw = key.raw();
    std::size_t n = 0;
    while (raw[n] != '"' && raw[n] != '\\')
        ++n;
    return {raw, raw[n] == '\\' ? n + 1 : n}; // a key with an escape keeps its backslash: no match
}

void rewind(object &entry)
{
    if (const auto error = entry.reset().error())
        throw simdjson::simdjson_error(error);
}

EntryPath::Step::Step(EntryPath &path, std::string_view member, std::size_t index)
    : m_path(path), m_size(path.m_text.size())
{
    std::string &text = path.m_text;
    if (!text.empty())
        text.push_back('.');
    text.append(member);
    if (index != kNoIndex) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, index).ptr;
        text.push_back('[');
        text.append(digits, end);
        text.push_back(']');
    }
}

void appendReference(std::string &references, std::string_view url)
{
    if (url.empty())
        return;
    for (std::size_t pos = 0; pos < references.size();) {
        std::size_t end = references.find('\n', pos);
        if (end == std::string::npos)
            end = references.size();
        if (std::string_view(references).substr(pos, end - pos) == url)
            return;
        pos = end + 1;
    }
    if (!references.empty())
        references.push_back('\n');
    references.append(url);
}

void dropDuplicateFindings(ParsedReport &report)
{
    std::vector<ParsedFinding> &findings = report.findings;
    if (findings.size() < 2)
        return;
    const auto hash = [&findings](std::uint32_t i) {
        const ParsedFinding &f = findings[i];
        std::size_t h = (static_cast<std::size_t>(f.asset) << 8) | static_cast<std::size_t>(f.kind);
        for (std::string_view part : {std::string_view(f.ruleKey), std::string_view(f.package),
                                      std::string_view(f.installedVersion), std::string_view(f.location)})
            h ^= std::hash<std::string_view>{}(part) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        return h;
    };
    const auto same = [&findings](std::uint32_t a, std::uint32_t b) {
        const ParsedFinding &x = findings[a];
        const ParsedFinding &y = findings[b];
        return x.asset == y.asset && x.kind == y.kind && x.ruleKey == y.ruleKey && x.package == y.package
            && x.installedVersion == y.installedVersion && x.location == y.location;
    };
    std::unordered_set<std::uint32_t, decltype(hash), decltype(same)> seen(findings.size(), hash, same);
    // The candidate is moved into the next free slot first, since the set hashes by index.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (kept != i)
            findings[kept] = std::move(findings[i]);
        if (seen.insert(static_cast<std::uint32_t>(kept)).second)
            ++kept;
    }
    findings.resize(kept);
}

namespace {

enum class ResultClass : std::uint8_t { Unknown, OsPackages, LanguagePackages, Config, Secret, Other };

ResultClass resultClass(std::string_view text)
{
    if (text == "os-pkgs")
        return ResultClass::OsPackages;
    if (text == "lang-pkgs")
        return ResultClass::LanguagePackages;
    if (text == "config")
        return ResultClass::Config;
    if (text == "secret")
        return ResultClass::Secret;
    return text.empty() ? ResultClass::Unknown : ResultClass::Other; // license, license-file, custom
}

// What a result says about its entries. Views point into the document's string buffer, valid
// for this parse.
struct ResultInfo {
    std::string_view target;
    std::string_view type;
    std::string_view className;
    bool hasVulnerabilities = false;
    bool hasMisconfigurations = false;
    bool hasSecrets = false;
    bool vulnerabilitiesComplete = true;
    bool misconfigurationsComplete = true;
    bool secretsComplete = true;
    std::size_t firstFinding = 0;
    std::size_t firstComponent = 0;
};

void collectStrings(ValueResult list, std::vector<std::string_view> &out)
{
    array items;
    if (!jsonread::readable(list.get_array().get(items)))
        return;
    for (auto item : items) {
        std::string_view s;
        if (jsonread::readable(item.get_string().get(s)) && !s.empty())
            out.push_back(s);
    }
}

// Highest v3 base score over all sources, else the highest v2 one, with its vector.
void readCvss(ValueResult cvss, RuleInfo &rule)
{
    object sources;
    if (!jsonread::readable(cvss.get_object().get(sources)))
        return;
    double best3 = -1, best2 = -1;
    std::string_view vector3, vector2;
    for (auto source : sources) {
        object scores;
        if (!jsonread::readable(source.value().get_object().get(scores)))
            continue;
        double v3 = -1, v2 = -1;
        std::string_view vec3, vec2;
        for (auto field : scores) {
            const std::string_view k = rawKey(field);
            if (k == "V3Score")
                v3 = jsonread::number(field.value());
            else if (k == "V3Vector")
                vec3 = jsonread::textView(field.value());
            else if (k == "V2Score")
                v2 = jsonread::number(field.value());
            else if (k == "V2Vector")
                vec2 = jsonread::textView(field.value());
        }
        if (v3 > best3) {
            best3 = v3;
            vector3 = vec3;
        }
        if (v2 > best2) {
            best2 = v2;
            vector2 = vec2;
        }
    }
    if (best3 >= 0) {
        rule.cvssScore = best3;
        rule.cvssVector = vector3;
    } else if (best2 >= 0) {
        rule.cvssScore = best2;
        rule.cvssVector = vector2;
    }
}

std::int64_t startLine(ValueResult causeMetadata)
{
    object cause;
    if (!jsonread::readable(causeMetadata.get_object().get(cause)))
        return 0;
    for (auto field : cause) {
        if (rawKey(field) == "StartLine")
            return jsonread::integer(field.value());
    }
    return 0;
}

// ":12", or "" without a line; finishResult puts the target in front.
std::string lineSuffix(std::int64_t line)
{
    return line > 0 ? ":" + std::to_string(line) : std::string();
}

RuleInfo &addRule(ParsedReport &out, FindingKind kind, std::string_view key)
{
    RuleInfo &rule = out.rules.emplace_back();
    rule.kind = kind;
    rule.key = key;
    rule.hasMetadata = true;
    return rule;
}

// Reads the metadata fields shared by vulnerabilities and misconfigurations. Never throws for a
// wrong type: the finding is already valid and a bad description must not drop it.
void readRuleMetadata(object &entry, RuleInfo &rule)
{
    std::string_view primaryUrl;
    std::vector<std::string_view> references;
    for (auto field : entry) {
        const std::string_view k = rawKey(field);
        if (k == "Title")
            rule.title = jsonread::textView(field.value());
        else if (k == "Description")
            rule.description = jsonread::textView(field.value());
        else if (k == "PrimaryURL")
            primaryUrl = jsonread::textView(field.value());
        else if (k == "References")
            collectStrings(field.value(), references);
        else if (k == "CweIDs")
            jsonread::appendStrings(field.value(), rule.cwe, ',');
        else if (k == "CVSS")
            readCvss(field.value(), rule);
        else if (k == "PublishedDate")
            rule.published = jsonread::parseTimestamp(jsonread::textView(field.value()));
        else if (k == "LastModifiedDate")
            rule.modified = jsonread::parseTimestamp(jsonread::textView(field.value()));
    }
    appendReference(rule.references, primaryUrl);
    for (std::string_view url : references)
        appendReference(rule.references, url);
}

class ResultReader
{
public:
    ResultReader(ParsedReport &out, ParseContext &ctx, ReadState &state, std::uint32_t asset,
                 VulnerabilityLocation rule)
        : m_out(out), m_ctx(ctx), m_state(state), m_path(state.path), m_asset(asset), m_rule(rule)
    {}

    void readResult(ValueResult &entry)
    {
        object result = entry.get_object();
        ResultInfo info;
        info.firstFinding = m_out.findings.size();
        info.firstComponent = m_out.components.size();
        // Entries may precede Target/Class/Type; finishResult fills what depends on them.
        for (auto field : result) {
            const std::string_view k = rawKey(field);
            if (k == "Vulnerabilities") {
                info.hasVulnerabilities = true;
                info.vulnerabilitiesComplete = forEachEntry(m_out, m_path, k, field.value(), [this](ValueResult &e) { readVulnerability(e); });
            } else if (k == "Misconfigurations") {
                info.hasMisconfigurations = true;
                info.misconfigurationsComplete = forEachEntry(m_out, m_path, k, field.value(), [this](ValueResult &e) { readMisconfiguration(e); });
            } else if (k == "Secrets") {
                info.hasSecrets = true;
                info.secretsComplete = forEachEntry(m_out, m_path, k, field.value(), [this](ValueResult &e) { readSecret(e); });
            } else if (k == "Packages") {
                forEachEntry(m_out, m_path, k, field.value(), [this](ValueResult &e) { readPackage(e); });
            } else if (k == "Target") {
                info.target = jsonread::textView(field.value());
            } else if (k == "Class") {
                info.className = jsonread::textView(field.value());
            } else if (k == "Type") {
                info.type = jsonread::textView(field.value());
            }
        }
        finishResult(info);
    }

private:
    void readVulnerability(ValueResult &entry)
    {
        object vuln = entry.get_object();
        ParsedFinding f;
        f.asset = m_asset;
        f.kind = FindingKind::Vulnerability;
        std::string_view id;
        for (auto field : vuln) {
            const std::string_view k = rawKey(field);
            if (k == "VulnerabilityID")
                id = field.value().get_string(); // the rule key must be a string: else skip the entry
            else if (k == "PkgName")
                f.package = jsonread::textView(field.value());
            else if (k == "InstalledVersion")
                f.installedVersion = jsonread::textView(field.value());
            else if (k == "FixedVersion")
                f.fixedVersion = jsonread::textView(field.value());
            else if (k == "PkgPath")
                f.location = jsonread::textView(field.value()); // provisional: see finishResult
            else if (k == "Severity")
                f.severity = severityFromText(jsonread::textView(field.value()));
        }
        if (id.empty())
            throw simdjson::simdjson_error(simdjson::NO_SUCH_FIELD);
        f.ruleKey = id;
        // Metadata is read in a second pass over the entry: only the first time a rule is met,
        // whatever the field order, and only once the finding's own fields were read without
        // error, so that a malformed entry cannot use up the rule's one chance.
        if (m_ctx.firstSighting(f.kind, id)) {
            rewind(vuln);
            readRuleMetadata(vuln, addRule(m_out, f.kind, id));
        }
        m_out.findings.push_back(std::move(f));
    }

    void readMisconfiguration(ValueResult &entry)
    {
        object check = entry.get_object();
        ParsedFinding f;
        f.asset = m_asset;
        f.kind = FindingKind::Misconfiguration;
        std::string_view id, avdId, status;
        bool hasStatus = false;
        std::int64_t line = 0;
        for (auto field : check) {
            const std::string_view k = rawKey(field);
            if (k == "ID") {
                id = field.value().get_string();
            } else if (k == "AVDID") {
                avdId = jsonread::textView(field.value());
            } else if (k == "Status") {
                status = jsonread::textView(field.value());
                hasStatus = true;
            } else if (k == "Severity") {
                f.severity = severityFromText(jsonread::textView(field.value()));
            } else if (k == "Message") {
                f.message = jsonread::textView(field.value());
            } else if (k == "CauseMetadata") {
                line = startLine(field.value());
            }
        }
        // PASS and EXCEPTION (waived by policy) are listed with --include-non-failures; a report
        // from before Status existed only listed failures.
        if (hasStatus && status != "FAIL")
            return;
        const std::string_view key = id.empty() ? avdId : id;
        if (key.empty())
            throw simdjson::simdjson_error(simdjson::NO_SUCH_FIELD);
        f.ruleKey = key;
        f.location = lineSuffix(line);
        if (m_ctx.firstSighting(f.kind, key)) {
            rewind(check);
            readRuleMetadata(check, addRule(m_out, f.kind, key));
        }
        m_out.findings.push_back(std::move(f));
    }

    // Match and Code hold the secret itself: they are never read, only skipped.
    void readSecret(ValueResult &entry)
    {
        object secret = entry.get_object();
        ParsedFinding f;
        f.asset = m_asset;
        f.kind = FindingKind::Secret;
        std::string_view id;
        std::int64_t line = 0;
        for (auto field : secret) {
            const std::string_view k = rawKey(field);
            if (k == "RuleID")
                id = field.value().get_string();
            else if (k == "Severity")
                f.severity = severityFromText(jsonread::textView(field.value()));
            else if (k == "StartLine")
                line = jsonread::integer(field.value());
        }
        if (id.empty())
            throw simdjson::simdjson_error(simdjson::NO_SUCH_FIELD);
        f.ruleKey = id;
        f.location = lineSuffix(line);
        if (m_ctx.firstSighting(f.kind, id)) {
            rewind(secret);
            RuleInfo &rule = addRule(m_out, f.kind, id);
            for (auto field : secret) {
                if (rawKey(field) == "Title")
                    rule.title = jsonread::textView(field.value());
            }
        }
        m_out.findings.push_back(std::move(f));
    }

    void readPackage(ValueResult &entry)
    {
        object package = entry.get_object();
        ParsedComponent c;
        c.asset = m_asset;
        for (auto field : package) {
            const std::string_view k = rawKey(field);
            if (k == "Name") {
                c.name = jsonread::textView(field.value());
            } else if (k == "Version") {
                c.version = jsonread::textView(field.value());
            } else if (k == "Licenses") {
                jsonread::appendStrings(field.value(), c.licenses, ',');
            } else if (k == "Identifier") {
                object identifier;
                if (jsonread::readable(field.value().get_object().get(identifier)))
                    c.purl = jsonread::textView(identifier.find_field_unordered("PURL"));
            }
        }
        if (c.name.empty())
            throw simdjson::simdjson_error(simdjson::NO_SUCH_FIELD);
        m_out.components.push_back(std::move(c));
    }

    void finishResult(const ResultInfo &info)
    {
        const ResultClass cls = resultClass(info.className);
        for (std::size_t i = info.firstFinding; i < m_out.findings.size(); ++i) {
            ParsedFinding &f = m_out.findings[i];
            if (f.kind != FindingKind::Vulnerability) {
                f.location.insert(0, info.target); // "Dockerfile:12", "deploy.sh:3"
                continue;
            }
            f.packageType = info.type;
            if (m_rule == VulnerabilityLocation::Target)
                f.location = info.target;
            else if (cls == ResultClass::OsPackages)
                f.location.clear();
            else if (f.location.empty())
                f.location = info.target;
        }
        for (std::size_t i = info.firstComponent; i < m_out.components.size(); ++i)
            m_out.components[i].type = info.type;

        if (!info.vulnerabilitiesComplete)
            m_state.markIncomplete(m_asset, FindingKind::Vulnerability);
        if (!info.misconfigurationsComplete)
            m_state.markIncomplete(m_asset, FindingKind::Misconfiguration);
        if (!info.secretsComplete)
            m_state.markIncomplete(m_asset, FindingKind::Secret);
        // A result claims a complete scan of its kind even when it found nothing.
        switch (cls) {
        case ResultClass::OsPackages:
        case ResultClass::LanguagePackages:
            m_out.addScope(m_asset, FindingKind::Vulnerability);
            break;
        case ResultClass::Config:
            m_out.addScope(m_asset, FindingKind::Misconfiguration);
            break;
        case ResultClass::Secret:
            m_out.addScope(m_asset, FindingKind::Secret);
            break;
        case ResultClass::Unknown: // reports from before Class existed: judge by the lists present
            if (info.hasVulnerabilities)
                m_out.addScope(m_asset, FindingKind::Vulnerability);
            if (info.hasMisconfigurations)
                m_out.addScope(m_asset, FindingKind::Misconfiguration);
            if (info.hasSecrets)
                m_out.addScope(m_asset, FindingKind::Secret);
            break;
        case ResultClass::Other:
            break;
        }
    }

    ParsedReport &m_out;
    ParseContext &m_ctx;
    ReadState &m_state;
    EntryPath &m_path;
    std::uint32_t m_asset;
    VulnerabilityLocation m_rule;
};

} // namespace

void parseResults(ValueResult results, std::uint32_t asset, VulnerabilityLocation rule, ReadState &state,
                  ParsedReport &out, ParseContext &ctx)
{
    ResultReader reader(out, ctx, state, asset, rule);
    const bool complete = forEachEntry(out, state.path, "Results", std::move(results),
                                       [&reader](ValueResult &e) { reader.readResult(e); });
    if (!complete) // an unreadable result could have been of any class
        for (FindingKind kind : {FindingKind::Vulnerability, FindingKind::Misconfiguration, FindingKind::Secret})
            state.markIncomplete(asset, kind);
}

void finishReport(ParsedReport &out, const ReadState &state)
{
    std::erase_if(out.scopes, [&state](const ScanScope &scope) {
        return std::find(state.incomplete.begin(), state.incomplete.end(), scope) != state.incomplete.end();
    });
    dropDuplicateFindings(out);
}

} // namespace bulkhead::parsers::trivy
