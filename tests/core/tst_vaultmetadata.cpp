// KV v2 answers read into SecretRecords: the API documentation's metadata and LIST samples
// (${BULKHEAD_FIXTURES_DIR}/vault; skipped clearly when absent), checked against values read
// from the same files with Qt's JSON parser; the envelope of a live server; the last change from
// the current version (deleted, destroyed, no version list, creation only); custom_metadata
// owner / rotation_days / labels; keys a walk must refuse; Vault error bodies; broken answers.
#include "testsupport.h"
#include "util/timestamps.h"
#include "vault/vaultmetadata.h"

#include <QFile>
#include <QJsonArray>

using namespace bulkhead;
using bulkhead::test::fixturePath;
using bulkhead::test::readFile;
using bulkhead::test::str;

namespace {

std::string metadataBody(const QJsonObject &data)
{
    return QJsonDocument(QJsonObject{{"data", data}}).toJson(QJsonDocument::Compact).toStdString();
}

QJsonObject version(const char *created, const char *deleted = "", bool destroyed = false)
{
    return QJsonObject{{"created_time", created}, {"deletion_time", deleted}, {"destroyed", destroyed}};
}

SecretRecord parse(const std::string &body)
{
    std::string error;
    const auto s = parseVaultMetadata(body, "prod", "secret", "team-a/db", &error);
    if (!s)
        qFatal("parse failed: %s", error.c_str());
    return *s;
}

} // namespace

class TestVaultMetadata : public QObject
{
    Q_OBJECT

    QString m_metadataFixture, m_listFixture;

private slots:
    void initTestCase()
    {
        m_metadataFixture = fixturePath("vault/kv-v2-read-metadata-response.json");
        m_listFixture = fixturePath("vault/kv-v2-list-response.json");
    }

    void documentedMetadataSample()
    {
        if (!QFile::exists(m_metadataFixture))
            QSKIP(qPrintable("fixture absent: " + m_metadataFixture + " (set BULKHEAD_FIXTURES_DIR)"));
        const QByteArray bytes = readFile(m_metadataFixture);
        const QJsonObject data = QJsonDocument::fromJson(bytes).object().value("data").toObject();
        std::string error;
        const auto s = parseVaultMetadata(bytes.toStdString(), "prod", "secret", "foo", &error);
        QVERIFY2(s, error.c_str());

        QCOMPARE(int(s->store), int(SecretStoreKind::Vault));
        QCOMPARE(s->origin, std::string("prod"));
        QCOMPARE(s->location, std::string("secret"));
        QCOMPARE(s->name, std::string("foo"));
        QCOMPARE(s->type, std::string("kv-v2"));
        QCOMPARE(s->currentVersion, data.value("current_version").toInt());
        QCOMPARE(s->createdAt, parseTimestamp(str(data.value("created_time"))));

        const QJsonObject versions = data.value("versions").toObject();
        QCOMPARE(s->versions.size(), std::size_t(versions.size()));
        for (const SecretVersion &v : s->versions) {
            const QJsonObject expected = versions.value(QString::number(v.version)).toObject();
            QVERIFY2(!expected.isEmpty(), qPrintable(QString::number(v.version)));
            QCOMPARE(v.createdAt, parseTimestamp(str(expected.value("created_time"))));
            QCOMPARE(v.deletedAt, std::int64_t(0)); // "" in the sample
            QCOMPARE(v.destroyed, expected.value("destroyed").toBool());
        }
        for (std::size_t i = 1; i < s->versions.size(); ++i)
            QVERIFY(s->versions[i - 1].version < s->versions[i].version);

        // The age rests on the current version's own creation time.
        const QString current = QString::number(data.value("current_version").toInt());
        QCOMPARE(s->lastChangeAt,
                 parseTimestamp(str(versions.value(current).toObject().value("created_time"))));
        QCOMPARE(int(s->ageSource), int(AgeSource::VersionHistory));
        QCOMPARE(s->ageDetail, "version " + current.toStdString() + " of " + current.toStdString());

        // Every custom_metadata key of the sample is a label (none is owner or rotation_days).
        const QJsonObject custom = data.value("custom_metadata").toObject();
        QCOMPARE(s->labels.size(), std::size_t(custom.size()));
        for (const auto &[key, value] : s->labels)
            QCOMPARE(value, str(custom.value(QString::fromStdString(key))));
        QVERIFY(std::is_sorted(s->labels.begin(), s->labels.end()));
        QVERIFY(s->owner.empty());
        QVERIFY(!s->declaredPolicyDays);
    }

    void documentedListSample()
    {
        if (!QFile::exists(m_listFixture))
            QSKIP(qPrintable("fixture absent: " + m_listFixture + " (set BULKHEAD_FIXTURES_DIR)"));
        const QByteArray bytes = readFile(m_listFixture);
        const QJsonArray keys = QJsonDocument::fromJson(bytes).object().value("data").toObject().value("keys").toArray();
        std::string error;
        const auto parsed = parseVaultListKeys(bytes.toStdString(), &error);
        QVERIFY2(parsed, error.c_str());
        QCOMPARE(parsed->size(), std::size_t(keys.size()));
        int folders = 0;
        for (int i = 0; i < keys.size(); ++i) {
            QCOMPARE((*parsed)[std::size_t(i)], str(keys[i]));
            QVERIFY(isUsableVaultKey((*parsed)[std::size_t(i)]));
            folders += keys[i].toString().endsWith('/');
        }
        QVERIFY(folders > 0); // the sample has a secret and a folder of the same name
    }

    void liveEnvelope()
    {
        // A live server wraps data in request_id, lease_id, renewable, ... (and auth: null).
        const QJsonObject data{{"created_time", "2024-11-13T21:51:50.898782695Z"},
                               {"current_version", 2},
                               {"updated_time", "2024-11-15T03:10:26.749233814Z"},
                               {"custom_metadata", QJsonValue::Null},
                               {"versions", QJsonObject{{"1", version("2024-11-13T21:51:50.898782695Z")},
                                                        {"2", version("2024-11-15T03:10:26.749233814Z")}}}};
        const QJsonObject envelope{{"request_id", "0b7a3c0e"}, {"lease_id", ""},      {"renewable", false},
                                   {"lease_duration", 0},      {"data", data},         {"wrap_info", QJsonValue::Null},
                                   {"warnings", QJsonValue::Null}, {"auth", QJsonValue::Null}};
        const SecretRecord s = parse(QJsonDocument(envelope).toJson().toStdString());
        QCOMPARE(s.lastChangeAt, parseTimestamp("2024-11-15T03:10:26Z"));
        QCOMPARE(s.ageDetail, std::string("version 2 of 2"));
        QVERIFY(s.labels.empty());

        std::string error;
        const auto keys = parseVaultListKeys(
            R"({"request_id":"1","lease_id":"","renewable":false,"lease_duration":0,"data":{"keys":["a","b/"]},"wrap_info":null,"warnings":null,"auth":null})",
            &error);
        QVERIFY2(keys, error.c_str());
        QCOMPARE(*keys, (std::vector<std::string>{"a", "b/"}));
    }

    void currentVersionState()
    {
        // Version 3 is the current one although version 2 was written later in this crafted
        // history: the current version's own time counts, not the newest of all.
        const QJsonObject versions{{"1", version("2023-01-01T00:00:00Z")},
                                   {"2", version("2023-06-01T00:00:00Z", "2023-07-01T00:00:00Z")},
                                   {"3", version("2023-03-01T00:00:00Z")}};
        SecretRecord s = parse(metadataBody({{"current_version", 3}, {"versions", versions},
                                             {"created_time", "2023-01-01T00:00:00Z"}}));
        QCOMPARE(s.lastChangeAt, parseTimestamp("2023-03-01T00:00:00Z"));
        QCOMPARE(s.versions[1].deletedAt, parseTimestamp("2023-07-01T00:00:00Z"));

        s = parse(metadataBody({{"current_version", 2}, {"versions", versions}}));
        QCOMPARE(s.ageDetail, std::string("version 2 of 3, deleted"));

        QJsonObject destroyed = versions;
        destroyed["3"] = version("2023-03-01T00:00:00Z", "", true);
        s = parse(metadataBody({{"current_version", 3}, {"versions", destroyed}}));
        QCOMPARE(s.ageDetail, std::string("version 3 of 3, destroyed"));
        QVERIFY(s.versions[2].destroyed);
    }

    void fallbacks()
    {
        // No version list: updated_time, still the server's own record.
        SecretRecord s = parse(metadataBody({{"current_version", 4},
                                             {"created_time", "2022-01-01T00:00:00Z"},
                                             {"updated_time", "2022-05-01T00:00:00Z"}}));
        QCOMPARE(s.lastChangeAt, parseTimestamp("2022-05-01T00:00:00Z"));
        QCOMPARE(int(s.ageSource), int(AgeSource::VersionHistory));
        QVERIFY(s.versions.empty());

        // Only created_time: a lower bound, said so.
        s = parse(metadataBody({{"current_version", 1}, {"created_time", "2022-01-01T00:00:00Z"}}));
        QCOMPARE(s.lastChangeAt, parseTimestamp("2022-01-01T00:00:00Z"));
        QCOMPARE(int(s.ageSource), int(AgeSource::CreationOnly));

        // Nothing usable (Go's zero time is "never").
        s = parse(metadataBody({{"current_version", 0}, {"created_time", "0001-01-01T00:00:00Z"}}));
        QCOMPARE(s.lastChangeAt, std::int64_t(0));
        QCOMPARE(int(s.ageSource), int(AgeSource::Unknown));
    }

    void customMetadata()
    {
        const QJsonObject custom{{"owner", "team-a"}, {"rotation_days", " 30 "}, {"zone", "eu"}, {"app", "billing"}};
        SecretRecord s = parse(metadataBody({{"current_version", 1}, {"custom_metadata", custom}}));
        QCOMPARE(s.owner, std::string("team-a"));
        QVERIFY(s.declaredPolicyDays);
        QCOMPARE(*s.declaredPolicyDays, 30);
        QCOMPARE(s.labels, (std::vector<std::pair<std::string, std::string>>{{"app", "billing"}, {"zone", "eu"}}));

        // A rotation_days that is not a non-negative integer declares nothing and stays visible.
        for (const char *bad : {"thirty", "-5", "30d", ""}) {
            s = parse(metadataBody({{"current_version", 1}, {"custom_metadata", QJsonObject{{"rotation_days", bad}}}}));
            QVERIFY2(!s.declaredPolicyDays, bad);
            QCOMPARE(s.labels.size(), std::size_t(1));
            QCOMPARE(s.labels[0].second, std::string(bad));
        }
        s = parse(metadataBody({{"current_version", 1}, {"custom_metadata", QJsonObject{{"rotation_days", "0"}}}}));
        QCOMPARE(s.declaredPolicyDays.value_or(-1), 0);
    }

    void notMetadata_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("<html>") << "not JSON (at byte";
        QTest::newRow("array") << QByteArray("[1]") << "not a JSON object";
        QTest::newRow("no data") << QByteArray(R"({"errors":[]})") << "no data.current_version";
        // A KV v1 read would hold the values themselves: refused, and no part of it kept.
        QTest::newRow("kv v1 secret") << QByteArray(R"({"data":{"password":"hunter2"}})") << "KV version 2";
        QTest::newRow("negative version") << QByteArray(R"({"data":{"current_version":-1}})") << "current_version";
        QTest::newRow("string version") << QByteArray(R"({"data":{"current_version":"3"}})") << "current_version";
    }
    void notMetadata()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        std::string error;
        QVERIFY(!parseVaultMetadata(body.toStdString(), "prod", "secret", "x", &error));
        QVERIFY2(QString::fromStdString(error).contains(expected), error.c_str());
        QVERIFY(error.find("hunter2") == std::string::npos);
    }

    void badListings()
    {
        std::string error;
        QVERIFY(!parseVaultListKeys(R"({"data":{}})", &error));
        QVERIFY2(error.find("data.keys") != std::string::npos, error.c_str());
        QVERIFY(!parseVaultListKeys(R"({"data":{"keys":["a",3]}})", &error));
        QVERIFY2(error.find("not a string") != std::string::npos, error.c_str());
        QVERIFY(!parseVaultListKeys("", &error));
    }

    void usableKeys()
    {
        for (const char *ok : {"db", "db/", "a b", "x.y", "%41", "..a", "ключ"})
            QVERIFY2(isUsableVaultKey(ok), ok);
        for (const char *bad : {"", "/", ".", "..", "../", "./", "a/b", "a/b/", "/a", "a\nb", "a\x7f"})
            QVERIFY2(!isUsableVaultKey(bad), bad);
    }

    void errorBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray(R"({"errors":["permission denied"]})") << "permission denied";
        QTest::newRow("multierror")
            << QByteArray(R"({"errors":["1 error occurred:\n\t* permission denied\n\n"]})") << "permission denied";
        QTest::newRow("two") << QByteArray(R"({"errors":["2 errors occurred:\n\t* a\n\t* b\n\n","c"]})") << "a; b; c";
        QTest::newRow("empty list") << QByteArray(R"({"errors":[]})") << "";
        QTest::newRow("not json") << QByteArray("Forbidden") << "";
        QTest::newRow("no errors") << QByteArray(R"({"data":{}})") << "";
    }
    void errorBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(vaultErrorText(body.toStdString())), expected);
    }

    void errorBodyCapped()
    {
        // (Plain literals: moc's tokenizer misreads a raw string that ends in a quote.)
        const std::string body = "{\"errors\":[\"" + std::string(5000, 'x') + "\"]}";
        QVERIFY(vaultErrorText(body).size() <= 300);
    }
};

QTEST_GUILESS_MAIN(TestVaultMetadata)
#include "tst_vaultmetadata.moc"
