#include "importers/formatparsers.h"
#include "importers/importerror.h"
#include "importers/jsonread.h"
#include "importers/trivyresultparser.h"

// `trivy image|fs|repo|config --format json`, SchemaVersion 2: one artifact, its Results.
namespace bulkhead::parsers {

namespace {

using ValueResult = simdjson::simdjson_result<simdjson::ondemand::value>;

// What Metadata says about a container image (views into the document's string buffer).
struct ImageMetadata {
    std::string_view imageId;    // config digest
    std::string_view repoTag;    // first of RepoTags
    std::string_view repoDigest; // first of RepoDigests: "repo@sha256:..."
    std::string_view osFamily;
    std::string_view osName;
};

void readOs(ValueResult os, ImageMetadata &meta)
{
    simdjson::ondemand::object obj;
    if (!jsonread::readable(os.get_object().get(obj)))
        return;
    for (auto field : obj) {
        const std::string_view k = trivy::rawKey(field);
        if (k == "Family")
            meta.osFamily = jsonread::textView(field.value());
        else if (k == "Name")
            meta.osName = jsonread::textView(field.value());
    }
}

// Lenient: Metadata only enriches the asset; the findings do not depend on it.
ImageMetadata readMetadata(ValueResult metadata)
{
    ImageMetadata meta;
    simdjson::ondemand::object obj;
    if (!jsonread::readable(metadata.get_object().get(obj)))
        return meta;
    for (auto field : obj) {
        const std::string_view k = trivy::rawKey(field);
        if (k == "OS")
            readOs(field.value(), meta);
        else if (k == "ImageID")
            meta.imageId = jsonread::textView(field.value());
        else if (k == "RepoTags")
            meta.repoTag = jsonread::firstString(field.value());
        else if (k == "RepoDigests")
            meta.repoDigest = jsonread::firstString(field.value());
    }
    return meta;
}

// `trivy image --input alpine.tar` names a file, not an image reference: its repository then
// comes from the image's own tags.
bool isArchivePath(std::string_view name)
{
    const auto endsWith = [name](std::string_view suffix) {
        return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
    };
    return name.starts_with('/') || name.starts_with('.') || endsWith(".tar") || endsWith(".tar.gz")
        || endsWith(".tgz");
}

AssetRef imageAsset(std::string_view artifactName, const ImageMetadata &meta)
{
    AssetRef asset;
    asset.kind = AssetKind::Image;
    asset.name = artifactName;
    // The manifest digest names the image wherever it is pulled from; an archive only has the
    // config digest (ImageID).
    if (const auto at = meta.repoDigest.find('@'); at != std::string_view::npos)
        asset.digest = meta.repoDigest.substr(at + 1);
    else
        asset.digest = meta.imageId;
    asset.identity = asset.digest.empty() ? asset.name : asset.digest;
    if (!artifactName.empty() && !isArchivePath(artifactName))
        asset.repository = imageRepository(artifactName);
    else if (!meta.repoTag.empty())
        asset.repository = imageRepository(meta.repoTag);
    else if (!meta.repoDigest.empty())
        asset.repository = imageRepository(meta.repoDigest);
    asset.os = meta.osFamily;
    if (!meta.osName.empty()) {
        if (!asset.os.empty())
            asset.os.push_back(' ');
        asset.os.append(meta.osName);
    }
    return asset;
}

} // namespace

void parseTrivyJson(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx)
{
    out.tool = "Trivy";
    // The report describes one artifact, and its fields may come after Results: findings are
    // attributed to index 0 and the asset is added after the loop, as the only one.
    constexpr std::uint32_t kAsset = 0;
    std::string_view artifactName, artifactType;
    ImageMetadata meta;
    trivy::ReadState state;
    for (auto field : doc.get_object()) {
        const std::string_view k = trivy::rawKey(field);
        if (k == "Results")
            trivy::parseResults(field.value(), kAsset, trivy::VulnerabilityLocation::PackagePath, state, out, ctx);
        else if (k == "ArtifactName")
            artifactName = jsonread::textView(field.value());
        else if (k == "ArtifactType")
            artifactType = jsonread::textView(field.value());
        else if (k == "Metadata")
            meta = readMetadata(field.value());
        else if (k == "CreatedAt")
            out.scannedAt = jsonread::parseTimestamp(jsonread::textView(field.value()));
        else if (k == "Trivy")
            out.toolVersion = jsonread::text(field.value().find_field_unordered("Version"));
    }

    AssetRef asset;
    if (artifactType == "container_image") {
        asset = imageAsset(artifactName, meta);
    } else { // filesystem, repository, vm, sbom: the scanned path or URL is the asset
        asset.kind = AssetKind::Filesystem;
        asset.identity = artifactName;
        asset.name = artifactName;
    }
    if (asset.identity.empty())
        throw ImportError("the Trivy report does not name what it scanned (no ArtifactName)");
    if (out.addAsset(std::move(asset)) != kAsset)
        throw ImportError("internal error: the Trivy artifact is not the report's first asset");
    trivy::finishReport(out, state);
}

} // namespace bulkhead::parsers
