// `bulkheadctl controls` (the real binary, $BULKHEADCTL) on a real store written through the
// repositories: attestations (valid, expired, failing, with a file) and a scanner report. The
// listing in table, csv and json with --area and --status, `controls show`, and usage errors
// (exit 2). Expected statuses come from what the test wrote; the expected score is summed here
// from the statuses and the catalog's weights; the file's SHA-256 is computed here.

#include "findingscan.h"
#include "testsupport.h"

#include "controls/controlcatalog.h"
#include "store/attestationrepository.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace bulkhead;

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

constexpr std::int64_t kDay = 86400;
const QByteArray kEvidenceFile = "apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\n";

Attestation attestation(const std::string &control, AttestationStatus status, std::int64_t at, std::int64_t expires)
{
    Attestation a;
    a.control = control;
    a.status = status;
    a.evidence = "Checked with the platform team.";
    a.attestedBy = "alice";
    a.attestedAt = at;
    a.expiresAt = expires;
    return a;
}

QSet<QString> ids(const QJsonArray &controls)
{
    QSet<QString> out;
    for (const QJsonValue &c : controls)
        out.insert(c[QStringLiteral("id")].toString());
    return out;
}

} // namespace

class TestControlsCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db;
    // What the test wrote: the status each of these controls must have.
    const std::map<QString, QString> m_expected = {{"BLD-6", "attested"}, {"RUN-4", "attested"}, {"INC-1", "fail"},
                                                   {"BLD-1", "not_assessed"}, {"SEC-1", "fail"}};

    Run ctl(const QStringList &args, const QString &db = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("config"))); // default settings
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("BULKHEADCTL"), QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QJsonObject listJson(const QStringList &more = {})
    {
        const Run r = ctl(QStringList{QStringLiteral("controls"), QStringLiteral("--format"), QStringLiteral("json")} + more);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("BULKHEADCTL"), "BULKHEADCTL names the bulkheadctl binary");
        QVERIFY(m_tmp.isValid());
        m_db = m_tmp.filePath(QStringLiteral("store.db"));
        Database db = Database::open(m_db.toStdString());
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        AttestationRepository repo(db);
        repo.add(attestation("BLD-6", AttestationStatus::Pass, now - 3 * kDay, now + 300 * kDay),
                 {{"/some/dir/layers-review.yaml", kEvidenceFile.toStdString()}});
        repo.add(attestation("RUN-4", AttestationStatus::Pass, now - kDay, now + 30 * kDay), {});
        repo.add(attestation("INC-1", AttestationStatus::Fail, now - kDay, now + 30 * kDay), {});
        repo.add(attestation("BLD-1", AttestationStatus::Pass, now - 400 * kDay, now - 35 * kDay), {});
        test::writeOneFindingScan(db, "registry.example/shop/api:1.4", FindingKind::Secret, "aws-access-key-id",
                                  Severity::Critical, now - kDay);
    }

    void listingJson()
    {
        const QJsonObject out = listJson();
        const QJsonArray controls = out[QStringLiteral("controls")].toArray();
        const ControlCatalog &catalog = ControlCatalog::builtin();
        QCOMPARE(controls.size(), qsizetype(catalog.controls().size()));
        double sum = 0;
        int weights = 0, assessed = 0;
        for (qsizetype i = 0; i < controls.size(); ++i) {
            const QJsonObject c = controls[i].toObject();
            const ControlDefinition &def = catalog.controls()[std::size_t(i)];
            QCOMPARE(c[QStringLiteral("id")].toString().toStdString(), def.id);
            QCOMPARE(c[QStringLiteral("weight")].toInt(), def.weight);
            QVERIFY(!c[QStringLiteral("explanation")].toString().isEmpty());
            const QString status = c[QStringLiteral("status")].toString();
            if (const auto it = m_expected.find(c[QStringLiteral("id")].toString()); it != m_expected.end())
                QVERIFY2(status == it->second, qPrintable(it->first + ": " + status + ": "
                                                           + c[QStringLiteral("explanation")].toString()));
            // The score's arithmetic, redone from the statuses and the catalog's weights.
            if (status == QLatin1String("not_assessed"))
                continue;
            ++assessed;
            weights += def.weight;
            sum += def.weight * (status == QLatin1String("partial") ? 0.5 : status == QLatin1String("fail") ? 0.0 : 1.0);
        }
        const QJsonObject score = out[QStringLiteral("score")].toObject();
        QCOMPARE(score[QStringLiteral("assessed")].toInt(), assessed);
        QCOMPARE(score[QStringLiteral("controls")].toInt(), int(catalog.controls().size()));
        QCOMPARE(score[QStringLiteral("coverage")].toString(),
                 QStringLiteral("%1 of %2 controls assessed").arg(assessed).arg(catalog.controls().size()));
        QVERIFY(qAbs(score[QStringLiteral("overall")].toDouble() - 100.0 * sum / weights) < 1e-9);
        QCOMPARE(score[QStringLiteral("areas")].toArray().size(), qsizetype(kControlAreas.size()));
        // The attestation with its file and the expired one are in the listing too.
        for (const QJsonValue &c : controls) {
            if (c[QStringLiteral("id")] == QStringLiteral("BLD-1"))
                QVERIFY(c[QStringLiteral("attestation_expired")].toBool());
        }
    }

    void filters()
    {
        std::set<QString> attested, incident;
        for (const auto &[id, status] : m_expected)
            if (status == QLatin1String("attested"))
                attested.insert(id);
        for (const ControlDefinition &c : ControlCatalog::builtin().controls())
            if (c.area == ControlArea::IncidentReadiness)
                incident.insert(QString::fromStdString(c.id));
        const QSet<QString> a = ids(listJson({QStringLiteral("--status"), QStringLiteral("attested")})[QStringLiteral("controls")].toArray());
        QCOMPARE(a, QSet<QString>(attested.begin(), attested.end()));
        const QSet<QString> i = ids(listJson({QStringLiteral("--area"), QStringLiteral("incident-readiness")})[QStringLiteral("controls")].toArray());
        QCOMPARE(i, QSet<QString>(incident.begin(), incident.end()));
        const QSet<QString> both = ids(listJson({QStringLiteral("--area"), QStringLiteral("secrets,build"), QStringLiteral("--status"),
                                                 QStringLiteral("fail")})[QStringLiteral("controls")].toArray());
        QVERIFY2(both.contains(QStringLiteral("SEC-1")) && !both.contains(QStringLiteral("INC-1")), qPrintable(QStringList(both.values()).join(',')));
    }

    void table()
    {
        const Run r = ctl({QStringLiteral("controls")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QVERIFY(lines[0].startsWith(QStringLiteral("ID")));
        const ControlCatalog &catalog = ControlCatalog::builtin();
        for (std::size_t k = 0; k < catalog.controls().size(); ++k)
            QVERIFY2(lines[qsizetype(k) + 1].startsWith(QString::fromStdString(catalog.controls()[k].id)), qPrintable(lines[qsizetype(k) + 1]));
        // Then the score: overall with its coverage, and each area.
        const QString overall = lines.filter(QRegularExpression(QStringLiteral("^Overall "))).value(0);
        QVERIFY2(overall.contains(QStringLiteral(" of %1 controls assessed").arg(catalog.controls().size())), qPrintable(r.out));
        for (ControlArea area : kControlAreas)
            QVERIFY2(r.out.contains(QString::fromUtf8(controlAreaTitle(area).data(), controlAreaTitle(area).size())), qPrintable(r.out));
        // The BLD-6 line says why: attested by alice.
        QVERIFY2(lines.filter(QStringLiteral("BLD-6")).value(0).contains(QStringLiteral("Attested by alice")), qPrintable(r.out));
    }

    void csv()
    {
        const Run r = ctl({QStringLiteral("controls"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--area"),
                           QStringLiteral("build")});
        QCOMPARE(r.exitCode, 0);
        QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.takeFirst().startsWith(QStringLiteral("id,area,title,status,weight")));
        int build = 0;
        for (const ControlDefinition &c : ControlCatalog::builtin().controls())
            build += c.area == ControlArea::Build ? 1 : 0;
        QCOMPARE(lines.size(), build);
        QVERIFY2(lines.filter(QStringLiteral("BLD-6,build,")).value(0).contains(QStringLiteral(",attested,")), qPrintable(r.out));
    }

    void show()
    {
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(kEvidenceFile, QCryptographicHash::Sha256).toHex());
        const Run r = ctl({QStringLiteral("controls"), QStringLiteral("show"), QStringLiteral("bld-6")});
        QCOMPARE(r.exitCode, 0);
        for (const QString &part : {QStringLiteral("BLD-6  "), QStringLiteral("Minimize layers and clean temporary files"),
                                    QStringLiteral("Attestation (fallback mode)"), QStringLiteral("valid, counted"),
                                    QStringLiteral("layers-review.yaml (%1 bytes, sha256 %2)").arg(kEvidenceFile.size()).arg(sha),
                                    QStringLiteral("Score working (Build and image security)"),
                                    QStringLiteral("BLD-6 attested: weight 1 x 1 = 1.0")})
            QVERIFY2(r.out.contains(part), qPrintable(part + QStringLiteral("\n---\n") + r.out));
        const Run j = ctl({QStringLiteral("controls"), QStringLiteral("show"), QStringLiteral("SEC-1"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QCOMPARE(j.exitCode, 0);
        const QJsonObject sec1 = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(sec1[QStringLiteral("status")].toString(), QStringLiteral("fail"));
        QVERIFY(!sec1[QStringLiteral("practice")].toString().isEmpty());
        QVERIFY(sec1[QStringLiteral("area_working")].toArray().size() > 2);
        bool critical = false;
        for (const QJsonValue &m : sec1[QStringLiteral("measures")].toArray())
            critical = critical || (m[QStringLiteral("status")] == QStringLiteral("fail") && m[QStringLiteral("worst")] == QStringLiteral("critical"));
        QVERIFY2(critical, qPrintable(j.out));
        // The attested control's file, in json.
        const QJsonObject bld6 = QJsonDocument::fromJson(
            ctl({QStringLiteral("controls"), QStringLiteral("show"), QStringLiteral("BLD-6"), QStringLiteral("--format"), QStringLiteral("json")})
                .out.toUtf8()).object();
        QCOMPARE(bld6[QStringLiteral("attestation")][QStringLiteral("files")][0][QStringLiteral("sha256")].toString(), sha);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << QStringList{"controls", "--format", "xml"} << "--format must be table, csv or json";
        QTest::newRow("area") << QStringList{"controls", "--area", "kitchen"} << "unknown area \"kitchen\"";
        QTest::newRow("status") << QStringList{"controls", "--status", "great"} << "unknown status \"great\"";
        QTest::newRow("option") << QStringList{"controls", "--bogus"} << "--bogus";
        QTest::newRow("argument") << QStringList{"controls", "--status", "pass", "extra"} << "unexpected argument \"extra\"";
        QTest::newRow("subcommand") << QStringList{"controls", "list"} << "unknown subcommand \"list\"";
        QTest::newRow("show none") << QStringList{"controls", "show"} << "which control?";
        QTest::newRow("show two") << QStringList{"controls", "show", "BLD-1", "BLD-2"} << "one control at a time";
        QTest::newRow("show unknown") << QStringList{"controls", "show", "XYZ-9"} << "no control \"XYZ-9\"";
        QTest::newRow("show format") << QStringList{"controls", "show", "BLD-1", "--format", "csv"} << "--format must be table or json";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = ctl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void missingStore()
    {
        const Run r = ctl({QStringLiteral("controls")}, m_tmp.filePath(QStringLiteral("nowhere/none.db")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("error: ")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestControlsCli)
#include "tst_controlscli.moc"
