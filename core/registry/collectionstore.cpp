#include "registry/collectionstore.h"

#include "registry/imageconfigjson.h"
#include "registry/posturereport.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/imagerepository.h"
#include "store/importwriter.h"
#include "store/storeerror.h"

#include <memory>

namespace bulkhead {

namespace {

CollectionRunRow runRow(std::int64_t sourceId, std::int64_t runId, std::int64_t startedAt, std::int64_t now,
                        const CollectionResult &result)
{
    CollectionRunRow row;
    row.id = runId;
    row.sourceId = sourceId;
    row.startedAt = startedAt;
    row.finishedAt = now;
    row.status = collectionStatusName(result.status);
    row.error = result.error;
    row.repositories = result.repositories;
    row.images = result.images;
    row.requests = static_cast<int>(result.requests);
    row.failures = static_cast<int>(result.failures.size());
    return row;
}

} // namespace

void finishRun(Database &db, std::int64_t sourceId, std::int64_t runId, std::int64_t startedAt, std::int64_t now,
               const CollectionResult &result)
{
    if (!runId)
        return;
    CollectionRunRepository(db).finish(runRow(sourceId, runId, startedAt, now, result));
}

void storeCollection(Database &db, const CollectionData &data, CollectionResult &result)
{
    ImageRepository images(db);
    std::vector<ImagePosture> posture;
    std::vector<CollectedImage> collected;
    posture.reserve(data.images.size());
    collected.reserve(data.images.size());
    for (const CrawledImage &c : data.images) {
        CollectedImage image = c.image;
        image.user = c.config.user;
        image.created = c.config.created;
        image.configJson = imageConfigJson(c.config);
        image.signatureState = static_cast<int>(c.signature.state);
        image.signatureDetail = c.signature.detail;
        ImagePostureInput input;
        input.reference = data.registryHost + '/' + image.repository + '@' + image.digest;
        input.config = c.config;
        input.layerCount = image.layers;
        input.sizeBytes = image.sizeBytes;
        input.signature = c.signature;
        input.hasSbom = !image.sbomFormat.empty();
        input.sbomCreated = image.sbomCreated;
        std::vector<std::string> digests{image.digest};
        if (!image.indexDigest.empty())
            digests.push_back(image.indexDigest);
        if (!image.configDigest.empty())
            digests.push_back(image.configDigest);
        input.lastScanAt = images.lastScanAt(digests);
        input.insecureSource = data.insecureSource;
        posture.push_back({&c, evaluateImagePosture(input, data.thresholds, data.now)});
        collected.push_back(std::move(image));
    }
    const ParsedFile report = buildPostureReport(data.sourceName, data.registryHost, data.runId, data.now, posture);
    result.images = static_cast<int>(collected.size());
    result.tags = static_cast<int>(data.tags.size());
    result.postureFindings = report.report->findings.size();

    std::unique_ptr<ImportWriter> writer;
    try {
        writer = std::make_unique<ImportWriter>(db);
        writer->beginBatch();
        images.writeCollection(data.sourceId, data.runId, collected, data.tags, data.complete, data.now);
        for (const ParsedFile &sbom : data.sboms) {
            writer->write(sbom, data.now);
            ++result.sbomsImported;
        }
        const ImportSummary summary = writer->write(report, data.now);
        result.newFindings = summary.newFindings;
        result.resolved = summary.resolved;
        result.reopened = summary.reopened;
        CollectionRunRepository(db).finish(runRow(data.sourceId, data.runId, data.startedAt, data.now, result));
        writer->commitBatch();
    } catch (const StoreError &e) {
        if (writer && writer->inBatch())
            writer->rollbackBatch();
        result.status = CollectionStatus::Failed;
        result.error = std::string("the collection could not be stored, nothing of it was kept: ") + e.what();
        result.images = result.tags = result.sbomsImported = 0;
        result.newFindings = result.resolved = result.reopened = 0;
        try {
            finishRun(db, data.sourceId, data.runId, data.startedAt, data.now, result);
        } catch (const StoreError &) {
            // The run stays "running" in the store; the caller still has the error.
        }
    }
}

} // namespace bulkhead
