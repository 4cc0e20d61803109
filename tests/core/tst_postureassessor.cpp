// assessPosture on real stores: an empty store assesses nothing (and scores nothing); attestations
// written through AttestationRepository reach their controls per attestation mode (valid, expired,
// withdrawn, required); a scanner report written through ImportWriter fails the control its rule
// maps to; a drill run through DrillRepository assesses INC-2. Expected statuses and scores are
// derived here from what the test wrote and the catalog's weights.

#include "findingscan.h"
#include "testsupport.h"

#include "controls/postureassessor.h"
#include "store/attestationrepository.h"
#include "store/database.h"
#include "store/drillrepository.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace bulkhead;

namespace {

constexpr std::int64_t kDay = 86400;
const std::int64_t kNow = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();

std::string day(std::int64_t t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).date().toString(Qt::ISODate).toStdString();
}

Attestation attestation(const std::string &control, AttestationStatus status, std::int64_t at, std::int64_t expires)
{
    Attestation a;
    a.control = control;
    a.status = status;
    a.evidence = "Seen in the platform team's runbook, " + control + ".";
    a.attestedBy = "alice";
    a.attestedAt = at;
    a.expiresAt = expires;
    return a;
}

const ControlAssessment &find(const PostureAssessment &p, const std::string &id)
{
    for (const ControlAssessment &a : p.controls) {
        if (a.control == id)
            return a;
    }
    static const ControlAssessment none;
    return none;
}

} // namespace

class TestPostureAssessor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    Database newStore() { return Database::open(m_dir.filePath(QStringLiteral("s%1.db").arg(++m_stores)).toStdString()); }

private slots:
    void emptyStore()
    {
        const Database db = newStore();
        const PostureAssessment p = assessPosture(db, EvidenceSettings{}, kNow);
        QCOMPARE(p.at, kNow);
        const ControlCatalog &catalog = ControlCatalog::builtin();
        QCOMPARE(p.controls.size(), catalog.controls().size());
        for (std::size_t i = 0; i < p.controls.size(); ++i) {
            const ControlAssessment &a = p.controls[i];
            QCOMPARE(a.control, catalog.controls()[i].id);
            QVERIFY2(a.status == ControlStatus::NotAssessed, (a.control + ": " + a.explanation).c_str());
            QVERIFY2(a.explanation.find("not assessed") != std::string::npos, a.explanation.c_str());
        }
        QVERIFY(!p.score.overall);
        QCOMPARE(p.score.assessed, 0);
        QCOMPARE(p.score.controls, int(catalog.controls().size()));
    }

    void attestationsReachTheirControls()
    {
        Database db = newStore();
        AttestationRepository repo(db);
        const std::int64_t recent = kNow - 10 * kDay, inAYear = recent + 365 * kDay;
        repo.add(attestation("BLD-6", AttestationStatus::Pass, recent, inAYear), {});           // fallback
        repo.add(attestation("RUN-4", AttestationStatus::Pass, recent, inAYear), {});           // alternative
        repo.add(attestation("INC-1", AttestationStatus::Fail, recent, inAYear), {});           // alternative, failing
        repo.add(attestation("BLD-1", AttestationStatus::Pass, kNow - 400 * kDay, kNow - 35 * kDay), {}); // expired
        repo.add(attestation("IAM-2", AttestationStatus::Pass, kNow - 20 * kDay, kNow + 300 * kDay), {});
        repo.add(attestation("IAM-2", AttestationStatus::Withdrawn, kNow - 5 * kDay, kNow + 360 * kDay), {});
        repo.add(attestation("SEC-4", AttestationStatus::Pass, recent, inAYear),
                 {{"etcd-encryption.yaml", "kind: EncryptionConfiguration\n"}}); // required

        const PostureAssessment p = assessPosture(db, EvidenceSettings{}, kNow);
        const ControlAssessment &bld6 = find(p, "BLD-6");
        QVERIFY2(bld6.status == ControlStatus::Attested, bld6.explanation.c_str());
        QVERIFY(bld6.attestationApplied);
        QVERIFY(bld6.explanation.rfind("Attested by alice on " + day(recent), 0) == 0);
        QVERIFY(find(p, "RUN-4").status == ControlStatus::Attested);
        QVERIFY(find(p, "INC-1").status == ControlStatus::Fail);
        const ControlAssessment &bld1 = find(p, "BLD-1");
        QVERIFY(bld1.status == ControlStatus::NotAssessed);
        QVERIFY(bld1.attestationExpired);
        QVERIFY2(bld1.explanation.find("Attestation by alice expired on " + day(kNow - 35 * kDay) + "; not assessed.") != std::string::npos,
                 bld1.explanation.c_str());
        const ControlAssessment &iam2 = find(p, "IAM-2");
        QVERIFY(iam2.status == ControlStatus::NotAssessed);
        QVERIFY(iam2.attestation && iam2.attestation->status == AttestationStatus::Withdrawn);
        // Required: the attestation is a measure of its own, assessed and passing, with its file.
        const ControlAssessment &sec4 = find(p, "SEC-4");
        QVERIFY(sec4.attestationApplied);
        QVERIFY(!sec4.measures.empty() && sec4.measures.back().id == "attestation" && sec4.measures.back().assessed);
        QCOMPARE(sec4.attestation->files.size(), std::size_t(1));
        QVERIFY2(sec4.status == ControlStatus::Attested || sec4.status == ControlStatus::Partial, sec4.explanation.c_str());

        // The score: only the assessed controls, weighted by the catalog.
        const ControlCatalog &catalog = ControlCatalog::builtin();
        std::map<std::string, double> expected = {{"BLD-6", 1.0}, {"RUN-4", 1.0}, {"INC-1", 0.0},
                                                  {"SEC-4", sec4.status == ControlStatus::Attested ? 1.0 : 0.5}};
        double sum = 0;
        int weights = 0;
        for (const auto &[id, value] : expected) {
            sum += catalog.find(id)->weight * value;
            weights += catalog.find(id)->weight;
        }
        QCOMPARE(p.score.assessed, int(expected.size()));
        QVERIFY(p.score.overall);
        QCOMPARE(*p.score.overall, 100.0 * sum / weights);
    }

    void drillsAssessIncidentReadiness()
    {
        // A tabletop drill from a built-in template, held last week with every checklist item done.
        Database db = newStore();
        DrillRepository drills(db);
        drills.ensureBuiltinTemplates();
        std::optional<DrillTemplate> tabletop;
        for (const DrillTemplate &t : drills.templates())
            if (t.kind == DrillKind::Tabletop && !tabletop)
                tabletop = t;
        QVERIFY(tabletop);
        Drill drill;
        drill.templateId = tabletop->id;
        drill.name = "Quarterly: " + tabletop->title;
        drill.owner = "bob";
        drill.cadenceDays = 90;
        drill.createdAt = kNow - 20 * kDay;
        const std::int64_t drillId = drills.schedule(drill);
        const std::int64_t runId = drills.startRun(drillId, kNow - 7 * kDay, {"alice", "bob"}, kNow - 7 * kDay);
        DrillRun run = *drills.run(runId);
        QVERIFY(!run.items.empty());
        for (DrillItem &item : run.items)
            item.done = true;
        drills.updateRun(run);
        drills.completeRun(runId, kNow - 7 * kDay);

        const PostureAssessment p = assessPosture(db, EvidenceSettings{}, kNow);
        const ControlAssessment &inc2 = find(p, "INC-2");
        QVERIFY2(inc2.status == ControlStatus::Pass, inc2.explanation.c_str());
        QVERIFY(!inc2.measures.empty());
        // No post-incident review: INC-3 is a coverage gap, said so.
        const ControlAssessment &inc3 = find(p, "INC-3");
        QVERIFY(inc3.status == ControlStatus::NotAssessed);
        QVERIFY2(inc3.explanation.rfind("No post-incident review recorded, so not assessed.", 0) == 0,
                 inc3.explanation.c_str());
        QCOMPARE(p.score.areas.back().assessed, 1); // incident readiness: INC-2 only
        QCOMPARE(*p.score.areas.back().score, 100.0);
    }

    void findingsFailTheirControl()
    {
        // A critical secret found in an image: SEC-1 (every secret finding maps there) fails.
        Database db = newStore();
        test::writeOneFindingScan(db, "registry.example/shop/api:1.4", FindingKind::Secret, "aws-access-key-id",
                                  Severity::Critical, kNow - kDay);
        const PostureAssessment p = assessPosture(db, EvidenceSettings{}, kNow);
        const ControlAssessment &sec1 = find(p, "SEC-1");
        QVERIFY2(sec1.status == ControlStatus::Fail, sec1.explanation.c_str());
        QVERIFY2(sec1.explanation.find("critical") != std::string::npos, sec1.explanation.c_str());
        QVERIFY(p.score.assessed >= 1);
    }
};

QTEST_GUILESS_MAIN(TestPostureAssessor)
#include "tst_postureassessor.moc"
