#pragma once

// OCI image layouts (oci-layout, index.json, blobs/sha256/...) built in tests, and helpers that
// push them with `skopeo copy` to a LocalRegistry, including cosign-format signatures.

#include "localregistry.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace bulkhead::test {

namespace oci {
inline constexpr char kManifest[] = "application/vnd.oci.image.manifest.v1+json";
inline constexpr char kIndex[] = "application/vnd.oci.image.index.v1+json";
inline constexpr char kConfig[] = "application/vnd.oci.image.config.v1+json";
inline constexpr char kLayerTarGzip[] = "application/vnd.oci.image.layer.v1.tar+gzip";
inline constexpr char kCosignSimpleSigning[] = "application/vnd.dev.cosign.simplesigning.v1+json";
inline constexpr char kCosignSignatureAnnotation[] = "dev.cosignproject.cosign/signature";
inline constexpr char kEmpty[] = "application/vnd.oci.empty.v1+json";
inline constexpr char kSpdxJson[] = "application/spdx+json";          // OCI artifactType
inline constexpr char kSpdxJsonText[] = "text/spdx+json";             // cosign attach sbom layer
inline constexpr char kCycloneDxJson[] = "application/vnd.cyclonedx+json";
} // namespace oci

struct OciDescriptor {
    QString mediaType;
    QString digest; // "sha256:<hex>"
    qint64 size = 0;
    QString os, architecture, variant; // platform, only for index entries
    QJsonObject annotations;

    QString hex() const { return digest.mid(7); }       // digest without "sha256:"
    QString sigTag() const { return QStringLiteral("sha256-") + hex() + QStringLiteral(".sig"); }
    QJsonObject toJson() const;
    bool isValid() const { return !digest.isEmpty(); }
};

struct OciImageSpec {
    QString user;               // config.User: "" or "0" = root, "1000:1000" = a user
    QString os = QStringLiteral("linux");
    QString architecture = QStringLiteral("amd64");
    QString variant;
    QDateTime created = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    QStringList env = {QStringLiteral("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")};
    QStringList cmd = {QStringLiteral("/bin/app")};
    QMap<QString, QString> labels;
    QStringList history = {QStringLiteral("/bin/sh -c #(nop) ADD file:app in /")};
    QMap<QString, QByteArray> files = {{QStringLiteral("bin/app"), QByteArray("#!/bin/sh\necho app\n")}};
};

class OciLayout {
public:
    // Creates `dir` with oci-layout, blobs/sha256 and an empty index.json.
    explicit OciLayout(const QString &dir);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString dir() const { return m_dir; }
    // "oci:<dir>:<tag>" for skopeo.
    QString ref(const QString &tag) const { return QStringLiteral("oci:") + m_dir + QLatin1Char(':') + tag; }

    OciDescriptor addBlob(const QByteArray &bytes, const QString &mediaType);
    QByteArray blob(const QString &digest) const;
    // Layer (tar.gz of spec.files), config JSON and manifest; returns the manifest's descriptor
    // (with the platform filled in, ready for an index).
    OciDescriptor addImage(const OciImageSpec &spec);
    // An OCI image index over the given manifests (their platforms are kept).
    OciDescriptor addIndex(const QList<OciDescriptor> &manifests);
    // A cosign-format signature manifest: one layer of mediaType simplesigning holding `payload`,
    // annotated with dev.cosignproject.cosign/signature = base64(derSignature).
    OciDescriptor addCosignSignature(const QByteArray &payload, const QByteArray &derSignature);
    // Names `d` in index.json (org.opencontainers.image.ref.name = tag) and rewrites index.json.
    bool tag(const OciDescriptor &d, const QString &tag);

    // A deterministic gzip'ed ustar archive of `files` (path -> content, mode 0755, mtime 0);
    // the uncompressed tar is returned in *tar (its digest is the config's diff_id).
    static QByteArray tarGz(const QMap<QString, QByteArray> &files, QByteArray *tar = nullptr,
                            QString *error = nullptr);
    // Cosign's simple-signing payload for `dockerReference` (e.g. "127.0.0.1:5000/app") and a
    // manifest digest "sha256:...".
    static QByteArray simpleSigningPayload(const QString &dockerReference, const QString &manifestDigest);

private:
    OciDescriptor addJson(const QJsonObject &o, const QString &mediaType);

    QString m_dir;
    QString m_error;
    QList<QJsonObject> m_refs;
};

// What ended up in the registry.
struct PushedImage {
    QString repo;   // "app/root"
    QString tag;    // "1.0" or "sha256-<hex>.sig"
    QString digest; // manifest (or index) digest "sha256:..." as pushed (skopeo keeps digests)
    QString error;  // empty on success
    bool ok() const { return error.isEmpty() && !digest.isEmpty(); }
    QString reference() const { return repo + QLatin1Char(':') + tag; }
};

// skopeo copy [--all --preserve-digests] oci:<layout>:<layoutTag> docker://<registry>/<repoAndTag>.
ToolRun skopeoPush(const LocalRegistry &registry, const OciLayout &layout, const QString &layoutTag,
                   const QString &repoAndTag, LocalRegistry::Auth auth = LocalRegistry::Auth::Configured);
// Message suitable for QSKIP when skopeo is missing, else empty.
QString missingSkopeo();
// What a test against plain and TLS+htpasswd registries lacks (docker-registry, skopeo, openssl,
// htpasswd), as a QSKIP message; empty when everything is there.
QString missingRegistryTestTools();

// Each builds a fresh layout under `workDir` and pushes it; `workDir` must exist.
// An image whose config.User is "" (root).
PushedImage pushRootImage(const LocalRegistry &registry, const QString &workDir,
                          const QString &repo = QStringLiteral("app/root"), const QString &tag = QStringLiteral("1.0"));
// An image whose config.User is "1000:1000".
PushedImage pushUserImage(const LocalRegistry &registry, const QString &workDir,
                          const QString &repo = QStringLiteral("app/user"), const QString &tag = QStringLiteral("1.0"));
// An index of linux/amd64 and linux/arm64 (v8) manifests; children digests in *platformDigests
// ("linux/amd64" -> digest).
PushedImage pushMultiPlatformImage(const LocalRegistry &registry, const QString &workDir,
                                   const QString &repo = QStringLiteral("app/multi"),
                                   const QString &tag = QStringLiteral("1.0"),
                                   QMap<QString, QString> *platformDigests = nullptr);
// A cosign signature stored at <repo>:sha256-<hex of taggedDigest>.sig whose payload names
// `signedDigest` and whose signature is made with `privateKeyPem`:
//  valid               signedDigest == taggedDigest, certs.signingKey()
//  for another digest  signedDigest != taggedDigest
//  with a wrong key    certs.otherSigningKey()
PushedImage pushCosignSignature(const LocalRegistry &registry, const QString &workDir, const QString &repo,
                                const QString &taggedDigest, const QString &signedDigest,
                                const QString &privateKeyPem);
PushedImage pushValidSignature(const LocalRegistry &registry, const TestCerts &certs, const QString &workDir,
                               const PushedImage &image);
PushedImage pushSignatureForOtherDigest(const LocalRegistry &registry, const TestCerts &certs,
                                        const QString &workDir, const PushedImage &image);
PushedImage pushSignatureWithWrongKey(const LocalRegistry &registry, const TestCerts &certs, const QString &workDir,
                                      const PushedImage &image);

enum class SbomFormat { Spdx, CycloneDx };

// A small valid SPDX 2.3 or CycloneDX 1.5 JSON document describing one package ("bulkhead-demo"
// 1.2.3, purl pkg:generic/bulkhead-demo@1.2.3) found in the image `imageDigest`.
QByteArray sbomDocument(SbomFormat format, const QString &imageDigest);

// cosign's attachment scheme (`cosign attach sbom`): <repo>:sha256-<hex>.sbom, an OCI manifest
// whose only layer (media type text/spdx+json or application/vnd.cyclonedx+json) is the SBOM.
PushedImage pushSbomAttachment(const LocalRegistry &registry, const QString &workDir, const PushedImage &image,
                               SbomFormat format);
// An OCI 1.1 referrer: a manifest with artifactType application/spdx+json (or
// application/vnd.cyclonedx+json), an empty config, the SBOM as its layer and `subject` = the
// image, pushed by digest; plus the referrers fallback tag <repo>:sha256-<hex> as an OCI index
// listing it (distribution 2.8 has no referrers API). An index already at that tag keeps its
// entries. PushedImage.digest is the referrer manifest's digest.
PushedImage pushReferrerSbom(const LocalRegistry &registry, const QString &workDir, const PushedImage &image,
                             SbomFormat format);

} // namespace bulkhead::test
