// The drill template files: every built-in one (compiled in from resources/drills) loads and is
// valid, has 8 to 15 checklist items and exercises controls of the catalog; a template survives
// being written and read back; its German and French translations match it item for item; and a broken file is refused with an error that names the file and
// what is wrong with it.
#include "drills/drilltemplates.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <set>

using namespace bulkhead;

namespace {

// The catalog's control ids, read with Qt's parser.
std::set<std::string> catalogIds()
{
    QFile f(QStringLiteral(":/bulkhead/controls.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the controls catalog");
    std::set<std::string> out;
    for (const QJsonValue &c : QJsonDocument::fromJson(f.readAll()).object().value("controls").toArray())
        out.insert(c.toObject().value("id").toString().toStdString());
    return out;
}

} // namespace

class TestDrillTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinsLoadAndAreValid()
    {
        const std::vector<DrillTemplate> all = builtinDrillTemplates();
        const QStringList files = QDir(QStringLiteral(":/bulkhead/drills")).entryList({"*.json"}, QDir::Files);
        QCOMPARE(all.size(), std::size_t(files.size()));
        const std::set<std::string> controls = catalogIds();
        QVERIFY(controls.size() > 20);
        std::set<std::string> keys;
        int postIncident = 0;
        for (const DrillTemplate &t : all) {
            QVERIFY2(drillTemplateProblem(t).empty(), t.key.c_str());
            QVERIFY(t.builtin);
            QVERIFY(keys.insert(t.key).second);
            QVERIFY2(!t.key.starts_with("user-"), t.key.c_str()); // that prefix is the users'
            QVERIFY2(t.checklist.size() >= 8 && t.checklist.size() <= 15, t.key.c_str());
            QVERIFY2(!t.controls.empty(), t.key.c_str());
            for (const std::string &c : t.controls)
                QVERIFY2(controls.count(c), (t.key + ": " + c).c_str());
            QVERIFY(t.scenario.size() > 100);
            if (t.kind == DrillKind::PostIncident) {
                ++postIncident;
                QCOMPARE(t.cadenceDays, 0);
                QVERIFY(std::find(t.controls.begin(), t.controls.end(), "INC-3") != t.controls.end());
            } else {
                QCOMPARE(t.cadenceDays, 90);
            }
        }
        QCOMPARE(postIncident, 1);
        for (const char *key : {"leaked-registry-credential", "compromised-base-image", "secret-exposed-in-env-or-logs",
                                "overprivileged-service-account-token", "unsigned-image-deployed",
                                "post-incident-review"})
            QVERIFY2(keys.count(key), key);
    }

    void writtenAndReadBack()
    {
        for (const DrillTemplate &t : builtinDrillTemplates()) {
            const DrillTemplate back = parseDrillTemplate(drillTemplateJson(t), t.key + ".json");
            QCOMPARE(back.key, t.key);
            QCOMPARE(back.title, t.title);
            QCOMPARE(back.kind, t.kind);
            QCOMPARE(back.scenario, t.scenario);
            QCOMPARE(back.controls, t.controls);
            QCOMPARE(back.cadenceDays, t.cadenceDays);
            QCOMPARE(back.checklist, t.checklist);
        }
    }

    // Every built-in has a German and a French translation that parses, is valid and matches it
    // item for item, and localizedBuiltinTemplate takes its texts; English, an unknown language and a
    // user template come back unchanged.
    void translationsMatchTheBuiltins()
    {
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
            const QDir dir(QStringLiteral(":/bulkhead/drills/") + language);
            const std::vector<DrillTemplate> all = builtinDrillTemplates();
            QCOMPARE(std::size_t(dir.entryList({"*.json"}, QDir::Files).size()), all.size());
            for (const DrillTemplate &t : all) {
                const QString path = dir.filePath(QString::fromStdString(t.key) + ".json");
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                const QByteArray bytes = file.readAll();
                const DrillTemplate tr = parseDrillTemplate(bytes.toStdString(), path.toStdString());
                QCOMPARE(tr.key, t.key);
                QCOMPARE(tr.kind, t.kind);
                QCOMPARE(tr.controls, t.controls);
                QCOMPARE(tr.cadenceDays, t.cadenceDays);
                QCOMPARE(tr.checklist.size(), t.checklist.size());
                QVERIFY2(tr.title != t.title, qPrintable(path));
                QVERIFY2(tr.scenario != t.scenario, qPrintable(path));
                for (std::size_t i = 0; i < t.checklist.size(); ++i)
                    QVERIFY2(tr.checklist[i] != t.checklist[i], qPrintable(path + " item " + QString::number(i + 1)));

                const DrillTemplate shown = localizedBuiltinTemplate(t, language);
                QCOMPARE(shown.title, tr.title);
                QCOMPARE(shown.scenario, tr.scenario);
                QCOMPARE(shown.checklist, tr.checklist);
                QCOMPARE(shown.id, t.id);
            }
        }
        const DrillTemplate builtin = builtinDrillTemplates().front();
        QCOMPARE(localizedBuiltinTemplate(builtin, QStringLiteral("en")).title, builtin.title);
        QCOMPARE(localizedBuiltinTemplate(builtin, QStringLiteral("xx")).title, builtin.title);
        DrillTemplate user = builtin;
        user.builtin = false;
        QCOMPARE(localizedBuiltinTemplate(user, QStringLiteral("de")).title, builtin.title);
        DrillTemplate shorter = builtin; // a store seeded by another version: the lists no longer match
        shorter.checklist.pop_back();
        QCOMPARE(localizedBuiltinTemplate(shorter, QStringLiteral("de")).checklist, shorter.checklist);
    }

    void cadenceDefaultsByKind()
    {
        const std::string base = R"("title": "T", "scenario": "S", "checklist": ["one"])";
        QCOMPARE(parseDrillTemplate("{\"key\": \"a\", \"kind\": \"tabletop\", " + base + "}", "a.json").cadenceDays, 90);
        QCOMPARE(parseDrillTemplate("{\"key\": \"b\", \"kind\": \"post-incident\", " + base + "}", "b.json").cadenceDays,
                 0);
    }

    void brokenFilesNameFileAndProblem_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("problem");
        const QString ok = R"("key": "k", "title": "T", "kind": "tabletop", "scenario": "S")";
        QTest::newRow("not json") << "{\"key\": " << "not valid JSON";
        QTest::newRow("array") << "[]" << "a drill template is a JSON object";
        QTest::newRow("no checklist") << "{" + ok + "}" << "\"checklist\" is missing";
        QTest::newRow("empty checklist") << "{" + ok + ", \"checklist\": []}" << "the checklist is empty";
        QTest::newRow("blank item") << "{" + ok + ", \"checklist\": [\"a\", \"  \"]}" << "checklist item 2 is empty";
        QTest::newRow("item not text") << "{" + ok + ", \"checklist\": [\"a\", 3]}"
                                       << "\"checklist\" item 2 is not a string";
        QTest::newRow("misspelt cadence") << "{" + ok + ", \"cadence\": 30, \"checklist\": [\"a\"]}"
                                          << "unknown field \"cadence\"";
        QTest::newRow("cadence text") << "{" + ok + ", \"cadence_days\": \"90\", \"checklist\": [\"a\"]}"
                                      << "\"cadence_days\" must be a whole number of days";
        QTest::newRow("cadence negative") << "{" + ok + ", \"cadence_days\": -1, \"checklist\": [\"a\"]}"
                                          << "cadence_days must be 0 (on demand) to 3650";
        QTest::newRow("bad kind") << R"({"key": "k", "title": "T", "kind": "live", "scenario": "S", "checklist": ["a"]})"
                                  << "kind \"live\" is neither tabletop nor post-incident";
        QTest::newRow("no title") << R"({"key": "k", "kind": "tabletop", "scenario": "S", "checklist": ["a"]})"
                                  << "\"title\" is missing";
        QTest::newRow("bad key") << R"({"key": "My Drill", "title": "T", "kind": "tabletop", "scenario": "S", "checklist": ["a"]})"
                                 << "key \"My Drill\" must be lower-case letters, digits and '-'";
        QTest::newRow("bad control") << "{" + ok + ", \"controls\": [\"sec3\"], \"checklist\": [\"a\"]}"
                                     << "\"sec3\" is not a control id";
    }

    void brokenFilesNameFileAndProblem()
    {
        QFETCH(QString, json);
        QFETCH(QString, problem);
        const std::string text = json.toStdString();
        try {
            parseDrillTemplate(text, "/home/me/my-drill.json");
        } catch (const DrillTemplateError &e) {
            const QString message = QString::fromStdString(e.what());
            QVERIFY2(message.startsWith("/home/me/my-drill.json: "), qPrintable(message));
            QVERIFY2(message.contains(problem), qPrintable(message));
            return;
        }
        QFAIL("the broken template was accepted");
    }
};

QTEST_GUILESS_MAIN(TestDrillTemplates)
#include "tst_drilltemplates.moc"
