// Image rules over the registry images the newest complete or partial run of each registry source
// saw (the population of the controls' evidence, BLD-3/BLD-4/BLD-5): an image a failed run left
// behind is no longer judged. Conditions as ImageRepository and the evidence spell them.
#include "gate/gaterules.h"

#include "gate/gatetext.h"
#include "i18n/pluralcount.h"

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
         const std::function<QString(SqliteStatement &)> &detail, std::int64_t &checked, GateRuleResult &out)
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
        const QString why = detail(row);
        if (why.isEmpty())
            return label;
        return gateStr(QCoreApplication::translate("GateText", "%1 (%2)", "image, why it fails")
                           .arg(QString::fromStdString(label), why));
    });
}

void notes(const Context &c, std::int64_t checked, GateRuleResult &out, const QString &none)
{
    if (checked == 0)
        out.notes.push_back(gateStr(none));
    if (!c.scope.imagesNote.empty())
        out.notes.push_back(c.scope.imagesNote);
}

QString signatureWord(SignatureState state)
{
    switch (state) {
    case SignatureState::Verified: return GateText::tr("verified", "signature state");
    case SignatureState::SignedNotVerified: return GateText::tr("signed, not verified", "signature state");
    case SignatureState::Unsigned: return GateText::tr("unsigned", "signature state");
    case SignatureState::Invalid: return GateText::tr("invalid signature", "signature state");
    }
    return QString::fromLatin1(signatureStateName(state).data(), qsizetype(signatureStateName(state).size()));
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
        [](SqliteStatement &row) { return signatureWord(static_cast<SignatureState>(row.int64(5))); }, checked, out);
    const int n = i18n::pluralCount(out.violating);
    const QString of = QString::number(checked);
    out.message = gateStr(rule.requireVerified
                              ? GateText::tr("%n registry images of %1 not signed and verified with a configured key", nullptr, n).arg(of)
                              : GateText::tr("%n registry images of %1 unsigned or with an invalid signature", nullptr, n).arg(of));
    notes(c, checked, out, GateText::tr("no registry image in scope: nothing to check (collect a registry source)"));
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
            return row.int64(5) ? GateText::tr("SBOM of %1").arg(QString::fromStdString(day(row.int64(6))))
                                : GateText::tr("no SBOM");
        },
        checked, out);
    const int n = i18n::pluralCount(out.violating);
    const QString of = QString::number(checked);
    out.message = gateStr(rule.sbomMaxAgeDays > 0
                              ? GateText::tr("%n registry images of %1 without an SBOM younger than %2 days", nullptr, n)
                                    .arg(of, QString::number(rule.sbomMaxAgeDays))
                              : GateText::tr("%n registry images of %1 without an SBOM", nullptr, n).arg(of));
    notes(c, checked, out, GateText::tr("no registry image in scope: nothing to check (collect a registry source)"));
    if (rule.sbomMaxAgeDays > 0)
        out.notes.push_back(gateStr(GateText::tr("an SBOM without a creation time counts as current")));
}

void imagesNonRoot(const Context &c, const GateRule &, GateRuleResult &out)
{
    std::int64_t checked = 0;
    run(c, "i.config_digest IS NOT NULL", kRunsAsRoot, "coalesce(i.user, '')",
        [](SqliteStatement &row) {
            const std::string user = row.text(5);
            return user.empty() ? GateText::tr("no USER") : QStringLiteral("USER ") + QString::fromStdString(user);
        },
        checked, out);
    out.message = gateStr(GateText::tr("%n registry images of %1 running as root", nullptr, i18n::pluralCount(out.violating))
                              .arg(QString::number(checked)));
    const std::int64_t unread = c.db.scalar("SELECT count(*) FROM " + liveImages() + " i WHERE " + c.scope.images
                                            + " AND i.config_digest IS NULL");
    if (unread > 0)
        out.notes.push_back(gateStr(GateText::tr("%n images whose config could not be read are not checked", nullptr,
                                                 i18n::pluralCount(unread))));
    notes(c, checked, out, GateText::tr("no registry image with a readable config in scope: nothing to check"));
}

} // namespace bulkhead::gaterules
