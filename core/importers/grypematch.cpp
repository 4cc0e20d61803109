#include "importers/grypematch.h"

#include "importers/jsonread.h"

#include <algorithm>

namespace bulkhead::grype {

namespace {

using simdjson::ondemand::array;
using simdjson::ondemand::json_type;
using simdjson::ondemand::object;
using simdjson::ondemand::value;

bool isType(simdjson::simdjson_result<value> v, json_type want)
{
    json_type type;
    return jsonread::readable(v.type().get(type)) && type == want;
}

// OS package databases: grype lists the package database and per-package files (dpkg status,
// md5sums, copyright) as locations, and which ones varies between versions. A location would
// split one package's finding on every upgrade of grype, so these findings have none.
bool isOsPackageType(std::string_view type)
{
    return type == "apk" || type == "deb" || type == "rpm" || type == "alpm" || type == "portage";
}

void appendViews(simdjson::simdjson_result<value> v, std::vector<std::string_view> &out)
{
    array arr;
    if (!jsonread::readable(v.get_array().get(arr)))
        return;
    for (auto item : arr) {
        std::string_view s;
        if (jsonread::readable(item.get_string().get(s)) && !s.empty())
            out.push_back(s);
    }
}

// One CVSS entry: current grype {version, vector, metrics{baseScore}}, or the 0.7-era
// cvssV2/cvssV3 objects {baseScore, vector} (`modernByName` says which of those it was).
void readCvss(object entry, bool modernByName, CvssPick &pick)
{
    double score = -1;
    std::string_view vector, version;
    for (auto field : entry) {
        const std::string_view key = field.unescaped_key();
        if (key == "baseScore") {
            score = jsonread::number(field.value());
        } else if (key == "vector") {
            vector = jsonread::textView(field.value());
        } else if (key == "version") {
            version = jsonread::textView(field.value());
        } else if (key == "metrics") {
            object metrics;
            if (jsonread::readable(field.value().get_object().get(metrics)))
                score = jsonread::number(metrics.find_field_unordered("baseScore"));
        }
    }
    const bool modern = modernByName || version.starts_with('3') || version.starts_with('4')
        || vector.starts_with("CVSS:3") || vector.starts_with("CVSS:4");
    pick.offer(score, vector, modern);
}

void readCvssArray(simdjson::simdjson_result<value> v, CvssPick &pick)
{
    array arr;
    if (!jsonread::readable(v.get_array().get(arr)))
        return;
    for (auto item : arr) {
        object entry;
        if (jsonread::readable(item.get_object().get(entry)))
            readCvss(entry, false, pick);
    }
}

bool hasLine(std::string_view text, std::string_view line)
{
    for (std::size_t pos = 0; pos <= text.size();) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        if (text.substr(pos, end - pos) == line)
            return true;
        pos = end + 1;
    }
    return false;
}

void appendLine(std::string &out, std::string_view line)
{
    if (line.empty() || hasLine(out, line))
        return; // grype repeats dataSource in urls
    if (!out.empty())
        out.push_back('\n');
    out.append(line);
}

} // namespace

void CvssPick::offer(double s, std::string_view vec, bool isModern)
{
    if (s < 0)
        return;
    if (score < 0 || (isModern && !modern) || (isModern == modern && s > score)) {
        score = s;
        vector = vec;
        modern = isModern;
    }
}

void MatchReader::Match::clear()
{
    // Keep the vectors' buffers: a report has thousands of matches.
    std::vector<std::string_view> keepUrls = std::move(urls), keepRelated = std::move(relatedUrls),
                                  keepLicenses = std::move(licenses);
    *this = Match{};
    urls = std::move(keepUrls);
    relatedUrls = std::move(keepRelated);
    licenses = std::move(keepLicenses);
    urls.clear();
    relatedUrls.clear();
    licenses.clear();
}

bool MatchReader::read(object match)
{
    m_match.clear();
    bool haveVulnerability = false, haveArtifact = false;
    for (auto field : match) {
        const std::string_view key = field.unescaped_key();
        if (key == "vulnerability") {
            readVulnerability(field.value().get_object());
            haveVulnerability = true;
        } else if (key == "artifact") {
            readArtifact(field.value().get_object());
            haveArtifact = true;
        } else if (key == "relatedVulnerabilities") {
            array related;
            if (jsonread::readable(field.value().get_array().get(related)))
                readRelated(related);
        }
    }
    if (!haveVulnerability || !haveArtifact || m_match.id.empty() || m_match.name.empty())
        return false;
    emit();
    return true;
}

void MatchReader::readVulnerability(object vuln)
{
    Match &m = m_match;
    for (auto field : vuln) {
        const std::string_view key = field.unescaped_key();
        if (key == "id") {
            m.id = field.value().get_string(); // required: a non-string id skips the match
        } else if (key == "severity") {
            m.severity = jsonread::textView(field.value());
        } else if (key == "description") {
            m.description = jsonread::textView(field.value());
        } else if (key == "dataSource") {
            m.dataSource = jsonread::textView(field.value());
        } else if (key == "urls" || key == "links") {
            appendViews(field.value(), m.urls);
        } else if (key == "fix") {
            object fix;
            if (jsonread::readable(field.value().get_object().get(fix))) {
                for (auto fixField : fix) {
                    if (fixField.unescaped_key().value() == "versions")
                        m.fixed = jsonread::firstString(fixField.value());
                }
            }
        } else if (key == "fixedInVersion") { // grype 0.7
            if (m.fixed.empty())
                m.fixed = jsonread::textView(field.value());
        } else if (key == "cvss") {
            readCvssArray(field.value(), m.cvss);
        } else if (key == "cvssV2" || key == "cvssV3") {
            object entry;
            if (jsonread::readable(field.value().get_object().get(entry)))
                readCvss(entry, key == "cvssV3", m.cvss);
        }
    }
}

// relatedVulnerabilities: the NVD (or other upstream) records of the same issue. They fill in
// what the matched record lacks: description, severity, references; their CVSS scores compete.
void MatchReader::readRelated(array related)
{
    Match &m = m_match;
    for (auto item : related) {
        object entry;
        if (!jsonread::readable(item.get_object().get(entry)))
            continue;
        const bool first = m.relatedDescription.empty() && m.relatedSeverity.empty() && m.relatedDataSource.empty();
        for (auto field : entry) {
            const std::string_view key = field.unescaped_key();
            if (key == "description" && m.relatedDescription.empty())
                m.relatedDescription = jsonread::textView(field.value());
            else if (key == "severity" && m.relatedSeverity.empty())
                m.relatedSeverity = jsonread::textView(field.value());
            else if (key == "dataSource" && first)
                m.relatedDataSource = jsonread::textView(field.value());
            else if (key == "urls" && first)
                appendViews(field.value(), m.relatedUrls);
            else if (key == "cvss")
                readCvssArray(field.value(), m.cvss);
        }
    }
}

void MatchReader::readArtifact(object artifact)
{
    Match &m = m_match;
    for (auto field : artifact) {
        const std::string_view key = field.unescaped_key();
        if (key == "name") {
            m.name = field.value().get_string(); // required
        } else if (key == "version") {
            m.version = jsonread::textView(field.value());
        } else if (key == "type") {
            m.type = jsonread::textView(field.value());
        } else if (key == "purl") {
            m.purl = jsonread::textView(field.value());
        } else if (key == "locations") {
            array locations;
            if (!jsonread::readable(field.value().get_array().get(locations)))
                continue;
            for (auto item : locations) {
                if (isType(item, json_type::object))
                    m.location = jsonread::textView(item.find_field_unordered("path"));
                else
                    m.location = jsonread::textView(item);
                break; // the first location is the one grype matched on
            }
        } else if (key == "licenses") {
            array licenses;
            if (!jsonread::readable(field.value().get_array().get(licenses)))
                continue;
            for (auto item : licenses) {
                std::string_view text;
                if (isType(item, json_type::object)) { // current grype: {value, spdxExpression, ...}
                    std::string_view value, expression;
                    for (auto lf : item.get_object()) {
                        const std::string_view lk = lf.unescaped_key();
                        if (lk == "value")
                            value = jsonread::textView(lf.value());
                        else if (lk == "spdxExpression")
                            expression = jsonread::textView(lf.value());
                    }
                    text = !expression.empty() ? expression : value;
                } else {
                    text = jsonread::textView(item);
                }
                if (!text.empty())
                    m.licenses.push_back(text);
            }
        }
    }
}

void MatchReader::emit()
{
    const Match &m = m_match;
    std::string ruleKey(m.id);
    if (m_ruleKeys.insert(ruleKey).second) {
        RuleInfo rule;
        rule.kind = FindingKind::Vulnerability;
        rule.key = ruleKey;
        if (m_ctx.firstSighting(FindingKind::Vulnerability, ruleKey)) {
            rule.hasMetadata = true;
            rule.description = std::string(!m.description.empty() ? m.description : m.relatedDescription);
            appendLine(rule.references, m.dataSource);
            for (std::string_view url : m.urls)
                appendLine(rule.references, url);
            if (rule.references.empty()) {
                appendLine(rule.references, m.relatedDataSource);
                for (std::string_view url : m.relatedUrls)
                    appendLine(rule.references, url);
            }
            rule.cvssScore = m.cvss.score;
            rule.cvssVector = std::string(m.cvss.vector);
        }
        m_out.rules.push_back(std::move(rule));
    }

    ParsedFinding f;
    f.asset = 0; // the report's only asset, added once `source` has been read
    f.kind = FindingKind::Vulnerability;
    f.ruleKey = std::move(ruleKey);
    f.severity = severityFromText(m.severity);
    if (f.severity == Severity::Unknown)
        f.severity = severityFromText(m.relatedSeverity);
    if (f.severity == Severity::Unknown)
        f.severity = severityFromCvss(m.cvss.score);
    f.package = std::string(m.name);
    f.packageType = std::string(m.type);
    f.installedVersion = std::string(m.version);
    f.fixedVersion = std::string(m.fixed);
    if (!isOsPackageType(m.type))
        f.location = std::string(m.location);

    std::string findingKey = f.ruleKey;
    findingKey.append(1, '\0').append(f.package).append(1, '\0').append(f.installedVersion)
        .append(1, '\0').append(f.location);
    if (m_findingKeys.insert(std::move(findingKey)).second)
        m_out.findings.push_back(std::move(f));

    // Artifacts repeat once per match; the inventory lists each package once.
    std::string componentKey(m.name);
    componentKey.append(1, '\0').append(m.version).append(1, '\0').append(m.type).append(1, '\0').append(m.purl);
    if (m_componentKeys.insert(std::move(componentKey)).second) {
        ParsedComponent c;
        c.asset = 0;
        c.name = std::string(m.name);
        c.type = std::string(m.type);
        c.version = std::string(m.version);
        c.purl = std::string(m.purl);
        for (std::string_view license : m.licenses) {
            if (!c.licenses.empty())
                c.licenses.append(", ");
            c.licenses.append(license);
        }
        m_out.components.push_back(std::move(c));
    }
}

} // namespace bulkhead::grype
