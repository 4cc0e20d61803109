#include "report/findingscsv.h"

#include "util/timestamps.h"

namespace bulkhead::findingscsv {

namespace {

std::string joined(const std::vector<std::string> &values, const char *separator)
{
    std::string s;
    for (const auto &v : values) {
        if (!s.empty())
            s += separator;
        s += v;
    }
    return s;
}

std::string time(std::int64_t unixSeconds)
{
    return unixSeconds ? isoTimestamp(unixSeconds) : std::string();
}

} // namespace

std::string field(const std::string &text)
{
    std::string s = text;
    if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
        s.insert(s.begin(), '\'');
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string quoted = "\"";
    for (char c : s) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string header()
{
    return "fingerprint,kind,rule_id,severity,status,asset,package,installed_version,fixed_version,"
           "location,title,first_seen,last_seen,resolved_at,sources";
}

std::string line(const FindingRow &r)
{
    return fingerprintHex(r.fingerprint) + ',' + std::string(findingKindName(r.kind)) + ',' + field(r.ruleKey) + ','
        + std::string(severityName(r.severity)) + ',' + std::string(findingStatusName(r.status)) + ','
        + field(r.asset) + ',' + field(r.package) + ',' + field(r.installedVersion) + ',' + field(r.fixedVersion)
        + ',' + field(r.location) + ',' + field(r.title) + ',' + time(r.firstSeen) + ',' + time(r.lastSeen) + ','
        + time(r.resolvedAt) + ',' + field(joined(r.sources, ";"));
}

} // namespace bulkhead::findingscsv
