#pragma once

#include "model/severity.h"
#include "rbac/bindingreview.h"
#include "rbac/rbacobjects.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

class Database;

// What the store keeps of one binding after a collection's RBAC analysis.
struct RbacBindingRecord {
    bool clusterBinding = false;
    std::string nameSpace, name, uid;
    RoleRef roleRef;
    std::vector<RbacSubject> subjects;
    std::string fingerprint;            // bindingFingerprint(roleRef, subjects)
    std::int64_t createdAt = 0;
    std::vector<std::string> riskRules; // rbacrule ids of its risks, sorted, unique
    Severity worst = Severity::Unknown; // worst risk (Unknown = none)
    bool bootstrap = false;
    bool roleExists = true;
};

// One subject of the cluster, with what the analysis found about it.
struct RbacSubjectRecord {
    RbacSubject subject;
    int bindings = 0;                   // bindings that apply (incl. via implicit groups)
    std::vector<std::string> riskRules; // rules of the risks reaching it, sorted, unique
    Severity worst = Severity::Unknown;
    int workloads = 0;                  // running workloads carrying its token (ServiceAccount)
    int exists = -1;                    // ServiceAccount: 1 exists, 0 dangling, -1 unknown / not an SA
    bool bootstrapOnly = false;         // every binding that applies is a bootstrap binding
};

// One collection's analysis, written in the collector's transaction.
struct RbacAnalysisWrite {
    std::int64_t sourceId = 0, now = 0;
    std::string cluster;
    std::vector<RbacBindingRecord> bindings;
    std::vector<RbacSubjectRecord> subjects;
};

struct BindingReview {
    std::int64_t id = 0;
    std::string cluster;
    bool clusterBinding = false;
    std::string nameSpace, name, uid; // the binding reviewed, as it was
    RoleRef roleRef;
    std::vector<RbacSubject> subjects;
    std::string fingerprint;
    ReviewDecision decision = ReviewDecision::Keep;
    std::string reviewer, note;
    std::int64_t reviewedAt = 0;
};

struct RbacBindingRow {
    std::int64_t id = 0; // rbac_bindings.id (stable across collections while the binding exists)
    std::string cluster;
    RbacBindingRecord binding;
    ReviewState state = ReviewState::NeverReviewed;
    std::optional<BindingReview> lastReview;
    std::int64_t dueAt = 0; // lastReview + interval; 0 when never reviewed (due now)
    std::int64_t collectedAt = 0;
};

struct RbacBindingFilter {
    std::string cluster, nameSpace; // "" = all; nameSpace "-" = cluster-wide bindings only
    std::string text;               // substring of binding name, role name or a subject name
    bool hideBootstrap = false;
    bool onlyNeedingReview = false; // NeverReviewed, Due or Changed
    bool onlyRisky = false;
    std::string riskRule;           // only bindings with this rbacrule id
};
// Ties by cluster, namespace, name, kind, id ascending. State sorts by urgency (Current,
// NeverReviewed, Due, Changed); Due by dueAt (never reviewed = 0, so first when ascending).
enum class RbacBindingSort : std::uint8_t { Name, Namespace, Role, Risk, State, Due };

struct RbacSubjectFilter {
    std::string cluster; // "" = all
    std::string text;    // substring of name or namespace
    std::optional<SubjectKind> kind;
    bool hideBootstrap = false; // hide subjects reached only by bootstrap bindings
    bool onlyRisky = false;
};
enum class RbacSubjectSort : std::uint8_t { Name, Kind, Namespace, Bindings, Risk, Workloads };

struct RbacSubjectRow {
    std::int64_t id = 0;
    std::string cluster;
    RbacSubjectRecord record;
    // Review state of the worst-state binding that applies to it (Changed > Due > NeverReviewed > Current).
    // "Applies" = names it directly (rbac_subject_bindings); a subject that only groups reach has
    // no binding of its own to review and reads Current.
    ReviewState reviewState = ReviewState::NeverReviewed;
};

// IAM-2 from the reviews: every binding (bootstrap ones excluded) has a current review.
struct ReviewSummary {
    int bindings = 0, current = 0, due = 0, neverReviewed = 0, changed = 0;
    int highRisk = 0;      // bindings whose worst risk is High or Critical
    bool assessed = false; // an RBAC analysis exists for the scope
    bool passes() const { return assessed && bindings == current; }
};

// rbac_bindings, rbac_subjects (replaced per source by each analysed collection) and
// binding_reviews (append-only history, keyed by cluster name and binding, so it survives
// re-collection; a binding deleted and re-created is "changed" until reviewed again).
class RbacRepository
{
public:
    explicit RbacRepository(Database &db) : m_db(db) {}

    // Replaces the source's rbac_bindings and rbac_subjects (rows of a binding that still exists
    // keep their id). The caller holds the transaction (savepoint inside). Throws StoreError.
    void writeAnalysis(const RbacAnalysisWrite &data);

    std::int64_t countBindings(const RbacBindingFilter &filter, const ReviewPolicy &policy) const;
    std::vector<RbacBindingRow> bindings(const RbacBindingFilter &filter, const ReviewPolicy &policy,
                                         RbacBindingSort sort, bool descending, std::int64_t offset, int limit) const;
    std::optional<RbacBindingRow> binding(std::int64_t id, const ReviewPolicy &policy) const;
    // "ClusterRoleBinding/NAME", "RoleBinding/NS/NAME" or "NS/NAME" (RoleBinding) in a cluster
    // ("" = the only cluster that has it; ambiguous -> nullopt and `error` says so).
    std::optional<std::int64_t> findBinding(const std::string &cluster, const std::string &spec, std::string *error) const;

    std::int64_t countSubjects(const RbacSubjectFilter &filter) const;
    std::vector<RbacSubjectRow> subjects(const RbacSubjectFilter &filter, const ReviewPolicy &policy,
                                         RbacSubjectSort sort, bool descending, std::int64_t offset, int limit) const;
    std::vector<std::string> clusters() const; // clusters with an RBAC analysis, sorted

    // Records one review per binding id in one transaction (bulk); each keeps the binding as it
    // is now (uid, roleRef, subjects, fingerprint) for later change detection. Returns the count.
    int recordReviews(const std::vector<std::int64_t> &bindingIds, ReviewDecision decision,
                      const std::string &reviewer, const std::string &note, std::int64_t now);
    // Newest first.
    std::vector<BindingReview> history(const std::string &cluster, bool clusterBinding, const std::string &nameSpace,
                                       const std::string &name) const;
    ReviewSummary reviewSummary(const std::string &cluster, const ReviewPolicy &policy) const; // "" = all

private:
    Database &m_db;
};

} // namespace bulkhead
