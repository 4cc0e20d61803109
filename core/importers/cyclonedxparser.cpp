// CycloneDX JSON, spec 1.2-1.6: an SBOM (components) and, when it has a `vulnerabilities` array,
// a vulnerability scan of its subject (metadata.component), which is the report's one asset.
// Vulnerabilities name the components they affect by bom-ref; writers put components first, but
// the spec does not, so vulnerabilities are kept (as views into the parser's buffers) and turned
// into findings once the whole document has been read.
#include "importers/cyclonedxvulnerability.h"
#include "importers/formatparsers.h"
#include "importers/importerror.h"
#include "importers/jsonread.h"
#include "importers/sbompurl.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace bulkhead::parsers {

namespace {

using simdjson::ondemand::array;
using simdjson::ondemand::object;
using simdjson::ondemand::value;

// components[].components[] nesting that is followed; deeper entries are skipped with a warning.
// Real SBOMs nest a few levels (an application's bundled libraries); more is corruption or abuse.
constexpr int kMaxComponentDepth = 8;

// metadata.component: what the SBOM describes.
struct Subject {
    bool present = false;
    std::string_view type, name, group, version, purl, bomRef, repoDigest;
};

// What a bom-ref resolves to for the findings that name it.
struct ComponentRef {
    std::string_view name, version;
    std::string type;
};

// properties[]: [{name, value}, ...]; calls fn(name, value) for each well-formed entry.
template <typename Fn>
void forEachProperty(simdjson::simdjson_result<simdjson::ondemand::value> list, Fn &&fn)
{
    array props;
    if (!jsonread::readable(list.get_array().get(props)))
        return;
    for (auto item : props) {
        object prop;
        if (!jsonread::readable(item.get_object().get(prop)))
            continue;
        std::string_view name, val;
        for (auto field : prop) {
            const std::string_view key = field.unescaped_key();
            if (key == "name")
                name = jsonread::textView(field.value());
            else if (key == "value")
                val = jsonread::textView(field.value());
        }
        fn(name, val);
    }
}

// licenses[]: {license: {id | name}} or {expression}.
std::string readLicenses(array licenses)
{
    std::string out;
    for (auto item : licenses) {
        object entry;
        if (!jsonread::readable(item.get_object().get(entry)))
            continue;
        std::string_view text;
        for (auto field : entry) {
            const std::string_view key = field.unescaped_key();
            if (key == "expression") {
                text = jsonread::textView(field.value());
            } else if (key == "license") {
                object license;
                if (!jsonread::readable(field.value().get_object().get(license)))
                    continue;
                std::string_view id, name;
                for (auto lf : license) {
                    const std::string_view lk = lf.unescaped_key();
                    if (lk == "id")
                        id = jsonread::textView(lf.value());
                    else if (lk == "name")
                        name = jsonread::textView(lf.value());
                }
                text = !id.empty() ? id : name;
            }
        }
        if (text.empty())
            continue;
        if (!out.empty())
            out.append(", ");
        out.append(text);
    }
    return out;
}

// The array at a top-level key; null reads as absent, any other type makes the file unusable.
bool arrayOrNull(simdjson::simdjson_result<value> v, array &out, const char *what)
{
    if (v.is_null())
        return false;
    if (!jsonread::readable(v.get_array().get(out)))
        throw ImportError(std::string("CycloneDX \"") + what + "\" is not an array");
    return true;
}

class CycloneDxReader
{
public:
    CycloneDxReader(ParsedReport &out, ParseContext &ctx) : m_out(out), m_ctx(ctx) {}

    void read(simdjson::ondemand::document &doc)
    {
        for (auto field : doc.get_object()) {
            const std::string_view key = field.unescaped_key();
            if (key == "specVersion") {
                const std::string_view spec = jsonread::textView(field.value());
                if (!spec.empty() && !spec.starts_with("1."))
                    throw ImportError("unsupported CycloneDX specVersion \"" + std::string(spec)
                                      + "\" (this version reads 1.x)");
            } else if (key == "serialNumber") {
                m_serial = jsonread::textView(field.value());
            } else if (key == "metadata") {
                object metadata;
                if (jsonread::readable(field.value().get_object().get(metadata)))
                    readMetadata(metadata);
            } else if (key == "components") {
                array components;
                if (arrayOrNull(field.value(), components, "components"))
                    readComponents(components, "components", 0);
            } else if (key == "vulnerabilities") {
                array vulnerabilities;
                if (!arrayOrNull(field.value(), vulnerabilities, "vulnerabilities"))
                    continue;
                m_haveVulnerabilities = true;
                std::size_t index = 0;
                for (auto item : vulnerabilities) {
                    const std::string where = "vulnerabilities[" + std::to_string(index++) + "]";
                    jsonread::guardEntry(m_out, where, [&] {
                        cyclonedx::Vulnerability v = cyclonedx::readVulnerability(item.get_object());
                        if (v.id.empty())
                            m_out.warn(where + ": no id");
                        else
                            m_vulnerabilities.push_back(std::move(v));
                    });
                }
            }
        }
        AssetRef asset = subjectAsset();
        asset.os = m_os;
        // The only asset: components and findings use index 0.
        const std::uint32_t assetIndex = m_out.addAsset(std::move(asset));
        emitFindings();
        // An SBOM without a vulnerabilities array lists packages; it does not claim a scan.
        if (m_haveVulnerabilities)
            m_out.addScope(assetIndex, FindingKind::Vulnerability);
    }

private:
    void readMetadata(object metadata)
    {
        for (auto field : metadata) {
            const std::string_view key = field.unescaped_key();
            if (key == "timestamp") {
                m_out.scannedAt = jsonread::parseTimestamp(jsonread::textView(field.value()));
            } else if (key == "tools") {
                readTools(field.value());
            } else if (key == "component") {
                object component;
                if (jsonread::readable(field.value().get_object().get(component)))
                    readSubject(component);
            }
        }
    }

    // 1.2-1.4: tools is [{vendor, name, version}]; 1.5+: {components: [...], services: [...]}.
    void readTools(value tools)
    {
        array list;
        object obj;
        if (jsonread::readable(tools.get_object().get(obj))) {
            if (!jsonread::readable(obj.find_field_unordered("components").get_array().get(list)))
                return;
        } else if (!jsonread::readable(tools.get_array().get(list))) {
            return;
        }
        for (auto item : list) {
            object tool;
            if (!jsonread::readable(item.get_object().get(tool)))
                continue;
            for (auto field : tool) {
                const std::string_view key = field.unescaped_key();
                if (key == "name")
                    m_out.tool = jsonread::text(field.value());
                else if (key == "version")
                    m_out.toolVersion = jsonread::text(field.value());
            }
            if (!m_out.tool.empty())
                return; // the first named tool made the report
        }
    }

    void readSubject(object component)
    {
        Subject &s = m_subject;
        s.present = true;
        for (auto field : component) {
            const std::string_view key = field.unescaped_key();
            if (key == "type") {
                s.type = jsonread::textView(field.value());
            } else if (key == "name") {
                s.name = jsonread::textView(field.value());
            } else if (key == "group") {
                s.group = jsonread::textView(field.value());
            } else if (key == "version") {
                s.version = jsonread::textView(field.value());
            } else if (key == "purl") {
                s.purl = jsonread::textView(field.value());
            } else if (key == "bom-ref") {
                s.bomRef = jsonread::textView(field.value());
            } else if (key == "properties") {
                forEachProperty(field.value(), [&s](std::string_view name, std::string_view val) {
                    if (name == "aquasecurity:trivy:RepoDigest")
                        s.repoDigest = val;
                });
            }
        }
        if (!s.bomRef.empty()) // a vulnerability may affect the subject itself
            m_byRef.emplace(s.bomRef, ComponentRef{s.name, s.version, std::string(s.type)});
    }

    void readComponents(array components, const std::string &where, int depth)
    {
        std::size_t index = 0;
        for (auto item : components) {
            const std::string entry = where + "[" + std::to_string(index++) + "]";
            jsonread::guardEntry(m_out, entry, [&] { readComponent(item.get_object(), entry, depth); });
        }
    }

    void readComponent(object component, const std::string &where, int depth)
    {
        std::string_view ref, type, name, version, purl, packageType;
        std::string licenses;
        for (auto field : component) {
            const std::string_view key = field.unescaped_key();
            if (key == "bom-ref") {
                ref = jsonread::textView(field.value());
            } else if (key == "type") {
                type = jsonread::textView(field.value());
            } else if (key == "name") {
                name = field.value().get_string(); // required
            } else if (key == "version") {
                version = jsonread::textView(field.value());
            } else if (key == "purl") {
                purl = jsonread::textView(field.value());
            } else if (key == "licenses") {
                array list;
                if (jsonread::readable(field.value().get_array().get(list)))
                    licenses = readLicenses(list);
            } else if (key == "properties") {
                forEachProperty(field.value(), [&packageType](std::string_view name, std::string_view val) {
                    if (name == "syft:package:type" || name == "aquasecurity:trivy:PkgType")
                        packageType = val;
                });
            } else if (key == "components") {
                if (depth + 1 >= kMaxComponentDepth) {
                    m_out.warn(where + ".components: nested deeper than " + std::to_string(kMaxComponentDepth)
                               + " levels (skipped)");
                    continue;
                }
                array nested;
                if (jsonread::readable(field.value().get_array().get(nested)))
                    readComponents(nested, where + ".components", depth + 1);
            }
        }
        if (name.empty()) {
            m_out.warn(where + ": no name");
            return;
        }
        std::string resolvedType = sbompurl::type(purl);
        if (resolvedType.empty())
            resolvedType = std::string(!packageType.empty() ? packageType : type);
        if (!ref.empty())
            m_byRef.emplace(ref, ComponentRef{name, version, resolvedType});
        if (type == "operating-system") { // the subject's OS, not a package of it
            m_os = std::string(name);
            if (!version.empty())
                m_os.append(" ").append(version);
            return;
        }
        ParsedComponent c;
        c.asset = 0;
        c.name = std::string(name);
        c.type = std::move(resolvedType);
        c.version = std::string(version);
        c.purl = std::string(purl);
        c.licenses = std::move(licenses);
        m_out.components.push_back(std::move(c));
    }

    AssetRef subjectAsset() const
    {
        const Subject &s = m_subject;
        AssetRef asset;
        if (s.present && !s.name.empty()) {
            if (s.type == "container") {
                asset.kind = AssetKind::Image;
                // syft and grype write the digest as the version; trivy in a pkg:oci purl.
                asset.digest = s.version.starts_with("sha256:") ? std::string(s.version) : sbompurl::imageDigest(s.purl);
                if (asset.digest.empty())
                    if (const auto at = s.repoDigest.find('@'); at != std::string_view::npos)
                        asset.digest = std::string(s.repoDigest.substr(at + 1));
                asset.identity = !asset.digest.empty() ? asset.digest : std::string(s.name);
                asset.name = std::string(s.name);
                asset.repository = imageRepository(s.name);
                return asset;
            }
            asset.kind = s.type == "file" ? AssetKind::Filesystem : AssetKind::Other;
            std::string label = s.group.empty() ? std::string(s.name) : std::string(s.group) + "/" + std::string(s.name);
            if (!s.version.empty())
                label.append("@").append(s.version);
            asset.identity = !s.purl.empty() && asset.kind == AssetKind::Other ? std::string(s.purl) : label;
            asset.name = std::move(label);
            return asset;
        }
        if (m_serial.empty())
            throw ImportError("CycloneDX document has neither metadata.component nor serialNumber: "
                              "nothing says what it describes");
        asset.kind = AssetKind::Other;
        asset.identity = std::string(m_serial);
        asset.name = asset.identity;
        return asset;
    }

    void emitFindings()
    {
        std::unordered_set<std::string> ruleKeys, findingKeys;
        for (const cyclonedx::Vulnerability &v : m_vulnerabilities) {
            if (v.ruledOut()) // VEX: the document itself says this does not apply
                continue;
            if (ruleKeys.emplace(v.id).second)
                m_out.rules.push_back(v.ruleInfo(m_ctx.firstSighting(FindingKind::Vulnerability, v.id)));
            for (const cyclonedx::Affected &affected : v.affects) {
                ParsedFinding f;
                f.asset = 0;
                f.kind = FindingKind::Vulnerability;
                f.ruleKey = std::string(v.id);
                f.severity = v.severity;
                if (auto it = m_byRef.find(affected.ref); it != m_byRef.end()) {
                    f.package = std::string(it->second.name);
                    f.installedVersion = std::string(it->second.version);
                    f.packageType = it->second.type;
                } else if (sbompurl::Parts parts; sbompurl::parse(affected.ref, parts)) {
                    // A dangling ref that is a purl still says which package (trivy#9277).
                    f.package = std::move(parts.name);
                    f.installedVersion = std::move(parts.version);
                    f.packageType = std::move(parts.type);
                } else {
                    m_out.warn("vulnerability " + std::string(v.id) + " affects unknown bom-ref \""
                               + std::string(affected.ref) + "\" (skipped)");
                    continue;
                }
                f.fixedVersion = v.fixedVersionFor(affected, f.package);
                std::string key = f.ruleKey;
                key.append(1, '\0').append(f.package).append(1, '\0').append(f.installedVersion);
                if (findingKeys.insert(std::move(key)).second)
                    m_out.findings.push_back(std::move(f));
            }
        }
    }

    ParsedReport &m_out;
    ParseContext &m_ctx;
    Subject m_subject;
    std::string_view m_serial;
    std::string m_os;
    bool m_haveVulnerabilities = false;
    std::unordered_map<std::string_view, ComponentRef> m_byRef;
    std::vector<cyclonedx::Vulnerability> m_vulnerabilities;
};

} // namespace

void parseCycloneDx(simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx)
{
    CycloneDxReader(out, ctx).read(doc);
}

} // namespace bulkhead::parsers
