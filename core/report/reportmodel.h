#pragma once

#include "controls/postureassessor.h"
#include "report/reportscope.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// What an auditor's report says, gathered from a store (gatherReport) before anything is drawn:
// the PDF renderer (ui/reportpdf) only lays this out, and tests compare it with the store.
// Plain data, no Qt. Texts are as they came from clusters and reports: the renderer prints them
// literally (never as markup). Times are unix seconds (UTC); 0 = unknown / never.

struct ReportTitle {
    std::string title = "Container security posture report";
    std::string scopeLine;        // ReportScope::describe()
    std::vector<std::string> scopeNotes; // what the scope and as-of date narrow and what they cannot
    std::int64_t asOf = 0;        // the data's moment: the --as-of day's end, or generatedAt
    bool asOfIsPast = false;      // an explicit past date: statuses come from a snapshot
    std::int64_t generatedAt = 0;
    std::string generatedBy;      // OS user
    std::string version;          // BULKHEAD_VERSION
    std::string storeId;          // store_meta "store_id" (a UUID made by migration 9)
    std::string storePath;
    bool demo = false;            // a demo store: every page says so
};

// Executive summary: the score, per area, trend and severity.
struct ReportSummary {
    PostureAssessment posture;    // controls in catalog order; score overall and per area
    std::optional<std::int64_t> snapshotTakenAt; // set when posture came from a snapshot (as-of)
    struct TrendPoint { std::int64_t takenAt = 0; std::optional<double> score; };
    std::vector<TrendPoint> trend;                 // the 90 days up to asOf, oldest first
    std::array<std::int64_t, 6> openBySeverity{};  // open + confirmed findings in scope, by Severity
    std::map<std::string, std::int64_t> findingsByStatus; // findingStatusName -> count (in scope)
};

// One critical/high finding of the list (every one of them is listed).
struct ReportFindingRow {
    int severity = 0;             // Severity
    std::string kind;             // findingKindName
    std::string rule;             // CVE-2024-1234, KSV001, ...
    std::string title;
    std::string asset;            // image reference / workload / secret name
    std::string package;          // name (may be empty for misconfigurations)
    std::string installed, fixed; // fixed empty: no fix known
    std::string status;           // findingStatusName (open / confirmed)
    std::int64_t firstSeen = 0;
    int ageDays = 0;              // at asOf
    std::int64_t slaDueAt = 0;    // first seen + SLA days of the severity; 0 = no SLA
    bool slaOverdue = false;      // slaDueAt < asOf (SlaPolicy::isOverdue, as the GUI filter)
};

struct ReportControlFindings {
    std::string control;          // "RUN-1"; "" = findings of rules mapped to no control
    std::array<std::int64_t, 6> openBySeverity{};
};

// The rest (medium and below) summarised: a count per severity and kind.
struct ReportFindingSummaryRow {
    int severity = 0;
    std::string kind;
    std::int64_t open = 0;
    std::int64_t withFix = 0;     // a fixed version is known
    std::int64_t pastSla = 0;
};

struct ReportFindings {
    std::vector<ReportControlFindings> byControl;   // controls with open findings, catalog order
    std::vector<ReportFindingRow> criticalHigh;     // open + confirmed, worst first, then oldest
    std::vector<ReportFindingSummaryRow> others;    // medium, low, info, unknown
    std::int64_t assetsWithFindings = 0;
};

struct ReportAcceptance {
    std::string rule, asset, package;
    int severity = 0;
    std::string justification;
    std::string acceptedBy;
    std::int64_t acceptedAt = 0;
    std::int64_t expiresAt = 0;   // 0: no expiry
    bool expired = false;         // at asOf
};

struct ReportRbacCluster {
    std::string cluster;
    int bindings = 0, current = 0, due = 0, neverReviewed = 0, changed = 0, highRisk = 0;
};

struct ReportRiskySubject {
    std::string cluster, kind, name, nameSpace;
    int worstRisk = 0;            // Severity of its worst rule
    std::vector<std::string> rules; // rule ids / short texts, worst first
    int bindings = 0;
    std::string reviewState;      // current / due / never reviewed / changed
};

struct ReportRbac {
    std::vector<ReportRbacCluster> clusters;
    std::vector<ReportRiskySubject> riskySubjects; // High and Critical, worst first
};

struct ReportSecretGroup {
    std::string store;            // secretStoreKindName: kubernetes / vault / inventory
    std::string origin;           // cluster / vault / inventory name
    int total = 0, withinPolicy = 0, dueWithin14Days = 0, overdue = 0, unknownAge = 0;
};

struct ReportSecretRow {
    std::string store, origin, location, name, type;
    int ageDays = 0;
    int policyDays = 0;
    std::int64_t dueAt = 0;
    std::string ageSource;        // "last rotation", "created (upper bound)", ...
};

struct ReportSecrets {
    std::vector<ReportSecretGroup> groups;
    std::vector<ReportSecretRow> overdue; // every overdue secret, most overdue first
};

struct ReportDrill {
    std::string name, templateTitle, kind, owner; // kind: "tabletop" / "post-incident"
    int cadenceDays = 0;
    std::int64_t lastCompletedAt = 0, nextDueAt = 0;
    bool overdue = false;
    int runs = 0, openActions = 0, overdueActions = 0;
};

struct ReportPostIncidentReview {
    std::string drill;
    std::int64_t heldOn = 0, completedAt = 0;
    std::string incident;
    int actions = 0, actionsDone = 0, actionsOverdue = 0;
    std::vector<std::string> controls; // controls named by its actions
};

struct ReportDrills {
    std::vector<ReportDrill> drills;
    std::vector<ReportPostIncidentReview> postIncidentReviews;
};

// Collection coverage: one row per source, including what was not collected and why.
struct ReportCoverageRow {
    std::string kind;             // registry / cluster / vault / inventory / scanner
    std::string name;
    std::string status;           // complete / partial / failed / never collected / imported / stale
    std::int64_t lastSuccessAt = 0;
    std::int64_t items = 0;
    std::string gaps;             // "pods forbidden in namespace kube-system; 2 repositories 401"
};

struct ReportSourceRow {
    std::string kind, name, location; // location: URL, host, file or tool version
    std::int64_t addedAt = 0, lastRunAt = 0;
    std::string lastStatus;
    std::int64_t runs = 0;        // collections, or reports imported for a scanner
};

struct ReportModel {
    ReportTitle title;
    ReportSummary summary;
    ReportFindings findings;
    std::vector<ReportAcceptance> acceptances; // every risk acceptance in scope, soonest expiry first
    ReportRbac rbac;
    ReportSecrets secrets;
    ReportDrills drills;
    std::vector<ReportCoverageRow> coverage;
    std::vector<ReportSourceRow> sources;      // appendix
};

} // namespace bulkhead
