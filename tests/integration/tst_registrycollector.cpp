// RegistryCollector (core/registry) against Debian's docker-registry 2.8 (LocalRegistry): images
// pushed with skopeo, cosign signatures made with openssl; what the store holds afterwards is
// compared with what the test pushed.

#include "localregistry.h"
#include "ocilayout.h"
#include "testcerts.h"
#include "testsupport.h"

#include "jobs/collecttask.h"
#include "net/canceltoken.h"
#include "registry/registrycollector.h"
#include "registry/signaturestate.h"
#include "store/database.h"
#include "store/imagerepository.h"
#include "store/sourcerepository.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <tuple>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

// 2024-05-11: ten days after the test images' creation time, so "too old" never fires.
constexpr std::int64_t kNow = 1715421600;

struct Pushed {
    PushedImage root, user, unsignedImage, multi, multiSignature;
    QMap<QString, QString> platforms;
};

} // namespace

class TestRegistryCollector : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestCerts> m_certs;
    std::unique_ptr<LocalRegistry> m_plain;
    std::unique_ptr<LocalRegistry> m_tls;
    Pushed m_pushed;
    int m_dirs = 0;

    QString workDir()
    {
        const QString d = m_tmp.filePath(QStringLiteral("w%1").arg(++m_dirs));
        QDir().mkpath(d);
        return d;
    }
    QString newStore() { return m_tmp.filePath(QStringLiteral("store%1.db").arg(++m_dirs)); }
    RegistrySourceConfig source(const LocalRegistry &r, const QString &name) const
    {
        RegistrySourceConfig c;
        c.name = name.toStdString();
        c.url = r.baseUrl().toString().toStdString();
        c.insecure = !r.tls();
        if (r.tls()) {
            c.caFile = r.caCertPath().toStdString();
            c.auth = RegistryAuthKind::Basic;
            c.username = r.user().toStdString();
        }
        c.cosignKeyFiles = {m_certs->signingPublicKey().toStdString()};
        c.concurrency = 3;
        return c;
    }
    static void addSource(const QString &store, const RegistrySourceConfig &c)
    {
        Database db = Database::open(store.toStdString());
        SourceRepository(db).add(c);
    }
    CollectionResult collect(const QString &store, const RegistrySourceConfig &c,
                             std::optional<RegistryCredentials> creds = std::nullopt, const CancelToken *cancel = nullptr,
                             CollectionProgressCallback progress = nullptr, PostureThresholds thresholds = {})
    {
        RegistryCollector collector(store.toStdString(), c, std::move(creds), thresholds);
        collector.setNow(kNow);
        collector.setProgressCallback(std::move(progress));
        return collector.run(cancel);
    }
    // repository@digest -> signature state, from the store.
    static std::map<std::string, int> images(const QString &store)
    {
        Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        std::map<std::string, int> out;
        auto st = db.prepare("SELECT repository, digest, signature_state FROM images");
        while (st.step())
            out[st.text(0) + '@' + st.text(1)] = static_cast<int>(st.int64(2));
        return out;
    }
    // digest -> open posture rule keys on that image asset.
    static std::map<std::string, std::set<std::string>> openRules(const QString &store)
    {
        Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        std::map<std::string, std::set<std::string>> out;
        auto st = db.prepare("SELECT a.identity, r.key FROM findings f JOIN assets a ON a.id = f.asset_id "
                             "JOIN rules r ON r.id = f.rule_id WHERE f.resolved_at IS NULL");
        while (st.step())
            out[st.text(0)].insert(st.text(1));
        return out;
    }
    static std::string lastRunStatus(const QString &store)
    {
        Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        auto st = db.prepare("SELECT status FROM collection_runs ORDER BY id DESC LIMIT 1");
        return st.step() ? st.text(0) : std::string();
    }
    PushedImage pushDistinctUserImage(const LocalRegistry &r, const QString &repo)
    {
        OciLayout layout(workDir());
        OciImageSpec spec;
        spec.user = QStringLiteral("app");
        spec.labels.insert(QStringLiteral("test.image"), repo);
        const OciDescriptor d = layout.addImage(spec);
        if (!layout.tag(d, QStringLiteral("1.0")))
            return {repo, QStringLiteral("1.0"), {}, layout.error()};
        const ToolRun run = skopeoPush(r, layout, QStringLiteral("1.0"), repo + QStringLiteral(":1.0"));
        return {repo, QStringLiteral("1.0"), run.ok() ? d.digest : QString(), run.ok() ? QString() : run.describe()};
    }

    // sbom/referrer: an SPDX OCI 1.1 referrer (found through the fallback tag), sbom/attached: a
    // CycloneDX cosign attachment (.sbom tag), sbom/none: no SBOM. Pushed once, on first use.
    struct SbomRepos {
        PushedImage referrer, attached, none;
        PushedImage referrerSbom, attachedSbom;
    };
    std::optional<SbomRepos> m_sbom;
    const SbomRepos &sbomRepos()
    {
        if (!m_sbom) {
            SbomRepos s;
            s.referrer = pushDistinctUserImage(*m_plain, QStringLiteral("sbom/referrer"));
            s.attached = pushDistinctUserImage(*m_plain, QStringLiteral("sbom/attached"));
            s.none = pushDistinctUserImage(*m_plain, QStringLiteral("sbom/none"));
            s.referrerSbom = pushReferrerSbom(*m_plain, workDir(), s.referrer, SbomFormat::Spdx);
            s.attachedSbom = pushSbomAttachment(*m_plain, workDir(), s.attached, SbomFormat::CycloneDx);
            m_sbom = s;
        }
        return *m_sbom;
    }
    // sbom_format, sbom_digest, sbom_created of one image.
    static std::tuple<std::string, std::string, std::int64_t> sbomOf(const QString &store, const PushedImage &image)
    {
        Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        auto st = db.prepare("SELECT coalesce(sbom_format, ''), coalesce(sbom_digest, ''), coalesce(sbom_created, 0) "
                             "FROM images WHERE repository = ? AND digest = ?");
        const std::string repo = image.repo.toStdString(), digest = image.digest.toStdString();
        st.bindText(1, repo); // bound without a copy: the strings must outlive the statement
        st.bindText(2, digest);
        if (!st.step())
            return {"missing", "", 0};
        return {st.text(0), st.text(1), st.int64(2)};
    }
    // The org.opencontainers.image.created annotation of a manifest as pushed.
    std::int64_t manifestCreated(const PushedImage &m) const
    {
        const auto r = m_plain->request("GET", QStringLiteral("/v2/%1/manifests/%2").arg(m.repo, m.digest), {},
                                        {{"Accept", "application/vnd.oci.image.manifest.v1+json"}});
        const QString created = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("annotations")).toObject()
                                    .value(QStringLiteral("org.opencontainers.image.created")).toString();
        return QDateTime::fromString(created, Qt::ISODate).toSecsSinceEpoch();
    }
    RegistrySourceConfig sbomSource(const QString &name, bool importSboms) const
    {
        RegistrySourceConfig c = source(*m_plain, name);
        c.include = {"sbom/*"};
        c.importSboms = importSboms;
        return c;
    }

private slots:
    void initTestCase();
    void plainCollection();
    void recollectionResolvesFixedFinding();
    void includeExcludePatterns();
    void tlsBasicAuth();
    void wrongPasswordFails();
    void sbomPresenceFormatAge();
    void sbomImport();
    void cancelLeavesStoreUnchanged();
    void collectTaskAlwaysFinishes();
    void brokenImageMakesRunPartial();
};

void TestRegistryCollector::initTestCase()
{
    if (const QString skip = missingRegistryTestTools(); !skip.isEmpty())
        QSKIP(qPrintable(skip));
    m_certs = std::make_unique<TestCerts>(m_tmp.filePath(QStringLiteral("certs")));
    QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
    m_plain = std::make_unique<LocalRegistry>(LocalRegistry::Mode::PlainAnonymous);
    QVERIFY2(m_plain->start(), qPrintable(m_plain->error()));
    m_tls = std::make_unique<LocalRegistry>(LocalRegistry::Mode::TlsBasicAuth, m_certs.get());
    QVERIFY2(m_tls->start(), qPrintable(m_tls->error()));

    // Plain registry: a root image signed for another digest (invalid), a user image with a valid
    // signature, a user image without one, and a two-platform index signed with a key the source
    // does not know (signed, not verified).
    Pushed &p = m_pushed;
    p.root = pushRootImage(*m_plain, workDir());
    p.user = pushUserImage(*m_plain, workDir());
    p.unsignedImage = pushDistinctUserImage(*m_plain, QStringLiteral("app/unsigned"));
    p.multi = pushMultiPlatformImage(*m_plain, workDir(), QStringLiteral("app/multi"), QStringLiteral("1.0"), &p.platforms);
    for (const PushedImage *i : {&p.root, &p.user, &p.unsignedImage, &p.multi})
        QVERIFY2(i->ok(), qPrintable(i->reference() + QStringLiteral(": ") + i->error));
    const PushedImage other = pushSignatureForOtherDigest(*m_plain, *m_certs, workDir(), p.root);
    const PushedImage valid = pushValidSignature(*m_plain, *m_certs, workDir(), p.user);
    p.multiSignature = pushSignatureWithWrongKey(*m_plain, *m_certs, workDir(), p.multi);
    for (const PushedImage *i : std::initializer_list<const PushedImage *>{&other, &valid, &p.multiSignature})
        QVERIFY2(i->ok(), qPrintable(i->error));
}

void TestRegistryCollector::plainCollection()
{
    const QString store = newStore();
    const RegistrySourceConfig c = source(*m_plain, QStringLiteral("plain"));
    addSource(store, c);
    const CollectionResult r = collect(store, c);
    QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());
    QVERIFY(r.failures.empty());
    const Pushed &p = m_pushed;
    const std::string root = p.root.digest.toStdString(), user = p.user.digest.toStdString();
    const std::string unsign = p.unsignedImage.digest.toStdString();
    const std::string amd = p.platforms.value(QStringLiteral("linux/amd64")).toStdString();
    const std::string arm = p.platforms.value(QStringLiteral("linux/arm64")).toStdString();
    const std::map<std::string, int> expected{
        {"app/root@" + root, int(SignatureState::Invalid)},
        {"app/user@" + user, int(SignatureState::Verified)},
        {"app/unsigned@" + unsign, int(SignatureState::Unsigned)},
        {"app/multi@" + amd, int(SignatureState::SignedNotVerified)},
        {"app/multi@" + arm, int(SignatureState::SignedNotVerified)},
    };
    QCOMPARE(images(store), expected);
    QCOMPARE(r.images, int(expected.size()));
    QCOMPARE(r.repositories, 4);
    QCOMPARE(r.tags, 4); // one image tag per repository; the signature tags are not image tags
    QVERIFY(r.requests > 0);
    QCOMPARE(lastRunStatus(store), std::string("complete"));

    {
        Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        auto st = db.prepare("SELECT platform, index_digest FROM images WHERE digest = ?");
        st.bindText(1, arm);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), std::string("linux/arm64/v8"));
        QCOMPARE(st.text(1), p.multi.digest.toStdString());
        QCOMPARE(db.scalar("SELECT count(*) FROM image_tags WHERE tag LIKE 'sha256-%'"), std::int64_t(0));
    }

    // Every image: no SBOM, never scanned, served over plain http.
    const std::set<std::string> common{"bulkhead/image-no-sbom", "bulkhead/image-not-scanned",
                                       "bulkhead/registry-insecure"};
    auto with = [&](std::initializer_list<const char *> extra) {
        std::set<std::string> s = common;
        s.insert(extra.begin(), extra.end());
        return s;
    };
    const auto rules = openRules(store);
    QCOMPARE(rules.at(root), with({"bulkhead/image-root-user", "bulkhead/image-signature-invalid"}));
    QCOMPARE(rules.at(user), common);
    QCOMPARE(rules.at(unsign), with({"bulkhead/image-unsigned"}));
    QCOMPARE(rules.at(amd), with({"bulkhead/image-signature-unverified"}));
    QCOMPARE(rules.at(arm), with({"bulkhead/image-signature-unverified"}));
}

void TestRegistryCollector::recollectionResolvesFixedFinding()
{
    const QString store = newStore();
    const RegistrySourceConfig c = source(*m_plain, QStringLiteral("plain"));
    addSource(store, c);
    QVERIFY(collect(store, c).status == CollectionStatus::Complete);
    const std::string digest = m_pushed.unsignedImage.digest.toStdString();
    QVERIFY(openRules(store).at(digest).count("bulkhead/image-unsigned"));

    const PushedImage sig = pushValidSignature(*m_plain, *m_certs, workDir(), m_pushed.unsignedImage);
    QVERIFY2(sig.ok(), qPrintable(sig.error));
    const CollectionResult again = collect(store, c);
    QVERIFY2(again.status == CollectionStatus::Complete, again.error.c_str());
    QVERIFY(again.resolved >= 1);
    QVERIFY(!openRules(store).at(digest).count("bulkhead/image-unsigned"));
    QCOMPARE(images(store).at("app/unsigned@" + digest), int(SignatureState::Verified));
    // Undo for the other tests: delete the signature manifest again.
    const auto del = m_plain->request("DELETE", QStringLiteral("/v2/app/unsigned/manifests/") + sig.digest);
    QCOMPARE(del.status, 202);
}

void TestRegistryCollector::includeExcludePatterns()
{
    const QString store = newStore();
    RegistrySourceConfig c = source(*m_plain, QStringLiteral("patterns"));
    c.include = {"app/*"};
    c.exclude = {"app/multi", "*/root"};
    addSource(store, c);
    const CollectionResult r = collect(store, c);
    QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());
    std::set<std::string> repos;
    for (const auto &[key, state] : images(store))
        repos.insert(key.substr(0, key.find('@')));
    QCOMPARE(repos, (std::set<std::string>{"app/unsigned", "app/user"}));
    QCOMPARE(r.repositories, 2);
}

void TestRegistryCollector::tlsBasicAuth()
{
    const PushedImage user = pushUserImage(*m_tls, workDir());
    QVERIFY2(user.ok(), qPrintable(user.error));
    const QString store = newStore();
    const RegistrySourceConfig c = source(*m_tls, QStringLiteral("tls"));
    addSource(store, c);
    const CollectionResult r = collect(store, c, RegistryCredentials{m_tls->user().toStdString(), m_tls->password().toStdString()});
    QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());
    QCOMPARE(images(store), (std::map<std::string, int>{{"app/user@" + user.digest.toStdString(), 0}}));
    // https: no registry-insecure finding.
    QVERIFY(!openRules(store).at(user.digest.toStdString()).count("bulkhead/registry-insecure"));
}

void TestRegistryCollector::wrongPasswordFails()
{
    const QString store = newStore();
    const RegistrySourceConfig c = source(*m_tls, QStringLiteral("tls"));
    addSource(store, c);
    const std::string wrong = "wrong-" + m_tls->password().toStdString();
    const CollectionResult r = collect(store, c, RegistryCredentials{m_tls->user().toStdString(), wrong});
    QVERIFY(r.status == CollectionStatus::Failed);
    QVERIFY2(r.error.find("401") != std::string::npos || r.error.find("rejected") != std::string::npos, r.error.c_str());
    QVERIFY(r.error.find(wrong) == std::string::npos);
    QCOMPARE(lastRunStatus(store), std::string("failed"));
    QVERIFY(images(store).empty());
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    auto st = db.prepare("SELECT count(*) FROM collection_runs WHERE error LIKE ?");
    const std::string pattern = "%" + wrong + "%";
    st.bindText(1, pattern); // bound without a copy

    QVERIFY(st.step());
    QCOMPARE(st.int64(0), std::int64_t(0));
}

void TestRegistryCollector::sbomPresenceFormatAge()
{
    const SbomRepos &s = sbomRepos();
    for (const PushedImage *i : {&s.referrer, &s.attached, &s.none, &s.referrerSbom, &s.attachedSbom})
        QVERIFY2(i->ok(), qPrintable(i->reference() + QStringLiteral(": ") + i->error));
    const std::int64_t created = manifestCreated(s.referrerSbom);
    QVERIFY(created > 0 && created < kNow);
    const int ageDays = int((kNow - created) / 86400);
    QVERIFY(ageDays >= 2);

    const QString store = newStore();
    const RegistrySourceConfig c = sbomSource(QStringLiteral("sboms"), false);
    addSource(store, c);
    // SBOMs one day younger than the referrer's are wanted: that one is stale.
    PostureThresholds strict;
    strict.sbomMaxAgeDays = ageDays - 1;
    const CollectionResult r = collect(store, c, std::nullopt, nullptr, nullptr, strict);
    QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());
    QCOMPARE(r.repositories, 3);
    QCOMPARE(r.images, 3);
    QCOMPARE(r.tags, 3); // the .sbom and referrers fallback tags are no image tags
    QCOMPARE(r.sbomsImported, 0);

    using Sbom = std::tuple<std::string, std::string, std::int64_t>;
    QCOMPARE(sbomOf(store, s.referrer), Sbom("spdx", s.referrerSbom.digest.toStdString(), created));
    // A cosign attachment has no creation time of its own, and its document is not read unless imported.
    QCOMPARE(sbomOf(store, s.attached), Sbom("cyclonedx", s.attachedSbom.digest.toStdString(), 0));
    QCOMPARE(sbomOf(store, s.none), Sbom("", "", 0));

    auto rules = openRules(store);
    const std::string referrer = s.referrer.digest.toStdString(), attached = s.attached.digest.toStdString(),
                      none = s.none.digest.toStdString();
    QVERIFY(rules.at(referrer).count("bulkhead/image-sbom-stale"));
    QVERIFY(!rules.at(referrer).count("bulkhead/image-no-sbom"));
    QVERIFY(!rules.at(attached).count("bulkhead/image-no-sbom"));
    QVERIFY(!rules.at(attached).count("bulkhead/image-sbom-stale")); // age unknown
    QVERIFY(rules.at(none).count("bulkhead/image-no-sbom"));

    // With the default limit the referrer's SBOM is young enough: the stale finding resolves.
    QVERIFY(PostureThresholds{}.sbomMaxAgeDays > ageDays);
    const CollectionResult again = collect(store, c);
    QVERIFY2(again.status == CollectionStatus::Complete, again.error.c_str());
    rules = openRules(store);
    QVERIFY(!rules.at(referrer).count("bulkhead/image-sbom-stale"));
    QVERIFY(rules.at(none).count("bulkhead/image-no-sbom"));
}

void TestRegistryCollector::sbomImport()
{
    const SbomRepos &s = sbomRepos();
    const QString store = newStore();
    const RegistrySourceConfig c = sbomSource(QStringLiteral("sbom-import"), true);
    addSource(store, c);
    const CollectionResult r = collect(store, c);
    QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());
    QVERIFY(r.failures.empty());
    QCOMPARE(r.sbomsImported, 2);

    // The CycloneDX document as pushed: its subject is the image (by digest), its components the
    // image's packages, its timestamp the SBOM's age.
    const QJsonObject doc = QJsonDocument::fromJson(sbomDocument(SbomFormat::CycloneDx, s.attached.digest)).object();
    std::set<std::string> expected;
    for (const QJsonValue &v : doc.value(QStringLiteral("components")).toArray()) {
        const QJsonObject o = v.toObject();
        expected.insert((o.value(QStringLiteral("name")).toString() + QLatin1Char('@') + o.value(QStringLiteral("version")).toString()).toStdString());
    }
    QVERIFY(!expected.empty());
    const std::int64_t timestamp = QDateTime::fromString(
        doc.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("timestamp")).toString(), Qt::ISODate).toSecsSinceEpoch();
    QCOMPARE(std::get<2>(sbomOf(store, s.attached)), timestamp);

    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    auto st = db.prepare("SELECT p.name || '@' || c.version FROM components c JOIN packages p ON p.id = c.package_id "
                         "JOIN assets a ON a.id = c.asset_id WHERE a.digest = ?");
    const std::string attachedDigest = s.attached.digest.toStdString();
    st.bindText(1, attachedDigest);
    std::set<std::string> components;
    while (st.step())
        components.insert(st.text(0));
    QCOMPARE(components, expected);
    // Both SBOMs went through the importer as reports of their own (beside the posture report).
    QCOMPARE(db.scalar("SELECT count(*) FROM reports WHERE path LIKE 'registry:sbom/%'"), std::int64_t(2));
}

void TestRegistryCollector::cancelLeavesStoreUnchanged()
{
    const QString store = newStore();
    RegistrySourceConfig c = source(*m_plain, QStringLiteral("plain"));
    addSource(store, c);
    QVERIFY(collect(store, c).status == CollectionStatus::Complete);
    const auto before = images(store);
    const auto rulesBefore = openRules(store);
    CancelToken cancel;
    c.concurrency = 1;
    const CollectionResult r = collect(store, c, std::nullopt, &cancel, [&](const CollectionProgress &p) {
        if (p.phase == "manifests" && p.done >= 1)
            cancel.cancel();
    });
    QVERIFY(r.status == CollectionStatus::Cancelled);
    QCOMPARE(images(store), before);
    QCOMPARE(openRules(store), rulesBefore);
    QCOMPARE(lastRunStatus(store), std::string("cancelled"));
}

void TestRegistryCollector::collectTaskAlwaysFinishes()
{
    // A port nobody listens on: taken from the OS, then released.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const QString store = newStore();
    addSource(store, source(*m_plain, QStringLiteral("plain")));
    RegistrySourceConfig dead = source(*m_plain, QStringLiteral("dead"));
    dead.url = "http://127.0.0.1:" + std::to_string(port);
    addSource(store, dead);

    auto runTask = [&](bool cancelAtOnce) {
        std::map<QString, QString> statuses;
        int finishedCount = 0;
        bool allComplete = false;
        CollectTask task(store, {});
        // Both queued to this thread, as a GUI receives them: `finished` arrives after every
        // `sourceDone`. (A QSignalSpy records on the emitting thread, ahead of queued signals.)
        connect(&task, &CollectTask::sourceDone, this,
                [&](const QString &name, const QString &status) { statuses[name] = status; });
        connect(&task, &CollectTask::finished, this, [&](bool all) {
            ++finishedCount;
            allComplete = all;
        });
        task.start();
        if (cancelAtOnce)
            task.cancel();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 60000); }();
        return std::make_pair(statuses, allComplete);
    };
    const auto cancelled = runTask(true);
    QCOMPARE(cancelled.first, (std::map<QString, QString>{{"dead", "cancelled"}, {"plain", "cancelled"}}));
    QVERIFY(!cancelled.second);
    QVERIFY(images(store).empty());

    const auto done = runTask(false);
    QCOMPARE(done.first, (std::map<QString, QString>{{"dead", "failed"}, {"plain", "complete"}}));
    QVERIFY(!done.second); // not every source complete
    QVERIFY(!images(store).empty());
}

void TestRegistryCollector::brokenImageMakesRunPartial()
{
    // Last test: it breaks app/root in the plain registry for good.
    const QString store = newStore();
    const RegistrySourceConfig c = source(*m_plain, QStringLiteral("plain"));
    addSource(store, c);
    QVERIFY(collect(store, c).status == CollectionStatus::Complete);
    const auto before = images(store);

    // Remove the root image's config blob from the registry's storage: its manifest still
    // lists it, fetching it fails.
    const ToolRun raw = runTool(QStringLiteral("skopeo"), QStringList{QStringLiteral("inspect"), QStringLiteral("--raw")}
                                    + m_plain->skopeoArgs(QString()) + QStringList{m_plain->dockerRef(QStringLiteral("app/root:1.0"))});
    QVERIFY2(raw.ok(), qPrintable(raw.describe()));
    const QString config = QJsonDocument::fromJson(raw.out).object().value(QStringLiteral("config")).toObject()
                               .value(QStringLiteral("digest")).toString();
    const QString blobDir = m_plain->storageDir() + QStringLiteral("/docker/registry/v2/blobs/sha256/") + config.mid(7, 2)
        + QLatin1Char('/') + config.mid(7);
    QVERIFY2(QDir(blobDir).removeRecursively(), qPrintable(blobDir));

    const CollectionResult r = collect(store, c);
    QVERIFY(r.status == CollectionStatus::Partial);
    QCOMPARE(int(r.failures.size()), 1);
    QVERIFY2(r.failures.front().find("app/root@" + m_pushed.root.digest.toStdString()) == 0, r.failures.front().c_str());
    QCOMPARE(lastRunStatus(store), std::string("partial"));
    // Nothing deleted: the root image from the complete run is still there.
    QCOMPARE(images(store), before);
}

QTEST_GUILESS_MAIN(TestRegistryCollector)
#include "tst_registrycollector.moc"
