// assessControls: the status and the explanation of a control from crafted evidence measures and
// attestations. Every rule of evidencemeasure.h and controlassessment.h has a case: pass, partial
// by share (both sides of the boundary), severity-based fail/partial, not assessed with its reason,
// assessed and not-assessed measures mixed, and each attestation mode with valid, expired,
// withdrawn and failing attestations. Expected counts and dates are computed here from the input.

#include "testsupport.h"

#include "controls/controlassessment.h"
#include "controls/measurestatus.h"

#include <QDateTime>
#include <QtTest>

using namespace bulkhead;

namespace {

const std::int64_t kNow = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
constexpr std::int64_t kDay = 86400;

std::string day(std::int64_t t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).date().toString(Qt::ISODate).toStdString();
}

// Three controls, one per attestation mode, in the build area.
const ControlCatalog &catalog()
{
    static const ControlCatalog c = *ControlCatalog::fromJson(R"({"controls": [
      {"id": "T-FB", "area": "build", "title": "Fallback", "practice": "P.", "assessment": "H.",
       "attestation": "fallback", "attestationHint": "images are signed in the pipeline"},
      {"id": "T-ALT", "area": "runtime", "title": "Alternative", "practice": "P.", "assessment": "H.",
       "attestation": "alternative", "attestationHint": "a runtime agent watches every node"},
      {"id": "T-REQ", "area": "secrets", "title": "Required", "practice": "P.", "assessment": "H.",
       "attestation": "required", "attestationHint": "etcd is encrypted at rest"}
    ]})", nullptr);
    return c;
}

EvidenceMeasure counted(const std::string &control, std::int64_t checked, const std::vector<std::string> &failingItems,
                        std::int64_t failing = -1)
{
    EvidenceMeasure m;
    m.control = control;
    m.id = "images-signed";
    m.label = "images signed and verified";
    m.noun = "images";
    m.failingAs = "unsigned";
    m.assessed = true;
    m.checked = checked;
    m.examples = failingItems;
    m.failing = failing >= 0 ? failing : static_cast<std::int64_t>(failingItems.size());
    m.link = {"images", "signature=unsigned"};
    return m;
}

EvidenceMeasure notAssessed(const std::string &control, const std::string &id, const std::string &reason)
{
    EvidenceMeasure m;
    m.control = control;
    m.id = id;
    m.label = "workloads with a read-only root filesystem";
    m.noun = "workloads";
    m.assessed = false;
    m.notAssessedReason = reason;
    return m;
}

EvidenceMeasure findings(const std::string &control, std::int64_t open, Severity worst)
{
    EvidenceMeasure m;
    m.control = control;
    m.id = "open-findings";
    m.label = "open findings";
    m.noun = "findings";
    m.failingAs = "open";
    m.assessed = true;
    m.severityBased = true;
    m.checked = 200;
    m.failing = open;
    m.worst = worst;
    for (std::int64_t i = 0; i < std::min<std::int64_t>(open, 5); ++i)
        m.examples.push_back("CVE-2026-" + std::to_string(1000 + i));
    return m;
}

Attestation attestation(const std::string &control, AttestationStatus status, std::int64_t at, std::int64_t expires,
                        std::int64_t id = 1)
{
    Attestation a;
    a.id = id;
    a.control = control;
    a.status = status;
    a.evidence = "Checked by hand.\nSecond line not shown.";
    a.attestedBy = "alice";
    a.attestedAt = at;
    a.expiresAt = expires;
    return a;
}

const ControlAssessment &find(const std::vector<ControlAssessment> &all, const std::string &id)
{
    for (const ControlAssessment &a : all) {
        if (a.control == id)
            return a;
    }
    static const ControlAssessment none;
    return none;
}

ControlAssessment assessOne(const std::string &id, const std::vector<EvidenceMeasure> &evidence,
                            const std::vector<Attestation> &attestations = {})
{
    return find(assessControls(catalog(), evidence, attestations, kNow), id);
}

bool has(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

bool startsWith(const std::string &text, const std::string &part)
{
    return text.compare(0, part.size(), part) == 0;
}

// "a, b, c" as the explanation lists examples.
std::string listed(const std::vector<std::string> &items)
{
    std::string out;
    for (const std::string &i : items)
        out += (out.empty() ? "" : ", ") + i;
    return out;
}

} // namespace

class TestControlAssessment : public QObject {
    Q_OBJECT

private slots:
    void catalogOrderAndMeasures()
    {
        // Measures reach their own control only, in the order given; every control is listed.
        const std::vector<EvidenceMeasure> evidence = {counted("T-REQ", 5, {}), counted("T-FB", 41, {}),
                                                       notAssessed("T-FB", "second", "no cluster collected"),
                                                       counted("OTHER", 3, {"x"})};
        const auto all = assessControls(catalog(), evidence, {}, kNow);
        QCOMPARE(all.size(), catalog().controls().size());
        for (std::size_t i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].control, catalog().controls()[i].id);
            QVERIFY(all[i].area == catalog().controls()[i].area);
        }
        const ControlAssessment &fb = find(all, "T-FB");
        QCOMPARE(fb.measures.size(), std::size_t(2));
        QCOMPARE(fb.measures[0].id, std::string("images-signed"));
        QCOMPARE(fb.measures[1].id, std::string("second"));
        QVERIFY(find(all, "T-ALT").measures.empty());
        // Required: the attestation is added as the last measure.
        QCOMPARE(find(all, "T-REQ").measures.size(), std::size_t(2));
        QCOMPARE(find(all, "T-REQ").measures.back().id, std::string("attestation"));
    }

    void pass()
    {
        const std::int64_t checked = 41;
        const ControlAssessment a = assessOne("T-FB", {counted("T-FB", checked, {})});
        QVERIFY(a.status == ControlStatus::Pass);
        QCOMPARE(a.explanation, "0 of " + std::to_string(checked) + " images unsigned.");
        QVERIFY(!a.attestation);
        QVERIFY(!a.attestationApplied);
    }

    void partialByShare()
    {
        // 10 %: 3 of 41 is within it, partial; the examples follow the numbers.
        const std::vector<std::string> unsigned3 = {"shop/api:1.4", "shop/web:2.0", "shop/db:9"};
        const ControlAssessment a = assessOne("T-FB", {counted("T-FB", 41, unsigned3)});
        QVERIFY(a.status == ControlStatus::Partial);
        QCOMPARE(a.explanation, std::to_string(unsigned3.size()) + " of 41 images unsigned: " + listed(unsigned3) + ".");
    }

    void shareBoundary_data()
    {
        QTest::addColumn<int>("checked");
        QTest::addColumn<int>("failing");
        QTest::addColumn<int>("percent");
        QTest::newRow("4 of 40 at 10%") << 40 << 4 << 10;
        QTest::newRow("5 of 40 at 10%") << 40 << 5 << 10;
        QTest::newRow("1 of 40 at 0%") << 40 << 1 << 0;
        QTest::newRow("20 of 40 at 50%") << 40 << 20 << 50;
        QTest::newRow("21 of 40 at 50%") << 40 << 21 << 50;
        QTest::newRow("40 of 40 at 100%") << 40 << 40 << 100;
    }
    void shareBoundary()
    {
        QFETCH(int, checked);
        QFETCH(int, failing);
        QFETCH(int, percent);
        EvidenceMeasure m = counted("T-FB", checked, {}, failing);
        m.partialPercent = percent;
        // The share of failing items against the measure's threshold, computed in floating point.
        const bool within = double(failing) / checked <= percent / 100.0;
        QVERIFY(measureStatus(m) == (within ? ControlStatus::Partial : ControlStatus::Fail));
        QVERIFY(assessOne("T-FB", {m}).status == measureStatus(m));
    }

    void moreFailingThanExamples()
    {
        const std::vector<std::string> shown = {"a:1", "b:1", "c:1", "d:1", "e:1"};
        const std::int64_t failing = 12;
        const ControlAssessment a = assessOne("T-FB", {counted("T-FB", 20, shown, failing)});
        QVERIFY(a.status == ControlStatus::Fail);
        QCOMPARE(a.explanation, "12 of 20 images unsigned: " + listed(shown) + " and "
                                    + std::to_string(failing - std::int64_t(shown.size())) + " more.");
    }

    void severityBased_data()
    {
        QTest::addColumn<int>("open");
        QTest::addColumn<int>("worst");
        QTest::addColumn<int>("expected");
        QTest::newRow("critical") << 3 << int(Severity::Critical) << int(ControlStatus::Fail);
        QTest::newRow("high") << 1 << int(Severity::High) << int(ControlStatus::Fail);
        QTest::newRow("medium") << 150 << int(Severity::Medium) << int(ControlStatus::Partial);
        QTest::newRow("low") << 2 << int(Severity::Low) << int(ControlStatus::Partial);
        QTest::newRow("none open") << 0 << int(Severity::Unknown) << int(ControlStatus::Pass);
    }
    void severityBased()
    {
        QFETCH(int, open);
        QFETCH(int, worst);
        QFETCH(int, expected);
        // The share does not matter for findings: 150 of 200 medium findings is still partial.
        const EvidenceMeasure m = findings("T-FB", open, Severity(worst));
        const ControlAssessment a = assessOne("T-FB", {m});
        QCOMPARE(int(a.status), expected);
        if (open > 0) {
            QVERIFY2(startsWith(a.explanation, std::to_string(open) + " of 200 findings open, worst "
                                                   + std::string(severityName(Severity(worst))) + ": "
                                                   + listed(m.examples)),
                     a.explanation.c_str());
        } else {
            QCOMPARE(a.explanation, std::string("0 of 200 findings open."));
        }
    }

    void notAssessedWithReason()
    {
        const ControlAssessment a = assessOne("T-FB", {notAssessed("T-FB", "ro-root", "no cluster collected"),
                                                       notAssessed("T-FB", "caps", "no cluster collected")});
        QVERIFY(a.status == ControlStatus::NotAssessed);
        // One reason for all: said once; then what an attestation could show.
        QCOMPARE(a.explanation, std::string("No cluster collected, so not assessed. Until the evidence is collected, an "
                                            "attestation can stand in: images are signed in the pipeline."));
        // Different reasons: each measure says its own.
        const ControlAssessment b = assessOne("T-FB", {notAssessed("T-FB", "ro-root", "no cluster collected"),
                                                       notAssessed("T-FB", "sig", "no registry collected")});
        QVERIFY(b.status == ControlStatus::NotAssessed);
        QVERIFY2(has(b.explanation, "Workloads with a read-only root filesystem: no cluster collected, so not assessed.")
                     && has(b.explanation, ": no registry collected, so not assessed."),
                 b.explanation.c_str());
    }

    void noMeasures()
    {
        const ControlAssessment a = assessOne("T-FB", {});
        QVERIFY(a.status == ControlStatus::NotAssessed);
        QVERIFY2(startsWith(a.explanation, "Nothing Bulkhead collects speaks to this control, so not assessed."),
                 a.explanation.c_str());
    }

    void mixedAssessedAndNot()
    {
        // All assessed pass, one not assessed: partial, and the coverage is the reason given first.
        const ControlAssessment a = assessOne("T-FB", {counted("T-FB", 41, {}),
                                                       notAssessed("T-FB", "ro-root", "no cluster collected")});
        QVERIFY(a.status == ControlStatus::Partial);
        QVERIFY2(startsWith(a.explanation, "Everything checked passes, but 1 of 2 measures could not be assessed. "
                                           "Workloads with a read-only root filesystem: no cluster collected, so not "
                                           "assessed. 0 of 41 images unsigned."),
                 a.explanation.c_str());
        // A failing measure decides, whatever is not assessed; its sentence comes first.
        const ControlAssessment b = assessOne("T-FB", {counted("T-FB", 41, {}),
                                                       notAssessed("T-FB", "ro-root", "no cluster collected"),
                                                       findings("T-FB", 2, Severity::Critical)});
        QVERIFY(b.status == ControlStatus::Fail);
        QVERIFY2(startsWith(b.explanation, "2 of 200 findings open, worst critical"), b.explanation.c_str());
        // Worst of the assessed: partial and pass -> partial.
        const ControlAssessment c = assessOne("T-FB", {counted("T-FB", 41, {}), findings("T-FB", 2, Severity::Low)});
        QVERIFY(c.status == ControlStatus::Partial);
        QVERIFY(!has(c.explanation, "could not be assessed"));
    }

    void fallbackAttestation()
    {
        const std::int64_t at = kNow - 30 * kDay, expires = at + 365 * kDay;
        const std::vector<EvidenceMeasure> unseen = {notAssessed("T-FB", "sig", "no registry collected")};
        // Not assessed + valid pass attestation: attested, and it is the reason.
        const ControlAssessment a = assessOne("T-FB", unseen, {attestation("T-FB", AttestationStatus::Pass, at, expires)});
        QVERIFY(a.status == ControlStatus::Attested);
        QVERIFY(a.attestationApplied);
        QVERIFY(!a.attestationExpired);
        QCOMPARE(a.attestation->id, std::int64_t(1));
        QVERIFY2(startsWith(a.explanation, "Attested by alice on " + day(at) + " (expires " + day(expires)
                                               + "): Checked by hand. No registry collected, so not assessed."),
                 a.explanation.c_str());
        QVERIFY(!has(a.explanation, "Second line"));
        // Partial and fail attestations give partial and fail.
        const ControlAssessment p = assessOne("T-FB", unseen, {attestation("T-FB", AttestationStatus::Partial, at, expires)});
        QVERIFY(p.status == ControlStatus::Partial);
        QVERIFY2(startsWith(p.explanation, "Attested as partial by alice"), p.explanation.c_str());
        const ControlAssessment f = assessOne("T-FB", unseen, {attestation("T-FB", AttestationStatus::Fail, at, expires)});
        QVERIFY(f.status == ControlStatus::Fail);
        QVERIFY(f.attestationApplied);
        QVERIFY2(startsWith(f.explanation, "Attested as failing by alice"), f.explanation.c_str());
        // Evidence assessed: the evidence decides, the attestation is only mentioned.
        const ControlAssessment e = assessOne("T-FB", {counted("T-FB", 10, {"x:1", "y:1", "z:1"})},
                                              {attestation("T-FB", AttestationStatus::Pass, at, expires)});
        QVERIFY(e.status == ControlStatus::Fail);
        QVERIFY(!e.attestationApplied);
        QVERIFY2(has(e.explanation, "An attestation by alice on " + day(at) + " (expires " + day(expires)
                                        + ") is on file; the evidence decides."),
                 e.explanation.c_str());
    }

    void expiredAndWithdrawn()
    {
        const std::int64_t at = kNow - 400 * kDay, expired = at + 365 * kDay;
        const std::vector<EvidenceMeasure> unseen = {notAssessed("T-FB", "sig", "no registry collected")};
        const ControlAssessment a = assessOne("T-FB", unseen, {attestation("T-FB", AttestationStatus::Pass, at, expired)});
        QVERIFY(a.status == ControlStatus::NotAssessed);
        QVERIFY(a.attestationExpired);
        QVERIFY(!a.attestationApplied);
        QVERIFY(a.attestation); // still shown
        QVERIFY2(has(a.explanation, "Attestation by alice expired on " + day(expired) + "; not assessed."),
                 a.explanation.c_str());
        // Expiry is exclusive: at the second it expires it no longer counts; a second before, it does.
        QVERIFY(find(assessControls(catalog(), unseen, {attestation("T-FB", AttestationStatus::Pass, at, kNow)}, kNow), "T-FB")
                    .status
                == ControlStatus::NotAssessed);
        QVERIFY(find(assessControls(catalog(), unseen, {attestation("T-FB", AttestationStatus::Pass, at, kNow + 1)}, kNow),
                     "T-FB")
                    .status
                == ControlStatus::Attested);
        // The newest attestation counts: a withdrawal ends the earlier valid one.
        const std::int64_t withdrawnAt = kNow - 2 * kDay;
        const ControlAssessment w = assessOne(
            "T-FB", unseen,
            {attestation("T-FB", AttestationStatus::Pass, kNow - 10 * kDay, kNow + 300 * kDay, 1),
             attestation("T-FB", AttestationStatus::Withdrawn, withdrawnAt, withdrawnAt + 365 * kDay, 2)});
        QVERIFY(w.status == ControlStatus::NotAssessed);
        QCOMPARE(w.attestation->id, std::int64_t(2));
        QVERIFY(!w.attestationExpired);
        QVERIFY2(has(w.explanation, "Attestation withdrawn by alice on " + day(withdrawnAt) + "; not assessed."),
                 w.explanation.c_str());
        // An expired attestation next to failing evidence: the evidence decides and says so.
        const ControlAssessment e = assessOne("T-FB", {counted("T-FB", 4, {"a:1", "b:1"})},
                                              {attestation("T-FB", AttestationStatus::Pass, at, expired)});
        QVERIFY(e.status == ControlStatus::Fail);
        QVERIFY2(has(e.explanation, "expired on " + day(expired) + "; the evidence decides."), e.explanation.c_str());
        // Dated in the future: not yet in force.
        const ControlAssessment f = assessOne("T-FB", unseen,
                                              {attestation("T-FB", AttestationStatus::Pass, kNow + kDay, kNow + 9 * kDay)});
        QVERIFY(f.status == ControlStatus::NotAssessed);
        QVERIFY2(has(f.explanation, "is not in force yet"), f.explanation.c_str());
    }

    void alternativeAttestation()
    {
        const std::int64_t at = kNow - kDay, expires = kNow + 300 * kDay;
        EvidenceMeasure agents = counted("T-ALT", 3, {"prod", "stage", "dev"});
        agents.id = "runtime-agent";
        agents.noun = "clusters";
        agents.failingAs = "without a runtime agent";
        // Evidence fails, a valid attestation suffices.
        const ControlAssessment a = assessOne("T-ALT", {agents}, {attestation("T-ALT", AttestationStatus::Pass, at, expires)});
        QVERIFY(a.status == ControlStatus::Attested);
        QVERIFY(a.attestationApplied);
        QVERIFY2(startsWith(a.explanation, "Attested by alice on " + day(at)), a.explanation.c_str());
        QVERIFY2(has(a.explanation, "3 of 3 clusters without a runtime agent: prod, stage, dev."), a.explanation.c_str());
        // No attestation: the evidence fails, and the hint says what would settle it.
        const ControlAssessment n = assessOne("T-ALT", {agents});
        QVERIFY(n.status == ControlStatus::Fail);
        QVERIFY2(has(n.explanation, "an attestation can show it: a runtime agent watches every node."), n.explanation.c_str());
        // Evidence passes: it stays pass (the better of the two), the attestation is not needed.
        const ControlAssessment p = assessOne("T-ALT", {counted("T-ALT", 3, {})},
                                              {attestation("T-ALT", AttestationStatus::Fail, at, expires)});
        QVERIFY(p.status == ControlStatus::Pass);
        QVERIFY(!p.attestationApplied);
        // Partial attestation against failing evidence: partial.
        const ControlAssessment q = assessOne("T-ALT", {agents}, {attestation("T-ALT", AttestationStatus::Partial, at, expires)});
        QVERIFY(q.status == ControlStatus::Partial);
        QVERIFY(q.attestationApplied);
        // Nothing assessed and a failing attestation: fail.
        const ControlAssessment f = assessOne("T-ALT", {notAssessed("T-ALT", "agent", "no cluster collected")},
                                              {attestation("T-ALT", AttestationStatus::Fail, at, expires)});
        QVERIFY(f.status == ControlStatus::Fail);
        QVERIFY(f.attestationApplied);
        // Expired: back to the evidence.
        const ControlAssessment x = assessOne("T-ALT", {agents},
                                              {attestation("T-ALT", AttestationStatus::Pass, kNow - 400 * kDay, kNow - kDay)});
        QVERIFY(x.status == ControlStatus::Fail);
        QVERIFY(x.attestationExpired);
        QVERIFY(!x.attestationApplied);
    }

    void requiredAttestation()
    {
        const std::int64_t at = kNow - kDay, expires = kNow + 300 * kDay;
        const EvidenceMeasure readers = counted("T-REQ", 12, {});
        // Evidence passes, no attestation: the attestation measure is not assessed -> partial.
        const ControlAssessment n = assessOne("T-REQ", {readers});
        QVERIFY(n.status == ControlStatus::Partial);
        QVERIFY(!n.attestationApplied);
        QCOMPARE(n.measures.back().notAssessedReason, std::string("no attestation recorded"));
        QVERIFY2(startsWith(n.explanation, "Everything checked passes, but 1 of 2 measures could not be assessed. "
                                           "Attestation that etcd is encrypted at rest: no attestation recorded, so "
                                           "not assessed."),
                 n.explanation.c_str());
        // Both hold: pass, the attestation contributed.
        const ControlAssessment p = assessOne("T-REQ", {readers}, {attestation("T-REQ", AttestationStatus::Pass, at, expires)});
        QVERIFY(p.status == ControlStatus::Pass);
        QVERIFY(p.attestationApplied);
        QVERIFY(measureStatus(p.measures.back()) == ControlStatus::Pass);
        QVERIFY2(has(p.explanation, "Attested by alice on " + day(at)), p.explanation.c_str());
        // The attestation is all there is: attested.
        const ControlAssessment o = assessOne("T-REQ", {}, {attestation("T-REQ", AttestationStatus::Pass, at, expires)});
        QVERIFY(o.status == ControlStatus::Attested);
        // Attestation partial / fail: the control's worst measure.
        const ControlAssessment q = assessOne("T-REQ", {readers}, {attestation("T-REQ", AttestationStatus::Partial, at, expires)});
        QVERIFY(q.status == ControlStatus::Partial);
        QVERIFY(measureStatus(q.measures.back()) == ControlStatus::Partial);
        const ControlAssessment f = assessOne("T-REQ", {readers}, {attestation("T-REQ", AttestationStatus::Fail, at, expires)});
        QVERIFY(f.status == ControlStatus::Fail);
        QVERIFY2(startsWith(f.explanation, "Attested as failing by alice"), f.explanation.c_str());
        // Failing evidence is not rescued by the attestation.
        const ControlAssessment e = assessOne("T-REQ", {counted("T-REQ", 12, {"a", "b", "c", "d", "e", "f"})},
                                              {attestation("T-REQ", AttestationStatus::Pass, at, expires)});
        QVERIFY(e.status == ControlStatus::Fail);
        // Expired: that measure is not assessed and names the expiry.
        const std::int64_t old = kNow - 400 * kDay;
        const ControlAssessment x = assessOne("T-REQ", {readers},
                                              {attestation("T-REQ", AttestationStatus::Pass, old, old + 365 * kDay)});
        QVERIFY(x.status == ControlStatus::Partial);
        QVERIFY(x.attestationExpired);
        QVERIFY(!x.attestationApplied);
        QVERIFY2(has(x.explanation, "attestation by alice expired on " + day(old + 365 * kDay) + ", so not assessed."),
                 x.explanation.c_str());
        // Nothing at all: not assessed.
        QVERIFY(assessOne("T-REQ", {}).status == ControlStatus::NotAssessed);
    }

    void builtinCatalogWithoutEvidence()
    {
        // An empty store: every control of the real catalog is not assessed, each with a reason.
        const ControlCatalog &builtin = ControlCatalog::builtin();
        const auto all = assessControls(builtin, {}, {}, kNow);
        QCOMPARE(all.size(), builtin.controls().size());
        for (const ControlAssessment &a : all) {
            QVERIFY2(a.status == ControlStatus::NotAssessed, a.control.c_str());
            QVERIFY2(has(a.explanation, "not assessed"), a.control.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestControlAssessment)
#include "tst_controlassessment.moc"
