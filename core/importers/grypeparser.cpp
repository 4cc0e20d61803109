// Grype JSON (`grype -o json`): both the 0.7-era layout (vulnerability.fixedInVersion, links,
// cvssV2/cvssV3) and the current one (vulnerability.fix.versions, dataSource, urls, cvss[],
// relatedVulnerabilities, descriptor.timestamp). One report = one scanned source = one asset.
#include "importers/formatparsers.h"
#include "importers/grypematch.h"
#include "importers/importerror.h"
#include "importers/jsonread.h"

#include <string>

namespace bulkhead::parsers {

namespace {

using simdjson::ondemand::json_type;
using simdjson::ondemand::object;
using simdjson::ondemand::value;

// Everything `source` may say about the scanned thing; its fields come in any order (current
// grype sorts keys), so the asset is decided once the whole object has been read.
struct SourceText {
    std::string_view type, userInput, imageID, manifestDigest, firstTag, firstRepoDigest, path;
};

void readTarget(value target, SourceText &src)
{
    json_type type;
    if (!jsonread::readable(target.type().get(type)))
        return;
    if (type == json_type::string) { // directory and file sources: the path itself
        src.path = jsonread::textView(std::move(target));
        return;
    }
    if (type != json_type::object)
        return;
    for (auto field : target.get_object()) {
        const std::string_view key = field.unescaped_key();
        if (key == "userInput")
            src.userInput = jsonread::textView(field.value());
        else if (key == "imageID")
            src.imageID = jsonread::textView(field.value());
        else if (key == "manifestDigest")
            src.manifestDigest = jsonread::textView(field.value());
        else if (key == "tags")
            src.firstTag = jsonread::firstString(field.value());
        else if (key == "repoDigests")
            src.firstRepoDigest = jsonread::firstString(field.value());
        else if (key == "path")
            src.path = jsonread::textView(field.value());
    }
}

SourceText readSource(object source)
{
    SourceText src;
    for (auto field : source) {
        const std::string_view key = field.unescaped_key();
        if (key == "type")
            src.type = jsonread::textView(field.value());
        else if (key == "target" || key == "metadata") // "metadata" in syft-1.x shaped sources
            readTarget(field.value(), src);
    }
    return src;
}

// Image identity follows AssetRef: the digest when known (manifest digest first, as grype
// reports it for the scanned platform), then the image ID, then what the user typed.
AssetRef assetFromSource(const SourceText &src)
{
    AssetRef asset;
    if (src.type == "image") {
        asset.kind = AssetKind::Image;
        std::string_view repoDigest;
        if (const auto at = src.firstRepoDigest.find('@'); at != std::string_view::npos)
            repoDigest = src.firstRepoDigest.substr(at + 1);
        asset.digest = std::string(!src.manifestDigest.empty() ? src.manifestDigest : repoDigest);
        asset.identity = !asset.digest.empty() ? asset.digest
            : std::string(!src.imageID.empty() ? src.imageID : src.userInput);
        const std::string_view reference = !src.userInput.empty() ? src.userInput
            : !src.firstTag.empty() ? src.firstTag : src.firstRepoDigest;
        asset.name = std::string(!reference.empty() ? reference : asset.identity);
        asset.repository = imageRepository(reference);
    } else if (src.type == "directory" || src.type == "file") {
        asset.kind = AssetKind::Filesystem;
        asset.identity = std::string(!src.path.empty() ? src.path : src.userInput);
        asset.name = asset.identity;
    } else { // sbom, purl, ... inputs: name what grype was given
        asset.kind = AssetKind::Other;
        const std::string_view what = !src.userInput.empty() ? src.userInput : src.path;
        asset.identity = std::string(src.type) + ":" + std::string(what);
        asset.name = asset.identity;
    }
    if (asset.identity.empty() || asset.identity == ":")
        throw ImportError("Grype report: \"source\" does not say what was scanned");
    return asset;
}

std::string readDistro(object distro)
{
    std::string name, version;
    for (auto field : distro) {
        const std::string_view key = field.unescaped_key();
        if (key == "name")
            name = jsonread::text(field.value());
        else if (key == "version")
            version = jsonread::text(field.value());
    }
    return version.empty() ? name : name + " " + version;
}

void readDescriptor(object descriptor, ParsedReport &out)
{
    for (auto field : descriptor) {
        const std::string_view key = field.unescaped_key();
        if (key == "version")
            out.toolVersion = jsonread::text(field.value());
        else if (key == "timestamp")
            out.scannedAt = jsonread::parseTimestamp(jsonread::textView(field.value()));
    }
}

} // namespace

void parseGrype(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx)
{
    out.tool = "Grype";
    bool haveSource = false;
    SourceText source;
    std::string os;
    grype::MatchReader reader(out, ctx);

    for (auto field : doc.get_object()) {
        const std::string_view key = field.unescaped_key();
        if (key == "matches") {
            if (field.value().is_null())
                continue;
            simdjson::ondemand::array matches;
            if (!jsonread::readable(field.value().get_array().get(matches)))
                throw ImportError("Grype report: \"matches\" is not an array");
            std::size_t index = 0;
            for (auto item : matches) {
                const std::string where = "matches[" + std::to_string(index++) + "]";
                jsonread::guardEntry(out, where, [&] {
                    if (!reader.read(item.get_object()))
                        out.warn(where + ": no vulnerability.id or artifact.name");
                });
            }
        } else if (key == "source") {
            object obj;
            if (!jsonread::readable(field.value().get_object().get(obj)))
                throw ImportError("Grype report: \"source\" is not an object");
            source = readSource(obj);
            haveSource = true;
        } else if (key == "distro") {
            object distro;
            if (jsonread::readable(field.value().get_object().get(distro)))
                os = readDistro(distro);
        } else if (key == "descriptor") {
            object descriptor;
            if (jsonread::readable(field.value().get_object().get(descriptor)))
                readDescriptor(descriptor, out);
        }
    }
    if (!haveSource)
        throw ImportError("Grype report has no \"source\": cannot tell what was scanned");

    AssetRef asset = assetFromSource(source);
    asset.os = std::move(os);
    // The only asset of the report: findings and components were recorded with index 0 while
    // streaming, because `source` may come after `matches` (it does in grype 0.7 output).
    const std::uint32_t assetIndex = out.addAsset(std::move(asset));
    out.addScope(assetIndex, FindingKind::Vulnerability);
}

} // namespace bulkhead::parsers
