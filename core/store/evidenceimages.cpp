// Registry images as evidence (BLD-1, BLD-3..6, SUP-2, SUP-3) and the scan coverage of every image
// seen in a registry or running in a cluster (BLD-2). The population is what the newest complete or
// partial run of each registry source saw (liveImages()).
#include "analysis/posturethresholds.h"
#include "registry/signaturestate.h"
#include "store/evidencegather.h"
#include "store/imagesql.h"

#include <cstdio>

namespace bulkhead::evidence {

namespace {

constexpr std::int64_t kDay = 86400;

using imagesql::kRunsAsRoot;
using imagesql::kHasSbom;
// Semver-looking tags ("1.4", "v2.0.1", "3.1-alpine"): what a release publishes.
constexpr const char *kReleaseTagged =
    "EXISTS (SELECT 1 FROM image_tags t WHERE t.source_id = i.source_id AND t.repository = i.repository AND "
    "t.digest IN (i.digest, i.index_digest) AND (t.tag GLOB '[0-9]*.[0-9]*' OR t.tag GLOB 'v[0-9]*.[0-9]*'))";

// One measure over the live registry images: `population` and `failing` are SQL conditions on `i`.
struct ImageMeasure {
    explicit ImageMeasure(EvidenceMeasure m) : measure(std::move(m)) {}
    EvidenceMeasure measure;
    std::string population = "1";
    std::string failing;
    std::string worstFirst = "i.repository"; // ORDER BY of the examples
    std::string emptyReason;                 // the registries were collected but no image qualifies
};

std::string mib(std::int64_t bytes)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f MiB", double(bytes) / (1024.0 * 1024.0));
    return buf;
}

std::string shortDigest(const std::string &digest)
{
    return digest.substr(0, 19); // "sha256:" + 12 hex digits
}

// "shop/api:1.4", "shop/api@sha256:0123456789ab", with the platform of one of several.
std::string imageLabel(const std::string &repository, const std::string &tag, const std::string &digest,
                       const std::string &platform)
{
    std::string label = repository + (tag.empty() ? "@" + shortDigest(digest) : ":" + tag);
    if (!platform.empty())
        label += " (" + platform + ")";
    return label;
}

void run(const Context &c, ImageMeasure spec, std::vector<EvidenceMeasure> &out)
{
    EvidenceMeasure &m = spec.measure;
    if (c.registries == 0) {
        setNotAssessed(m, str(EvidenceText::tr("no registry collected")));
        out.push_back(std::move(m));
        return;
    }
    const std::string from = " FROM " + liveImages() + " i WHERE " + spec.population;
    SqliteStatement st = c.db.prepare("SELECT count(*), coalesce(sum(" + spec.failing + "), 0)" + from);
    readCounts(st, m);
    const std::string none =
        spec.emptyReason.empty() ? str(EvidenceText::tr("no image found in the collected registries")) : spec.emptyReason;
    if (emptyPopulation(m, none, out))
        return;
    if (!c.registryNote.empty())
        m.detail += (m.detail.empty() ? "" : " ") + c.registryNote;
    if (m.failing > 0) {
        SqliteStatement ex = c.db.prepare(
            "SELECT i.repository, coalesce((SELECT min(t.tag) FROM image_tags t WHERE t.source_id = i.source_id AND "
            "t.repository = i.repository AND t.digest IN (i.digest, i.index_digest)), ''), i.digest, "
            "CASE WHEN i.index_digest IS NULL THEN '' ELSE coalesce(i.platform, '') END"
            + from + " AND " + spec.failing + " ORDER BY " + spec.worstFirst + ", i.repository, i.id LIMIT 5");
        while (ex.step())
            m.examples.push_back(imageLabel(ex.text(0), ex.text(1), ex.text(2), ex.text(3)));
    }
    out.push_back(std::move(m));
}

// Counts of the live images by signature state, as "2 unsigned, 1 invalid".
std::string signatureBreakdown(const Context &c, const std::string &population, std::string *linkFilter)
{
    SqliteStatement st = c.db.prepare("SELECT i.signature_state, count(*) FROM " + liveImages() + " i WHERE "
                                      + population + " AND i.signature_state <> 2 GROUP BY i.signature_state "
                                                     "ORDER BY count(*) DESC, i.signature_state");
    std::vector<std::string> parts;
    while (st.step()) {
        const auto state = static_cast<SignatureState>(st.int64(0));
        const char *filter = state == SignatureState::Invalid ? "invalid"
            : state == SignatureState::SignedNotVerified     ? "unverified"
                                                              : "unsigned";
        if (linkFilter && linkFilter->empty())
            *linkFilter = std::string("signature=") + filter;
        const std::int64_t n = st.int64(1);
        parts.push_back(str(state == SignatureState::Invalid
                                ? QCoreApplication::translate("EvidenceText", "%1 invalid", "images").arg(n)
                                : state == SignatureState::SignedNotVerified
                                ? QCoreApplication::translate("EvidenceText", "%1 signed-not-verified", "images").arg(n)
                                : QCoreApplication::translate("EvidenceText", "%1 unsigned", "images").arg(n)));
    }
    return parts.empty() ? std::string()
                         : str(QCoreApplication::translate("EvidenceText", "Not verified: %1.")
                                   .arg(QString::fromStdString(joinTexts(parts, ", "))));
}

void signatures(const Context &c, std::vector<EvidenceMeasure> &out)
{
    const std::string failing = "(i.signature_state <> " + std::to_string(int(SignatureState::Verified)) + ")";
    // Invalid first (a signature that cannot be right), then unsigned, then signed but unverified.
    const std::string worstFirst = "CASE i.signature_state WHEN 3 THEN 0 WHEN 0 THEN 1 ELSE 2 END";

    ImageMeasure bld3{makeMeasure("BLD-3", "images-signed",
                                  str(EvidenceText::tr("images signed and verified with a configured key")), "images",
                                  "not signed and verified")};
    bld3.failing = failing;
    bld3.worstFirst = worstFirst;
    std::string link;
    bld3.measure.detail = c.registries ? signatureBreakdown(c, "1", &link) : std::string();
    bld3.measure.link = {"images", link.empty() ? std::string("signature=unsigned") : link};
    run(c, bld3, out);

    ImageMeasure sup2{makeMeasure("SUP-2", "release-images-signed",
                                  str(EvidenceText::tr("release-tagged images (tags like 1.4 or v2.0.1) signed and verified")),
                                  "release images", "not signed and verified")};
    sup2.population = kReleaseTagged;
    sup2.failing = failing;
    sup2.worstFirst = worstFirst;
    sup2.emptyReason =
        str(EvidenceText::tr("no release-tagged image (a tag like 1.4 or v2.0.1) found in the collected registries"));
    link.clear();
    sup2.measure.detail = c.registries ? signatureBreakdown(c, kReleaseTagged, &link) : std::string();
    sup2.measure.link = {"images", link.empty() ? std::string("signature=unsigned") : link};
    run(c, sup2, out);
}

void sboms(const Context &c, std::vector<EvidenceMeasure> &out)
{
    const int maxAge = std::max(1, c.settings.sbomMaxAgeDays);
    const std::string stale = "(i.sbom_created > 0 AND i.sbom_created < " + std::to_string(c.now - maxAge * kDay) + ")";
    ImageMeasure bld4{makeMeasure("BLD-4", "images-sbom-current",
                                  str(EvidenceText::tr("images with an SBOM attached, younger than %n days", nullptr, maxAge)),
                                  "images", "without a current SBOM")};
    bld4.failing = "(NOT " + std::string(kHasSbom) + " OR " + stale + ")";
    bld4.worstFirst = std::string("CASE WHEN ") + kHasSbom + " THEN 1 ELSE 0 END";
    bld4.measure.link = {"images", "sbom=missing"};
    if (c.registries) {
        SqliteStatement st = c.db.prepare("SELECT coalesce(sum(NOT " + std::string(kHasSbom) + "), 0), coalesce(sum("
                                          + kHasSbom + " AND " + stale + "), 0) FROM " + liveImages() + " i");
        if (st.step() && (st.int64(0) || st.int64(1)))
            bld4.measure.detail = str(EvidenceText::tr("%1 without an SBOM, %2 with an SBOM older than %n days.", nullptr, maxAge)
                                          .arg(st.int64(0))
                                          .arg(st.int64(1)));
    }
    run(c, bld4, out);

    ImageMeasure sup3{
        makeMeasure("SUP-3", "images-sbom", str(EvidenceText::tr("images with an SBOM attached")), "images", "without an SBOM")};
    sup3.failing = std::string("NOT ") + kHasSbom;
    sup3.measure.link = {"images", "sbom=missing"};
    sup3.measure.detail = str(
        EvidenceText::tr("A policy file evaluated by `bulkheadctl gate` against this store shows as its own measure; a "
                         "pipeline gating elsewhere needs an attestation."));
    run(c, sup3, out);
}

void configAndSize(const Context &c, std::vector<EvidenceMeasure> &out)
{
    ImageMeasure bld5{makeMeasure("BLD-5", "images-non-root", str(EvidenceText::tr("images whose config sets a non-root USER")),
                                  "images", "running as root")};
    bld5.population = "i.config_digest IS NOT NULL";
    bld5.failing = kRunsAsRoot;
    bld5.emptyReason = str(EvidenceText::tr("no image config could be read in the collected registries"));
    bld5.measure.link = {"images", "user=root"};
    run(c, bld5, out);

    const PostureThresholds limits = loadPostureThresholds();
    ImageMeasure bld1{makeMeasure("BLD-1", "images-size",
                                  str(EvidenceText::tr("images within the size limit (%1 compressed)")
                                          .arg(QString::fromStdString(mib(limits.maxSizeBytes)))),
                                  "images", "over the size limit")};
    bld1.failing = "(i.size > " + std::to_string(limits.maxSizeBytes) + ")";
    bld1.worstFirst = "i.size DESC";
    bld1.measure.link = {"images", ""};
    if (limits.maxSizeBytes <= 0) {
        setNotAssessed(bld1.measure, str(EvidenceText::tr("the image size limit is off (Settings, Posture)")));
        out.push_back(std::move(bld1.measure));
    } else {
        run(c, bld1, out);
    }

    ImageMeasure bld6{makeMeasure("BLD-6", "images-layers",
                                  str(EvidenceText::tr("images within the layer limit (%n layers)", nullptr, limits.maxLayers)),
                                  "images", "over the layer limit")};
    bld6.failing = "(i.layers > " + std::to_string(limits.maxLayers) + ")";
    bld6.worstFirst = "i.layers DESC";
    bld6.measure.link = {"images", ""};
    if (limits.maxLayers <= 0) {
        setNotAssessed(bld6.measure, str(EvidenceText::tr("the image layer limit is off (Settings, Posture)")));
        out.push_back(std::move(bld6.measure));
    } else {
        run(c, bld6, out);
    }
}

// BLD-2: every image seen in a registry or running in a cluster has a vulnerability scan younger
// than scanMaxAgeDays, matched by any digest a scanner may have recorded (manifest, index, config).
void scanCoverage(const Context &c, std::vector<EvidenceMeasure> &out)
{
    const int maxAge = std::max(1, c.settings.scanMaxAgeDays);
    EvidenceMeasure m = makeMeasure("BLD-2", "images-scanned",
                                    str(EvidenceText::tr("images in registries and clusters with a vulnerability "
                                                         "scan younger than %n days",
                                                         nullptr, maxAge)),
                                    "images", "without a recent scan");
    m.link = {"images", ""};
    const std::string clusters = c.clusters.sourcesFor("");
    if (c.registries == 0 && clusters == "(NULL)") {
        setNotAssessed(m, str(EvidenceText::tr("no registry or cluster collected")));
        out.push_back(std::move(m));
        return;
    }
    // Workload digests are newline-joined "sha256:..." (a runtime prefix "…@sha256:" is cut off).
    const std::string population =
        "WITH reg AS (SELECT i.repository, i.digest, i.index_digest, i.config_digest FROM " + liveImages() + " i), "
        "wl AS (SELECT DISTINCT CASE WHEN instr(j.value, '@') > 0 THEN substr(j.value, instr(j.value, '@') + 1) "
        "ELSE j.value END AS d FROM " + liveWorkloads(clusters) + " w, json_each(CASE WHEN json_valid('[\"' || "
        "replace(w.image_digests, char(10), '\",\"') || '\"]') THEN '[\"' || replace(w.image_digests, char(10), "
        "'\",\"') || '\"]' ELSE '[]' END) j WHERE j.value LIKE '%sha256:%'), "
        "pop AS (SELECT digest AS d, index_digest AS x, config_digest AS cfg, min(repository) AS name FROM reg "
        "GROUP BY digest UNION ALL SELECT d, NULL, NULL, NULL FROM wl WHERE d NOT IN (SELECT digest FROM reg) AND d "
        "NOT IN (SELECT index_digest FROM reg WHERE index_digest IS NOT NULL)) ";
    const std::string unscanned = "NOT EXISTS (SELECT 1 FROM assets a CROSS JOIN asset_scans s ON s.asset_id = a.id "
                                  "AND s.kind = 1 WHERE a.digest IN (p.d, p.x, p.cfg) AND s.last_scanned_at >= ?1)";
    const std::int64_t cutoff = c.now - std::int64_t(maxAge) * kDay;
    SqliteStatement st = c.db.prepare(population + "SELECT count(*), coalesce(sum(" + unscanned
                                      + "), 0), coalesce(sum(p.name IS NULL), 0) FROM pop p");
    st.bind(1, cutoff);
    std::int64_t runningOnly = 0;
    if (st.step()) {
        m.checked = st.int64(0);
        m.failing = st.int64(1);
        runningOnly = st.int64(2);
    }
    if (emptyPopulation(m, str(EvidenceText::tr("no image found in the collected registries or clusters")), out))
        return;
    if (m.failing > 0) {
        SqliteStatement ex = c.db.prepare(population + "SELECT p.name, p.d FROM pop p WHERE " + unscanned
                                          + " ORDER BY p.name IS NULL, p.name, p.d LIMIT 5");
        ex.bind(1, cutoff);
        while (ex.step()) {
            m.examples.push_back(
                ex.isNull(0) ? str(EvidenceText::tr("%1 (running in a cluster)").arg(QString::fromStdString(shortDigest(ex.text(1)))))
                             : ex.text(0) + "@" + shortDigest(ex.text(1)));
        }
    }
    m.detail = str(EvidenceText::tr("%1 registry image digests and %2 more running in clusters.")
                       .arg(m.checked - runningOnly)
                       .arg(runningOnly))
        + (c.registryNote.empty() ? "" : " " + c.registryNote);
    out.push_back(std::move(m));
}

} // namespace

void gatherImages(const Context &c, std::vector<EvidenceMeasure> &out)
{
    configAndSize(c, out);
    scanCoverage(c, out);
    signatures(c, out);
    sboms(c, out);
}

} // namespace bulkhead::evidence
