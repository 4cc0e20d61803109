// The review vocabulary and the pieces change detection rests on: decision and state names, the
// binding fingerprint (independent of subject order, sensitive to everything a reviewer vouches
// for), the diff of subjects and roleRef since a review, the stored subjects JSON, and the review
// intervals in the settings.
#include "rbac/bindingreview.h"
#include "rbac/reviewpolicysettings.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

#include <set>

using namespace bulkhead;

namespace {

RbacSubject user(const std::string &name)
{
    return {SubjectKind::User, name, ""};
}
RbacSubject group(const std::string &name)
{
    return {SubjectKind::Group, name, ""};
}
RbacSubject sa(const std::string &ns, const std::string &name)
{
    return {SubjectKind::ServiceAccount, name, ns};
}

} // namespace

class TestBindingReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("bulkhead-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_bindingreview"));
        QSettings().clear();
    }

    void decisionNamesRoundTrip()
    {
        const std::vector<std::pair<ReviewDecision, std::string>> all{{ReviewDecision::Keep, "keep"},
                                                                      {ReviewDecision::Reduce, "reduce"},
                                                                      {ReviewDecision::Remove, "remove"},
                                                                      {ReviewDecision::Escalate, "escalate"}};
        for (const auto &[decision, name] : all) {
            QCOMPARE(std::string(reviewDecisionName(decision)), name);
            ReviewDecision parsed = ReviewDecision::Escalate;
            QVERIFY(parseReviewDecision(name, parsed));
            QCOMPARE(parsed, decision);
        }
        ReviewDecision untouched = ReviewDecision::Reduce;
        for (std::string_view bad : {"", "Keep", "KEEP", "approve", "keep "})
            QVERIFY2(!parseReviewDecision(bad, untouched), std::string(bad).c_str());
        QCOMPARE(untouched, ReviewDecision::Reduce);
    }

    void stateNames()
    {
        QCOMPARE(std::string(reviewStateName(ReviewState::NeverReviewed)), std::string("never reviewed"));
        QCOMPARE(std::string(reviewStateName(ReviewState::Current)), std::string("current"));
        QCOMPARE(std::string(reviewStateName(ReviewState::Due)), std::string("due"));
        QCOMPARE(std::string(reviewStateName(ReviewState::Changed)), std::string("changed"));
    }

    void fingerprintIgnoresOrderAndDuplicates()
    {
        const RoleRef view{"ClusterRole", "view"};
        const std::string a = bindingFingerprint(view, {user("alice"), group("dev"), sa("shop", "web")});
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(a.find_first_not_of("0123456789abcdef") == std::string::npos);
        QCOMPARE(bindingFingerprint(view, {sa("shop", "web"), user("alice"), group("dev")}), a);
        QCOMPARE(bindingFingerprint(view, {group("dev"), sa("shop", "web"), user("alice"), group("dev")}), a);
    }

    void fingerprintSeesEveryField()
    {
        const RoleRef view{"ClusterRole", "view"};
        const std::vector<RbacSubject> base{user("alice"), sa("shop", "web")};
        std::set<std::string> seen{bindingFingerprint(view, base)};
        // Each variant changes one thing a reviewer vouched for; all must differ from each other.
        const std::vector<std::pair<RoleRef, std::vector<RbacSubject>>> variants{
            {{"Role", "view"}, base},
            {{"ClusterRole", "edit"}, base},
            {view, {group("alice"), sa("shop", "web")}},
            {view, {user("alicia"), sa("shop", "web")}},
            {view, {user("alice"), sa("shop2", "web")}},
            {view, {user("alice"), sa("shop", "web"), user("bob")}},
            {view, {user("alice")}},
            {view, {}},
            // Field boundaries: the same characters split differently.
            {{"ClusterRol", "eview"}, base},
            {view, {user("alice"), sa("sho", "pweb")}},
        };
        for (const auto &[role, subjects] : variants)
            QVERIFY2(seen.insert(bindingFingerprint(role, subjects)).second, (role.kind + "/" + role.name).c_str());
        QCOMPARE(seen.size(), variants.size() + 1);
    }

    void diffNamesAddedRemovedAndRole()
    {
        const RoleRef view{"ClusterRole", "view"}, edit{"ClusterRole", "edit"};
        const BindingDiff same = diffBinding(view, {user("a"), group("g")}, "u1", view, {group("g"), user("a")}, "u1");
        QVERIFY(same.empty());
        QCOMPARE(describeDiff(same), std::string("unchanged"));

        const BindingDiff d = diffBinding(view, {user("alice"), group("dev"), user("carol")}, "u1", edit,
                                          {user("carol"), user("bob"), sa("ci", "deployer")}, "u1");
        QVERIFY(!d.empty());
        QCOMPARE(d.added, (std::vector<RbacSubject>{user("bob"), sa("ci", "deployer")}));
        QCOMPARE(d.removed, (std::vector<RbacSubject>{user("alice"), group("dev")}));
        QVERIFY(d.roleBefore && d.roleAfter);
        QCOMPARE(*d.roleBefore, view);
        QCOMPARE(*d.roleAfter, edit);
        QVERIFY(!d.recreated);
        QCOMPARE(describeDiff(d), std::string("+ User/bob; + ServiceAccount/ci/deployer; - User/alice; - Group/dev; "
                                              "roleRef ClusterRole/view -> ClusterRole/edit"));
    }

    void diffSeesRecreationByUid()
    {
        const RoleRef view{"ClusterRole", "view"};
        const BindingDiff d = diffBinding(view, {user("a")}, "old-uid", view, {user("a")}, "new-uid");
        QVERIFY(d.recreated);
        QVERIFY(!d.empty());
        QVERIFY(d.added.empty() && d.removed.empty() && !d.roleBefore);
        QCOMPARE(describeDiff(d), std::string("re-created"));
        // A uid unknown on either side is no evidence of re-creation.
        QVERIFY(!diffBinding(view, {user("a")}, "", view, {user("a")}, "new-uid").recreated);
        QVERIFY(!diffBinding(view, {user("a")}, "old-uid", view, {user("a")}, "").recreated);
    }

    void subjectsJsonRoundTrip()
    {
        const std::vector<RbacSubject> subjects{user("alice"), group("system:masters"), sa("kube-system", "default"),
                                                user("名前 \"quoted\"")};
        const std::string json = subjectsToJson(subjects);
        QCOMPARE(subjectsFromJson(json), subjects);
        QCOMPARE(subjectsToJson({}), std::string("[]"));
        QVERIFY(subjectsFromJson("[]").empty());
        // Order as written is kept (the binding's own order is what the user sees).
        const std::vector<RbacSubject> reversed(subjects.rbegin(), subjects.rend());
        QCOMPARE(subjectsFromJson(subjectsToJson(reversed)), reversed);
    }

    void subjectsJsonSkipsBadItems()
    {
        const std::string json = R"([{"kind":"User","name":"ok"},{"kind":"Robot","name":"r"},{"kind":"User"},)"
                                 R"({"kind":"Group","name":""},42,"User/x",{"kind":"ServiceAccount","name":"s",)"
                                 R"("namespace":"ns"},{"kind":"Group","name":7},{"kind":"Group","name":"g","namespace":1}])";
        QCOMPARE(subjectsFromJson(json), (std::vector<RbacSubject>{user("ok"), sa("ns", "s"), group("g")}));
        QVERIFY(subjectsFromJson("not json").empty());
        QVERIFY(subjectsFromJson(R"({"kind":"User","name":"x"})").empty());
        QVERIFY(subjectsFromJson("").empty());
    }

    void policyDefaultsAndSettings()
    {
        QSettings().clear();
        ReviewPolicy p = loadReviewPolicy();
        QCOMPARE(p.intervalDays, 90);
        QCOMPARE(p.highRiskIntervalDays, 30);
        QCOMPARE(p.now, std::int64_t(0));

        ReviewPolicy saved;
        saved.intervalDays = 180;
        saved.highRiskIntervalDays = 14;
        saved.now = 12345;
        saveReviewPolicy(saved);
        QCOMPARE(QSettings().value(QStringLiteral("rbac/reviewIntervalDays")).toInt(), 180);
        QCOMPARE(QSettings().value(QStringLiteral("rbac/highRiskReviewIntervalDays")).toInt(), 14);
        p = loadReviewPolicy();
        QCOMPARE(p.intervalDays, 180);
        QCOMPARE(p.highRiskIntervalDays, 14);
        QCOMPARE(p.now, std::int64_t(0));

        // Values below 1, or not numbers, read as the defaults.
        QSettings().setValue(QStringLiteral("rbac/reviewIntervalDays"), 0);
        QSettings().setValue(QStringLiteral("rbac/highRiskReviewIntervalDays"), QStringLiteral("soon"));
        p = loadReviewPolicy();
        QCOMPARE(p.intervalDays, 90);
        QCOMPARE(p.highRiskIntervalDays, 30);
        QSettings().setValue(QStringLiteral("rbac/highRiskReviewIntervalDays"), -5);
        QCOMPARE(loadReviewPolicy().highRiskIntervalDays, 30);
        QSettings().clear();
    }
};

QTEST_GUILESS_MAIN(TestBindingReview)
#include "tst_bindingreview.moc"
