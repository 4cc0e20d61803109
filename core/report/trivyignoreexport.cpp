#include "report/trivyignoreexport.h"

#include "report/findingsexportrows.h"
#include "util/timestamps.h"

#include <cstdio>

namespace bulkhead {

namespace {

// Length of the valid UTF-8 sequence at text[i], 0 when there is none.
std::size_t utf8Length(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    std::size_t n = 0;
    std::uint32_t min = 0;
    if (c >= 0xc2 && c <= 0xdf) {
        n = 2;
        min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 3;
        min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + n > text.size())
        return 0;
    std::uint32_t cp = c & (0x7f >> n);
    for (std::size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return n;
}

// One statement line for Trivy: who decided, until when, and why.
std::string statementOf(const ExportFinding &f)
{
    std::string s = f.status == FindingStatus::RiskAccepted ? "Risk accepted" : "False positive";
    if (!f.updatedBy.empty())
        s += " by " + f.updatedBy;
    if (f.status == FindingStatus::RiskAccepted && f.expiresAt > 0)
        s += " until " + isoTimestamp(f.expiresAt).substr(0, 10);
    if (!f.justification.empty())
        s += ": " + f.justification;
    return s;
}

// Trivy's ids of checks and secret rules carry no tool prefix; SARIF-imported rules do
// ("trivy/KSV001", ruleKey in importers/sarifrules.h).
std::string trivyId(const ExportFinding &f)
{
    if (f.kind == FindingKind::Vulnerability)
        return f.ruleKey;
    const std::size_t slash = f.ruleKey.find('/');
    return slash == std::string::npos ? f.ruleKey : f.ruleKey.substr(slash + 1);
}

void writeEntry(std::ostream &out, const ExportFinding &f)
{
    out << "  - id: " << yamlQuoted(trivyId(f)) << '\n';
    // Without a purl or a path the entry would apply to every target Trivy scans: say so where
    // a reader of the file sees it.
    const std::string path = trivyIgnorePath(f.location);
    if (!f.purl.empty())
        out << "    purls:\n      - " << yamlQuoted(f.purl) << '\n';
    else if (!path.empty())
        out << "    paths:\n      - " << yamlQuoted(path) << '\n';
    else
        out << "    # no package purl or file path known: this entry applies to every target\n";
    out << "    statement: " << yamlQuoted(statementOf(f) + " (" + f.assetName + ")") << '\n';
    if (f.status == FindingStatus::RiskAccepted && f.expiresAt > 0)
        out << "    expired_at: " << isoTimestamp(f.expiresAt).substr(0, 10) << '\n';
}

// A comment holds one line: a scope name with a line break must not end it.
std::string oneLine(std::string text)
{
    for (char &c : text)
        if (c == '\n' || c == '\r')
            c = ' ';
    return text;
}

} // namespace

std::string yamlQuoted(std::string_view text)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                if (c < 0x20 || c == 0x7f) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
                    out += buffer;
                } else {
                    out.push_back(static_cast<char>(c));
                }
            }
            ++i;
            continue;
        }
        const std::size_t n = utf8Length(text, i);
        if (n == 0) {
            out += "\\uFFFD";
            ++i;
            continue;
        }
        const std::string_view seq = text.substr(i, n);
        if (seq == "\xc2\x85")
            out += "\\N";
        else if (seq == "\xe2\x80\xa8")
            out += "\\L";
        else if (seq == "\xe2\x80\xa9")
            out += "\\P";
        else if (seq == "\xef\xbb\xbf")
            out += "\\uFEFF"; // a BOM inside a document is an error for some readers
        else if (static_cast<unsigned char>(seq[0]) == 0xc2 && static_cast<unsigned char>(seq[1]) < 0xa0) {
            char buffer[8]; // C1 control characters are not printable in YAML
            std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned char>(seq[1]));
            out += buffer;
        } else
            out.append(seq);
        i += n;
    }
    return out + "\"";
}

std::string trivyIgnorePath(const std::string &location)
{
    if (location.empty())
        return {};
    for (const char c : location)
        if (c == ' ' || c == '\t' || c == '\n' || c == '(' || c == ')' || c == '*')
            return {};
    std::string path = location;
    // "file:12" / "file:12-14": the line is no part of the path.
    const std::size_t colon = path.rfind(':');
    if (colon != std::string::npos && colon + 1 < path.size()
        && path.find_first_not_of("0123456789-", colon + 1) == std::string::npos)
        path.erase(colon);
    // An image reference ("alpine:3.19") or URL is no file path.
    if (path.find(':') != std::string::npos)
        return {};
    return path;
}

std::int64_t writeTrivyIgnore(const ExportFindingReader &reader, const FindingsExportOptions &options,
                              std::ostream &out)
{
    out << "# .trivyignore.yaml written by Bulkhead " << BULKHEAD_VERSION << " at " << isoTimestamp(options.now)
        << "\n# Accepted risks (until their expiry) and false positives; scope: " << oneLine(options.scope.describe())
        << "\n# Use: trivy image --ignorefile .trivyignore.yaml IMAGE\n";
    std::int64_t written = 0;
    const std::pair<FindingKind, const char *> sections[] = {{FindingKind::Vulnerability, "vulnerabilities"},
                                                              {FindingKind::Misconfiguration, "misconfigurations"},
                                                              {FindingKind::Secret, "secrets"}};
    for (const auto &section : sections) {
        // Not a structured binding: clang before 16 cannot capture one in the lambda below.
        const char *const name = section.second;
        ExportFindingQuery query;
        query.scope = options.scope;
        query.kinds = {section.first};
        query.statuses = {FindingStatus::RiskAccepted, FindingStatus::FalsePositive};
        std::int64_t inSection = 0;
        reader.forEach(query, [&](const ExportFinding &f) {
            if (inSection == 0)
                out << name << ":\n";
            writeEntry(out, f);
            ++inSection;
            return bool(out);
        });
        if (inSection == 0)
            out << name << ": []\n";
        written += inSection;
    }
    return written;
}

} // namespace bulkhead
