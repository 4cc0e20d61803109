// The controls catalog: the copy compiled into bulkhead_core holds every control of DESIGN.md's
// table (ids and areas typed in below from that table, not read from the catalog), with the
// practice guide's sentences, weights 1..3 and the attestation modes the contract decided; and
// fromJson() refuses a broken catalog naming what is wrong.

#include "testsupport.h"

#include "controls/controlcatalog.h"
#include "controls/controlstatus.h"

#include <QtTest>

#include <map>
#include <set>

using namespace bulkhead;

namespace {

// DESIGN.md, "Controls catalog": the id column, in the table's order.
const std::vector<std::string> kDesignIds = {
    "BLD-1", "BLD-2", "BLD-3", "BLD-4", "BLD-5", "BLD-6", "RUN-1", "RUN-2", "RUN-3", "RUN-4",
    "RUN-5", "RUN-6", "SEC-1", "SEC-2", "SEC-3", "SEC-4", "SEC-5", "IAM-1", "IAM-2", "IAM-3",
    "IAM-4", "SUP-1", "SUP-2", "SUP-3", "SUP-4", "SUP-5", "INC-1", "INC-2", "INC-3"};

// The guide's section of each id prefix.
ControlArea areaOfPrefix(const std::string &id)
{
    static const std::map<std::string, ControlArea> areas = {
        {"BLD", ControlArea::Build},    {"RUN", ControlArea::Runtime},     {"SEC", ControlArea::Secrets},
        {"IAM", ControlArea::Identity}, {"SUP", ControlArea::SupplyChain}, {"INC", ControlArea::IncidentReadiness}};
    return areas.at(id.substr(0, 3));
}

std::string catalogWith(const std::string &controls)
{
    return R"({"version": 1, "controls": [)" + controls + "]}";
}

std::string control(const std::string &id, const std::string &extra = "")
{
    return R"({"id": ")" + id
        + R"(", "area": "build", "title": "Title", "practice": "Practice.", "assessment": "How.")" + extra + "}";
}

} // namespace

class TestControlCatalog : public QObject {
    Q_OBJECT

private slots:
    void builtinHoldsDesignTable()
    {
        const ControlCatalog &catalog = ControlCatalog::builtin();
        QCOMPARE(catalog.controls().size(), kDesignIds.size());
        for (std::size_t i = 0; i < kDesignIds.size(); ++i) {
            const ControlDefinition &c = catalog.controls()[i];
            QCOMPARE(c.id, kDesignIds[i]);
            QVERIFY2(c.area == areaOfPrefix(c.id), c.id.c_str());
            QCOMPARE(catalog.find(c.id), &c);
        }
        QCOMPARE(catalog.find("BLD-7"), nullptr);
        QCOMPARE(&ControlCatalog::builtin(), &catalog); // loaded once
    }

    void builtinTexts()
    {
        for (const ControlDefinition &c : ControlCatalog::builtin().controls()) {
            QVERIFY2(!c.title.empty() && std::isupper(static_cast<unsigned char>(c.title[0])), c.id.c_str());
            // Sentence case: a later word starts with a capital only when it is an acronym or a
            // name written with more than one (SBOM, RBAC, AppArmor, SELinux).
            const QStringList words = QString::fromStdString(c.title).split(QLatin1Char(' '));
            for (qsizetype w = 1; w < words.size(); ++w) {
                const QString &word = words[w];
                if (!word.isEmpty() && word[0].isUpper())
                    QVERIFY2(std::count_if(word.begin(), word.end(), [](QChar ch) { return ch.isUpper(); }) > 1,
                             qPrintable(QString::fromStdString(c.id) + ": " + word));
            }
            QVERIFY2(c.practice.back() == '.', c.id.c_str());
            QVERIFY2(!c.assessment.empty(), c.id.c_str());
            QVERIFY2(!c.attestationHint.empty(), c.id.c_str());
            QVERIFY2(c.weight >= 1 && c.weight <= 3, c.id.c_str());
        }
        // Spot checks against the guide's wording.
        QCOMPARE(ControlCatalog::builtin().find("BLD-3")->practice,
                 std::string("Sign images and require verification before deployment."));
        QCOMPARE(ControlCatalog::builtin().find("INC-3")->practice,
                 std::string("Review security controls after incidents and update defenses accordingly."));
    }

    void builtinAttestationModes()
    {
        const std::set<std::string> alternative = {"RUN-4", "RUN-6", "SEC-2", "INC-1"};
        const std::set<std::string> required = {"SEC-4", "SUP-4", "SUP-1", "SUP-3"};
        int fallback = 0;
        for (const ControlDefinition &c : ControlCatalog::builtin().controls()) {
            if (alternative.count(c.id))
                QVERIFY2(c.attestation == AttestationMode::Alternative, c.id.c_str());
            else if (required.count(c.id))
                QVERIFY2(c.attestation == AttestationMode::Required, c.id.c_str());
            else
                fallback += c.attestation == AttestationMode::Fallback ? 1 : 0;
        }
        QCOMPARE(fallback, int(kDesignIds.size() - alternative.size() - required.size()));
    }

    void builtinWeightsDiffer()
    {
        // Weights are a decision, not a default: all three values are in use.
        std::set<int> weights;
        for (const ControlDefinition &c : ControlCatalog::builtin().controls())
            weights.insert(c.weight);
        QCOMPARE(weights, (std::set<int>{1, 2, 3}));
    }

    void fromJsonReadsFields()
    {
        std::string error;
        const auto catalog = ControlCatalog::fromJson(
            catalogWith(control("X-1", R"(, "weight": 3, "attestation": "required", "attestationHint": "it holds")") + ","
                        + control("X-2")),
            &error);
        QVERIFY2(catalog, error.c_str());
        QCOMPARE(catalog->controls().size(), std::size_t(2));
        const ControlDefinition &x1 = catalog->controls()[0];
        QCOMPARE(x1.weight, 3);
        QVERIFY(x1.attestation == AttestationMode::Required);
        QCOMPARE(x1.attestationHint, std::string("it holds"));
        QCOMPARE(x1.title, std::string("Title"));
        // Defaults: weight 1, fallback, no hint.
        const ControlDefinition &x2 = catalog->controls()[1];
        QCOMPARE(x2.weight, 1);
        QVERIFY(x2.attestation == AttestationMode::Fallback);
        QVERIFY(x2.attestationHint.empty());
    }

    void fromJsonRefuses_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const std::string &json, const char *expected) {
            QTest::newRow(name) << QString::fromStdString(json) << QString::fromLatin1(expected);
        };
        row("not json", "{", "not valid JSON");
        row("no controls", R"({"version": 1})", "no \"controls\" array");
        row("empty", catalogWith(""), "no controls");
        row("duplicate id", catalogWith(control("A-1") + "," + control("A-1")), "control 2: id \"A-1\" appears twice");
        row("unknown area", catalogWith(control("A-1") + "," + R"({"id": "A-2", "area": "x", "title": "T", "practice": "P", "assessment": "H"})"),
            "control 2 (A-2): unknown area \"x\"");
        row("unknown mode", catalogWith(control("A-1", R"(, "attestation": "sometimes")")),
            "control 1 (A-1): unknown attestation mode \"sometimes\"");
        row("weight 0", catalogWith(control("A-1", R"(, "weight": 0)")), "control 1 (A-1): weight must be 1, 2 or 3");
        row("weight 4", catalogWith(control("A-1", R"(, "weight": 4)")), "weight must be 1, 2 or 3");
        row("weight text", catalogWith(control("A-1", R"(, "weight": "2")")), "weight must be 1, 2 or 3");
        row("no title", catalogWith(R"({"id": "A-1", "area": "build", "practice": "P", "assessment": "H"})"),
            "control 1 (A-1): \"title\" is missing");
        row("no id", catalogWith(R"({"area": "build"})"), "control 1: \"id\" is missing");
        row("not object", catalogWith("3"), "control 1: not an object");
    }
    void fromJsonRefuses()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        std::string error;
        QVERIFY(!ControlCatalog::fromJson(json.toStdString(), &error));
        QVERIFY2(error.find(expected.toStdString()) != std::string::npos, error.c_str());
        QVERIFY(!ControlCatalog::fromJson(json.toStdString(), nullptr)); // no error wanted
    }

    void names()
    {
        for (ControlArea a : kControlAreas) {
            QCOMPARE(controlAreaFromName(controlAreaName(a)), std::optional<ControlArea>(a));
            QVERIFY(!controlAreaTitle(a).empty());
        }
        QCOMPARE(controlAreaName(ControlArea::SupplyChain), std::string_view("supply-chain"));
        QCOMPARE(controlAreaTitle(ControlArea::IncidentReadiness), std::string_view("Incident readiness and governance"));
        QVERIFY(!controlAreaFromName("Build"));
        for (ControlStatus s : {ControlStatus::NotAssessed, ControlStatus::Pass, ControlStatus::Partial, ControlStatus::Fail,
                                ControlStatus::Attested})
            QCOMPARE(controlStatusFromName(controlStatusName(s)), std::optional<ControlStatus>(s));
        QCOMPARE(controlStatusName(ControlStatus::NotAssessed), std::string_view("not_assessed"));
        QVERIFY(!controlStatusFromName("not assessed"));
    }
};

QTEST_GUILESS_MAIN(TestControlCatalog)
#include "tst_controlcatalog.moc"
