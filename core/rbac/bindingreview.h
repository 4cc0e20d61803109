#pragma once

#include "rbac/rbacobjects.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// The decision of one binding review (IAM-2).
enum class ReviewDecision : std::uint8_t { Keep, Reduce, Remove, Escalate };
const char *reviewDecisionName(ReviewDecision d); // "keep", "reduce", "remove", "escalate"
bool parseReviewDecision(std::string_view text, ReviewDecision &out);

// Where a binding stands: never reviewed; reviewed and current; the interval passed (due); or
// created/changed after its last review (subjects or roleRef differ, or it was re-created).
enum class ReviewState : std::uint8_t { NeverReviewed, Current, Due, Changed };
const char *reviewStateName(ReviewState s); // "never reviewed", "current", "due", "changed"

struct ReviewPolicy {
    int intervalDays = 90;          // settings: rbac/reviewIntervalDays
    int highRiskIntervalDays = 30;  // for bindings whose worst risk is High or Critical
    std::int64_t now = 0;           // unix seconds
};

// The part of a binding a review vouches for: a change to it makes the review stale.
// Hex digest of roleRef and the sorted subjects (order in the object does not matter).
std::string bindingFingerprint(const RoleRef &roleRef, std::vector<RbacSubject> subjects);

// What changed since a review: subjects added and removed, and the roleRef before/after.
struct BindingDiff {
    std::vector<RbacSubject> added, removed;
    std::optional<RoleRef> roleBefore, roleAfter; // set only when the roleRef changed
    bool recreated = false;                       // same name, new uid (or created after the review)
    bool empty() const { return added.empty() && removed.empty() && !roleBefore && !recreated; }
};
BindingDiff diffBinding(const RoleRef &reviewedRole, const std::vector<RbacSubject> &reviewedSubjects,
                        const std::string &reviewedUid, const RoleRef &currentRole,
                        const std::vector<RbacSubject> &currentSubjects, const std::string &currentUid);
std::string describeDiff(const BindingDiff &diff); // "+ User/bob; - Group/dev; roleRef ClusterRole/view -> ClusterRole/edit"

// Subjects as stored (JSON array of {"kind","name","namespace"}), both ways; parse skips bad items.
std::string subjectsToJson(const std::vector<RbacSubject> &subjects);
std::vector<RbacSubject> subjectsFromJson(std::string_view json);

} // namespace bulkhead
