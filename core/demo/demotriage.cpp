#include "demo/demotriage.h"

#include "demo/demorandom.h"
#include "demo/demovocabulary.h"
#include "store/identitylookup.h"
#include "store/triagerepository.h"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace bulkhead::demo {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr const char *kActor = "demo";

// How long ago a decision was made, and how long an acceptance lasts (the first four end
// within the 14 days the overview warns about).
constexpr std::array kDaysAgo{1, 2, 4, 7, 11, 16, 23, 31, 45, 60};
constexpr std::array kExpiryDays{3, 6, 10, 13, 21, 30, 45, 60, 90, 120};

enum class Step { Confirm, Assign, Comment, FalsePositive, Accept, Mitigate };

// One triage change applied to many findings at once: everything a TriageChange says.
struct Action {
    std::int64_t at = 0;
    Step step = Step::Comment;
    int text = 0;     // index into the step's vocabulary
    int assignee = -1;
    int expiry = 0;   // index into kExpiryDays (acceptances)
    auto key() const { return std::tie(at, step, text, assignee, expiry); }
    bool operator<(const Action &o) const { return key() < o.key(); }
};

// A bucket of kDaysAgo not older than the finding (decisions come after the first sighting) and
// strictly older than `after` days when given; -1 when none fits.
int daysAgoBucket(std::int64_t ageDays, int newerThanBucket, std::uint64_t h)
{
    int lo = newerThanBucket + 1;
    int hi = 0;
    while (hi < static_cast<int>(kDaysAgo.size()) && kDaysAgo[static_cast<std::size_t>(hi)] < ageDays)
        ++hi;
    if (hi <= lo)
        return -1;
    return lo + static_cast<int>(below(h, static_cast<std::uint32_t>(hi - lo)));
}

// When a decision made `bucket` days ago happened (a fixed hour per day); half an hour ago for -1.
std::int64_t at(std::int64_t now, int bucket)
{
    if (bucket < 0)
        return now - 1800;
    return now - kDaysAgo[static_cast<std::size_t>(bucket)] * kDay - (bucket % 3) * 3 * 3600;
}

TriageChange changeFor(const Action &a, std::int64_t now)
{
    TriageChange c;
    c.actor = kActor;
    c.at = a.at;
    if (a.assignee >= 0)
        c.assignee = std::string(assignees()[static_cast<std::size_t>(a.assignee)]);
    switch (a.step) {
    case Step::Confirm:
        c.status = FindingStatus::Confirmed;
        break;
    case Step::Assign:
        break;
    case Step::Comment:
        c.note = std::string(triageComments()[static_cast<std::size_t>(a.text)]);
        break;
    case Step::FalsePositive:
        c.status = FindingStatus::FalsePositive;
        c.justification = std::string(falsePositiveReasons()[static_cast<std::size_t>(a.text)]);
        break;
    case Step::Accept:
        c.status = FindingStatus::RiskAccepted;
        c.justification = std::string(acceptanceReasons()[static_cast<std::size_t>(a.text)]);
        c.expiresAt = now + kExpiryDays[static_cast<std::size_t>(a.expiry)] * kDay;
        break;
    case Step::Mitigate:
        c.status = FindingStatus::Mitigated;
        c.note = std::string(mitigationNotes()[static_cast<std::size_t>(a.text)]);
        break;
    }
    return c;
}

} // namespace

DemoTriageCounts applyDemoTriage(Database &db, const DemoPlan &plan, const DemoReportBuilder &builder)
{
    const std::int64_t now = plan.now();
    IdentityLookup lookup(db);
    std::map<Action, std::vector<std::int64_t>> actions;
    DemoTriageCounts counts;
    // About one finding in seven still present gets a decision, up to ~25k findings in all: a
    // team does not triage a million rows by hand, and each decision costs the demo time.
    const double triageScale = std::min(1.0, 150'000.0 / static_cast<double>(std::max<std::int64_t>(1, plan.findings())));

    const auto &assets = plan.assets();
    for (std::size_t ai = 0; ai < assets.size(); ++ai) {
        const PlannedAsset &a = assets[ai];
        const int lastScan = static_cast<int>(a.scanTimes.size()) - 1;
        if (lastScan < 0 || a.total() == 0)
            continue;
        const std::int64_t storedAsset = lookup.assetId(a.ref.kind, a.ref.identity);
        for (std::int64_t k = 0; k < a.total(); ++k) {
            const FindingFate fate = plan.fate(static_cast<int>(ai), k);
            if (!fate.presentIn(lastScan))
                continue; // decisions on what is still there
            const std::uint64_t h = hash(salted(plan.seed(), Salt::TriagePick), ai, static_cast<std::uint64_t>(k));
            const double u = unit(h) / triageScale;
            if (u >= 0.145)
                continue;
            const ParsedFinding f = builder.finding(static_cast<int>(ai), k);
            const std::int64_t id = lookup.findingId(storedAsset, findingFingerprint(f, a.ref));
            if (id == 0)
                continue;

            const std::int64_t ageDays = (now - a.scanTimes[static_cast<std::size_t>(fate.birth)]) / kDay;
            const std::uint64_t t = hash(salted(plan.seed(), Salt::Triage), ai, static_cast<std::uint64_t>(k));
            const int bucket = daysAgoBucket(ageDays, -1, hash(t, 1));
            // Each change is one transaction over all the findings it applies to; texts and people
            // follow the day and a small variant so that there are a few hundred changes, not one
            // per finding (each commit rewrites the pages of every finding it touches).
            const int variant = static_cast<int>(below(hash(t, 2), 3));
            auto text = [&](auto list, int b) { return (std::max(b, 0) * 3 + variant) % static_cast<int>(list.size()); };
            const int person = (std::max(bucket, 0) * 2 + variant) % static_cast<int>(assignees().size());
            auto add = [&](Action action) { actions[action].push_back(id); };
            Action decision;
            decision.at = at(now, bucket);
            if (u < 0.02) {
                decision.step = Step::FalsePositive;
                decision.text = text(falsePositiveReasons(), bucket);
                ++counts.falsePositives;
            } else if (u < 0.05) {
                decision.step = Step::Accept;
                decision.expiry = static_cast<int>(below(hash(t, 5), kExpiryDays.size()));
                decision.text = (std::max(bucket, 0) + decision.expiry) % static_cast<int>(acceptanceReasons().size());
                ++counts.riskAccepted;
                counts.expiringSoon += kExpiryDays[static_cast<std::size_t>(decision.expiry)] <= 14;
                // Often confirmed and handed to someone first, then accepted.
                if (const int earlier = daysAgoBucket(ageDays, bucket, hash(t, 6)); earlier >= 0 && unit(hash(t, 7)) < 0.4)
                    add({at(now, earlier), Step::Confirm, 0, person, 0});
            } else if (u < 0.065) {
                decision.step = Step::Mitigate;
                decision.text = text(mitigationNotes(), bucket);
                ++counts.mitigated;
            } else if (u < 0.105) {
                decision.step = Step::Confirm;
                if (variant > 0) {
                    decision.assignee = person;
                    ++counts.assigned;
                }
                ++counts.confirmed;
            } else if (u < 0.135) {
                decision.step = Step::Assign;
                decision.assignee = person;
                ++counts.assigned;
            } else {
                decision.step = Step::Comment;
                decision.text = text(triageComments(), bucket);
                ++counts.commented;
            }
            add(decision);
            // Some get a follow-up comment a few days later. Not acceptances and false positives:
            // TriageRepository::apply clears their justification and expiry on a comment.
            const bool keepsJustification = decision.step == Step::FalsePositive || decision.step == Step::Accept;
            if (decision.step != Step::Comment && !keepsJustification && bucket > 0 && unit(hash(t, 9)) < 0.15) {
                const int later = static_cast<int>(below(hash(t, 10), static_cast<std::uint32_t>(bucket)));
                add({at(now, later), Step::Comment, text(triageComments(), later), -1, 0});
                ++counts.commented;
            }
        }
    }

    // Oldest first, so that each finding's history reads in order.
    TriageRepository triage(db);
    for (const auto &[action, ids] : actions)
        triage.apply(ids, changeFor(action, now));
    return counts;
}

} // namespace bulkhead::demo
