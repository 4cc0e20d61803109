// `bulkheadctl drills` (the real binary, $BULKHEADCTL) on a fresh store: the built-in templates,
// scheduling (duplicate names and unknown templates refused, naming them), a run whose checklist
// is the template's, the completion rule through the CLI, action items with due dates (overdue
// counted in the listing), completion, `show` in text and JSON, user templates from a file (a
// broken one named with its problem), and the exit codes (1 for errors, 2 for usage). Counts are
// taken from the template files as Qt's parser reads them, never from the output.
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

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

QJsonObject builtinTemplate(const QString &key)
{
    QFile f(QStringLiteral(":/bulkhead/drills/%1.json").arg(key));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no built-in template %s", qPrintable(key));
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestDrillsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    QString db() const { return m_tmp.filePath(QStringLiteral("drills.db")); }

    Run ctl(const QStringList &args)
    {
        QProcess p;
        p.start(qEnvironmentVariable("BULKHEADCTL"), QStringList{QStringLiteral("--db"), db()} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QJsonArray jsonArray(const QStringList &args)
    {
        const Run r = ctl(args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QJsonObject jsonObject(const QStringList &args)
    {
        const Run r = ctl(args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("BULKHEADCTL"))
            QSKIP("BULKHEADCTL is not set (run through ctest)");
        QVERIFY(m_tmp.isValid());
    }

    void wholeLifecycle()
    {
        const int builtins = int(QDir(QStringLiteral(":/bulkhead/drills")).entryList({"*.json"}, QDir::Files).size());
        const QJsonArray templates = jsonArray({"drills", "templates", "--format", "json"});
        QCOMPARE(templates.size(), builtins);
        for (const QJsonValue &t : templates)
            QVERIFY(t.toObject().value("builtin").toBool());

        // Scheduling.
        Run r = ctl({"drills", "schedule", "leaked-registry-credential", "--name", "Registry leak", "--owner", "alice"});
        QCOMPARE(r.exitCode, 0);
        r = ctl({"drills", "schedule", "leaked-registry-credential", "--name", "Registry leak"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("\"Registry leak\" exists already"), qPrintable(r.err));
        r = ctl({"drills", "schedule", "no-such-template", "--name", "X"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no-such-template"), qPrintable(r.err));
        QCOMPARE(ctl({"drills", "schedule", "leaked-registry-credential"}).exitCode, 2);
        QCOMPARE(ctl({"drills", "schedule", "post-incident-review", "--name", "Reviews"}).exitCode, 0);

        QJsonArray drills = jsonArray({"drills", "list", "--format", "json"});
        QCOMPARE(drills.size(), 2);
        QJsonObject leak = drills[0].toObject().value("name") == "Registry leak" ? drills[0].toObject()
                                                                                  : drills[1].toObject();
        QCOMPARE(leak.value("cadence_days").toInt(), 90);
        QCOMPARE(leak.value("owner").toString(), QString("alice"));
        const QString due = QDateTime::currentDateTimeUtc().addDays(90).date().toString(Qt::ISODate);
        QCOMPARE(leak.value("next_due").toString(), due);
        QCOMPARE(leak.value("overdue").toBool(), false);

        // A run: its checklist is the template's.
        const QJsonArray checklist = builtinTemplate("leaked-registry-credential").value("checklist").toArray();
        r = ctl({"drills", "start", "Registry leak", "--date", "2026-01-10", "--participant", "alice", "--participant",
                 "bob"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(ctl({"drills", "start", "No such drill"}).exitCode, 1);
        QCOMPARE(ctl({"drills", "start", "Registry leak", "--date", "10.01.2026"}).exitCode, 2);
        QJsonObject shown = jsonObject({"drills", "show", "Registry leak", "--format", "json"});
        QCOMPARE(shown.value("runs").toArray().size(), 1);
        QJsonObject run = shown.value("runs").toArray()[0].toObject();
        const QString runId = QString::number(run.value("id").toInteger());
        QCOMPARE(run.value("held_on").toString(), QString("2026-01-10"));
        QCOMPARE(run.value("participants").toArray().size(), 2);
        QCOMPARE(run.value("items").toArray().size(), checklist.size());
        for (int i = 0; i < checklist.size(); ++i)
            QCOMPARE(run.value("items").toArray()[i].toObject().value("text").toString(), checklist[i].toString());

        // The completion rule: every item done or explained.
        r = ctl({"drills", "complete", runId});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("drill \"Registry leak\": %1 checklist items are neither done nor "
                                               "explained")
                                    .arg(checklist.size())),
                 qPrintable(r.err));
        int done = 0;
        for (int i = 1; i <= checklist.size(); ++i) {
            const QStringList how = i % 2 ? QStringList{"--done", "--evidence", "ticket " + QString::number(i)}
                                          : QStringList{"--notes", "not in this exercise"};
            QCOMPARE(ctl(QStringList{"drills", "check", runId, QString::number(i)} + how).exitCode, 0);
            done += i % 2;
        }
        r = ctl({"drills", "check", runId, QString::number(checklist.size() + 1), "--done"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Registry leak"), qPrintable(r.err));
        QCOMPARE(ctl({"drills", "check", runId, "1", "--done", "--undone"}).exitCode, 2);

        // Action items: one past due, one not.
        QCOMPARE(ctl({"drills", "action", runId, "--text", "Scope the CI robot account", "--owner", "bob", "--due",
                      "2020-01-01", "--control", "SUP-4"})
                     .exitCode,
                 0);
        QCOMPARE(ctl({"drills", "action", runId, "--text", "Mask logins in CI", "--due", "2999-01-01"}).exitCode, 0);
        QCOMPARE(ctl({"drills", "action", runId}).exitCode, 2);
        QCOMPARE(ctl({"drills", "action", "424242", "--text", "x"}).exitCode, 1);

        r = ctl({"drills", "complete", runId});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(ctl({"drills", "complete", runId}).exitCode, 1);

        drills = jsonArray({"drills", "list", "--format", "json"});
        for (const QJsonValue &v : drills) {
            const QJsonObject d = v.toObject();
            if (d.value("name") != "Registry leak")
                continue;
            QCOMPARE(d.value("open_actions").toInt(), 2);
            QCOMPARE(d.value("overdue_actions").toInt(), 1);
            QVERIFY(!d.value("last_completed_at").toString().isEmpty());
        }
        run = jsonObject({"drills", "show", runId, "--format", "json"});
        QCOMPARE(run.value("drill").toString(), QString("Registry leak"));
        QCOMPARE(run.value("status").toString(), QString("completed"));
        int doneNow = 0;
        for (const QJsonValue &i : run.value("items").toArray())
            doneNow += i.toObject().value("done").toBool();
        QCOMPARE(doneNow, done);
        const QJsonArray actions = run.value("actions").toArray();
        QCOMPARE(actions.size(), 2);
        QVERIFY(actions[0].toObject().value("overdue").toBool());
        QCOMPARE(actions[0].toObject().value("due").toString(), QString("2020-01-01"));
        QCOMPARE(actions[0].toObject().value("control").toString(), QString("SUP-4"));

        const QString actionId = QString::number(actions[0].toObject().value("id").toInteger());
        QCOMPARE(ctl({"drills", "action-done", actionId}).exitCode, 0);
        QCOMPARE(ctl({"drills", "action-done", actionId}).exitCode, 1);
        for (const QJsonValue &v : jsonArray({"drills", "list", "--format", "json"}))
            if (v.toObject().value("name") == "Registry leak")
                QCOMPARE(v.toObject().value("overdue_actions").toInt(), 0);

        // The text form names the drill and shows the checklist.
        r = ctl({"drills", "show", "Registry leak"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("checklist: %1 of %2 done").arg(done).arg(checklist.size())));
        QCOMPARE(ctl({"drills", "show", "nothing like it"}).exitCode, 1);

        // Archived: out of the listing (and of INC-2), back with --restore.
        QCOMPARE(ctl({"drills", "archive", "Reviews"}).exitCode, 0);
        QCOMPARE(jsonArray({"drills", "list", "--format", "json"}).size(), 1);
        QCOMPARE(jsonArray({"drills", "list", "--all", "--format", "json"}).size(), 2);
        r = ctl({"drills", "start", "Reviews"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("\"Reviews\" is archived"), qPrintable(r.err));
        QCOMPARE(ctl({"drills", "archive", "Reviews", "--restore"}).exitCode, 0);
        QCOMPARE(jsonArray({"drills", "list", "--format", "json"}).size(), 2);
    }

    void userTemplates()
    {
        const QString good = m_tmp.filePath("mine.json");
        QJsonObject t = builtinTemplate("unsigned-image-deployed");
        t["key"] = "unsigned-image-payments";
        t["title"] = "Unsigned image in the payments cluster";
        bulkhead::test::writeFile(good, QJsonDocument(t).toJson());
        const int before = int(jsonArray({"drills", "templates", "--format", "json"}).size());
        Run r = ctl({"drills", "template", "add", good});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("user-unsigned-image-payments"), qPrintable(r.out));
        const QJsonArray after = jsonArray({"drills", "templates", "--format", "json"});
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(ctl({"drills", "schedule", "user-unsigned-image-payments", "--name", "Payments", "--cadence", "30"})
                     .exitCode,
                 0);

        const QString bad = m_tmp.filePath("broken.json");
        t.remove("checklist");
        t["cadence"] = 30;
        bulkhead::test::writeFile(bad, QJsonDocument(t).toJson());
        r = ctl({"drills", "template", "add", bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bad + ": unknown field \"cadence\""), qPrintable(r.err));
        QCOMPARE(int(jsonArray({"drills", "templates", "--format", "json"}).size()), before + 1);

        r = ctl({"drills", "template", "show", "post-incident-review"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("checklist").toArray(),
                 builtinTemplate("post-incident-review").value("checklist").toArray());
    }

    void usageErrors()
    {
        QCOMPARE(ctl({"drills"}).exitCode, 2);
        QCOMPARE(ctl({"drills", "frobnicate"}).exitCode, 2);
        QCOMPARE(ctl({"drills", "list", "--format", "csv"}).exitCode, 2);
        QCOMPARE(ctl({"drills", "--help"}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestDrillsCli)
#include "tst_drillscli.moc"
