// SPDX 2.x JSON: an SBOM. The package the document DESCRIBES is the asset, the other packages are
// its components. No findings and no scan scopes: an SBOM lists packages, it does not claim a
// vulnerability scan. The DESCRIBES relationship usually follows `packages`, so packages are kept
// (as views into the parser's buffers) until the end of the document.
#include "importers/formatparsers.h"
#include "importers/importerror.h"
#include "importers/jsonread.h"
#include "importers/sbompurl.h"

#include <string>
#include <vector>

namespace bulkhead::parsers {

namespace {

using simdjson::ondemand::array;
using simdjson::ondemand::object;
using simdjson::ondemand::value;

struct Package {
    std::string_view spdxId, name, version, purl, purpose, concluded, declared;
};

// NOASSERTION / NONE are SPDX's "not known" and "none" markers, not license names.
bool isLicense(std::string_view s)
{
    return !s.empty() && s != "NOASSERTION" && s != "NONE";
}

Package readPackage(object obj)
{
    Package p;
    for (auto field : obj) {
        const std::string_view key = field.unescaped_key();
        if (key == "SPDXID") {
            p.spdxId = jsonread::textView(field.value());
        } else if (key == "name") {
            p.name = field.value().get_string(); // required
        } else if (key == "versionInfo") {
            p.version = jsonread::textView(field.value());
        } else if (key == "primaryPackagePurpose") {
            p.purpose = jsonread::textView(field.value());
        } else if (key == "licenseConcluded") {
            p.concluded = jsonread::textView(field.value());
        } else if (key == "licenseDeclared") {
            p.declared = jsonread::textView(field.value());
        } else if (key == "externalRefs") {
            array refs;
            if (!jsonread::readable(field.value().get_array().get(refs)))
                continue;
            for (auto item : refs) {
                object ref;
                if (!jsonread::readable(item.get_object().get(ref)))
                    continue;
                std::string_view type, locator;
                for (auto rf : ref) {
                    const std::string_view rk = rf.unescaped_key();
                    if (rk == "referenceType")
                        type = jsonread::textView(rf.value());
                    else if (rk == "referenceLocator")
                        locator = jsonread::textView(rf.value());
                }
                if (type == "purl" && p.purl.empty())
                    p.purl = locator;
            }
        }
    }
    return p;
}

// relationships[]: returns the element the document DESCRIBES (or that is DESCRIBED_BY it).
std::string_view describedElement(object rel, std::string_view documentId)
{
    std::string_view element, type, related;
    for (auto field : rel) {
        const std::string_view key = field.unescaped_key();
        if (key == "spdxElementId")
            element = jsonread::textView(field.value());
        else if (key == "relationshipType")
            type = jsonread::textView(field.value());
        else if (key == "relatedSpdxElement")
            related = jsonread::textView(field.value());
    }
    if (type == "DESCRIBES" && element == documentId)
        return related;
    if (type == "DESCRIBED_BY" && related == documentId)
        return element;
    return {};
}

// creators: "Tool: syft-0.57.0" -> ("syft", "0.57.0"); "Tool: trivy-dev" -> ("trivy", "dev").
// The version is split off only where it looks like one, so "Tool: cyclonedx-gomod" stays whole.
void readCreators(array creators, ParsedReport &out)
{
    for (auto item : creators) {
        std::string_view creator;
        if (!jsonread::readable(item.get_string().get(creator)) || !creator.starts_with("Tool:"))
            continue;
        creator.remove_prefix(5);
        while (!creator.empty() && creator.front() == ' ')
            creator.remove_prefix(1);
        const auto dash = creator.rfind('-');
        if (dash != std::string_view::npos && dash + 1 < creator.size()) {
            const std::string_view version = creator.substr(dash + 1);
            const char c = version.front();
            if ((c >= '0' && c <= '9') || (c == 'v' && version.size() > 1 && version[1] >= '0' && version[1] <= '9')
                || version == "dev") {
                out.tool = std::string(creator.substr(0, dash));
                out.toolVersion = std::string(version);
                return;
            }
        }
        out.tool = std::string(creator);
        return;
    }
}

AssetRef packageAsset(const Package &p)
{
    AssetRef asset;
    const std::string purlType = sbompurl::type(p.purl);
    if (p.purpose == "CONTAINER" || purlType == "oci" || purlType == "docker") {
        asset.kind = AssetKind::Image;
        asset.digest = p.version.starts_with("sha256:") ? std::string(p.version) : sbompurl::imageDigest(p.purl);
        asset.identity = !asset.digest.empty() ? asset.digest : std::string(p.name);
        asset.name = std::string(p.name);
        asset.repository = imageRepository(p.name);
        return asset;
    }
    // Same identity rule as a CycloneDX subject, so SBOMs of one thing in either format meet.
    asset.kind = AssetKind::Other;
    std::string label(p.name);
    if (!p.version.empty())
        label.append("@").append(p.version);
    asset.identity = !p.purl.empty() ? std::string(p.purl) : label;
    asset.name = std::move(label);
    return asset;
}

} // namespace

void parseSpdx(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &)
{
    std::vector<Package> packages;
    std::vector<std::string_view> described; // DESCRIBES targets and documentDescribes[]
    std::string_view documentId = "SPDXRef-DOCUMENT", documentName, documentNamespace;

    for (auto field : doc.get_object()) {
        const std::string_view key = field.unescaped_key();
        if (key == "SPDXID") {
            documentId = jsonread::textView(field.value());
        } else if (key == "name") {
            documentName = jsonread::textView(field.value());
        } else if (key == "documentNamespace") {
            documentNamespace = jsonread::textView(field.value());
        } else if (key == "creationInfo") {
            object info;
            if (!jsonread::readable(field.value().get_object().get(info)))
                continue;
            for (auto cf : info) {
                const std::string_view ck = cf.unescaped_key();
                array creators;
                if (ck == "created")
                    out.scannedAt = jsonread::parseTimestamp(jsonread::textView(cf.value()));
                else if (ck == "creators" && jsonread::readable(cf.value().get_array().get(creators)))
                    readCreators(creators, out);
            }
        } else if (key == "documentDescribes") { // SPDX 2.0-2.2 spelling of DESCRIBES
            array ids;
            if (!jsonread::readable(field.value().get_array().get(ids)))
                continue;
            for (auto item : ids) {
                std::string_view id;
                if (jsonread::readable(item.get_string().get(id)))
                    described.push_back(id);
            }
        } else if (key == "packages") {
            array list;
            if (field.value().is_null())
                continue;
            if (!jsonread::readable(field.value().get_array().get(list)))
                throw ImportError("SPDX document: \"packages\" is not an array");
            std::size_t index = 0;
            for (auto item : list) {
                const std::string where = "packages[" + std::to_string(index++) + "]";
                jsonread::guardEntry(out, where, [&] {
                    Package p = readPackage(item.get_object());
                    if (p.name.empty())
                        out.warn(where + ": no name");
                    else
                        packages.push_back(p);
                });
            }
        } else if (key == "relationships") {
            array list;
            if (!jsonread::readable(field.value().get_array().get(list)))
                continue;
            for (auto item : list) {
                object rel;
                if (!jsonread::readable(item.get_object().get(rel)))
                    continue;
                const std::string_view target = describedElement(rel, documentId);
                if (!target.empty())
                    described.push_back(target);
            }
        }
    }

    // The first described element that is a package is the subject; a document describing only
    // files (or nothing) is about what its name says.
    const Package *subject = nullptr;
    for (std::string_view id : described) {
        for (const Package &p : packages) {
            if (!p.spdxId.empty() && p.spdxId == id) {
                subject = &p;
                break;
            }
        }
        if (subject)
            break;
    }
    AssetRef asset;
    if (subject) {
        asset = packageAsset(*subject);
    } else {
        asset.kind = AssetKind::Other;
        asset.identity = std::string(!documentName.empty() ? documentName : documentNamespace);
        asset.name = asset.identity;
        if (asset.identity.empty())
            throw ImportError("SPDX document describes no package and has neither name nor documentNamespace");
    }
    out.addAsset(std::move(asset)); // the only asset: index 0

    for (const Package &p : packages) {
        if (&p == subject)
            continue;
        ParsedComponent c;
        c.asset = 0;
        c.name = std::string(p.name);
        c.version = std::string(p.version);
        c.purl = std::string(p.purl);
        c.type = sbompurl::type(p.purl);
        if (c.type.empty() && !p.purpose.empty()) { // "LIBRARY" -> "library", as CycloneDX types read
            c.type = std::string(p.purpose);
            for (char &ch : c.type)
                ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
        }
        c.licenses = std::string(isLicense(p.concluded) ? p.concluded : isLicense(p.declared) ? p.declared : "");
        out.components.push_back(std::move(c));
    }
}

} // namespace bulkhead::parsers
