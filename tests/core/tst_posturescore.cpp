// The posture score: status values, weighted sums per area and overall (controls weigh, not
// areas), not-assessed controls left out and counted as coverage, and the working lines the UI
// and bulkheadctl show. Expected scores are summed here from the table of each case.

#include "testsupport.h"

#include "controls/posturescore.h"

#include <QtTest>

#include <cmath>
#include <map>

using namespace bulkhead;

namespace {

struct Row {
    const char *id;
    const char *area;
    int weight;
    ControlStatus status;
};

std::string catalogJson(const std::vector<Row> &rows)
{
    std::string controls;
    for (const Row &r : rows)
        controls += std::string(controls.empty() ? "" : ",") + R"({"id": ")" + r.id + R"(", "area": ")" + r.area
            + R"(", "title": "T", "practice": "P.", "assessment": "H.", "weight": )" + std::to_string(r.weight) + "}";
    return R"({"controls": [)" + controls + "]}";
}

std::vector<ControlAssessment> assessments(const std::vector<Row> &rows)
{
    std::vector<ControlAssessment> out;
    for (const Row &r : rows) {
        ControlAssessment a;
        a.control = r.id;
        a.area = *controlAreaFromName(r.area);
        a.status = r.status;
        out.push_back(a);
    }
    return out;
}

// The value of a status as docs/controls-and-score.md states it, written out again here.
double documentedValue(ControlStatus s)
{
    return s == ControlStatus::Partial ? 0.5 : (s == ControlStatus::Pass || s == ControlStatus::Attested) ? 1.0 : 0.0;
}

const std::vector<Row> kRows = {
    {"B-1", "build", 2, ControlStatus::Pass},          {"B-2", "build", 3, ControlStatus::Partial},
    {"B-3", "build", 1, ControlStatus::NotAssessed},   {"B-4", "build", 1, ControlStatus::Fail},
    {"R-1", "runtime", 3, ControlStatus::Attested},    {"R-2", "runtime", 1, ControlStatus::Fail},
    {"S-1", "secrets", 2, ControlStatus::NotAssessed},
};

} // namespace

class TestPostureScore : public QObject {
    Q_OBJECT

private slots:
    void values()
    {
        QCOMPARE(controlStatusValue(ControlStatus::Pass), std::optional<double>(1.0));
        QCOMPARE(controlStatusValue(ControlStatus::Attested), std::optional<double>(1.0));
        QCOMPARE(controlStatusValue(ControlStatus::Partial), std::optional<double>(0.5));
        QCOMPARE(controlStatusValue(ControlStatus::Fail), std::optional<double>(0.0));
        QVERIFY(!controlStatusValue(ControlStatus::NotAssessed));
    }

    void weightedPerAreaAndOverall()
    {
        const ControlCatalog catalog = *ControlCatalog::fromJson(catalogJson(kRows), nullptr);
        const PostureScore score = scorePosture(catalog, assessments(kRows));

        // Sum the table per area and overall.
        std::map<ControlArea, double> value;
        std::map<ControlArea, int> weightAssessed, weightTotal, controls, assessed;
        double allValue = 0;
        int allWeight = 0, allAssessed = 0;
        for (const Row &r : kRows) {
            const ControlArea area = *controlAreaFromName(r.area);
            ++controls[area];
            weightTotal[area] += r.weight;
            if (r.status == ControlStatus::NotAssessed)
                continue;
            ++assessed[area];
            ++allAssessed;
            weightAssessed[area] += r.weight;
            value[area] += r.weight * documentedValue(r.status);
            allWeight += r.weight;
            allValue += r.weight * documentedValue(r.status);
        }
        QCOMPARE(score.controls, int(kRows.size()));
        QCOMPARE(score.assessed, allAssessed);
        QVERIFY(score.overall);
        QCOMPARE(*score.overall, 100.0 * allValue / allWeight);
        QCOMPARE(score.areas.size(), kControlAreas.size());
        for (std::size_t i = 0; i < kControlAreas.size(); ++i) {
            const AreaScore &a = score.areas[i];
            QVERIFY(a.area == kControlAreas[i]);
            QCOMPARE(a.controls, controls[a.area]);
            QCOMPARE(a.assessed, assessed[a.area]);
            QCOMPARE(a.weightAssessed, weightAssessed[a.area]);
            QCOMPARE(a.weightTotal, weightTotal[a.area]);
            QCOMPARE(a.weightedValue, value[a.area]);
            if (weightAssessed[a.area] > 0)
                QCOMPARE(*a.score, 100.0 * value[a.area] / weightAssessed[a.area]);
            else
                QVERIFY2(!a.score, controlAreaName(a.area).data()); // secrets: only S-1, not assessed
        }
        // By hand for build: (2*1 + 3*0.5 + 1*0) / (2+3+1) = 3.5 / 6.
        QCOMPARE(*score.areas[0].score, 100.0 * 3.5 / 6);
        // Controls weigh, not areas: the overall is not the mean of the area scores.
        QVERIFY(std::abs(*score.overall - (*score.areas[0].score + *score.areas[1].score) / 2) > 1);
    }

    void missingAssessmentIsNotAssessed()
    {
        const ControlCatalog catalog = *ControlCatalog::fromJson(catalogJson(kRows), nullptr);
        std::vector<ControlAssessment> some = assessments(kRows);
        some.erase(some.begin()); // B-1 (pass, weight 2) gone
        ControlAssessment stranger;
        stranger.control = "X-9"; // not in the catalog: ignored
        stranger.status = ControlStatus::Pass;
        some.push_back(stranger);
        const PostureScore score = scorePosture(catalog, some);
        QCOMPARE(score.controls, int(kRows.size()));
        QCOMPARE(score.areas[0].assessed, 2);
        QCOMPARE(score.areas[0].weightAssessed, 4);
        QCOMPARE(*score.areas[0].score, 100.0 * 1.5 / 4);
    }

    void nothingAssessed()
    {
        const std::vector<Row> rows = {{"B-1", "build", 2, ControlStatus::NotAssessed}};
        const ControlCatalog catalog = *ControlCatalog::fromJson(catalogJson(rows), nullptr);
        const PostureScore score = scorePosture(catalog, assessments(rows));
        QVERIFY(!score.overall);
        QCOMPARE(score.assessed, 0);
        for (const AreaScore &a : score.areas)
            QVERIFY(!a.score);
        const auto lines = scoreWorking(catalog, assessments(rows), std::nullopt);
        QCOMPARE(lines, (std::vector<std::string>{"B-1 not assessed: left out (weight 2)",
                                                  "Overall: no control assessed, so no score",
                                                  "0 of 1 controls assessed; the others are left out of the score"}));
    }

    void working()
    {
        const ControlCatalog catalog = *ControlCatalog::fromJson(catalogJson(kRows), nullptr);
        const auto all = assessments(kRows);
        QCOMPARE(scoreWorking(catalog, all, ControlArea::Build),
                 (std::vector<std::string>{"B-1 pass: weight 2 x 1 = 2.0", "B-2 partial: weight 3 x 0.5 = 1.5",
                                           "B-3 not assessed: left out (weight 1)", "B-4 fail: weight 1 x 0 = 0.0",
                                           "Build and image security: 3.5 / 6 = 58.3",
                                           "3 of 4 controls assessed; the others are left out of the score"}));
        const auto overall = scoreWorking(catalog, all, std::nullopt);
        QCOMPARE(overall.size(), kRows.size() + 2);
        QCOMPARE(overall[4], std::string("R-1 attested: weight 3 x 1 = 3.0"));
        // (3.5 + 3) / (6 + 4) = 65: a whole score is shown without decimals.
        QCOMPARE(overall[kRows.size()], std::string("Overall: 6.5 / 10 = 65"));
        QCOMPARE(overall.back(), std::string("5 of 7 controls assessed; the others are left out of the score"));
        // An area without controls in this catalog.
        QCOMPARE(scoreWorking(catalog, all, ControlArea::Identity).size(), std::size_t(2));
    }

    void builtinAllPass()
    {
        const ControlCatalog &catalog = ControlCatalog::builtin();
        std::vector<ControlAssessment> all;
        int weights = 0;
        for (const ControlDefinition &c : catalog.controls()) {
            ControlAssessment a;
            a.control = c.id;
            a.area = c.area;
            a.status = ControlStatus::Pass;
            all.push_back(a);
            weights += c.weight;
        }
        const PostureScore score = scorePosture(catalog, all);
        QCOMPARE(*score.overall, 100.0);
        QCOMPARE(score.assessed, int(catalog.controls().size()));
        int areaWeights = 0;
        for (const AreaScore &a : score.areas) {
            QCOMPARE(*a.score, 100.0);
            areaWeights += a.weightTotal;
        }
        QCOMPARE(areaWeights, weights);
        // One failing weight-3 control costs more than one failing weight-1 control.
        auto scoreWithFail = [&](const std::string &id) {
            std::vector<ControlAssessment> copy = all;
            for (ControlAssessment &a : copy)
                if (a.control == id)
                    a.status = ControlStatus::Fail;
            return *scorePosture(catalog, copy).overall;
        };
        QCOMPARE(catalog.find("RUN-1")->weight, 3);
        QCOMPARE(catalog.find("BLD-6")->weight, 1);
        QVERIFY(scoreWithFail("RUN-1") < scoreWithFail("BLD-6"));
        QCOMPARE(scoreWithFail("RUN-1"), 100.0 * (weights - 3) / weights);
    }
};

QTEST_GUILESS_MAIN(TestPostureScore)
#include "tst_posturescore.moc"
