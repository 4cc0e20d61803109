#include "importers/sarifrules.h"

#include "importers/jsonread.h"

#include <algorithm>
#include <cctype>

namespace bulkhead::sarif {

namespace {

using simdjson::ondemand::array;
using simdjson::ondemand::object;
using simdjson::ondemand::value;

// {"text": "..."} message objects (shortDescription, fullDescription, help).
std::string_view messageText(simdjson::simdjson_result<value> v)
{
    object obj;
    if (!jsonread::readable(v.get_object().get(obj)))
        return {};
    return jsonread::textView(obj.find_field_unordered("text"));
}

void readProperties(object props, Rule &rule)
{
    double cvss2 = -1;
    std::string_view vector2;
    for (auto field : props) {
        const std::string_view key = field.unescaped_key();
        if (key == "security-severity") {
            rule.securitySeverity = jsonread::number(field.value());
        } else if (key == "cvssv3_baseScore") {
            rule.cvssScore = jsonread::number(field.value());
        } else if (key == "cvssv3_vector") {
            rule.cvssVector = jsonread::textView(field.value());
        } else if (key == "cvssv2_score") {
            cvss2 = jsonread::number(field.value());
        } else if (key == "cvssv2_vector") {
            vector2 = jsonread::textView(field.value());
        } else if (key == "tags") {
            array tags;
            if (!jsonread::readable(field.value().get_array().get(tags)))
                continue;
            for (auto tag : tags) {
                std::string_view s;
                if (jsonread::readable(tag.get_string().get(s)) && lowerCase(s).find("secret") != std::string::npos)
                    rule.mentionsSecret = true;
            }
        }
    }
    if (rule.cvssScore < 0 && cvss2 >= 0) { // v3 wins over v2 whatever the numbers
        rule.cvssScore = cvss2;
        rule.cvssVector = vector2;
    }
}

bool looksLikeUrl(std::string_view s)
{
    return s.starts_with("https://") || s.starts_with("http://");
}

} // namespace

std::string lowerCase(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

Rule readRule(object obj)
{
    Rule rule;
    for (auto field : obj) {
        const std::string_view key = field.unescaped_key();
        if (key == "id") {
            rule.id = field.value().get_string(); // required
        } else if (key == "name") {
            rule.name = jsonread::textView(field.value());
        } else if (key == "shortDescription") {
            rule.shortDescription = messageText(field.value());
        } else if (key == "fullDescription") {
            rule.fullDescription = messageText(field.value());
        } else if (key == "help") {
            rule.helpText = messageText(field.value());
        } else if (key == "helpUri") {
            rule.helpUri = jsonread::textView(field.value());
        } else if (key == "defaultConfiguration") {
            object config;
            if (jsonread::readable(field.value().get_object().get(config)))
                rule.defaultLevel = jsonread::textView(config.find_field_unordered("level"));
        } else if (key == "properties") {
            object props;
            if (jsonread::readable(field.value().get_object().get(props)))
                readProperties(props, rule);
        }
    }
    return rule;
}

bool looksLikeVulnerabilityId(std::string_view id)
{
    // Advisory databases whose ids scanners report as the vulnerability id.
    static constexpr std::string_view prefixes[] = {
        "CVE-", "GHSA-", "GO-", "RUSTSEC-", "PYSEC-", "OSV-", "ALAS", "DSA-", "DLA-", "DTSA-",
        "RHSA-", "RHBA-", "RHEA-", "USN-", "ELSA-", "SUSE-", "openSUSE-", "GSD-", "MAL-", "BIT-",
        "SNYK-", "NSWG-", "TEMP-", "CGA-"};
    for (std::string_view prefix : prefixes) {
        if (id.starts_with(prefix))
            return std::any_of(id.begin() + prefix.size(), id.end(),
                               [](char c) { return c >= '0' && c <= '9'; });
    }
    return false;
}

FindingKind kindOf(std::string_view ruleId, bool tagMentionsSecret)
{
    if (looksLikeVulnerabilityId(ruleId))
        return FindingKind::Vulnerability;
    if (tagMentionsSecret || lowerCase(ruleId).find("secret") != std::string::npos)
        return FindingKind::Secret;
    return FindingKind::Misconfiguration;
}

std::string ruleKey(FindingKind kind, std::string_view toolLowerCase, std::string_view ruleId)
{
    if (kind == FindingKind::Vulnerability)
        return std::string(ruleId);
    std::string key(toolLowerCase);
    key.push_back('/');
    key.append(ruleId);
    return key;
}

Severity severityFromLevel(std::string_view level)
{
    if (level == "error")
        return Severity::High;
    if (level == "warning")
        return Severity::Medium;
    if (level == "note")
        return Severity::Low;
    if (level == "none")
        return Severity::Info;
    return Severity::Unknown;
}

RuleInfo ruleInfo(const Rule &rule, FindingKind kind, std::string key, bool withMetadata)
{
    RuleInfo info;
    info.kind = kind;
    info.key = std::move(key);
    if (!withMetadata)
        return info;
    info.hasMetadata = true;
    info.title = std::string(!rule.shortDescription.empty() ? rule.shortDescription : rule.name);
    // help.text is Trivy's markdown-ish summary or, for dockle, only a link: a description only
    // when there is nothing better.
    if (!rule.fullDescription.empty() && rule.fullDescription != rule.shortDescription)
        info.description = std::string(rule.fullDescription);
    else if (!rule.helpText.empty() && !looksLikeUrl(rule.helpText))
        info.description = std::string(rule.helpText);
    if (!rule.helpUri.empty())
        info.references = std::string(rule.helpUri);
    else if (looksLikeUrl(rule.helpText) && rule.helpText.find_first_of(" \n") == std::string_view::npos)
        info.references = std::string(rule.helpText);
    info.cvssScore = rule.cvssScore;
    info.cvssVector = std::string(rule.cvssVector);
    return info;
}

PackageText parseTrivyMessage(std::string_view text)
{
    PackageText out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        auto take = [&line](std::string_view label, std::string_view &field) {
            if (line.starts_with(label))
                field = line.substr(label.size());
        };
        take("Package: ", out.package);
        take("Installed Version: ", out.installed);
        take("Fixed Version: ", out.fixed);
        pos = end + 1;
    }
    return out;
}

} // namespace bulkhead::sarif
