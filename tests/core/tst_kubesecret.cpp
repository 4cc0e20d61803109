// A Kubernetes Secret's record: the sanitized metadata (secretMetadataRecord) and the SecretRecord
// built from it (kubeSecretRecord): the age from each signal in order (rotation annotation,
// managedFields that wrote data, creationTimestamp as a lower bound), owner, labels, declared
// interval, service-account tokens, and planted values that must never reach the record.
// Expected times are computed with QDateTime, not with the parser under test.

#include "secrettesttime.h"
#include "testsupport.h"

#include "kube/secretmetadata.h"
#include "secrets/kubesecret.h"
#include "secrets/secrettimestamp.h"

#include <QtTest>

#include <nlohmann/json.hpp>

using namespace bulkhead;

namespace {

using test::isoSecs;

const std::vector<std::string> kAnnotations{"bulkhead.dev/rotated-at", "cert-manager.io/renewal-time",
                                            "example.com/rotated"};

nlohmann::json secret(const char *name)
{
    nlohmann::json s;
    s["apiVersion"] = "v1";
    s["kind"] = "Secret";
    nlohmann::json &meta = s["metadata"];
    meta["name"] = name;
    meta["namespace"] = "shop";
    meta["uid"] = std::string("uid-") + name;
    meta["creationTimestamp"] = "2024-01-10T08:00:00Z";
    return s;
}

nlohmann::json managedEntry(const char *manager, const char *time, bool data)
{
    nlohmann::json e{{"manager", manager}, {"operation", "Update"}, {"apiVersion", "v1"}, {"time", time},
                     {"fieldsType", "FieldsV1"}};
    e["fieldsV1"]["f:metadata"]["f:labels"]["f:app"] = nlohmann::json::object();
    if (data)
        e["fieldsV1"]["f:data"] = {{".", nlohmann::json::object()}, {"f:planted-key-name", nlohmann::json::object()}};
    return e;
}

SecretRecord record(const nlohmann::json &s, const std::vector<std::string> &annotations = kAnnotations)
{
    return kubeSecretRecord("prod", secretMetadataRecord(s, annotations));
}

} // namespace

class TestKubeSecret : public QObject {
    Q_OBJECT

private slots:
    void identityOwnerLabels()
    {
        nlohmann::json s = secret("web-tls");
        s["type"] = "kubernetes.io/tls";
        nlohmann::json &meta = s["metadata"];
        meta["labels"] = {{"tier", "critical"}, {"app", "web"}, {"controller.cert-manager.io/fao", "true"}};
        meta["ownerReferences"] = nlohmann::json::array(
            {{{"apiVersion", "cert-manager.io/v1"}, {"kind", "Certificate"}, {"name", "web"}, {"uid", "c1"}},
             {{"kind", "Issuer"}, {"name", "le"}, {"uid", "c2"}}});
        const SecretRecord r = record(s);
        QCOMPARE(r.store, SecretStoreKind::Kubernetes);
        QCOMPARE(r.origin, std::string("prod"));
        QCOMPARE(r.location, std::string("shop"));
        QCOMPARE(r.name, std::string("web-tls"));
        QCOMPARE(r.type, std::string("kubernetes.io/tls"));
        QCOMPARE(r.owner, std::string("Certificate/web, Issuer/le"));
        QCOMPARE(r.createdAt, isoSecs("2024-01-10T08:00:00Z"));
        const std::vector<std::pair<std::string, std::string>> labels{
            {"app", "web"}, {"controller.cert-manager.io/fao", "true"}, {"tier", "critical"}};
        QVERIFY(r.labels == labels);
        QVERIFY(!r.declaredPolicyDays);
        QVERIFY(r.serviceAccount.empty());
        QVERIFY(!r.usageKnown);
        QVERIFY(r.uses.empty());
    }

    void creationOnlyIsALowerBound()
    {
        nlohmann::json s = secret("plain");
        // An entry that never wrote data (labels only) is no data change.
        s["metadata"]["managedFields"] = nlohmann::json::array({managedEntry("kubectl-label", "2024-06-01T00:00:00Z", false)});
        const SecretRecord r = record(s);
        QCOMPARE(r.ageSource, AgeSource::CreationOnly);
        QCOMPARE(r.lastChangeAt, isoSecs("2024-01-10T08:00:00Z"));
        QVERIFY(r.ageDetail.find("creationTimestamp") != std::string::npos);
    }

    void managedFieldsThatWroteData()
    {
        nlohmann::json s = secret("db");
        s["metadata"]["managedFields"] = nlohmann::json::array(
            {managedEntry("kubectl-create", "2024-01-10T08:00:00Z", true),
             managedEntry("external-secrets", "2024-05-03T12:30:00Z", true),
             managedEntry("kubectl-label", "2024-07-01T00:00:00Z", false), // newer, but no data
             managedEntry("helm", "2024-02-01T00:00:00Z", true)});
        const SecretRecord r = record(s);
        QCOMPARE(r.ageSource, AgeSource::ManagedFields);
        QCOMPARE(r.lastChangeAt, isoSecs("2024-05-03T12:30:00Z"));
        QCOMPARE(r.ageDetail, std::string("managedFields: external-secrets"));

        // stringData counts as writing data too.
        nlohmann::json t = secret("db2");
        nlohmann::json e = managedEntry("kubectl-client-side-apply", "2024-03-03T03:03:03Z", false);
        e["fieldsV1"]["f:stringData"]["f:password"] = nlohmann::json::object();
        t["metadata"]["managedFields"] = nlohmann::json::array({e});
        QCOMPARE(record(t).lastChangeAt, isoSecs("2024-03-03T03:03:03Z"));
        QCOMPARE(record(t).ageSource, AgeSource::ManagedFields);
    }

    void annotationBeatsManagedFields()
    {
        nlohmann::json s = secret("api-key");
        s["metadata"]["managedFields"] = nlohmann::json::array({managedEntry("ctrl", "2024-08-01T00:00:00Z", true)});
        // Policy order decides between annotations, not the newest time.
        s["metadata"]["annotations"] = {{"example.com/rotated", "2024-04-01T00:00:00Z"},
                                        {"cert-manager.io/renewal-time", "2024-03-01T10:00:00+02:00"},
                                        {"bulkhead.dev/rotated-at", "not a time"}};
        SecretRecord r = record(s);
        QCOMPARE(r.ageSource, AgeSource::Annotation);
        QCOMPARE(r.lastChangeAt, isoSecs("2024-03-01T08:00:00Z"));
        QCOMPARE(r.ageDetail, std::string("annotation cert-manager.io/renewal-time"));

        // An annotation that is not on the allow-list is not a signal.
        r = record(s, {"bulkhead.dev/rotated-at"});
        QCOMPARE(r.ageSource, AgeSource::ManagedFields);
        QCOMPARE(r.lastChangeAt, isoSecs("2024-08-01T00:00:00Z"));
        // Nor is one without a zone, a bare date or one with text after the time.
        for (const char *bad : {"2024-03-01T10:00:00", "2024-03-01", "2024-03-01T10:00:00Zplanted", "2024-02-30T00:00:00Z"}) {
            s["metadata"]["annotations"] = {{"bulkhead.dev/rotated-at", bad}};
            const KubeObjectRecord o = secretMetadataRecord(s, kAnnotations);
            QVERIFY2(kubeSecretRecord("prod", o).ageSource == AgeSource::ManagedFields, bad);
            QVERIFY2(o.json.find("rotatedAt") == std::string::npos, bad);
        }
        // Fractions and lower-case separators are RFC 3339 too.
        s["metadata"]["annotations"] = {{"bulkhead.dev/rotated-at", "2024-06-06t06:06:06.123z"}};
        QCOMPARE(record(s).lastChangeAt, isoSecs("2024-06-06T06:06:06Z"));
    }

    void unknownWithoutAnyTime()
    {
        nlohmann::json s = secret("odd");
        s["metadata"].erase("creationTimestamp");
        const SecretRecord r = record(s);
        QCOMPARE(r.ageSource, AgeSource::Unknown);
        QCOMPARE(r.lastChangeAt, std::int64_t(0));
    }

    void damagedStoredRecord()
    {
        // A stored record that is no JSON object (an older or damaged row) still names the secret.
        KubeObjectRecord o;
        o.kind = "Secret";
        o.nameSpace = "shop";
        o.name = "odd";
        o.createdAt = isoSecs("2024-01-10T08:00:00Z");
        for (const char *json : {"not json", "[1,2]", "{\"labels\":3,\"owners\":{},\"rotatedAt\":\"x\",\"dataManaged\":[]}"}) {
            o.json = json;
            const SecretRecord r = kubeSecretRecord("prod", o);
            QCOMPARE(r.name, std::string("odd"));
            QCOMPARE(r.ageSource, AgeSource::CreationOnly);
            QCOMPARE(r.lastChangeAt, o.createdAt);
            QVERIFY(r.labels.empty());
            QVERIFY(r.owner.empty());
        }
    }

    void declaredInterval_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("days"); // -1: none
        QTest::newRow("30") << "30" << 30;
        QTest::newRow("0") << "0" << 0;
        QTest::newRow("unit") << "30d" << -1;
        QTest::newRow("negative") << "-1" << -1;
        QTest::newRow("space") << " 30" << -1;
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("too large") << "99999999999" << -1;
    }
    void declaredInterval()
    {
        QFETCH(QString, value);
        QFETCH(int, days);
        nlohmann::json s = secret("declared");
        s["metadata"]["annotations"] = {{"bulkhead.dev/rotation-days", value.toStdString()}};
        const SecretRecord r = record(s);
        if (days < 0)
            QVERIFY(!r.declaredPolicyDays);
        else
            QCOMPARE(r.declaredPolicyDays.value(), days);
    }

    void serviceAccountToken()
    {
        // A metadata-only listing: no type, but the token controller's annotations.
        nlohmann::json s = secret("builder-token-x7k2");
        s["metadata"]["annotations"] = {{"kubernetes.io/service-account.name", "builder"},
                                        {"kubernetes.io/service-account.uid", "sa-uid"}};
        SecretRecord r = record(s);
        QCOMPARE(r.type, std::string("kubernetes.io/service-account-token"));
        QCOMPARE(r.serviceAccount, std::string("builder"));
        // A full object's own type stays what it says.
        s["type"] = "kubernetes.io/service-account-token";
        QCOMPARE(record(s).type, std::string("kubernetes.io/service-account-token"));
        nlohmann::json opaque = secret("opaque");
        QCOMPARE(record(opaque).type, std::string());
        opaque["type"] = "Opaque";
        QCOMPARE(record(opaque).type, std::string("Opaque"));
    }

    void plantedValuesNeverReachTheRecord()
    {
        nlohmann::json s = secret("leaky");
        s["type"] = "Opaque";
        s["data"] = {{"password", "cGxhbnRlZC1kYXRhLXZhbHVl"}};
        s["stringData"] = {{"token", "planted-string-data"}};
        nlohmann::json &meta = s["metadata"];
        meta["annotations"] = {
            {"kubectl.kubernetes.io/last-applied-configuration",
             "{\"stringData\":{\"token\":\"planted-last-applied\"}}"},
            {"vendor.example/api-key", "planted-annotation-value"},
            {"bulkhead.dev/rotated-at", "planted-rotation-text"},
            {"example.com/rotated", "2024-02-02T02:02:02Zplanted-suffix"},
            {"bulkhead.dev/rotation-days", "planted-days"}};
        meta["managedFields"] = nlohmann::json::array({managedEntry("kubectl", "2024-02-01T00:00:00Z", true)});
        const KubeObjectRecord o = secretMetadataRecord(s, kAnnotations);
        for (const char *planted : {"cGxhbnRlZC1kYXRhLXZhbHVl", "planted-string-data", "planted-last-applied",
                                    "planted-annotation-value", "planted-rotation-text", "planted-suffix",
                                    "planted-days", "planted-key-name", "last-applied", "vendor.example"})
            QVERIFY2(o.json.find(planted) == std::string::npos, planted);
        const SecretRecord r = kubeSecretRecord("prod", o);
        QCOMPARE(r.ageSource, AgeSource::ManagedFields);
        QCOMPARE(r.ageDetail, std::string("managedFields: kubectl"));
    }

    void statedTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allowDate");
        QTest::addColumn<QString>("expected"); // "" = rejected
        QTest::newRow("zulu") << "2024-05-01T10:00:00Z" << false << "2024-05-01T10:00:00Z";
        QTest::newRow("offset") << "2024-05-01T12:00:00+02:00" << false << "2024-05-01T10:00:00Z";
        QTest::newRow("negative offset") << "2024-05-01T05:30:00-04:30" << false << "2024-05-01T10:00:00Z";
        QTest::newRow("space") << "2024-05-01 10:00:00Z" << false << "2024-05-01T10:00:00Z";
        QTest::newRow("date allowed") << "2024-05-01" << true << "2024-05-01T00:00:00Z";
        QTest::newRow("date refused") << "2024-05-01" << false << "";
        QTest::newRow("leap day") << "2024-02-29" << true << "2024-02-29T00:00:00Z";
        QTest::newRow("no leap day") << "2023-02-29" << true << "";
        QTest::newRow("month 13") << "2024-13-01" << true << "";
        QTest::newRow("no zone") << "2024-05-01T10:00:00" << true << "";
        QTest::newRow("empty fraction") << "2024-05-01T10:00:00.Z" << true << "";
        QTest::newRow("offset without colon") << "2024-05-01T10:00:00+0200" << true << "";
        QTest::newRow("slashes") << "2024/05/01" << true << "";
        QTest::newRow("trailing") << "2024-05-01x" << true << "";
        QTest::newRow("hour 24") << "2024-05-01T24:00:00Z" << true << "";
    }
    void statedTimes()
    {
        QFETCH(QString, text);
        QFETCH(bool, allowDate);
        QFETCH(QString, expected);
        const std::int64_t got = parseStatedTime(text.toStdString(), allowDate);
        if (expected.isEmpty())
            QCOMPARE(got, std::int64_t(0));
        else
            QCOMPARE(got, isoSecs(expected.toLatin1().constData()));
    }
};

QTEST_GUILESS_MAIN(TestKubeSecret)
#include "tst_kubesecret.moc"
