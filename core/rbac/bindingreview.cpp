#include "rbac/bindingreview.h"

#include <nlohmann/json.hpp>
#include <xxhash.h>

#include <algorithm>
#include <cstdio>

namespace bulkhead {

namespace {

// Sorted and without duplicates: a subject listed twice grants nothing more, and the order of the
// subjects in the object is not something a reviewer vouches for.
std::vector<RbacSubject> canonical(std::vector<RbacSubject> subjects)
{
    std::sort(subjects.begin(), subjects.end());
    subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
    return subjects;
}

// Each field length-prefixed, so that no two different bindings serialize alike whatever their
// names hold.
void appendField(std::string &out, std::string_view field)
{
    out += std::to_string(field.size());
    out += ':';
    out += field;
}

std::string roleText(const RoleRef &role)
{
    return role.kind + "/" + role.name;
}

} // namespace

const char *reviewDecisionName(ReviewDecision d)
{
    switch (d) {
    case ReviewDecision::Keep: return "keep";
    case ReviewDecision::Reduce: return "reduce";
    case ReviewDecision::Remove: return "remove";
    case ReviewDecision::Escalate: return "escalate";
    }
    return "keep";
}

bool parseReviewDecision(std::string_view text, ReviewDecision &out)
{
    for (ReviewDecision d : {ReviewDecision::Keep, ReviewDecision::Reduce, ReviewDecision::Remove,
                             ReviewDecision::Escalate}) {
        if (text == reviewDecisionName(d)) {
            out = d;
            return true;
        }
    }
    return false;
}

const char *reviewStateName(ReviewState s)
{
    switch (s) {
    case ReviewState::NeverReviewed: return "never reviewed";
    case ReviewState::Current: return "current";
    case ReviewState::Due: return "due";
    case ReviewState::Changed: return "changed";
    }
    return "never reviewed";
}

std::string bindingFingerprint(const RoleRef &roleRef, std::vector<RbacSubject> subjects)
{
    // XXH3-128 like the report content hash: this detects change, it does not defend against an
    // adversary forging a collision (whoever can edit the binding can simply edit it).
    std::string text;
    appendField(text, roleRef.kind);
    appendField(text, roleRef.name);
    for (const RbacSubject &s : canonical(std::move(subjects))) {
        appendField(text, subjectKindName(s.kind));
        appendField(text, s.nameSpace);
        appendField(text, s.name);
    }
    const XXH128_hash_t h = XXH3_128bits(text.data(), text.size());
    char hex[33];
    std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                  static_cast<unsigned long long>(h.low64));
    return hex;
}

BindingDiff diffBinding(const RoleRef &reviewedRole, const std::vector<RbacSubject> &reviewedSubjects,
                        const std::string &reviewedUid, const RoleRef &currentRole,
                        const std::vector<RbacSubject> &currentSubjects, const std::string &currentUid)
{
    BindingDiff diff;
    const std::vector<RbacSubject> before = canonical(reviewedSubjects), after = canonical(currentSubjects);
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(diff.added));
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(diff.removed));
    if (!(reviewedRole == currentRole)) {
        diff.roleBefore = reviewedRole;
        diff.roleAfter = currentRole;
    }
    // A uid that was not known on one side says nothing about re-creation.
    diff.recreated = !reviewedUid.empty() && !currentUid.empty() && reviewedUid != currentUid;
    return diff;
}

std::string describeDiff(const BindingDiff &diff)
{
    std::vector<std::string> parts;
    for (const RbacSubject &s : diff.added)
        parts.push_back("+ " + s.key());
    for (const RbacSubject &s : diff.removed)
        parts.push_back("- " + s.key());
    if (diff.roleBefore && diff.roleAfter)
        parts.push_back("roleRef " + roleText(*diff.roleBefore) + " -> " + roleText(*diff.roleAfter));
    if (diff.recreated)
        parts.emplace_back("re-created");
    if (parts.empty())
        return "unchanged";
    std::string out;
    for (const std::string &p : parts)
        out += (out.empty() ? "" : "; ") + p;
    return out;
}

std::string subjectsToJson(const std::vector<RbacSubject> &subjects)
{
    nlohmann::json out = nlohmann::json::array();
    for (const RbacSubject &s : subjects) {
        nlohmann::json item{{"kind", subjectKindName(s.kind)}, {"name", s.name}};
        if (!s.nameSpace.empty())
            item["namespace"] = s.nameSpace;
        out.push_back(std::move(item));
    }
    // Replace invalid UTF-8 (a name from a hostile object) instead of throwing mid-write.
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<RbacSubject> subjectsFromJson(std::string_view json)
{
    std::vector<RbacSubject> out;
    const nlohmann::json parsed = nlohmann::json::parse(json, nullptr, false);
    if (!parsed.is_array())
        return out;
    for (const nlohmann::json &item : parsed) {
        if (!item.is_object())
            continue;
        const auto kind = item.find("kind"), name = item.find("name"), ns = item.find("namespace");
        RbacSubject s;
        if (kind == item.end() || !kind->is_string() || !parseSubjectKind(kind->get_ref<const std::string &>(), s.kind))
            continue;
        if (name == item.end() || !name->is_string() || name->get_ref<const std::string &>().empty())
            continue;
        s.name = name->get<std::string>();
        if (ns != item.end() && ns->is_string())
            s.nameSpace = ns->get<std::string>();
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace bulkhead
