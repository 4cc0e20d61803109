// Image rules over the registry images the newest complete or partial run of each registry source
// saw (the population of the controls' evidence, BLD-3/BLD-4/BLD-5): an image a failed run left
// behind is no longer judged. Conditions as ImageRepository and the evidence spell them.
#include "gate/gaterules.h"

#include "registry/signaturestate.h"
#include "store/database.h"
#include "store/imagesql.h"

namespace bulkhead::gaterules {

namespace {

constexpr std::int64_t kDay = 86400;

using imagesql::kRunsAsRoot;
using imagesql::kHasSbom;
using imagesql::liveImages;

// Counts the live images in scope matching `population` and, of them, `failing`; reads the
// failing ones' labels ("hub: team/app:1.4 (unsigned)") into the evidence, `detail` giving the
// parenthesis from the columns after the label's.
void run(const Context &c, const std::string &population, const std::string &failing, const std::string &detailSql,
         const std::function<std::string(SqliteStatement &)> &detail, std::int64_t &checked, GateRuleResult &out)
{
    const std::string from = " FROM " + liveImages() + " i JOIN sources s ON s.id = i.source_id WHERE "
        + c.scope.images + " AND " + population;
    SqliteStatement st = c.db.prepare("SELECT count(*), coalesce(sum(" + failing + "), 0)" + from);
    if (st.step()) {
        checked = st.int64(0);
        out.violating = st.int64(1);
    }
    out.passed = out.violating == 0;
    if (out.passed)
        return;
    SqliteStatement ex = c.db.prepare(
        "SELECT s.name, i.repository, coalesce((SELECT min(t.tag) FROM image_tags t WHERE t.source_id = i.source_id "
        "AND t.repository = i.repository AND t.digest IN (i.digest, i.index_digest)), ''), i.digest, "
        "CASE WHEN i.index_digest IS NULL THEN '' ELSE coalesce(i.platform, '') END, "
        + detailSql + from + " AND " + failing + " ORDER BY s.name, i.repository, i.digest LIMIT ?1");
    readEvidence(c, ex, out, [&detail](SqliteStatement &row) {
        const std::string tag = row.text(2), digest = row.text(3), platform = row.text(4);
        std::string label = row.text(0) + ": " + row.text(1) + (tag.empty() ? "@" + digest.substr(0, 19) : ":" + tag);
        if (!platform.empty())
            label += " [" + platform + "]";
        const std::string why = detail(row);
        return why.empty() ? label : label + " (" + why + ")";
    });
}

void notes(const Context &c, std::int64_t checked, GateRuleResult &out, const std::string &none)
{
    if (checked == 0)
        out.notes.push_back(none);
    if (!c.scope.imagesNote.empty())
        out.notes.push_back(c.scope.imagesNote);
}

} // namespace

void imagesSigned(const Context &c, const GateRule &rule, GateRuleResult &out)
{
    const std::string failing = rule.requireVerified
        ? "(i.signature_state <> " + std::to_string(int(SignatureState::Verified)) + ")"
        : "(i.signature_state NOT IN (" + std::to_string(int(SignatureState::Verified)) + ","
            + std::to_string(int(SignatureState::SignedNotVerified)) + "))";
    std::int64_t checked = 0;
    run(c, "1", failing, "i.signature_state",
        [](SqliteStatement &row) { return std::string(signatureStateName(static_cast<SignatureState>(row.int64(5)))); },
        checked, out);
    out.message = plural(out.violating, "registry image", "registry images") + " of "
        + std::to_string(checked) + (rule.requireVerified ? " not signed and verified with a configured key"
                                                          : " unsigned or with an invalid signature");
    notes(c, checked, out, "no registry image in scope: nothing to check (collect a registry source)");
}

void imagesSbom(const Context &c, const GateRule &rule, GateRuleResult &out)
{
    std::string failing = std::string("(NOT ") + kHasSbom;
    const std::int64_t cutoff = c.options.now - std::int64_t(rule.sbomMaxAgeDays) * kDay;
    if (rule.sbomMaxAgeDays > 0)
        failing += " OR (coalesce(i.sbom_created, 0) > 0 AND i.sbom_created < " + std::to_string(cutoff) + ")";
    failing += ")";
    std::int64_t checked = 0;
    run(c, "1", failing, std::string(kHasSbom) + ", coalesce(i.sbom_created, 0)",
        [](SqliteStatement &row) {
            return row.int64(5) ? "SBOM of " + day(row.int64(6)) : std::string("no SBOM");
        },
        checked, out);
    out.message = plural(out.violating, "registry image", "registry images") + " of " + std::to_string(checked)
        + (rule.sbomMaxAgeDays > 0 ? " without an SBOM younger than " + std::to_string(rule.sbomMaxAgeDays) + " days"
                                   : " without an SBOM");
    notes(c, checked, out, "no registry image in scope: nothing to check (collect a registry source)");
    if (rule.sbomMaxAgeDays > 0)
        out.notes.push_back("an SBOM without a creation time counts as current");
}

void imagesNonRoot(const Context &c, const GateRule &, GateRuleResult &out)
{
    std::int64_t checked = 0;
    run(c, "i.config_digest IS NOT NULL", kRunsAsRoot, "coalesce(i.user, '')",
        [](SqliteStatement &row) {
            const std::string user = row.text(5);
            return user.empty() ? std::string("no USER") : "USER " + user;
        },
        checked, out);
    out.message = plural(out.violating, "registry image", "registry images") + " of " + std::to_string(checked)
        + " running as root";
    const std::int64_t unread = c.db.scalar("SELECT count(*) FROM " + liveImages() + " i WHERE " + c.scope.images
                                            + " AND i.config_digest IS NULL");
    if (unread > 0)
        out.notes.push_back(plural(unread, "image", "images") + " whose config could not be read are not checked");
    notes(c, checked, out, "no registry image with a readable config in scope: nothing to check");
}

} // namespace bulkhead::gaterules
