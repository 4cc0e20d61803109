// parseImageConfig on real config blobs: the httpd 2.4.23 config of the shared fixtures and
// configs written by OciLayout (the layout the registry tests push). Expectations are read from
// the same bytes with Qt's parser. Environment values must never leave the parser.

#include "registry/imageconfig.h"
#include "ocilayout.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

std::string_view view(const QByteArray &b)
{
    return {b.constData(), std::size_t(b.size())};
}

std::int64_t isoSeconds(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toSecsSinceEpoch();
}

// Every string the parse result holds, to look for leaked values.
QStringList allStrings(const ImageConfigInfo &c)
{
    QStringList out{QString::fromStdString(c.user), QString::fromStdString(c.os),
                    QString::fromStdString(c.architecture), QString::fromStdString(c.variant)};
    for (const auto &n : c.envNames)
        out << QString::fromStdString(n);
    for (const auto &n : c.secretLookingEnv)
        out << QString::fromStdString(n);
    for (const auto &[k, v] : c.labels)
        out << QString::fromStdString(k) << QString::fromStdString(v);
    for (const auto &h : c.history)
        out << QString::fromStdString(h.createdBy) << QString::fromStdString(h.comment);
    return out;
}

} // namespace

class TestImageConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The config blob OciLayout writes for `spec`.
    QByteArray configOf(const OciImageSpec &spec, const QString &name)
    {
        OciLayout layout(m_dir.filePath(name));
        const OciDescriptor manifest = layout.addImage(spec);
        const QJsonObject m = QJsonDocument::fromJson(layout.blob(manifest.digest)).object();
        const QByteArray config = layout.blob(m.value("config").toObject().value("digest").toString());
        if (!layout.ok() || config.isEmpty())
            qWarning("layout: %s", qPrintable(layout.error()));
        return config;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void dockerConfigFixture()
    {
        BULKHEAD_REQUIRE_FIXTURE("oci/schema2-config.json");
        const QByteArray bytes = readFile(fixturePath("oci/schema2-config.json"));
        const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        const ImageConfigInfo c = parseImageConfig(view(bytes));
        QVERIFY2(c.error.empty(), c.error.c_str());
        const QJsonObject config = doc.value("config").toObject();
        QCOMPARE(c.user, str(config.value("User")));
        QCOMPARE(c.runsAsRoot(), config.value("User").toString().isEmpty());
        QCOMPARE(c.os, str(doc.value("os")));
        QCOMPARE(c.architecture, str(doc.value("architecture")));
        QCOMPARE(c.created, isoSeconds(doc.value("created")));

        std::vector<std::string> names;
        for (const QJsonValue &e : config.value("Env").toArray())
            names.push_back(e.toString().section('=', 0, 0).toStdString());
        QCOMPARE(c.envNames, names);
        // HTTPD_SHA1 and the download URLs are public facts, not secrets.
        QVERIFY(c.secretLookingEnv.empty());

        const QJsonArray history = doc.value("history").toArray();
        QCOMPARE(c.history.size(), std::size_t(history.size()));
        int emptyLayers = 0;
        for (qsizetype i = 0; i < history.size(); ++i) {
            const QJsonObject h = history.at(i).toObject();
            QCOMPARE(c.history[std::size_t(i)].createdBy, str(h.value("created_by")));
            QCOMPARE(c.history[std::size_t(i)].created, isoSeconds(h.value("created")));
            QCOMPARE(c.history[std::size_t(i)].emptyLayer, h.value("empty_layer").toBool());
            emptyLayers += h.value("empty_layer").toBool() ? 1 : 0;
        }
        // Docker's invariant: each non-empty history step made one diff_id.
        QCOMPARE(c.diffIdCount, int(doc.value("rootfs").toObject().value("diff_ids").toArray().size()));
        QCOMPARE(c.diffIdCount, int(history.size()) - emptyLayers);
    }

    void ociLayoutConfig()
    {
        OciImageSpec spec;
        spec.user = "1000:1000";
        spec.architecture = "arm64";
        spec.variant = "v8";
        spec.labels = {{"org.opencontainers.image.title", "user image"}, {"maintainer", "bulkhead tests"}};
        spec.history << "/bin/sh -c #(nop) USER 1000:1000";
        const QByteArray bytes = configOf(spec, "user");
        QVERIFY(!bytes.isEmpty());
        const ImageConfigInfo c = parseImageConfig(view(bytes));
        QVERIFY2(c.error.empty(), c.error.c_str());
        QCOMPARE(c.user, spec.user.toStdString());
        QVERIFY(!c.runsAsRoot());
        QCOMPARE(c.variant, "v8");
        QCOMPARE(c.created, spec.created.toSecsSinceEpoch());
        QCOMPARE(c.history.size(), std::size_t(spec.history.size()));
        QCOMPARE(c.labels.size(), std::size_t(spec.labels.size()));
        for (const auto &[k, v] : c.labels)
            QCOMPARE(QString::fromStdString(v), spec.labels.value(QString::fromStdString(k)));
        QCOMPARE(c.diffIdCount, 1); // OciLayout writes one layer
    }

    // Each entry: the env line, and whether it is a literal secret by the rule in imageconfig.h.
    void secretLookingEnv_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("secret");
        QTest::newRow("password literal") << "DB_PASSWORD=hunter2-literal" << true;
        QTest::newRow("aws secret key") << "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" << true;
        QTest::newRow("word PASS") << "REDIS_PASS=s3cr3t-value" << true;
        QTest::newRow("github token") << "GITHUB_TOKEN=ghp_exampleexampleexample" << true;
        QTest::newRow("api key lower case") << "stripe_api_key=sk_test_example" << true;
        QTest::newRow("private key") << "JWT_PRIVATE_KEY=MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" << true;
        QTest::newRow("credentials") << "GOOGLE_APPLICATION_CREDENTIALS_JSON={\"type\":\"service_account\"}" << true;
        QTest::newRow("docker secrets file") << "POSTGRES_PASSWORD_FILE=/run/secrets/postgres" << false;
        QTest::newRow("reference") << "API_TOKEN=${API_TOKEN}" << false;
        QTest::newRow("plain reference") << "MYSQL_ROOT_PASSWORD=$ROOT_PW" << false;
        QTest::newRow("empty") << "GITHUB_TOKEN=" << false;
        QTest::newRow("no value") << "SECRET_KEY" << false;
        QTest::newRow("flag") << "TOKENIZERS_PARALLELISM=false" << false;
        QTest::newRow("bypass is no pass") << "BYPASS_CACHE=enabled" << false;
        QTest::newRow("passenger") << "PASSENGER_APP_ENV=production" << false;
        QTest::newRow("gpg key id") << "GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D" << false;
        QTest::newRow("path") << "PATH=/usr/local/sbin:/usr/local/bin" << false;
    }

    void secretLookingEnv()
    {
        QFETCH(QString, entry);
        QFETCH(bool, secret);
        OciImageSpec spec;
        spec.env << entry;
        const QByteArray bytes = configOf(spec, QStringLiteral("env-%1").arg(QTest::currentDataTag()).replace(' ', '-'));
        const ImageConfigInfo c = parseImageConfig(view(bytes));
        QVERIFY2(c.error.empty(), c.error.c_str());
        const std::string name = entry.section('=', 0, 0).toStdString();
        QCOMPARE(c.envNames.size(), std::size_t(spec.env.size()));
        QCOMPARE(c.envNames.back(), name);
        QCOMPARE(c.secretLookingEnv.size(), std::size_t(secret ? 1 : 0));
        if (secret)
            QCOMPARE(c.secretLookingEnv.front(), name);
        const QString value = entry.section('=', 1);
        if (!value.isEmpty()) {
            for (const QString &s : allStrings(c))
                QVERIFY2(!s.contains(value), qPrintable("value kept in " + s));
        }
    }

    void rootUser_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("root");
        QTest::newRow("unset") << "" << true;
        QTest::newRow("0") << "0" << true;
        QTest::newRow("root") << "root" << true;
        QTest::newRow("0:0") << "0:0" << true;
        QTest::newRow("root:root") << "root:root" << true;
        QTest::newRow("0:gid") << "0:1000" << true;
        QTest::newRow("root:group") << "root:staff" << true;
        QTest::newRow("00") << "00" << true;
        QTest::newRow("uid") << "1000" << false;
        QTest::newRow("uid:gid") << "1000:1000" << false;
        QTest::newRow("name") << "app" << false;
        QTest::newRow("nobody") << "nobody:nogroup" << false;
        QTest::newRow("root group only") << "10001:0" << false;
        QTest::newRow("uid 100") << "100" << false;
    }

    void rootUser()
    {
        QFETCH(QString, user);
        QFETCH(bool, root);
        ImageConfigInfo c;
        c.user = user.toStdString();
        QCOMPARE(c.runsAsRoot(), root);
    }

    // cosign writes the zero time into its signature configs: unknown, not year 1.
    void zeroTimeIsUnknown()
    {
        const QByteArray bytes = R"({"architecture":"","os":"","created":"0001-01-01T00:00:00Z","config":{},
            "history":[{"created":"0001-01-01T00:00:00Z"}],"rootfs":{"type":"layers","diff_ids":[]}})";
        const ImageConfigInfo c = parseImageConfig(view(bytes));
        QVERIFY2(c.error.empty(), c.error.c_str());
        QCOMPARE(c.created, 0);
        QCOMPARE(c.history.at(0).created, 0);
        QCOMPARE(c.diffIdCount, 0);
    }

    void brokenConfig()
    {
        const QByteArray bytes = R"({"architecture":"amd64","config":{"User":"app",)";
        const ImageConfigInfo c = parseImageConfig(view(bytes));
        QVERIFY2(c.error.find("image config is not JSON at byte " + std::to_string(bytes.size()))
                     != std::string::npos,
                 c.error.c_str());
        QVERIFY(c.user.empty() && c.envNames.empty());
    }
};

QTEST_GUILESS_MAIN(TestImageConfig)
#include "tst_imageconfig.moc"
