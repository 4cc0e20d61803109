#pragma once

#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// One image manifest a collection found (one platform of an index, or a single-platform image).
// The config and signature facts are plain fields so that the store does not depend on the
// registry parsers: the collector fills them from ImageConfigInfo and SignatureVerdict.
struct CollectedImage {
    std::string repository, digest, indexDigest, platform, mediaType, configDigest; // configDigest "" = config unread
    std::string user;       // ImageConfigInfo::user as written ("" = root)
    std::int64_t created = 0; // ImageConfigInfo::created, unix seconds, 0 unknown
    std::string configJson; // {"history":[...],"labels":{...},"env":[names],"os","architecture"}; never env values
    std::int64_t sizeBytes = 0;
    int layers = 0;
    int signatureState = 0; // SignatureState as its integer value (0 unsigned .. 3 invalid)
    std::string signatureDetail;
    std::string sbomFormat, sbomDigest;
    std::int64_t sbomCreated = 0;
};

// A tag of a repository and the manifest or index digest it names.
struct CollectedTag {
    std::string repository, tag, digest;
};

// The images of registry sources: written once per collection, read page by page by the Images
// view and `bulkheadctl images`. Vulnerability counts, scan coverage and posture findings are
// joined from imported findings by digest at read time, so a scan imported after a collection
// shows up without collecting again.
class ImageRepository
{
public:
    struct ImageFilter {
        std::string text;                    // part of the repository, a tag or the digest (case-insensitive)
        std::vector<std::int64_t> sourceIds; // any of them; empty = all
        std::vector<int> signature;          // SignatureState values; empty = all
        std::optional<bool> root;            // runs as root / known not to (images without a config match neither)
        std::optional<bool> hasSbom;
        std::optional<bool> covered;         // some vulnerability scan of it was imported
        // With `covered`: only scans whose last_scanned_at is at or after this (unix seconds) count,
        // so "covered" means "scanned within the threshold" (BLD-2); 0 = a scan of any age.
        std::int64_t coveredSince = 0;
    };
    enum class ImageSortKey { Repository, Tag, Created, Size, Layers, Signature, Vulnerabilities, LastSeen };
    struct ImageRow {
        std::int64_t id = 0, sourceId = 0;
        std::string source, repository, tags, digest, platform, user; // tags: "1.2, latest" (sorted)
        std::int64_t created = 0, size = 0;
        int layers = 0;
        int signature = 0; // SignatureState value
        std::string sbomFormat;
        std::int64_t sbomCreated = 0, lastScanAt = 0, lastSeen = 0;
        int critical = 0, high = 0, medium = 0, low = 0; // open (or confirmed) vulnerability findings
        int postureFindings = 0; // open findings of the collector's bulkhead/* rules on this digest
    };
    struct ImageDetail {
        ImageRow row;
        std::string configJson, signatureDetail, configDigest, indexDigest, mediaType, sbomDigest;
    };

    static constexpr int kMaxRowsPerCall = 500;

    explicit ImageRepository(Database &db) : m_db(db) {}

    // In one transaction (or a savepoint inside the caller's): upserts the images and tags of
    // this source seen in this run. When `complete` (the whole source was crawled without a
    // failure) the source's images and tags absent from these lists are deleted; a partial run
    // deletes nothing, so a registry that failed half-way never loses images.
    void writeCollection(std::int64_t sourceId, std::int64_t runId, const std::vector<CollectedImage> &images,
                         const std::vector<CollectedTag> &tags, bool complete, std::int64_t now);

    // Newest imported vulnerability scan (asset_scans.last_scanned_at) of an asset whose digest is
    // one of these; 0 when none.
    std::int64_t lastScanAt(const std::vector<std::string> &digests) const;

    // Rows [offset, offset + limit) of the filtered, sorted list; limit is capped at
    // kMaxRowsPerCall. Ties are ordered by repository, platform and id, so pages are stable.
    std::vector<ImageRow> rows(const ImageFilter &filter, ImageSortKey sort, bool descending, int offset,
                               int limit) const;
    std::int64_t count(const ImageFilter &filter) const;
    std::optional<ImageDetail> detail(std::int64_t imageId) const;

private:
    std::vector<ImageRow> rowsById(const std::vector<std::int64_t> &ids) const;

    Database &m_db;
};

} // namespace bulkhead
