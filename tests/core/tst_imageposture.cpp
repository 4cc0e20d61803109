// Image posture checks, their rule texts and controls, and the posture thresholds in QSettings.
// The image under test is real: a config and manifest written by OciLayout and read by
// parseImageConfig/parseManifest; each case changes one fact and expects exactly one check.

#include "analysis/controlmapping.h"
#include "analysis/imageposture.h"
#include "registry/manifestinfo.h"
#include "ocilayout.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <functional>
#include <map>
#include <set>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

constexpr std::int64_t kDay = 86400;
const std::int64_t kNow = QDateTime(QDate(2024, 9, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();

using Change = std::function<void(ImagePostureInput &, PostureThresholds &)>;

std::string_view view(const QByteArray &b)
{
    return {b.constData(), std::size_t(b.size())};
}

std::string keys(const std::vector<ImageCheck> &checks)
{
    std::string s;
    for (const ImageCheck &c : checks)
        s += c.ruleKey + " (" + c.message + ")\n";
    return s;
}

} // namespace

class TestImagePosture : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_layouts = 0;

    // Posture input of an image OciLayout builds from `spec`, as the collector assembles it:
    // config and layer facts from the blobs, and otherwise a clean image (verified signature,
    // fresh SBOM and scan, secure source).
    ImagePostureInput imageFrom(const OciImageSpec &spec)
    {
        OciLayout layout(m_dir.filePath(QString::number(++m_layouts)));
        const OciDescriptor d = layout.addImage(spec);
        const ManifestInfo m = parseManifest(view(layout.blob(d.digest)), d.mediaType.toStdString());
        ImagePostureInput in;
        in.reference = "registry.example:5000/app/web@" + d.digest.toStdString();
        in.config = parseImageConfig(view(layout.blob(QString::fromStdString(m.configDigest))));
        if (!layout.ok() || !m.error.empty() || !in.config.error.empty())
            qFatal("layout: %s %s %s", qPrintable(layout.error()), m.error.c_str(), in.config.error.c_str());
        in.layerCount = int(m.layers.size());
        in.sizeBytes = m.layersSize();
        in.signature = {SignatureState::Verified, "verified with key 1 (cosign.pub)", 0};
        in.hasSbom = true;
        in.sbomCreated = kNow - 2 * kDay;
        in.lastScanAt = kNow - kDay;
        return in;
    }

    static OciImageSpec cleanSpec()
    {
        OciImageSpec spec;
        spec.user = "1000:1000";
        spec.created = QDateTime::fromSecsSinceEpoch(kNow - 10 * kDay, Qt::UTC);
        return spec;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("bulkhead-tests");
        QCoreApplication::setApplicationName("tst_imageposture");
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("settings"));
    }

    void init() { QSettings().clear(); }

    void cleanImagePassesEveryCheck()
    {
        const ImagePostureInput in = imageFrom(cleanSpec());
        const std::vector<ImageCheck> checks = evaluateImagePosture(in, PostureThresholds{}, kNow);
        QVERIFY2(checks.empty(), keys(checks).c_str());
    }

    // Each row changes one fact of the clean image (or one threshold) and names the one check
    // that must fail then, with its severity and location; an empty key means none must.
    void oneCheckEach_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("location");
        const auto row = [](const char *change, const char *rule, Severity s, const char *location) {
            QTest::newRow(change) << change << rule << int(s) << location;
        };
        row("insecure source", imagerule::kRegistryInsecure, Severity::High, "registry");
        row("unsigned", imagerule::kUnsigned, Severity::Medium, "signature");
        row("invalid signature", imagerule::kSignatureInvalid, Severity::High, "signature");
        row("unverified signature", imagerule::kSignatureUnverified, Severity::Low, "signature");
        row("no sbom", imagerule::kNoSbom, Severity::Low, "sbom");
        row("stale sbom", imagerule::kSbomStale, Severity::Low, "sbom");
        row("sbom of unknown age", "", Severity::Unknown, "");
        row("one layer over", imagerule::kTooManyLayers, Severity::Low, "layers");
        row("layers at the limit", "", Severity::Unknown, "");
        row("one byte over", imagerule::kTooLarge, Severity::Low, "size");
        row("size at the limit", "", Severity::Unknown, "");
        row("built a day over the age limit", imagerule::kTooOld, Severity::Medium, "config.created");
        row("built exactly at the age limit", "", Severity::Unknown, "");
        row("built in the future", "", Severity::Unknown, "");
        row("never scanned", imagerule::kNotScanned, Severity::Medium, "scan");
        row("scan too old", imagerule::kNotScanned, Severity::Medium, "scan");
        row("all thresholds off", "", Severity::Unknown, "");
    }

    void oneCheckEach()
    {
        QFETCH(QString, change);
        QFETCH(QString, rule);
        QFETCH(int, severity);
        QFETCH(QString, location);
        ImagePostureInput in = imageFrom(cleanSpec());
        PostureThresholds t;
        const std::int64_t created = in.config.created;
        const std::map<QString, Change> changes{
            {"insecure source", [](auto &i, auto &) { i.insecureSource = true; }},
            {"unsigned", [](auto &i, auto &) { i.signature = verifyCosignSignatures({}, {}, "sha256:00"); }},
            {"invalid signature",
             [](auto &i, auto &) { i.signature = {SignatureState::Invalid, "signature is for sha256:11, not this image", -1}; }},
            {"unverified signature",
             [](auto &i, auto &) { i.signature = {SignatureState::SignedNotVerified, "signed, but no public key is configured", -1}; }},
            {"no sbom", [](auto &i, auto &) { i.hasSbom = false; }},
            {"stale sbom", [](auto &i, auto &t) { i.sbomCreated = kNow - (t.sbomMaxAgeDays + 1) * kDay; }},
            {"sbom of unknown age", [](auto &i, auto &) { i.sbomCreated = 0; }},
            // (OciLayout writes one layer, and a limit of 0 is "off": the input gets one more.)
            {"one layer over", [](auto &i, auto &t) { t.maxLayers = i.layerCount++; }},
            {"layers at the limit", [](auto &i, auto &t) { t.maxLayers = i.layerCount; }},
            {"one byte over", [](auto &i, auto &t) { t.maxSizeBytes = i.sizeBytes - 1; }},
            {"size at the limit", [](auto &i, auto &t) { t.maxSizeBytes = i.sizeBytes; }},
            {"built a day over the age limit", [&](auto &, auto &t) { t.maxImageAgeDays = int((kNow - created) / kDay) - 1; }},
            {"built exactly at the age limit",
             [&](auto &i, auto &t) {
                 i.config.created = kNow - 30 * kDay;
                 t.maxImageAgeDays = 30;
             }},
            {"built in the future", [](auto &i, auto &t) { i.config.created = kNow + kDay, t.maxImageAgeDays = 1; }},
            {"never scanned", [](auto &i, auto &) { i.lastScanAt = 0; }},
            {"scan too old", [](auto &i, auto &t) { i.lastScanAt = kNow - t.scanMaxAgeDays * kDay - 1; }},
            {"all thresholds off",
             [](auto &i, auto &t) {
                 t = PostureThresholds{0, 0, 0, 0, 0};
                 i.lastScanAt = 0;
                 i.sbomCreated = 1;
                 i.layerCount = 1000;
                 i.sizeBytes = std::int64_t(1) << 40;
                 i.config.created = 1;
             }},
        };
        QVERIFY(changes.count(change));
        changes.at(change)(in, t);
        const std::vector<ImageCheck> checks = evaluateImagePosture(in, t, kNow);
        if (rule.isEmpty()) {
            QVERIFY2(checks.empty(), keys(checks).c_str());
            return;
        }
        QCOMPARE(checks.size(), std::size_t(1));
        QCOMPARE(checks[0].ruleKey, rule.toStdString());
        QCOMPARE(int(checks[0].severity), severity);
        QCOMPARE(checks[0].location, location.toStdString());
        QVERIFY(!checks[0].message.empty());
    }

    void messagesSayWhy()
    {
        ImagePostureInput in = imageFrom(cleanSpec());
        in.insecureSource = true;
        in.signature = {SignatureState::Invalid, "signature is for sha256:11, not this image", -1};
        in.lastScanAt = kNow - 9 * kDay;
        in.layerCount = 31;
        const std::vector<ImageCheck> checks = evaluateImagePosture(in, PostureThresholds{}, kNow);
        std::map<std::string, std::string> byRule;
        for (const ImageCheck &c : checks)
            byRule[c.ruleKey] = c.message;
        QVERIFY2(byRule[imagerule::kRegistryInsecure].find("registry.example:5000") != std::string::npos, keys(checks).c_str());
        QVERIFY(byRule[imagerule::kSignatureInvalid].find("sha256:11") != std::string::npos);
        QVERIFY2(byRule[imagerule::kNotScanned].find("9 days old (2024-08-23)") != std::string::npos, keys(checks).c_str());
        QVERIFY2(byRule[imagerule::kTooManyLayers].find("31 layers, over the limit of 30") != std::string::npos,
                 keys(checks).c_str());
    }

    void rootUser()
    {
        OciImageSpec spec = cleanSpec();
        for (const QString &user : {QString(), QStringLiteral("0:0")}) {
            spec.user = user;
            const std::vector<ImageCheck> checks = evaluateImagePosture(imageFrom(spec), PostureThresholds{}, kNow);
            QCOMPARE(checks.size(), std::size_t(1));
            QCOMPARE(checks[0].ruleKey, std::string(imagerule::kRootUser));
            QCOMPARE(checks[0].severity, Severity::High);
            QCOMPARE(checks[0].location, "config.User");
            QVERIFY2(checks[0].message.find(user.isEmpty() ? "sets no USER" : "sets USER 0:0") != std::string::npos,
                     checks[0].message.c_str());
        }
    }

    // One check per variable, named in the message and the location; the value appears nowhere.
    void secretEnv()
    {
        OciImageSpec spec = cleanSpec();
        const QStringList secrets{"DB_PASSWORD=hunter2-literal", "API_TOKEN=tok-0123456789"};
        spec.env << secrets << "POSTGRES_PASSWORD_FILE=/run/secrets/db";
        const std::vector<ImageCheck> checks = evaluateImagePosture(imageFrom(spec), PostureThresholds{}, kNow);
        QCOMPARE(checks.size(), std::size_t(secrets.size()));
        for (qsizetype i = 0; i < secrets.size(); ++i) {
            const ImageCheck &c = checks[std::size_t(i)];
            const std::string name = secrets[i].section('=', 0, 0).toStdString();
            QCOMPARE(c.ruleKey, std::string(imagerule::kSecretEnv));
            QCOMPARE(c.severity, Severity::High);
            QCOMPARE(c.location, "env:" + name);
            QVERIFY(c.message.find(name) != std::string::npos);
            for (const QString &s : secrets)
                QVERIFY(c.message.find(s.section('=', 1).toStdString()) == std::string::npos);
        }
    }

    // An unreadable config must not read as "no USER": its checks wait for a readable blob.
    void unreadableConfigSkipsConfigChecks()
    {
        ImagePostureInput in = imageFrom(cleanSpec());
        in.config = parseImageConfig("{\"config\":");
        QVERIFY(!in.config.error.empty());
        in.hasSbom = false;
        const std::vector<ImageCheck> checks = evaluateImagePosture(in, PostureThresholds{}, kNow);
        QCOMPARE(checks.size(), std::size_t(1));
        QCOMPARE(checks[0].ruleKey, std::string(imagerule::kNoSbom));
    }

    // Every key evaluateImagePosture returns has its rule text, and every rule maps to the
    // control the contract gives it.
    void rulesAndControls_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("control");
        QTest::addColumn<int>("kind");
        const auto row = [](const char *key, const char *control, FindingKind kind = FindingKind::Misconfiguration) {
            QTest::newRow(key) << key << control << int(kind);
        };
        row(imagerule::kRootUser, "BLD-5");
        row(imagerule::kUnsigned, "BLD-3");
        row(imagerule::kSignatureInvalid, "BLD-3");
        row(imagerule::kSignatureUnverified, "BLD-3");
        row(imagerule::kNoSbom, "BLD-4");
        row(imagerule::kSbomStale, "BLD-4");
        row(imagerule::kTooManyLayers, "BLD-6");
        row(imagerule::kTooLarge, "BLD-1");
        row(imagerule::kTooOld, "BLD-1");
        row(imagerule::kSecretEnv, "SEC-1", FindingKind::Secret);
        row(imagerule::kNotScanned, "BLD-2");
        row(imagerule::kRegistryInsecure, "SUP-4");
    }

    void rulesAndControls()
    {
        QFETCH(QString, key);
        QFETCH(QString, control);
        QFETCH(int, kind);
        const std::vector<RuleInfo> &rules = imagePostureRules();
        const auto it = std::find_if(rules.begin(), rules.end(), [&](const RuleInfo &r) { return r.key == key.toStdString(); });
        QVERIFY2(it != rules.end(), "no rule text");
        QCOMPARE(int(it->kind), kind);
        QVERIFY(it->hasMetadata);
        QVERIFY(!it->title.empty());
        // What, why and how to fix: a few sentences at least.
        QVERIFY2(std::count(it->description.begin(), it->description.end(), '.') >= 3, it->description.c_str());
        const QStringList refs = QString::fromStdString(it->references).split('\n');
        QVERIFY(!refs.isEmpty());
        for (const QString &ref : refs)
            QVERIFY2(ref.startsWith("https://") && !ref.contains(' '), qPrintable(ref));
        QCOMPARE(controlForRule(it->kind, it->key, it->title), control.toStdString());
    }

    void noRuleWithoutARow()
    {
        std::set<std::string> keys;
        for (const RuleInfo &r : imagePostureRules())
            QVERIFY2(keys.insert(r.key).second, r.key.c_str());
        QCOMPARE(keys.size(), std::size_t(12)); // the twelve rules of the issue 4 contract, one row each above
    }

    void thresholdsDefaultWhenUnset()
    {
        QCOMPARE(loadPostureThresholds(), PostureThresholds{});
    }

    void thresholdsRoundTrip()
    {
        const PostureThresholds t{12, 512LL << 20, 365, 3, 30};
        savePostureThresholds(t);
        QCOMPARE(loadPostureThresholds(), t);
        const QSettings s;
        QCOMPARE(s.value("posture/maxSizeMiB").toLongLong(), 512);
        for (const char *key : {"posture/maxLayers", "posture/maxImageAgeDays", "posture/scanMaxAgeDays",
                                "posture/sbomMaxAgeDays"})
            QVERIFY2(s.contains(key), key);
        // A size between MiB is saved rounded up: never stricter than it was set.
        savePostureThresholds(PostureThresholds{30, (3LL << 20) / 2, 180, 7, 90});
        QCOMPARE(loadPostureThresholds().maxSizeBytes, 2LL << 20);
    }

    void badStoredThresholdsFallBack()
    {
        QSettings s;
        s.setValue("posture/maxLayers", "many");
        s.setValue("posture/maxSizeMiB", -5);
        s.setValue("posture/scanMaxAgeDays", 0); // 0 is "off", a valid choice
        s.setValue("posture/maxImageAgeDays", 10000000);
        const PostureThresholds t = loadPostureThresholds();
        const PostureThresholds d;
        QCOMPARE(t.maxLayers, d.maxLayers);
        QCOMPARE(t.maxSizeBytes, d.maxSizeBytes);
        QCOMPARE(t.scanMaxAgeDays, 0);
        QCOMPARE(t.maxImageAgeDays, 36500);
        QCOMPARE(t.sbomMaxAgeDays, d.sbomMaxAgeDays);
    }
};

QTEST_GUILESS_MAIN(TestImagePosture)
#include "tst_imageposture.moc"
