#include "store/imagerepository.h"
#include "store/imagesql.h"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>

namespace bulkhead {

namespace {

// FindingStatus::Open, Confirmed (as PostureRepository counts "open").
constexpr const char *kOpenStatuses = "(0, 1)";
// FindingKind::Vulnerability.
constexpr int kVulnerability = 1;

// Every join from an image's digests to findings is written `assets a CROSS JOIN findings f` with
// unary + on the findings columns: left to itself SQLite walks findings_status over every open
// finding of the store and looks up each asset (measured: 2 s per 200-row page at 16k findings)
// instead of the few findings of the assets with these digests (assets_digest, then
// findings_asset_fingerprint).

// Every digest a scanner may have recorded for this image: its manifest digest, the index it
// belongs to (what `docker pull` of a multi-platform tag records as RepoDigest) and its config
// digest (what Trivy records for an image read from an archive).
constexpr const char *kImageDigests = "(i.digest, i.index_digest, i.config_digest)";

std::string joinInts(const std::vector<std::int64_t> &values)
{
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i)
        out += (i ? "," : "") + std::to_string(values[i]);
    return out;
}

// WHERE clause over `images i` and the one text parameter it may bind as ?1.
struct ImageWhere {
    std::string sql;
    std::optional<std::string> text;

    void bind(SqliteStatement &st) const
    {
        if (text)
            st.bind(1, std::string_view(*text));
    }
};

using imagesql::kRunsAsRoot;

ImageWhere buildWhere(const ImageRepository::ImageFilter &f)
{
    std::vector<std::string> terms;
    ImageWhere w;
    if (!f.text.empty()) {
        w.text = f.text;
        // instr on lower-cased text instead of LIKE: no wildcard in the user's text to escape.
        terms.push_back("(instr(lower(i.repository), lower(?1)) > 0 OR instr(lower(i.digest), lower(?1)) > 0 "
                        "OR EXISTS (SELECT 1 FROM image_tags t WHERE t.source_id = i.source_id AND t.repository = "
                        "i.repository AND t.digest IN (i.digest, i.index_digest) AND instr(lower(t.tag), lower(?1)) > 0))");
    }
    if (!f.sourceIds.empty())
        terms.push_back("i.source_id IN (" + joinInts(f.sourceIds) + ")");
    if (!f.signature.empty()) {
        std::vector<std::int64_t> states(f.signature.begin(), f.signature.end());
        terms.push_back("i.signature_state IN (" + joinInts(states) + ")");
    }
    if (f.root) // an image whose config was not read is neither known root nor known non-root
        terms.push_back(std::string("(i.config_digest IS NOT NULL AND ") + (*f.root ? "" : "NOT ") + kRunsAsRoot + ")");
    if (f.hasSbom)
        terms.push_back(*f.hasSbom ? "(i.sbom_format IS NOT NULL OR i.sbom_digest IS NOT NULL)"
                                   : "(i.sbom_format IS NULL AND i.sbom_digest IS NULL)");
    if (f.covered)
        terms.push_back(std::string(*f.covered ? "" : "NOT ")
                        + "EXISTS (SELECT 1 FROM assets a CROSS JOIN asset_scans s ON s.asset_id = a.id AND s.kind = "
                        + std::to_string(kVulnerability) + " WHERE a.digest IN " + kImageDigests
                        + (f.coveredSince > 0 ? " AND s.last_scanned_at >= " + std::to_string(f.coveredSince) : std::string())
                        + ")");
    for (std::size_t i = 0; i < terms.size(); ++i)
        w.sql += (i ? " AND " : " WHERE ") + terms[i];
    return w;
}

// The sort expression; ties are broken by repository, platform and id in the caller.
std::string sortExpression(ImageRepository::ImageSortKey key)
{
    using K = ImageRepository::ImageSortKey;
    switch (key) {
    case K::Repository:
        return "i.repository";
    case K::Tag:
        return "(SELECT min(t.tag) FROM image_tags t WHERE t.source_id = i.source_id AND t.repository = i.repository "
               "AND t.digest IN (i.digest, i.index_digest))";
    case K::Created:
        return "i.created";
    case K::Size:
        return "i.size";
    case K::Layers:
        return "i.layers";
    case K::Signature:
        return "i.signature_state";
    case K::Vulnerabilities:
        // Worst first as a tuple (critical, high, medium, low) folded into one number: exact while
        // each count stays below 10,000 per image.
        return std::string("(SELECT coalesce(sum(CASE f.severity WHEN 5 THEN 1000000000000 WHEN 4 THEN 100000000 "
                           "WHEN 3 THEN 10000 WHEN 2 THEN 1 ELSE 0 END), 0) FROM assets a CROSS JOIN findings f ON "
                           "f.asset_id = a.id WHERE a.digest IN ")
            + kImageDigests + " AND +f.kind = " + std::to_string(kVulnerability) + " AND +f.status IN " + kOpenStatuses
            + ")";
    case K::LastSeen:
        return "i.last_seen";
    }
    return "i.repository";
}

// Reads the joined facts of one image: tags, vulnerability counts, newest scan, posture findings.
class RowFacts
{
public:
    explicit RowFacts(const Database &db)
        : m_tags(db.prepare("SELECT tag FROM image_tags WHERE source_id = ?1 AND repository = ?2 AND digest IN (?3, "
                            "?4) ORDER BY tag")),
          m_vulns(db.prepare(std::string("SELECT f.severity, count(*) FROM assets a CROSS JOIN findings f ON f.asset_id = "
                                         "a.id WHERE a.digest IN (?1, ?2, ?3) AND +f.kind = ")
                             + std::to_string(kVulnerability) + " AND +f.status IN " + kOpenStatuses
                             + " GROUP BY f.severity")),
          m_scan(db.prepare("SELECT max(s.last_scanned_at) FROM assets a CROSS JOIN asset_scans s ON s.asset_id = a.id "
                            "WHERE a.digest IN (?1, ?2, ?3) AND s.kind = "
                            + std::to_string(kVulnerability))),
          // The collector's own posture rules are all named bulkhead/...: the range keeps rules_key usable.
          m_posture(db.prepare(std::string("SELECT count(*) FROM assets a CROSS JOIN findings f ON f.asset_id = a.id "
                                           "CROSS JOIN rules r ON r.id = f.rule_id WHERE a.digest = ?1 AND +f.status IN ")
                               + kOpenStatuses + " AND r.key >= 'bulkhead/' AND r.key < 'bulkhead0'"))
    {}

    void fill(ImageRepository::ImageRow &row, const std::string &indexDigest, const std::string &configDigest)
    {
        m_tags.reset();
        m_tags.bind(1, row.sourceId).bind(2, std::string_view(row.repository)).bind(3, std::string_view(row.digest));
        m_tags.bindOrNull(4, indexDigest);
        row.tags.clear();
        while (m_tags.step())
            row.tags += (row.tags.empty() ? "" : ", ") + m_tags.text(0);

        auto bindDigests = [&](SqliteStatement &st) {
            st.reset();
            st.bind(1, std::string_view(row.digest)).bindOrNull(2, indexDigest).bindOrNull(3, configDigest);
        };
        bindDigests(m_vulns);
        row.critical = row.high = row.medium = row.low = 0;
        while (m_vulns.step()) {
            const int n = static_cast<int>(m_vulns.int64(1));
            switch (m_vulns.int64(0)) {
            case 5: row.critical = n; break;
            case 4: row.high = n; break;
            case 3: row.medium = n; break;
            case 2: row.low = n; break;
            default: break; // info and unknown are not shown as counts
            }
        }
        bindDigests(m_scan);
        row.lastScanAt = m_scan.step() ? m_scan.int64(0) : 0;
        m_posture.reset();
        m_posture.bind(1, std::string_view(row.digest));
        row.postureFindings = m_posture.step() ? static_cast<int>(m_posture.int64(0)) : 0;
    }

private:
    SqliteStatement m_tags, m_vulns, m_scan, m_posture;
};

constexpr const char *kRowColumns =
    "i.id, i.source_id, s.name, i.repository, i.digest, coalesce(i.platform, ''), coalesce(i.user, ''), "
    "coalesce(i.created, 0), coalesce(i.size, 0), coalesce(i.layers, 0), i.signature_state, "
    "coalesce(i.sbom_format, ''), coalesce(i.sbom_created, 0), i.last_seen, coalesce(i.index_digest, ''), "
    "coalesce(i.config_digest, '')";
constexpr int kRowColumnCount = 16;

void readRow(const SqliteStatement &st, ImageRepository::ImageRow &r, std::string &indexDigest,
             std::string &configDigest)
{
    r.id = st.int64(0);
    r.sourceId = st.int64(1);
    r.source = st.text(2);
    r.repository = st.text(3);
    r.digest = st.text(4);
    r.platform = st.text(5);
    r.user = st.text(6);
    r.created = st.int64(7);
    r.size = st.int64(8);
    r.layers = static_cast<int>(st.int64(9));
    r.signature = static_cast<int>(st.int64(10));
    r.sbomFormat = st.text(11);
    r.sbomCreated = st.int64(12);
    r.lastSeen = st.int64(13);
    indexDigest = st.text(14);
    configDigest = st.text(15);
}

// Runs `body` in a transaction of its own, or in a savepoint when the caller already holds one.
template <typename Body>
void inTransaction(Database &db, const char *savepoint, Body body)
{
    if (sqlite3_get_autocommit(db.handle())) {
        Transaction tx(db);
        body();
        tx.commit();
    } else {
        Savepoint sp(db, savepoint);
        body();
        sp.commit();
    }
}

} // namespace

void ImageRepository::writeCollection(std::int64_t sourceId, std::int64_t runId,
                                      const std::vector<CollectedImage> &images,
                                      const std::vector<CollectedTag> &tags, bool complete, std::int64_t now)
{
    inTransaction(m_db, "image_collection", [&] {
        SqliteStatement upsert = m_db.prepare(
            "INSERT INTO images(source_id, repository, digest, index_digest, platform, media_type, config_digest, "
            "user, created, size, layers, config_json, signature_state, signature_detail, sbom_format, sbom_digest, "
            "sbom_created, first_seen, last_seen, last_run_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
            "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18, ?19) ON CONFLICT(source_id, repository, digest) DO UPDATE SET "
            "index_digest = excluded.index_digest, platform = excluded.platform, media_type = excluded.media_type, "
            "config_digest = excluded.config_digest, user = excluded.user, created = excluded.created, size = "
            "excluded.size, layers = excluded.layers, config_json = excluded.config_json, signature_state = "
            "excluded.signature_state, signature_detail = excluded.signature_detail, sbom_format = "
            "excluded.sbom_format, sbom_digest = excluded.sbom_digest, sbom_created = excluded.sbom_created, "
            "last_seen = excluded.last_seen, last_run_id = excluded.last_run_id");
        std::set<std::pair<std::string, std::string>> seenImages;
        for (const CollectedImage &im : images) {
            upsert.reset();
            upsert.bind(1, sourceId).bind(2, std::string_view(im.repository)).bind(3, std::string_view(im.digest));
            upsert.bindOrNull(4, im.indexDigest).bindOrNull(5, im.platform).bindOrNull(6, im.mediaType);
            upsert.bindOrNull(7, im.configDigest);
            // The user is only a fact when the config was read: "" there means root, NULL unknown.
            if (im.configDigest.empty())
                upsert.bindNull(8);
            else
                upsert.bind(8, std::string_view(im.user));
            if (im.created)
                upsert.bind(9, im.created);
            else
                upsert.bindNull(9);
            upsert.bind(10, im.sizeBytes).bind(11, im.layers).bindOrNull(12, im.configJson);
            upsert.bind(13, im.signatureState).bindOrNull(14, im.signatureDetail);
            upsert.bindOrNull(15, im.sbomFormat).bindOrNull(16, im.sbomDigest);
            if (im.sbomCreated)
                upsert.bind(17, im.sbomCreated);
            else
                upsert.bindNull(17);
            upsert.bind(18, now);
            if (runId)
                upsert.bind(19, runId);
            else
                upsert.bindNull(19);
            upsert.exec();
            seenImages.emplace(im.repository, im.digest);
        }

        SqliteStatement tagUpsert = m_db.prepare(
            "INSERT INTO image_tags(source_id, repository, tag, digest, last_seen) VALUES (?1, ?2, ?3, ?4, ?5) "
            "ON CONFLICT(source_id, repository, tag) DO UPDATE SET digest = excluded.digest, last_seen = "
            "excluded.last_seen");
        std::set<std::pair<std::string, std::string>> seenTags;
        for (const CollectedTag &t : tags) {
            tagUpsert.reset();
            tagUpsert.bind(1, sourceId).bind(2, std::string_view(t.repository)).bind(3, std::string_view(t.tag));
            tagUpsert.bind(4, std::string_view(t.digest)).bind(5, now).exec();
            seenTags.emplace(t.repository, t.tag);
        }
        if (!complete)
            return;

        // Deletion by what this run reported, not by timestamps: two runs within one second must
        // not keep each other's leftovers.
        std::vector<std::int64_t> goneImages;
        SqliteStatement existing = m_db.prepare("SELECT id, repository, digest FROM images WHERE source_id = ?1");
        existing.bind(1, sourceId);
        while (existing.step())
            if (!seenImages.count({existing.text(1), existing.text(2)}))
                goneImages.push_back(existing.int64(0));
        SqliteStatement dropImage = m_db.prepare("DELETE FROM images WHERE id = ?1");
        for (std::int64_t id : goneImages) {
            dropImage.reset();
            dropImage.bind(1, id).exec();
        }
        std::vector<std::pair<std::string, std::string>> goneTags;
        SqliteStatement existingTags = m_db.prepare("SELECT repository, tag FROM image_tags WHERE source_id = ?1");
        existingTags.bind(1, sourceId);
        while (existingTags.step())
            if (!seenTags.count({existingTags.text(0), existingTags.text(1)}))
                goneTags.emplace_back(existingTags.text(0), existingTags.text(1));
        SqliteStatement dropTag =
            m_db.prepare("DELETE FROM image_tags WHERE source_id = ?1 AND repository = ?2 AND tag = ?3");
        for (const auto &[repository, tag] : goneTags) {
            dropTag.reset();
            dropTag.bind(1, sourceId).bind(2, std::string_view(repository)).bind(3, std::string_view(tag)).exec();
        }
    });
}

std::int64_t ImageRepository::lastScanAt(const std::vector<std::string> &digests) const
{
    std::vector<std::string> wanted;
    for (const std::string &d : digests)
        if (!d.empty())
            wanted.push_back(d);
    if (wanted.empty())
        return 0;
    std::string placeholders;
    for (std::size_t i = 0; i < wanted.size(); ++i)
        placeholders += (i ? ",?" : "?") + std::to_string(i + 1);
    SqliteStatement st = m_db.prepare("SELECT max(s.last_scanned_at) FROM assets a CROSS JOIN asset_scans s ON s.asset_id = "
                                      "a.id WHERE s.kind = "
                                      + std::to_string(kVulnerability) + " AND a.digest IN (" + placeholders + ")");
    for (std::size_t i = 0; i < wanted.size(); ++i)
        st.bind(static_cast<int>(i + 1), std::string_view(wanted[i]));
    return st.step() ? st.int64(0) : 0;
}

std::int64_t ImageRepository::count(const ImageFilter &filter) const
{
    const ImageWhere w = buildWhere(filter);
    SqliteStatement st = m_db.prepare("SELECT count(*) FROM images i" + w.sql);
    w.bind(st);
    return st.step() ? st.int64(0) : 0;
}

std::vector<ImageRepository::ImageRow> ImageRepository::rows(const ImageFilter &filter, ImageSortKey sort,
                                                              bool descending, int offset, int limit) const
{
    limit = std::min(limit, kMaxRowsPerCall);
    if (limit <= 0 || offset < 0)
        return {};
    // Ids first with only the sort key computed, then the joined facts for the page's rows alone:
    // the per-image joins (tags, counts, scans) would otherwise run for every filtered image.
    const ImageWhere w = buildWhere(filter);
    const char *dir = descending ? " DESC" : "";
    SqliteStatement st = m_db.prepare("SELECT i.id FROM images i" + w.sql + " ORDER BY " + sortExpression(sort) + dir
                                      + ", i.repository" + dir + ", i.platform" + dir + ", i.id" + dir + " LIMIT "
                                      + std::to_string(limit) + " OFFSET " + std::to_string(offset));
    w.bind(st);
    std::vector<std::int64_t> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    return rowsById(ids);
}

std::vector<ImageRepository::ImageRow> ImageRepository::rowsById(const std::vector<std::int64_t> &ids) const
{
    std::vector<ImageRow> out(ids.size());
    if (ids.empty())
        return out;
    std::unordered_map<std::int64_t, std::size_t> position;
    for (std::size_t i = 0; i < ids.size(); ++i)
        position.emplace(ids[i], i);
    SqliteStatement st = m_db.prepare(std::string("SELECT ") + kRowColumns
                                      + " FROM images i JOIN sources s ON s.id = i.source_id WHERE i.id IN ("
                                      + joinInts(ids) + ")");
    RowFacts facts(m_db);
    std::string indexDigest, configDigest;
    while (st.step()) {
        ImageRow &row = out[position.at(st.int64(0))];
        readRow(st, row, indexDigest, configDigest);
        facts.fill(row, indexDigest, configDigest);
    }
    // An image deleted between the two reads (a collection finished meanwhile) leaves a hole.
    out.erase(std::remove_if(out.begin(), out.end(), [](const ImageRow &r) { return r.id == 0; }), out.end());
    return out;
}

std::optional<ImageRepository::ImageDetail> ImageRepository::detail(std::int64_t imageId) const
{
    SqliteStatement st = m_db.prepare(std::string("SELECT ") + kRowColumns
                                      + ", coalesce(i.config_json, ''), coalesce(i.signature_detail, ''), "
                                        "coalesce(i.media_type, ''), coalesce(i.sbom_digest, '') FROM images i "
                                        "JOIN sources s ON s.id = i.source_id WHERE i.id = ?1");
    st.bind(1, imageId);
    if (!st.step())
        return std::nullopt;
    ImageDetail d;
    readRow(st, d.row, d.indexDigest, d.configDigest);
    d.configJson = st.text(kRowColumnCount);
    d.signatureDetail = st.text(kRowColumnCount + 1);
    d.mediaType = st.text(kRowColumnCount + 2);
    d.sbomDigest = st.text(kRowColumnCount + 3);
    RowFacts(m_db).fill(d.row, d.indexDigest, d.configDigest);
    return d;
}

} // namespace bulkhead
