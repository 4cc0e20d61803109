// `bulkheadctl source` and `bulkheadctl images` end to end: validation with clear errors and
// exit codes, the password only through stdin and only into the keyring (never argv, output or
// store bytes), a missing keyring refusing cleanly, removal taking the keyring password along,
// and the images listing with filters, counts computed from what the test wrote, and the CSV
// formula guard. The whole test runs inside a private keyring session (keyringsession.h).
#include "credentials/keyringsecretstore.h"
#include "keyringsession.h"
#include "model/parsedreport.h"
#include "store/database.h"
#include "store/imagerepository.h"
#include "store/importwriter.h"
#include "store/sourcerepository.h"
#include "testcerts.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace bulkhead;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

Run ctl(const QString &db, const QStringList &args, const QByteArray &input = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("BULKHEADCTL"), QStringList{QStringLiteral("--db"), db} + args);
    if (!p.waitForStarted(30000))
        qFatal("bulkheadctl did not start");
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        qFatal("bulkheadctl did not finish: %s", qPrintable(args.join(' ')));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Every byte the store consists of (main file, WAL, shared memory).
QByteArray storeBytes(const QString &db)
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(db + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QJsonArray jsonArray(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray())
        qFatal("not a JSON array: %s", qPrintable(text));
    return doc.array();
}

} // namespace

class TestSourceCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshDb() { return m_dir.filePath(QStringLiteral("s%1.db").arg(++m_n)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("BULKHEADCTL")).isExecutable(),
                 "BULKHEADCTL must point at the built bulkheadctl");
    }

    void addListRemoveAnonymous()
    {
        const QString db = freshDb();
        Run r = ctl(db, {"source", "add", "registry", "local", "http://127.0.0.1:5000", "--insecure", "--include",
                         "team/*", "--include", "base/*", "--exclude", "*-dev", "--concurrency", "3"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        r = ctl(db, {"source", "add", "registry", "hub", "https://registry-1.docker.io", "--auth", "docker-config",
                     "--import-sboms"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));

        r = ctl(db, {"source", "list", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = jsonArray(r.out);
        QCOMPARE(list.size(), 2);
        const QJsonObject local = list.at(1).toObject(); // sorted by name: hub, local
        QCOMPARE(local.value("name").toString(), QStringLiteral("local"));
        QCOMPARE(local.value("url").toString(), QStringLiteral("http://127.0.0.1:5000"));
        QCOMPARE(local.value("insecure").toBool(), true);
        QCOMPARE(local.value("auth").toString(), QStringLiteral("anonymous"));
        QCOMPARE(local.value("include").toArray(), (QJsonArray{"team/*", "base/*"}));
        QCOMPARE(local.value("exclude").toArray(), (QJsonArray{"*-dev"}));
        QCOMPARE(local.value("concurrency").toInt(), 3);
        QCOMPARE(local.value("images").toInt(), 0);
        QVERIFY(local.value("last_run").isNull());
        const QJsonObject hub = list.at(0).toObject();
        QCOMPARE(hub.value("auth").toString(), QStringLiteral("docker-config"));
        QCOMPARE(hub.value("import_sboms").toBool(), true);

        r = ctl(db, {"source", "list"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 3); // header + two sources
        QVERIFY(r.out.contains(QLatin1String("http://127.0.0.1:5000")));

        r = ctl(db, {"source", "add", "registry", "local", "https://other.example"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("a source named local already exists")), qPrintable(r.err));

        r = ctl(db, {"source", "remove", "local"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        r = ctl(db, {"source", "remove", "local"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("there is no source named local")), qPrintable(r.err));
        QCOMPARE(jsonArray(ctl(db, {"source", "list", "--format", "json"}).out).size(), 1);
    }

    void validation_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList add{"source", "add", "registry"};
        QTest::newRow("http without --insecure")
            << add + QStringList{"r", "http://127.0.0.1:5000"} << 2 << "plain http: mark the source insecure";
        QTest::newRow("url with path") << add + QStringList{"r", "https://r.example/v2/x"} << 2
                                       << "must be http(s)://host[:port]";
        QTest::newRow("not a url") << add + QStringList{"r", "r.example"} << 2 << "must be http(s)://host[:port]";
        QTest::newRow("bad name") << add + QStringList{"a b", "https://r.example"} << 2 << "may only hold letters";
        QTest::newRow("missing url") << add + QStringList{"r"} << 2 << "takes NAME and URL";
        QTest::newRow("other kind") << QStringList{"source", "add", "s3", "r", "https://r.example"} << 2
                                    << "`source add` takes registry NAME URL, cluster NAME or vault NAME URL";
        QTest::newRow("basic without password")
            << add + QStringList{"r", "https://r.example", "--username", "u"} << 2 << "needs --username and --password-stdin";
        QTest::newRow("password-stdin without user")
            << add + QStringList{"r", "https://r.example", "--password-stdin"} << 2 << "go with --auth basic";
        QTest::newRow("unknown auth") << add + QStringList{"r", "https://r.example", "--auth", "kerberos"} << 2
                                      << "--auth must be";
        QTest::newRow("concurrency") << add + QStringList{"r", "https://r.example", "--concurrency", "0"} << 2
                                     << "concurrency must be between 1 and 64";
        QTest::newRow("concurrency text") << add + QStringList{"r", "https://r.example", "--concurrency", "4x"} << 2
                                          << "--concurrency takes a number";
        QTest::newRow("missing ca") << add + QStringList{"r", "https://r.example", "--ca", "/nonexistent/ca.pem"} << 1
                                    << "CA file /nonexistent/ca.pem does not exist";
        QTest::newRow("missing key")
            << add + QStringList{"r", "https://r.example", "--cosign-key", "/nonexistent/k.pub"} << 1
            << "key file /nonexistent/k.pub does not exist";
        QTest::newRow("unknown subcommand") << QStringList{"source", "frobnicate"} << 2 << "unknown subcommand";
        QTest::newRow("list format") << QStringList{"source", "list", "--format", "csv"} << 2
                                     << "--format must be table or json";
        QTest::newRow("password in argv")
            << add + QStringList{"r", "https://r.example", "--username", "u", "--password", "argv-secret-1"} << 2
            << "never taken on the command line";
        QTest::newRow("password= in argv")
            << add + QStringList{"r", "https://r.example", "--password=argv-secret-2"} << 2
            << "never taken on the command line";
    }
    void validation()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString db = freshDb();
        const Run r = ctl(db, args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.all()));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!r.all().contains(QLatin1String("argv-secret")), qPrintable(r.all()));
        // Nothing was stored (the store may not even exist).
        if (QFile::exists(db)) {
            Database store = Database::open(db.toStdString());
            QCOMPARE(SourceRepository(store).list().size(), std::size_t(0));
        }
    }

    void pemFilesChecked()
    {
        QTemporaryDir certsDir;
        test::TestCerts certs(certsDir.path());
        QVERIFY2(certs.ok(), qPrintable(certs.error()));
        const QString db = freshDb();
        const QString notPem = certsDir.filePath("not.pem");
        test::writeFile(notPem, "just text\n");
        Run r = ctl(db, {"source", "add", "registry", "r", "https://r.example", "--ca", notPem});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("holds no PEM certificate")), qPrintable(r.err));
        // A public key is not a CA certificate, and a certificate is not a public key.
        r = ctl(db, {"source", "add", "registry", "r", "https://r.example", "--ca", certs.signingPublicKey()});
        QCOMPARE(r.exitCode, 1);
        r = ctl(db, {"source", "add", "registry", "r", "https://r.example", "--cosign-key", certs.caCert()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("holds no PEM public key")), qPrintable(r.err));
        // Relative paths are stored absolute: collections may run from another directory.
        const QString previous = QDir::currentPath();
        QDir::setCurrent(certsDir.path());
        r = ctl(db, {"source", "add", "registry", "r", "https://127.0.0.1:5000", "--ca", "ca.crt", "--cosign-key",
                     "cosign.pub", "--cosign-key", certs.otherSigningPublicKey()});
        QDir::setCurrent(previous);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QJsonObject s = jsonArray(ctl(db, {"source", "list", "--format", "json"}).out).at(0).toObject();
        QCOMPARE(s.value("ca_file").toString(), certs.caCert());
        QCOMPARE(s.value("cosign_keys").toArray(),
                 (QJsonArray{certs.signingPublicKey(), certs.otherSigningPublicKey()}));
    }

    void withoutKeyringNothingIsStored()
    {
        const QString db = freshDb();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.remove(QStringLiteral("DISPLAY"));
        const QByteArray password = "no-keyring-secret-7";
        const Run r = ctl(db, {"source", "add", "registry", "r", "https://r.example", "--username", "u",
                               "--password-stdin"},
                          password + "\n", env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no desktop keyring (Secret Service) is available")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("--auth docker-config")), qPrintable(r.err));
        QVERIFY(!r.all().contains(QString::fromLatin1(password)));
        QVERIFY(!QFile::exists(db)); // not even an empty store
    }

    void passwordOnlyInTheKeyring()
    {
        BULKHEAD_REQUIRE_KEYRING();
        const QString db = freshDb();
        const QByteArray password = "Keyring-Only-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        Run r = ctl(db, {"source", "add", "registry", "team", "https://reg.example:5000", "--username", "robot",
                         "--password-stdin"},
                    password + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY(!r.all().contains(QString::fromLatin1(password)));
        KeyringSecretStore keyring;
        SecretResult stored = keyring.read(SecretStore::registryKey("team"));
        QVERIFY2(stored.ok, stored.error.c_str());
        QCOMPARE(QByteArray::fromStdString(stored.value), password); // without the line break
        QVERIFY(!storeBytes(db).contains(password));
        const QJsonObject s = jsonArray(ctl(db, {"source", "list", "--format", "json"}).out).at(0).toObject();
        QCOMPARE(s.value("auth").toString(), QStringLiteral("basic"));
        QCOMPARE(s.value("username").toString(), QStringLiteral("robot"));

        // A second add of the same name fails and leaves the first password alone.
        r = ctl(db, {"source", "add", "registry", "team", "https://reg.example:5000", "--username", "robot",
                     "--password-stdin"},
                "another\n");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QByteArray::fromStdString(keyring.read(SecretStore::registryKey("team")).value), password);

        r = ctl(db, {"source", "remove", "team"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QLatin1String("removed its password from the desktop keyring")), qPrintable(r.out));
        QVERIFY(keyring.read(SecretStore::registryKey("team")).notFound);

        r = ctl(db, {"source", "add", "registry", "empty", "https://reg.example", "--username", "u",
                     "--password-stdin"},
                "\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no password on standard input")), qPrintable(r.err));
    }

    void imagesListing()
    {
        const QString db = freshDb();
        QCOMPARE(ctl(db, {"source", "add", "registry", "main", "https://main.example"}).exitCode, 0);
        QCOMPARE(ctl(db, {"source", "add", "registry", "side", "https://side.example"}).exitCode, 0);
        struct Spec {
            const char *source, *repo, *digest, *tag, *user;
            int signature;
            int criticals, highs;
        };
        const std::vector<Spec> specs{
            {"main", "team/web", "sha256:1111", "v1", "", 0, 2, 1},
            {"main", "team/api", "sha256:2222", "=1+1", "app", 2, 0, 3}, // a tag a spreadsheet would run
            {"side", "base/alpine", "sha256:3333", "3.19", "root", 3, 1, 0},
        };
        {
            Database store = Database::open(db.toStdString());
            SourceRepository sources(store);
            ImageRepository images(store);
            for (const Spec &s : specs) {
                CollectedImage im;
                im.repository = s.repo;
                im.digest = s.digest;
                im.configDigest = std::string("sha256:c") + s.digest;
                im.user = s.user;
                im.signatureState = s.signature;
                im.sizeBytes = 3 * 1024 * 1024;
                im.layers = 4;
                images.writeCollection(sources.find(s.source)->id, 0, {im}, {{s.repo, s.tag, s.digest}}, false, 100);
                ParsedReport rep;
                rep.format = ReportFormat::TrivyJson;
                rep.tool = "Trivy";
                rep.scannedAt = 200;
                AssetRef a;
                a.kind = AssetKind::Image;
                a.identity = a.digest = s.digest;
                a.name = s.repo;
                const auto asset = rep.addAsset(a);
                rep.addScope(asset, FindingKind::Vulnerability);
                for (int i = 0; i < s.criticals + s.highs; ++i) {
                    ParsedFinding f;
                    f.asset = asset;
                    f.ruleKey = "CVE-" + std::to_string(i);
                    f.severity = i < s.criticals ? Severity::Critical : Severity::High;
                    f.package = "p";
                    rep.findings.push_back(f);
                }
                computeFingerprints(rep);
                ParsedFile file;
                file.path = s.digest;
                file.contentHash = s.digest;
                file.report = std::move(rep);
                ImportWriter(store).write(file, 200);
            }
        }
        Run r = ctl(db, {"images", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QJsonArray rows = jsonArray(r.out);
        QCOMPARE(rows.size(), int(specs.size()));
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            const auto spec = std::find_if(specs.begin(), specs.end(), [&](const Spec &s) {
                return o.value("digest").toString() == QLatin1String(s.digest);
            });
            QVERIFY(spec != specs.end());
            QCOMPARE(o.value("source").toString(), QLatin1String(spec->source));
            QCOMPARE(o.value("tags").toString(), QLatin1String(spec->tag));
            QCOMPARE(o.value("vulnerabilities").toObject().value("critical").toInt(), spec->criticals);
            QCOMPARE(o.value("vulnerabilities").toObject().value("high").toInt(), spec->highs);
            QCOMPARE(o.value("last_scan_at").toString(), QStringLiteral("1970-01-01T00:03:20Z"));
        }
        auto countWhere = [&](auto pred) { return int(std::count_if(specs.begin(), specs.end(), pred)); };
        QCOMPARE(jsonArray(ctl(db, {"images", "--format", "json", "--source", "main"}).out).size(),
                 countWhere([](const Spec &s) { return std::string(s.source) == "main"; }));
        QCOMPARE(jsonArray(ctl(db, {"images", "--format", "json", "--unsigned"}).out).size(),
                 countWhere([](const Spec &s) { return s.signature == 0; }));
        QCOMPARE(jsonArray(ctl(db, {"images", "--format", "json", "--signature", "verified,invalid"}).out).size(),
                 countWhere([](const Spec &s) { return s.signature == 2 || s.signature == 3; }));
        QCOMPARE(jsonArray(ctl(db, {"images", "--format", "json", "--root"}).out).size(),
                 countWhere([](const Spec &s) { return std::string(s.user).empty() || std::string(s.user) == "root"; }));
        QCOMPARE(jsonArray(ctl(db, {"images", "--format", "json", "--not-scanned"}).out).size(), 0);
        QCOMPARE(jsonArray(ctl(db, {"images", "--format", "json", "--limit", "1"}).out).size(), 1);
        const QJsonArray worst = jsonArray(ctl(db, {"images", "--format", "json", "--sort", "vulnerabilities",
                                                    "--desc"}).out);
        const auto top = std::max_element(specs.begin(), specs.end(), [](const Spec &a, const Spec &b) {
            return std::pair(a.criticals, a.highs) < std::pair(b.criticals, b.highs);
        });
        QCOMPARE(worst.at(0).toObject().value("digest").toString(), QLatin1String(top->digest));

        r = ctl(db, {"images", "--format", "csv"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(specs.size()) + 1);
        QVERIFY(lines[0].startsWith(QLatin1String("source,repository,tags,digest")));
        QVERIFY2(r.out.contains(QLatin1String(",'=1+1,")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String(",=1+1,")));

        r = ctl(db, {"images"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), int(specs.size()) + 1);

        r = ctl(db, {"images", "--source", "nope"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("there is no source named nope")), qPrintable(r.err));
        QCOMPARE(ctl(db, {"images", "--sort", "colour"}).exitCode, 2);
        QCOMPARE(ctl(db, {"images", "--signature", "maybe"}).exitCode, 2);
        QCOMPARE(ctl(db, {"images", "--format", "xml"}).exitCode, 2);
        QCOMPARE(ctl(db, {"images", "--help"}).exitCode, 0);
        QCOMPARE(ctl(db, {"source", "--help"}).exitCode, 0);

        // Removing a source removes its images.
        QCOMPARE(ctl(db, {"source", "remove", "main"}).exitCode, 0);
        QCOMPARE(jsonArray(ctl(db, {"images", "--format", "json"}).out).size(),
                 countWhere([](const Spec &s) { return std::string(s.source) != "main"; }));
    }
};

BULKHEAD_KEYRING_TEST_MAIN(TestSourceCli)
#include "tst_sourcecli.moc"
