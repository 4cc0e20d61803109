#include "report/secretsexport.h"

#include "report/findingscsv.h"
#include "util/timestamps.h"

namespace bulkhead::secretsexport {

namespace {

bool overdue(const SecretRow &r, std::int64_t now)
{
    return r.dueAt && *r.dueAt <= now;
}

} // namespace

std::string day(std::int64_t unixSeconds)
{
    return isoTimestamp(unixSeconds).substr(0, 10);
}

std::int64_t daysBetween(std::int64_t then, std::int64_t now)
{
    return now > then ? (now - then) / 86400 : 0;
}

std::string ageText(const SecretRow &r, std::int64_t now)
{
    if (!r.secret.lastChangeAt)
        return "-";
    const std::string days = std::to_string(daysBetween(r.secret.lastChangeAt, now));
    return r.secret.ageSource == AgeSource::CreationOnly ? "<=" + days : days;
}

std::string usesText(const SecretRow &row)
{
    if (row.secret.store != SecretStoreKind::Kubernetes)
        return "-";
    if (!row.useCount)
        return row.secret.usageKnown ? "0" : "?";
    std::string how;
    if (row.viaEnv)
        how = "env";
    if (row.viaVolume)
        how += how.empty() ? "volume" : ",volume";
    return std::to_string(row.useCount) + (how.empty() ? "" : " " + how);
}

std::string csvHeader()
{
    return "store,origin,location,name,type,age_days,age_source,policy_days,due,uses,via_env,via_volume,overdue,"
           "last_change_at,owner";
}

std::string csvLine(const SecretRow &r, std::int64_t now)
{
    using findingscsv::field;
    const SecretRecord &s = r.secret;
    const std::string age = ageText(r, now);
    return field(secretStoreKindName(s.store)) + ',' + field(s.origin) + ',' + field(s.location) + ',' + field(s.name)
        + ',' + field(s.type) + ',' + field(age == "-" ? std::string() : age) + ',' + field(ageSourceName(s.ageSource))
        + ',' + (r.policyDays ? std::to_string(*r.policyDays) : std::string()) + ','
        + (r.dueAt ? day(*r.dueAt) : std::string()) + ',' + field(usesText(r)) + ',' + (r.viaEnv ? "true" : "false")
        + ',' + (r.viaVolume ? "true" : "false") + ',' + (overdue(r, now) ? "true" : "false") + ','
        + isoTimestamp(s.lastChangeAt) + ',' + field(s.owner);
}

nlohmann::ordered_json json(const SecretRow &r, std::int64_t now)
{
    const SecretRecord &s = r.secret;
    nlohmann::ordered_json j;
    j["store"] = secretStoreKindName(s.store);
    j["origin"] = s.origin;
    j["location"] = s.location;
    j["name"] = s.name;
    j["type"] = s.type;
    j["owner"] = s.owner;
    j["created_at"] = isoTimestamp(s.createdAt);
    j["last_change_at"] = isoTimestamp(s.lastChangeAt);
    j["age_days"] = s.lastChangeAt ? nlohmann::ordered_json(daysBetween(s.lastChangeAt, now)) : nullptr;
    // Creation only: the last change was at or after last_change_at, so age_days is at most this.
    j["age_is_upper_bound"] = s.ageSource == AgeSource::CreationOnly;
    j["age_source"] = ageSourceName(s.ageSource);
    j["age_detail"] = s.ageDetail;
    j["declared_policy_days"] = s.declaredPolicyDays ? nlohmann::ordered_json(*s.declaredPolicyDays) : nullptr;
    j["policy_days"] = r.policyDays ? nlohmann::ordered_json(*r.policyDays) : nullptr;
    j["policy_reason"] = r.policyReason;
    j["due_at"] = r.dueAt ? nlohmann::ordered_json(isoTimestamp(*r.dueAt)) : nullptr;
    j["overdue"] = overdue(r, now);
    j["usage_known"] = s.usageKnown;
    j["uses"] = r.useCount;
    j["via_env"] = r.viaEnv;
    j["via_volume"] = r.viaVolume;
    j["collected_at"] = isoTimestamp(r.collectedAt);
    return j;
}

ListExportResult write(const SecretRepository &repo, const SecretFilter &filter, SecretSort sort, bool descending,
                       ListExportWriter &writer)
{
    const std::int64_t now = filter.now;
    return writeListPages(
        writer, csvHeader(), 1000,
        [&](std::int64_t offset, int limit) { return repo.page(filter, sort, descending, offset, limit); },
        [now](const SecretRow &r) { return csvLine(r, now); }, [now](const SecretRow &r) { return json(r, now); });
}

} // namespace bulkhead::secretsexport
