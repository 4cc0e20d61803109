// parseManifest on real manifests: the shared fixtures (containers/image test data: Docker
// schema 2, manifest lists, OCI manifest and index), manifests built by OciLayout (an image, a
// multi-platform index, a cosign signature) and an OCI 1.1 SBOM artifact. Expected values are
// read from the same bytes with Qt's parser in the test.

#include "registry/manifestinfo.h"
#include "registry/sbomartifact.h"
#include "ocilayout.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

std::string platformOf(const QJsonObject &entry)
{
    const QJsonObject p = entry.value("platform").toObject();
    std::string s = str(p.value("os")) + "/" + str(p.value("architecture"));
    if (!p.value("variant").toString().isEmpty())
        s += "/" + str(p.value("variant"));
    return s;
}

// Compares an image manifest's fields with the document read by Qt.
void checkImage(const ManifestInfo &m, const QJsonObject &doc)
{
    QVERIFY2(m.error.empty(), m.error.c_str());
    QCOMPARE(int(m.kind), int(ManifestInfo::Kind::Image));
    QCOMPARE(m.mediaType, str(doc.value("mediaType")));
    const QJsonObject config = doc.value("config").toObject();
    QCOMPARE(m.configDigest, str(config.value("digest")));
    QCOMPARE(m.configMediaType, str(config.value("mediaType")));
    QCOMPARE(m.configSize, std::int64_t(config.value("size").toDouble()));
    const QJsonArray layers = doc.value("layers").toArray();
    QCOMPARE(m.layers.size(), std::size_t(layers.size()));
    std::int64_t total = 0;
    for (qsizetype i = 0; i < layers.size(); ++i) {
        const QJsonObject l = layers.at(i).toObject();
        QCOMPARE(m.layers[std::size_t(i)].digest, str(l.value("digest")));
        QCOMPARE(m.layers[std::size_t(i)].mediaType, str(l.value("mediaType")));
        QCOMPARE(m.layers[std::size_t(i)].size, std::int64_t(l.value("size").toDouble()));
        total += std::int64_t(l.value("size").toDouble());
    }
    QCOMPARE(m.layersSize(), total);
    QCOMPARE(m.annotations.size(), std::size_t(doc.value("annotations").toObject().size()));
    for (auto it = m.annotations.begin(); it != m.annotations.end(); ++it)
        QCOMPARE(it->second, str(doc.value("annotations").toObject().value(QString::fromStdString(it->first))));
}

void checkIndex(const ManifestInfo &m, const QJsonObject &doc)
{
    QVERIFY2(m.error.empty(), m.error.c_str());
    QCOMPARE(int(m.kind), int(ManifestInfo::Kind::Index));
    QVERIFY(!m.isImage());
    const QJsonArray entries = doc.value("manifests").toArray();
    QCOMPARE(m.manifests.size(), std::size_t(entries.size()));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        const PlatformManifest &p = m.manifests[std::size_t(i)];
        QCOMPARE(p.digest, str(e.value("digest")));
        QCOMPARE(p.mediaType, str(e.value("mediaType")));
        QCOMPARE(p.size, std::int64_t(e.value("size").toDouble()));
        QCOMPARE(p.platform(), platformOf(e));
        QVERIFY(!p.isAttestation());
    }
}

QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

std::string_view view(const QByteArray &b)
{
    return {b.constData(), std::size_t(b.size())};
}

} // namespace

class TestManifestInfo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("index");
        QTest::newRow("docker schema 2") << "oci/v2s2.manifest.json" << false;
        QTest::newRow("oci manifest") << "oci/ociv1.manifest.json" << false;
        QTest::newRow("cosign-signed image") << "cosign/dir-img-cosign-valid/manifest.json" << false;
        QTest::newRow("docker manifest list") << "oci/schema2list.json" << true;
        QTest::newRow("docker list of schema 1") << "oci/v2list.manifest.json" << true;
        QTest::newRow("oci index") << "oci/ociv1.image.index.json" << true;
    }

    void fixtures()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, index);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        const QByteArray bytes = readFile(fixturePath(fixture));
        const ManifestInfo m = parseManifest(view(bytes), "");
        if (index) {
            checkIndex(m, jsonOf(bytes));
            QCOMPARE(m.annotations.size(), std::size_t(jsonOf(bytes).value("annotations").toObject().size()));
            return;
        }
        checkImage(m, jsonOf(bytes));
        QVERIFY(m.isImage());
        QVERIFY(m.artifactType.empty());
        QVERIFY(m.subjectDigest.empty());
    }

    // What OciLayout writes is what skopeo pushes: an OCI manifest without platform, and an index
    // whose entries carry it.
    void builtImageAndIndex()
    {
        QVERIFY(m_dir.isValid());
        OciLayout layout(m_dir.filePath("layout"));
        OciImageSpec amd;
        amd.files.insert("etc/extra", QByteArray("second file\n"));
        OciImageSpec arm = amd;
        arm.architecture = "arm64";
        arm.variant = "v8";
        const OciDescriptor a = layout.addImage(amd);
        const OciDescriptor b = layout.addImage(arm);
        const OciDescriptor index = layout.addIndex({a, b});
        QVERIFY2(layout.ok(), qPrintable(layout.error()));

        const QByteArray imageBytes = layout.blob(a.digest);
        const ManifestInfo image = parseManifest(view(imageBytes), oci::kManifest);
        checkImage(image, jsonOf(imageBytes));
        QVERIFY(image.isImage());

        const QByteArray indexBytes = layout.blob(index.digest);
        const ManifestInfo idx = parseManifest(view(indexBytes), oci::kIndex);
        checkIndex(idx, jsonOf(indexBytes));
        QCOMPARE(idx.manifests.at(0).digest, a.digest.toStdString());
        QCOMPARE(idx.manifests.at(1).platform(), "linux/arm64/v8");
    }

    // A cosign signature manifest has an image config but a simple-signing layer: not an image.
    void cosignSignatureIsNoImage()
    {
        OciLayout layout(m_dir.filePath("sig"));
        const QByteArray payload = OciLayout::simpleSigningPayload(
            "registry.example/app", "sha256:" + QByteArray(64, 'a'));
        const OciDescriptor sig = layout.addCosignSignature(payload, QByteArray("not a real signature"));
        QVERIFY2(layout.ok(), qPrintable(layout.error()));
        const QByteArray bytes = layout.blob(sig.digest);
        const ManifestInfo m = parseManifest(view(bytes), oci::kManifest);
        checkImage(m, jsonOf(bytes));
        QVERIFY(!m.isImage());
        QCOMPARE(m.layers.at(0).mediaType, std::string(oci::kCosignSimpleSigning));
    }

    // OCI 1.1: an SBOM pushed with `oras attach --artifact-type application/spdx+json`: empty
    // config, artifactType, subject pointing at the image.
    void ociArtifactWithSubject()
    {
        BULKHEAD_REQUIRE_FIXTURE("syft/alpine-spdx.json");
        OciLayout layout(m_dir.filePath("artifact"));
        const OciDescriptor image = layout.addImage(OciImageSpec{});
        const OciDescriptor empty = layout.addBlob("{}", "application/vnd.oci.empty.v1+json");
        const OciDescriptor sbom = layout.addBlob(readFile(fixturePath("syft/alpine-spdx.json")), "application/spdx+json");
        const QJsonObject subject{{"mediaType", image.mediaType}, {"digest", image.digest}, {"size", image.size}};
        const QJsonObject manifest{
            {"schemaVersion", 2},
            {"mediaType", oci::kManifest},
            {"artifactType", "application/spdx+json"},
            {"config", empty.toJson()},
            {"layers", QJsonArray{sbom.toJson()}},
            {"subject", subject},
            {"annotations", QJsonObject{{"org.opencontainers.image.created", "2024-06-01T12:00:00Z"}}}};
        const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
        const ManifestInfo m = parseManifest(view(bytes), oci::kManifest);
        checkImage(m, manifest);
        QCOMPARE(m.artifactType, "application/spdx+json");
        QCOMPARE(m.subjectDigest, image.digest.toStdString());
        QVERIFY(!m.isImage());
        QCOMPARE(sbomFormatForMediaType(m.artifactType), "spdx");
    }

    // Without artifactType, OCI 1.1 takes config.mediaType as the artifact's type (Helm charts).
    void artifactTypeFromConfig()
    {
        const QByteArray bytes = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
            "config":{"mediaType":"application/vnd.cncf.helm.config.v1+json","digest":"sha256:8ec7c0f2f6860037c19b54c3cfbab48d9b4b21b485a93d87b64690fdb68c2111","size":117},
            "layers":[{"mediaType":"application/vnd.cncf.helm.chart.content.v1.tar+gzip","digest":"sha256:1b251d38cfe948dfc0a5745b7af5ca574ecb61e52aed10b19039db39af6e1617","size":2487}]})";
        const ManifestInfo m = parseManifest(view(bytes), "");
        QVERIFY2(m.error.empty(), m.error.c_str());
        QCOMPARE(m.artifactType, "application/vnd.cncf.helm.config.v1+json");
        QVERIFY(!m.isImage());
        QCOMPARE(sbomFormatForMediaType(m.artifactType), "");
    }

    // OCI lets the body omit mediaType; the served Content-Type and then the shape decide.
    void mediaTypeFromServedOrShape()
    {
        const QByteArray indexBody = R"({"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json",
            "digest":"sha256:e692418e4cbaf90ca69d05a66403747baa33ee08806650b51fab815ad7fc331f","size":7143,
            "platform":{"architecture":"ppc64le","os":"linux"}}]})";
        const ManifestInfo served = parseManifest(view(indexBody), oci::kIndex);
        QCOMPARE(served.mediaType, std::string(oci::kIndex));
        QCOMPARE(int(served.kind), int(ManifestInfo::Kind::Index));
        const ManifestInfo shaped = parseManifest(view(indexBody), "");
        QCOMPARE(int(shaped.kind), int(ManifestInfo::Kind::Index));
        QCOMPARE(shaped.manifests.at(0).platform(), "linux/ppc64le");
    }

    // BuildKit pushes provenance/SBOM attestations as index entries of platform unknown/unknown.
    void buildkitAttestationEntry()
    {
        const QByteArray bytes = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[
            {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:2d4e459f4ecb5329407ae3e47cbc107a2fbace221354ca75960af4c047b3cb13","size":1024,"platform":{"architecture":"amd64","os":"linux"}},
            {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:7aea0e3bc1a5d0fc2d5d8a9a0b7c7bd4f0a0d6e5c7b3dbe1f0b5b2f8e5a6a9d1","size":566,
             "annotations":{"vnd.docker.reference.digest":"sha256:2d4e459f4ecb5329407ae3e47cbc107a2fbace221354ca75960af4c047b3cb13","vnd.docker.reference.type":"attestation-manifest"},
             "platform":{"architecture":"unknown","os":"unknown"}}]})";
        const ManifestInfo m = parseManifest(view(bytes), "");
        QCOMPARE(m.manifests.size(), std::size_t(2));
        QVERIFY(!m.manifests[0].isAttestation());
        QVERIFY(m.manifests[1].isAttestation());
        QCOMPARE(m.manifests[1].platform(), "unknown/unknown");
    }

    // A signed schema 1 manifest (Docker registry v2 schema 1 shape, served as prettyjws).
    void schema1IsRefused()
    {
        // (Built with Qt: moc cannot read raw strings that contain \", and v1Compatibility is JSON in a string.)
        const QJsonObject v1{{"id", "690ed74de00f99a7d00a98a5ad855ac4febd66412be132438f9b8dbd300a937d"},
                             {"created", "2016-07-01T19:39:27.532838486Z"}};
        const QJsonObject manifest{
            {"schemaVersion", 1},
            {"name", "library/hello-world"},
            {"tag", "latest"},
            {"architecture", "amd64"},
            {"fsLayers",
             QJsonArray{QJsonObject{{"blobSum", "sha256:a3ed95caeb02ffe68cdd9fd84406680ae93d633cb16422d00e8a7c22955b46d4"}},
                        QJsonObject{{"blobSum", "sha256:03f4658f8b782e12230c1783426bd3bacce651ce582a4ffb6fbbfa2079428ecb"}}}},
            {"history", QJsonArray{QJsonObject{
                            {"v1Compatibility", QString::fromUtf8(QJsonDocument(v1).toJson(QJsonDocument::Compact))}}}},
            {"signatures",
             QJsonArray{QJsonObject{{"header", QJsonObject{{"alg", "ES256"}}},
                                    {"signature", "ZwrSbgU4pdVpbKvUDVsvQh2UzxPe0NXDKBgGbcNmBfc"},
                                    {"protected", "eyJmb3JtYXRMZW5ndGgiOjY2MjgsImZvcm1hdFRhaWwiOiJDbjAiLCJ0aW1lIjoiMjAxNS0wNC0wOFQxODo1Mjo1OVoifQ"}}}}};
        const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
        const ManifestInfo m = parseManifest(view(bytes), "application/vnd.docker.distribution.manifest.v1+prettyjws");
        QCOMPARE(int(m.kind), int(ManifestInfo::Kind::Unknown));
        QVERIFY2(m.error.find("schema 1") != std::string::npos, m.error.c_str());
        QVERIFY(m.layers.empty());
    }

    void brokenJsonNamesTheByte()
    {
        const QByteArray bytes = R"({"schemaVersion":2,"mediaType":@})";
        const ManifestInfo m = parseManifest(view(bytes), oci::kManifest);
        const std::string expected = "at byte " + std::to_string(bytes.indexOf('@'));
        QVERIFY2(m.error.find("manifest is not JSON " + expected) != std::string::npos, m.error.c_str());
        QCOMPARE(int(m.kind), int(ManifestInfo::Kind::Unknown));

        const QByteArray trailing = R"({"schemaVersion":2}x)";
        const ManifestInfo t = parseManifest(view(trailing), "");
        QVERIFY2(t.error.find("at byte " + std::to_string(trailing.indexOf('x'))) != std::string::npos, t.error.c_str());
    }

    void otherBadManifests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
        QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>") << "not JSON at byte";
        QTest::newRow("no config digest")
            << QByteArray(R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","size":2},"layers":[]})")
            << "config has no digest";
        QTest::newRow("layer without size")
            << QByteArray(R"({"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":2,"digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"},"layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","digest":"sha256:a3ed95caeb02ffe68cdd9fd84406680ae93d633cb16422d00e8a7c22955b46d4","size":-1}]})")
            << "layers[0] has no valid size";
        QTest::newRow("malformed index digest")
            << QByteArray(R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"latest","size":5}]})")
            << "manifests[0] has a malformed digest \"latest\"";
        QTest::newRow("unknown media type")
            << QByteArray(R"({"schemaVersion":2,"mediaType":"application/vnd.oci.artifact.manifest.v1+json","blobs":[]})")
            << "unsupported manifest media type application/vnd.oci.artifact.manifest.v1+json";
        QTest::newRow("schemaVersion 3") << QByteArray(R"({"schemaVersion":3,"manifests":[]})") << "schemaVersion";
    }

    void otherBadManifests()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const ManifestInfo m = parseManifest(view(body), "");
        QVERIFY2(m.error.find(expected.toStdString()) != std::string::npos, m.error.c_str());
        QCOMPARE(int(m.kind), int(ManifestInfo::Kind::Unknown));
        QVERIFY(m.layers.empty() && m.manifests.empty());
    }

    void sbomMediaTypes_data()
    {
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QString>("format");
        QTest::newRow("spdx json (IANA)") << "application/spdx+json" << "spdx";
        QTest::newRow("spdx cosign") << "text/spdx" << "spdx";
        QTest::newRow("spdx cosign json") << "text/spdx+json" << "spdx";
        QTest::newRow("spdx xml") << "text/spdx+xml" << "spdx";
        QTest::newRow("cyclonedx json") << "application/vnd.cyclonedx+json" << "cyclonedx";
        QTest::newRow("cyclonedx versioned") << "application/vnd.cyclonedx+json; version=1.5" << "cyclonedx";
        QTest::newRow("cyclonedx cosign") << "application/vnd.cyclonedx" << "cyclonedx";
        QTest::newRow("cyclonedx xml, upper case") << "Application/VND.CycloneDX+XML" << "cyclonedx";
        QTest::newRow("syft json") << "application/vnd.syft+json" << "";
        QTest::newRow("in-toto") << "application/vnd.in-toto+json" << "";
        QTest::newRow("image config") << "application/vnd.oci.image.config.v1+json" << "";
        QTest::newRow("spdx-like word") << "application/vnd.spdxish+json" << "";
        QTest::newRow("empty") << "" << "";
    }

    void sbomMediaTypes()
    {
        QFETCH(QString, mediaType);
        QFETCH(QString, format);
        QCOMPARE(sbomFormatForMediaType(mediaType.toStdString()), format.toStdString());
    }
};

QTEST_GUILESS_MAIN(TestManifestInfo)
#include "tst_manifestinfo.moc"
