// `bulkheadctl secrets` (the real binary, $BULKHEADCTL): inventory imports (good, bad with line
// numbers and nothing imported, re-import replacing the inventory), the listing with --overdue,
// json and csv, `show`, and the policy import that judges the stored secrets again. Expected rows
// and overdue sets are computed here from the CSV text written, never read from the output.

#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

struct Row {
    QString name, owner, store;
    int ageDays;      // last rotated this many days ago
    int policyDays;   // -1 = none declared
};

} // namespace

class TestSecretsCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_files = 0;

    QString newPath(const QString &stem) { return m_tmp.filePath(QStringLiteral("%1-%2").arg(stem).arg(++m_files)); }

    Run ctl(const QString &db, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The rotation policy of this test only, never the user's.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("BULKHEADCTL"), QStringList{QStringLiteral("--db"), db} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // An inventory CSV (columns in a non-default order, one quoted field with a comma).
    QString writeCsv(const QString &baseName, const QList<Row> &rows)
    {
        const QString dir = newPath(QStringLiteral("inv"));
        QDir().mkpath(dir);
        const QString path = dir + QLatin1Char('/') + baseName + QStringLiteral(".csv");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("store,name,last_rotated,owner,policy_days\n");
        for (const Row &r : rows) {
            const QString date = QDateTime::currentDateTimeUtc().date().addDays(-r.ageDays).toString(Qt::ISODate);
            f.write(QStringLiteral("%1,%2,%3,\"%4\",%5\n")
                        .arg(r.store, r.name, date, r.owner, r.policyDays < 0 ? QString() : QString::number(r.policyDays))
                        .toUtf8());
        }
        return path;
    }
    QString writeText(const QString &name, const QByteArray &text)
    {
        const QString path = newPath(QStringLiteral("file")) + QLatin1Char('-') + name;
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        return path;
    }

    // name -> object of `secrets --format json` with the given extra options.
    std::map<QString, QJsonObject> listed(const QString &db, const QStringList &options = {})
    {
        const Run r = ctl(db, QStringList{QStringLiteral("secrets"), QStringLiteral("--format"), QStringLiteral("json")} + options);
        std::map<QString, QJsonObject> out;
        if (r.exitCode != 0)
            return out;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            out[v.toObject().value(QStringLiteral("name")).toString()] = v.toObject();
        return out;
    }

    static std::set<QString> names(const QList<Row> &rows)
    {
        std::set<QString> out;
        for (const Row &r : rows)
            out.insert(r.name);
        return out;
    }
    static std::set<QString> keys(const std::map<QString, QJsonObject> &m)
    {
        std::set<QString> out;
        for (const auto &[k, v] : m)
            out.insert(k);
        return out;
    }
    // Overdue by the documented order: declared policy_days, else the default interval.
    static std::set<QString> overdue(const QList<Row> &rows, int defaultDays)
    {
        std::set<QString> out;
        for (const Row &r : rows) {
            if (r.ageDays >= (r.policyDays >= 0 ? r.policyDays : defaultDays))
                out.insert(r.name);
        }
        return out;
    }

    const QList<Row> m_rows{
        {"payments-db", "Team Payments, EU", "1password", 200, -1},
        {"smtp-relay", "ops", "1password", 10, -1},
        {"partner-api", "integrations", "aws-console", 10, 5},
        {"backup-key", "ops", "aws-console", 300, 365},
        {"ldap-bind", "identity", "keepass", 95, -1},
    };

private slots:
    void importListAndShow();
    void badFilesImportNothing();
    void reimportReplaces();
    void policyImport();
};

void TestSecretsCli::importListAndShow()
{
    const QString db = newPath(QStringLiteral("store")) + QStringLiteral(".db");
    const QString csv = writeCsv(QStringLiteral("team-secrets"), m_rows);
    const Run imported = ctl(db, {QStringLiteral("secrets"), QStringLiteral("import-inventory"), csv});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("inventory team-secrets: %1 rows").arg(m_rows.size())), qPrintable(imported.out));

    const auto all = listed(db);
    QCOMPARE(keys(all), names(m_rows));
    for (const Row &r : m_rows) {
        const QJsonObject o = all.at(r.name);
        QCOMPARE(o.value("store").toString(), QStringLiteral("inventory"));
        QCOMPARE(o.value("origin").toString(), QStringLiteral("team-secrets"));
        QCOMPARE(o.value("location").toString(), r.store);
        QCOMPARE(o.value("owner").toString(), r.owner);
        QCOMPARE(o.value("age_source").toString(), QStringLiteral("inventory"));
        QCOMPARE(o.value("age_days").toInt(), r.ageDays);
        QCOMPARE(o.value("policy_days").toInt(), r.policyDays >= 0 ? r.policyDays : 90);
    }
    const std::set<QString> expectedOverdue = overdue(m_rows, 90);
    QCOMPARE(expectedOverdue.size(), std::size_t(3)); // payments-db, partner-api (declared 5), ldap-bind
    QCOMPARE(keys(listed(db, {QStringLiteral("--overdue")})), expectedOverdue);
    QVERIFY(imported.out.contains(QStringLiteral("%1 overdue").arg(expectedOverdue.size())));

    // csv: a header and one line per secret; table: a header line and one per secret.
    const Run csvOut = ctl(db, {QStringLiteral("secrets"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csvOut.exitCode, 0);
    const QStringList lines = csvOut.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_rows.size() + 1);
    QVERIFY(lines[0].startsWith(QStringLiteral("store,origin,location,name,type,age_days,age_source,policy_days,due,uses")));
    QVERIFY(csvOut.out.contains(QStringLiteral("\"Team Payments, EU\"")));
    const Run table = ctl(db, {QStringLiteral("secrets"), QStringLiteral("--store"), QStringLiteral("inventory"),
                               QStringLiteral("--limit"), QStringLiteral("2")});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);

    // show: the signal, the decision and the due date.
    const Run shown = ctl(db, {QStringLiteral("secrets"), QStringLiteral("show"),
                               QStringLiteral("inventory/team-secrets/aws-console/partner-api")});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QVERIFY2(shown.out.contains(QStringLiteral("5 days (declared on the secret)")), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(QStringLiteral("overdue by 5 days")), qPrintable(shown.out));
    const Run missing = ctl(db, {QStringLiteral("secrets"), QStringLiteral("show"),
                                 QStringLiteral("inventory/team-secrets/aws-console/nope")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("no secret inventory/team-secrets/aws-console/nope")));
    QCOMPARE(ctl(db, {QStringLiteral("secrets"), QStringLiteral("--store"), QStringLiteral("nowhere")}).exitCode, 2);

    // The findings: one rotation-overdue finding per overdue secret.
    const Run findings = ctl(db, {QStringLiteral("findings"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(findings.exitCode, 0);
    int rotation = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(findings.out.toUtf8()).array())
        rotation += v.toObject().value(QStringLiteral("rule_id")).toString() == QLatin1String("bulkhead/secret-rotation-overdue");
    QCOMPARE(rotation, int(expectedOverdue.size()));
}

void TestSecretsCli::badFilesImportNothing()
{
    const QString db = newPath(QStringLiteral("store")) + QStringLiteral(".db");
    const QString good = writeCsv(QStringLiteral("vaultless"), m_rows);
    QCOMPARE(ctl(db, {QStringLiteral("secrets"), QStringLiteral("import-inventory"), good}).exitCode, 0);

    // The same inventory name, a bad date on line 3 (the header is line 1): nothing changes.
    const QString badDate = writeText(QStringLiteral("bad.csv"),
                                      "name,store,last_rotated\nnew-one,vault,2024-01-02\nbroken,vault,2024-13-01\n");
    const Run r = ctl(db, {QStringLiteral("secrets"), QStringLiteral("import-inventory"), badDate, QStringLiteral("--name"),
                           QStringLiteral("vaultless")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("line 3")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("2024-13-01")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("nothing of")), qPrintable(r.err));
    QCOMPARE(keys(listed(db)), names(m_rows));

    // A missing column: named, nothing imported into a fresh store either.
    const QString fresh = newPath(QStringLiteral("store")) + QStringLiteral(".db");
    const QString noDate = writeText(QStringLiteral("nodate.csv"), "name,store\nx,vault\n");
    const Run m = ctl(fresh, {QStringLiteral("secrets"), QStringLiteral("import-inventory"), noDate});
    QCOMPARE(m.exitCode, 1);
    QVERIFY2(m.err.contains(QStringLiteral("last_rotated")), qPrintable(m.err));
    QVERIFY(listed(fresh).empty());
    QCOMPARE(ctl(fresh, {QStringLiteral("secrets"), QStringLiteral("import-inventory")}).exitCode, 2);
}

void TestSecretsCli::reimportReplaces()
{
    const QString db = newPath(QStringLiteral("store")) + QStringLiteral(".db");
    QCOMPARE(ctl(db, {QStringLiteral("secrets"), QStringLiteral("import-inventory"), writeCsv(QStringLiteral("ops"), m_rows)}).exitCode, 0);
    // A second inventory stays as it is when the first is replaced.
    const QList<Row> other{{"jira-token", "pm", "1password", 3, -1}};
    QCOMPARE(ctl(db, {QStringLiteral("secrets"), QStringLiteral("import-inventory"), writeCsv(QStringLiteral("pm"), other)}).exitCode, 0);

    QList<Row> next = m_rows.mid(1); // payments-db gone
    next.append({"new-cert", "web", "1password", 1, -1});
    next[0].ageDays = 0; // smtp-relay rotated today
    const Run r = ctl(db, {QStringLiteral("secrets"), QStringLiteral("import-inventory"), writeCsv(QStringLiteral("ops"), next)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("(1 added, %1 updated, 1 removed)").arg(next.size() - 1)), qPrintable(r.out));
    QCOMPARE(keys(listed(db, {QStringLiteral("--origin"), QStringLiteral("ops")})), names(next));
    QCOMPARE(keys(listed(db, {QStringLiteral("--origin"), QStringLiteral("pm")})), names(other));
    QCOMPARE(listed(db).at(QStringLiteral("smtp-relay")).value("age_days").toInt(), 0);
    // The gone secret's overdue finding resolved with it.
    QCOMPARE(keys(listed(db, {QStringLiteral("--overdue")})), overdue(next + other, 90));
}

void TestSecretsCli::policyImport()
{
    const QString db = newPath(QStringLiteral("store")) + QStringLiteral(".db");
    QCOMPARE(ctl(db, {QStringLiteral("secrets"), QStringLiteral("import-inventory"), writeCsv(QStringLiteral("p"), m_rows)}).exitCode, 0);
    const QString bad = writeText(QStringLiteral("bad.json"), R"({"defaultDays": 365, "rules": [{"name": "x", "days": -4}]})");
    const Run refused = ctl(db, {QStringLiteral("secrets"), QStringLiteral("policy"), QStringLiteral("--import"), bad});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("rules[0].days")), qPrintable(refused.err));
    QVERIFY2(ctl(db, {QStringLiteral("secrets"), QStringLiteral("policy"), QStringLiteral("--export")}).out.contains(QStringLiteral("90")), "unchanged");

    // A year by default, a rule for aws-console at 7 days: the declared intervals still come first.
    const QString good = writeText(QStringLiteral("good.json"),
                                   R"({"defaultDays": 365, "serviceAccountTokenDays": 0, "rotationAnnotations": [],
                                       "rules": [{"name": "consoles", "location": "aws-*", "days": 7}]})");
    const Run r = ctl(db, {QStringLiteral("secrets"), QStringLiteral("policy"), QStringLiteral("--import"), good});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    std::set<QString> expected;
    for (const Row &row : m_rows) {
        const int days = row.policyDays >= 0 ? row.policyDays : row.store.startsWith(QLatin1String("aws-")) ? 7 : 365;
        if (row.ageDays >= days)
            expected.insert(row.name);
    }
    QCOMPARE(keys(listed(db, {QStringLiteral("--overdue")})), expected);
    const Run shown = ctl(db, {QStringLiteral("secrets"), QStringLiteral("policy")});
    QVERIFY2(shown.out.contains(QStringLiteral("consoles")) && shown.out.contains(QStringLiteral("365 days")), qPrintable(shown.out));
    const Run exported = ctl(db, {QStringLiteral("secrets"), QStringLiteral("policy"), QStringLiteral("--export")});
    const QJsonObject json = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("defaultDays")).toInt(), 365);
    QCOMPARE(json.value(QStringLiteral("rules")).toArray().size(), 1);
    QCOMPARE(ctl(db, {QStringLiteral("secrets"), QStringLiteral("evaluate")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestSecretsCli)
#include "tst_secretscli.moc"
