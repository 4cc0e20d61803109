#include "ocilayout.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace bulkhead::test {

QJsonObject OciDescriptor::toJson() const
{
    QJsonObject o{{QStringLiteral("mediaType"), mediaType},
                  {QStringLiteral("digest"), digest},
                  {QStringLiteral("size"), size}};
    if (!os.isEmpty() || !architecture.isEmpty()) {
        QJsonObject p{{QStringLiteral("os"), os}, {QStringLiteral("architecture"), architecture}};
        if (!variant.isEmpty())
            p.insert(QStringLiteral("variant"), variant);
        o.insert(QStringLiteral("platform"), p);
    }
    if (!annotations.isEmpty())
        o.insert(QStringLiteral("annotations"), annotations);
    return o;
}

static bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

OciLayout::OciLayout(const QString &dir) : m_dir(QDir(dir).absolutePath())
{
    if (!QDir().mkpath(m_dir + QStringLiteral("/blobs/sha256"))
        || !writeAll(m_dir + QStringLiteral("/oci-layout"), R"({"imageLayoutVersion":"1.0.0"})")) {
        m_error = QStringLiteral("cannot create the OCI layout in ") + m_dir;
        return;
    }
    tag(OciDescriptor{}, QString()); // writes an empty index.json
}

OciDescriptor OciLayout::addBlob(const QByteArray &bytes, const QString &mediaType)
{
    OciDescriptor d;
    d.mediaType = mediaType;
    d.digest = sha256Digest(bytes);
    d.size = bytes.size();
    if (!writeAll(m_dir + QStringLiteral("/blobs/sha256/") + d.hex(), bytes)) {
        m_error = QStringLiteral("cannot write blob ") + d.digest;
        return {};
    }
    return d;
}

QByteArray OciLayout::blob(const QString &digest) const
{
    QFile f(m_dir + QStringLiteral("/blobs/sha256/") + digest.mid(7));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

OciDescriptor OciLayout::addJson(const QJsonObject &o, const QString &mediaType)
{
    return addBlob(QJsonDocument(o).toJson(QJsonDocument::Compact), mediaType);
}

static void putOctal(char *field, int width, quint64 value)
{
    // width-1 octal digits, then NUL
    const QByteArray s = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    memcpy(field, s.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

QByteArray OciLayout::tarGz(const QMap<QString, QByteArray> &files, QByteArray *tarOut, QString *error)
{
    QByteArray tar;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        char h[512] = {};
        memcpy(h, name.constData(), size_t(std::min<qsizetype>(name.size(), 99)));
        putOctal(h + 100, 8, 0755);
        putOctal(h + 108, 8, 0);
        putOctal(h + 116, 8, 0);
        putOctal(h + 124, 12, quint64(it.value().size()));
        putOctal(h + 136, 12, 0);
        h[156] = '0';
        memcpy(h + 257, "ustar", 6);
        memcpy(h + 263, "00", 2);
        memcpy(h + 265, "root", 4);
        memcpy(h + 297, "root", 4);
        memset(h + 148, ' ', 8);
        unsigned sum = 0;
        for (unsigned char c : h)
            sum += c;
        const QByteArray s = QByteArray::number(sum, 8).rightJustified(6, '0');
        memcpy(h + 148, s.constData(), 6);
        h[154] = '\0';
        h[155] = ' ';
        tar.append(h, 512);
        tar.append(it.value());
        if (const qsizetype pad = (512 - it.value().size() % 512) % 512)
            tar.append(QByteArray(pad, '\0'));
    }
    tar.append(QByteArray(1024, '\0'));
    if (tarOut)
        *tarOut = tar;
    const ToolRun gz = runTool(QStringLiteral("gzip"), {QStringLiteral("-n"), QStringLiteral("-c")}, tar);
    if (!gz.ok()) {
        if (error)
            *error = gz.describe();
        return {};
    }
    return gz.out;
}

OciDescriptor OciLayout::addImage(const OciImageSpec &spec)
{
    QByteArray tar;
    QString err;
    const QByteArray layer = tarGz(spec.files, &tar, &err);
    if (layer.isEmpty()) {
        m_error = QStringLiteral("cannot make the layer: ") + err;
        return {};
    }
    const OciDescriptor layerDesc = addBlob(layer, QString::fromLatin1(oci::kLayerTarGzip));
    const QString created = spec.created.toUTC().toString(Qt::ISODate);
    QJsonObject labels;
    for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    QJsonArray history;
    for (const QString &h : spec.history)
        history.append(QJsonObject{{QStringLiteral("created"), created}, {QStringLiteral("created_by"), h}});
    QJsonObject config{{QStringLiteral("User"), spec.user},
                       {QStringLiteral("Env"), QJsonArray::fromStringList(spec.env)},
                       {QStringLiteral("Cmd"), QJsonArray::fromStringList(spec.cmd)}};
    if (!labels.isEmpty())
        config.insert(QStringLiteral("Labels"), labels);
    QJsonObject image{{QStringLiteral("created"), created},
                      {QStringLiteral("architecture"), spec.architecture},
                      {QStringLiteral("os"), spec.os},
                      {QStringLiteral("config"), config},
                      {QStringLiteral("rootfs"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                   {QStringLiteral("diff_ids"), QJsonArray{sha256Digest(tar)}}}},
                      {QStringLiteral("history"), history}};
    if (!spec.variant.isEmpty())
        image.insert(QStringLiteral("variant"), spec.variant);
    const OciDescriptor configDesc = addJson(image, QString::fromLatin1(oci::kConfig));
    const QJsonObject manifest{{QStringLiteral("schemaVersion"), 2},
                               {QStringLiteral("mediaType"), QString::fromLatin1(oci::kManifest)},
                               {QStringLiteral("config"), configDesc.toJson()},
                               {QStringLiteral("layers"), QJsonArray{layerDesc.toJson()}}};
    OciDescriptor d = addJson(manifest, QString::fromLatin1(oci::kManifest));
    d.os = spec.os;
    d.architecture = spec.architecture;
    d.variant = spec.variant;
    return d;
}

OciDescriptor OciLayout::addIndex(const QList<OciDescriptor> &manifests)
{
    QJsonArray list;
    for (const OciDescriptor &m : manifests)
        list.append(m.toJson());
    return addJson(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                               {QStringLiteral("mediaType"), QString::fromLatin1(oci::kIndex)},
                               {QStringLiteral("manifests"), list}},
                   QString::fromLatin1(oci::kIndex));
}

OciDescriptor OciLayout::addCosignSignature(const QByteArray &payload, const QByteArray &derSignature)
{
    OciDescriptor layer = addBlob(payload, QString::fromLatin1(oci::kCosignSimpleSigning));
    layer.annotations.insert(QString::fromLatin1(oci::kCosignSignatureAnnotation),
                             QString::fromLatin1(derSignature.toBase64()));
    // The config cosign writes: empty platform, the payload as the only diff_id.
    const QString zero = QStringLiteral("0001-01-01T00:00:00Z");
    const QJsonObject config{
        {QStringLiteral("architecture"), QString()},
        {QStringLiteral("os"), QString()},
        {QStringLiteral("created"), zero},
        {QStringLiteral("config"), QJsonObject()},
        {QStringLiteral("history"), QJsonArray{QJsonObject{{QStringLiteral("created"), zero}}}},
        {QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                               {QStringLiteral("diff_ids"), QJsonArray{layer.digest}}}}};
    const OciDescriptor configDesc = addJson(config, QString::fromLatin1(oci::kConfig));
    return addJson(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                               {QStringLiteral("mediaType"), QString::fromLatin1(oci::kManifest)},
                               {QStringLiteral("config"), configDesc.toJson()},
                               {QStringLiteral("layers"), QJsonArray{layer.toJson()}}},
                   QString::fromLatin1(oci::kManifest));
}

bool OciLayout::tag(const OciDescriptor &d, const QString &tag)
{
    if (d.isValid()) {
        OciDescriptor named = d;
        named.annotations.insert(QStringLiteral("org.opencontainers.image.ref.name"), tag);
        m_refs.append(named.toJson());
    }
    QJsonArray manifests;
    for (const QJsonObject &o : m_refs)
        manifests.append(o);
    const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                            {QStringLiteral("mediaType"), QString::fromLatin1(oci::kIndex)},
                            {QStringLiteral("manifests"), manifests}};
    if (!writeAll(m_dir + QStringLiteral("/index.json"), QJsonDocument(index).toJson(QJsonDocument::Compact))) {
        m_error = QStringLiteral("cannot write index.json in ") + m_dir;
        return false;
    }
    return true;
}

QByteArray OciLayout::simpleSigningPayload(const QString &dockerReference, const QString &manifestDigest)
{
    const QJsonObject payload{
        {QStringLiteral("critical"),
         QJsonObject{{QStringLiteral("identity"), QJsonObject{{QStringLiteral("docker-reference"), dockerReference}}},
                     {QStringLiteral("image"), QJsonObject{{QStringLiteral("docker-manifest-digest"), manifestDigest}}},
                     {QStringLiteral("type"), QStringLiteral("cosign container image signature")}}},
        {QStringLiteral("optional"), QJsonValue::Null}};
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

// ---------------------------------------------------------------------------------------------

QString missingSkopeo()
{
    if (!haveTool(QStringLiteral("skopeo")))
        return QStringLiteral("skopeo not found (apt install skopeo): registry tests skipped");
    return {};
}

QString missingRegistryTestTools()
{
    if (const QString m = LocalRegistry::missingTool(); !m.isEmpty())
        return m;
    if (const QString s = missingSkopeo(); !s.isEmpty())
        return s;
    if (!haveTool(QStringLiteral("openssl")) || !haveTool(QStringLiteral("htpasswd")))
        return QStringLiteral("openssl or htpasswd (apache2-utils) not found: registry tests skipped");
    return {};
}

ToolRun skopeoPush(const LocalRegistry &registry, const OciLayout &layout, const QString &layoutTag,
                   const QString &repoAndTag, LocalRegistry::Auth auth)
{
    QStringList args{QStringLiteral("--insecure-policy"), QStringLiteral("copy"), QStringLiteral("--quiet"),
                     QStringLiteral("--all"), QStringLiteral("--preserve-digests")};
    args << registry.skopeoArgs(QStringLiteral("dest"), auth);
    args << layout.ref(layoutTag) << registry.dockerRef(repoAndTag);
    return runTool(QStringLiteral("skopeo"), args, {}, 60000);
}

static PushedImage pushLayout(const LocalRegistry &registry, OciLayout &layout, const OciDescriptor &d,
                              const QString &repo, const QString &tag)
{
    PushedImage p{repo, tag, {}, {}};
    if (!layout.ok() || !d.isValid() || !layout.tag(d, tag)) {
        p.error = QStringLiteral("layout: ") + layout.error();
        return p;
    }
    const ToolRun r = skopeoPush(registry, layout, tag, repo + QLatin1Char(':') + tag);
    if (!r.ok()) {
        p.error = r.describe();
        return p;
    }
    p.digest = d.digest;
    return p;
}

static QString freshDir(const QString &workDir, const QString &name)
{
    QString dir = workDir + QLatin1Char('/') + name;
    for (int i = 2; QFileInfo::exists(dir); ++i)
        dir = workDir + QLatin1Char('/') + name + QLatin1Char('-') + QString::number(i);
    return dir;
}

PushedImage pushRootImage(const LocalRegistry &registry, const QString &workDir, const QString &repo,
                          const QString &tag)
{
    OciLayout layout(freshDir(workDir, QStringLiteral("root-image")));
    OciImageSpec spec;
    spec.user = QString();
    spec.labels = {{QStringLiteral("org.opencontainers.image.title"), QStringLiteral("root image")}};
    spec.files.insert(QStringLiteral("etc/bulkhead-image"), QByteArray("root\n"));
    return pushLayout(registry, layout, layout.addImage(spec), repo, tag);
}

PushedImage pushUserImage(const LocalRegistry &registry, const QString &workDir, const QString &repo,
                          const QString &tag)
{
    OciLayout layout(freshDir(workDir, QStringLiteral("user-image")));
    OciImageSpec spec;
    spec.user = QStringLiteral("1000:1000");
    spec.created = QDateTime(QDate(2024, 6, 1), QTime(12, 30), Qt::UTC);
    spec.env << QStringLiteral("APP_MODE=production");
    spec.labels = {{QStringLiteral("org.opencontainers.image.title"), QStringLiteral("user image")},
                   {QStringLiteral("maintainer"), QStringLiteral("bulkhead tests")}};
    spec.history << QStringLiteral("/bin/sh -c #(nop) USER 1000:1000");
    spec.files.insert(QStringLiteral("etc/bulkhead-image"), QByteArray("user\n"));
    return pushLayout(registry, layout, layout.addImage(spec), repo, tag);
}

PushedImage pushMultiPlatformImage(const LocalRegistry &registry, const QString &workDir, const QString &repo,
                                   const QString &tag, QMap<QString, QString> *platformDigests)
{
    OciLayout layout(freshDir(workDir, QStringLiteral("multi-image")));
    OciImageSpec amd;
    amd.user = QStringLiteral("1000:1000");
    amd.files.insert(QStringLiteral("etc/bulkhead-image"), QByteArray("multi amd64\n"));
    OciImageSpec arm = amd;
    arm.architecture = QStringLiteral("arm64");
    arm.variant = QStringLiteral("v8");
    arm.files.insert(QStringLiteral("etc/bulkhead-image"), QByteArray("multi arm64\n"));
    const OciDescriptor a = layout.addImage(amd);
    const OciDescriptor b = layout.addImage(arm);
    if (platformDigests) {
        platformDigests->insert(QStringLiteral("linux/amd64"), a.digest);
        platformDigests->insert(QStringLiteral("linux/arm64"), b.digest);
    }
    return pushLayout(registry, layout, layout.addIndex({a, b}), repo, tag);
}

PushedImage pushCosignSignature(const LocalRegistry &registry, const QString &workDir, const QString &repo,
                                const QString &taggedDigest, const QString &signedDigest,
                                const QString &privateKeyPem)
{
    OciLayout layout(freshDir(workDir, QStringLiteral("signature")));
    const QByteArray payload = OciLayout::simpleSigningPayload(registry.hostPort() + QLatin1Char('/') + repo,
                                                               signedDigest);
    QString err;
    const QByteArray sig = TestCerts::signSha256(privateKeyPem, payload, &err);
    const QString tag = QStringLiteral("sha256-") + taggedDigest.mid(7) + QStringLiteral(".sig");
    if (sig.isEmpty())
        return PushedImage{repo, tag, {}, QStringLiteral("signing failed: ") + err};
    return pushLayout(registry, layout, layout.addCosignSignature(payload, sig), repo, tag);
}

PushedImage pushValidSignature(const LocalRegistry &registry, const TestCerts &certs, const QString &workDir,
                               const PushedImage &image)
{
    return pushCosignSignature(registry, workDir, image.repo, image.digest, image.digest, certs.signingKey());
}

PushedImage pushSignatureForOtherDigest(const LocalRegistry &registry, const TestCerts &certs,
                                        const QString &workDir, const PushedImage &image)
{
    const QString other = sha256Digest("another image: " + image.digest.toUtf8());
    return pushCosignSignature(registry, workDir, image.repo, image.digest, other, certs.signingKey());
}

PushedImage pushSignatureWithWrongKey(const LocalRegistry &registry, const TestCerts &certs, const QString &workDir,
                                      const PushedImage &image)
{
    return pushCosignSignature(registry, workDir, image.repo, image.digest, image.digest,
                               certs.otherSigningKey());
}

} // namespace bulkhead::test

// --- SBOMs ------------------------------------------------------------------------------------

namespace bulkhead::test {

QByteArray sbomDocument(SbomFormat format, const QString &imageDigest)
{
    const QString name = QStringLiteral("bulkhead-demo");
    const QString version = QStringLiteral("1.2.3");
    const QString purl = QStringLiteral("pkg:generic/bulkhead-demo@1.2.3");
    const QString created = QStringLiteral("2024-05-02T08:00:00Z");
    if (format == SbomFormat::Spdx) {
        const QJsonObject package{
            {QStringLiteral("SPDXID"), QStringLiteral("SPDXRef-Package-bulkhead-demo")},
            {QStringLiteral("name"), name},
            {QStringLiteral("versionInfo"), version},
            {QStringLiteral("downloadLocation"), QStringLiteral("NOASSERTION")},
            {QStringLiteral("licenseConcluded"), QStringLiteral("MIT")},
            {QStringLiteral("externalRefs"),
             QJsonArray{QJsonObject{{QStringLiteral("referenceCategory"), QStringLiteral("PACKAGE-MANAGER")},
                                    {QStringLiteral("referenceType"), QStringLiteral("purl")},
                                    {QStringLiteral("referenceLocator"), purl}}}}};
        const QJsonObject doc{
            {QStringLiteral("spdxVersion"), QStringLiteral("SPDX-2.3")},
            {QStringLiteral("dataLicense"), QStringLiteral("CC0-1.0")},
            {QStringLiteral("SPDXID"), QStringLiteral("SPDXRef-DOCUMENT")},
            {QStringLiteral("name"), QStringLiteral("image ") + imageDigest},
            {QStringLiteral("documentNamespace"), QStringLiteral("https://bulkhead.test/spdx/") + imageDigest.mid(7)},
            {QStringLiteral("creationInfo"),
             QJsonObject{{QStringLiteral("created"), created},
                         {QStringLiteral("creators"), QJsonArray{QStringLiteral("Tool: bulkhead-tests")}}}},
            {QStringLiteral("packages"), QJsonArray{package}},
            {QStringLiteral("relationships"),
             QJsonArray{QJsonObject{{QStringLiteral("spdxElementId"), QStringLiteral("SPDXRef-DOCUMENT")},
                                    {QStringLiteral("relationshipType"), QStringLiteral("DESCRIBES")},
                                    {QStringLiteral("relatedSpdxElement"), QStringLiteral("SPDXRef-Package-bulkhead-demo")}}}}};
        return QJsonDocument(doc).toJson(QJsonDocument::Compact);
    }
    const QJsonObject doc{
        {QStringLiteral("bomFormat"), QStringLiteral("CycloneDX")},
        {QStringLiteral("specVersion"), QStringLiteral("1.5")},
        {QStringLiteral("serialNumber"), QStringLiteral("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("timestamp"), created},
                     {QStringLiteral("component"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("container")},
                                  {QStringLiteral("name"), QStringLiteral("image")},
                                  {QStringLiteral("version"), imageDigest}}}}},
        {QStringLiteral("components"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("library")},
                                {QStringLiteral("bom-ref"), purl},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("version"), version},
                                {QStringLiteral("purl"), purl}}}}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

static QJsonObject descriptor(const QString &mediaType, const QString &digest, qint64 size)
{
    return QJsonObject{{QStringLiteral("mediaType"), mediaType},
                       {QStringLiteral("digest"), digest},
                       {QStringLiteral("size"), size}};
}

// Pushes the SBOM and a config blob, then `manifest` (completed with them) under `reference`.
static PushedImage pushSbomManifest(const LocalRegistry &registry, const PushedImage &image, SbomFormat format,
                                    const QString &layerType, QJsonObject manifest, const QByteArray &config,
                                    const QString &configType, const QString &reference)
{
    PushedImage p{image.repo, reference, {}, {}};
    const QByteArray sbom = sbomDocument(format, image.digest);
    QString err;
    const QString sbomDigest = registry.pushBlob(image.repo, sbom, &err);
    const QString configDigest = sbomDigest.isEmpty() ? QString() : registry.pushBlob(image.repo, config, &err);
    if (configDigest.isEmpty()) {
        p.error = err;
        return p;
    }
    manifest.insert(QStringLiteral("schemaVersion"), 2);
    manifest.insert(QStringLiteral("mediaType"), QString::fromLatin1(oci::kManifest));
    manifest.insert(QStringLiteral("config"), descriptor(configType, configDigest, config.size()));
    manifest.insert(QStringLiteral("layers"), QJsonArray{descriptor(layerType, sbomDigest, sbom.size())});
    const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    const QString ref = reference.isEmpty() ? sha256Digest(bytes) : reference;
    p.digest = registry.pushManifest(image.repo, ref, bytes, QString::fromLatin1(oci::kManifest), &err);
    if (p.digest.isEmpty())
        p.error = err;
    else if (p.digest != sha256Digest(bytes))
        p.error = QStringLiteral("registry reports digest %1 for a manifest whose digest is %2").arg(p.digest, sha256Digest(bytes));
    return p;
}

PushedImage pushSbomAttachment(const LocalRegistry &registry, const QString &workDir, const PushedImage &image,
                               SbomFormat format)
{
    Q_UNUSED(workDir); // pushed through the registry API, nothing to lay out on disk
    const QString layerType = QString::fromLatin1(format == SbomFormat::Spdx ? oci::kSpdxJsonText : oci::kCycloneDxJson);
    const QString tag = QStringLiteral("sha256-") + image.digest.mid(7) + QStringLiteral(".sbom");
    // cosign attach writes an empty-platform image config, as for signatures.
    const QByteArray config = R"({"architecture":"","os":"","config":{},"rootfs":{"type":"layers","diff_ids":[]}})";
    return pushSbomManifest(registry, image, format, layerType, QJsonObject(), config,
                            QString::fromLatin1(oci::kConfig), tag);
}

PushedImage pushReferrerSbom(const LocalRegistry &registry, const QString &workDir, const PushedImage &image,
                             SbomFormat format)
{
    Q_UNUSED(workDir);
    const QString artifactType = QString::fromLatin1(format == SbomFormat::Spdx ? oci::kSpdxJson : oci::kCycloneDxJson);
    QJsonObject manifest{{QStringLiteral("artifactType"), artifactType},
                         {QStringLiteral("subject"), descriptor(QString::fromLatin1(oci::kManifest), image.digest, 0)},
                         {QStringLiteral("annotations"),
                          QJsonObject{{QStringLiteral("org.opencontainers.image.created"), QStringLiteral("2024-05-02T08:00:00Z")}}}};
    // The subject's real size and media type, as the spec asks.
    const LocalRegistry::Response subject = registry.request(
        "GET", QStringLiteral("/v2/%1/manifests/%2").arg(image.repo, image.digest), {},
        {{"Accept", QByteArray(oci::kManifest) + ", " + oci::kIndex}});
    if (subject.status == 200)
        manifest.insert(QStringLiteral("subject"),
                        descriptor(QString::fromUtf8(subject.header("Content-Type")), image.digest, subject.body.size()));
    PushedImage p = pushSbomManifest(registry, image, format, artifactType, manifest, "{}",
                                     QString::fromLatin1(oci::kEmpty), QString());
    if (!p.ok())
        return p;
    // The fallback tag: an index of every referrer of the image, this one added.
    const QString tag = QStringLiteral("sha256-") + image.digest.mid(7);
    QJsonArray entries;
    const LocalRegistry::Response existing = registry.request(
        "GET", QStringLiteral("/v2/%1/manifests/%2").arg(image.repo, tag), {}, {{"Accept", oci::kIndex}});
    if (existing.status == 200)
        entries = QJsonDocument::fromJson(existing.body).object().value(QStringLiteral("manifests")).toArray();
    const LocalRegistry::Response pushed = registry.request(
        "GET", QStringLiteral("/v2/%1/manifests/%2").arg(image.repo, p.digest), {}, {{"Accept", oci::kManifest}});
    QJsonObject entry = descriptor(QString::fromLatin1(oci::kManifest), p.digest, pushed.body.size());
    entry.insert(QStringLiteral("artifactType"), artifactType);
    entry.insert(QStringLiteral("annotations"), manifest.value(QStringLiteral("annotations")));
    entries.append(entry);
    const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                            {QStringLiteral("mediaType"), QString::fromLatin1(oci::kIndex)},
                            {QStringLiteral("manifests"), entries}};
    QString err;
    if (registry.pushManifest(image.repo, tag, QJsonDocument(index).toJson(QJsonDocument::Compact),
                              QString::fromLatin1(oci::kIndex), &err).isEmpty())
        p.error = QStringLiteral("fallback tag: ") + err;
    return p;
}

} // namespace bulkhead::test
