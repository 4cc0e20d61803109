// AppSettings: every typed key round-trips, defaults hold on an empty settings file, the SLA
// days are clamped to what the store accepts, and the review intervals use core's keys.
#include "settings/appsettings.h"
#include "uitestsupport.h"

using bulkhead::Severity;
using bulkhead::SlaPolicy;
using bulkhead::ui::AppSettings;

class TestAppSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bulkhead::test::isolateSettings(m_dir, "tst_appsettings");
    }

    void init() { QSettings().clear(); }

    void defaults()
    {
        const SlaPolicy sla = AppSettings::slaPolicy();
        QCOMPARE(sla.daysFor(Severity::Critical), 7);
        QCOMPARE(sla.daysFor(Severity::High), 30);
        QCOMPARE(sla.daysFor(Severity::Medium), 90);
        QCOMPARE(sla.daysFor(Severity::Low), 180);
        QCOMPARE(sla.daysFor(Severity::Info), 0);
        QVERIFY(AppSettings::windowGeometry().isEmpty());
        QVERIFY(AppSettings::windowState().isEmpty());
        QVERIFY(AppSettings::headerState(QStringLiteral("findings")).isEmpty());
        QVERIFY(AppSettings::lastPage().isEmpty());
        QVERIFY(AppSettings::lastImportFolder().isEmpty());
    }

    void slaRoundTripsAndIsClamped()
    {
        SlaPolicy sla;
        sla.days[static_cast<std::size_t>(Severity::Critical)] = 3;
        sla.days[static_cast<std::size_t>(Severity::High)] = 0; // no deadline
        sla.days[static_cast<std::size_t>(Severity::Medium)] = 45;
        sla.days[static_cast<std::size_t>(Severity::Low)] = 365;
        AppSettings::setSlaPolicy(sla);
        QCOMPARE(AppSettings::slaPolicy(), sla);

        // Hand-edited settings files get sane values.
        QSettings().setValue(QStringLiteral("sla/lowDays"), 100000);
        QSettings().setValue(QStringLiteral("sla/mediumDays"), -5);
        QCOMPARE(AppSettings::slaPolicy().daysFor(Severity::Low), 3650);
        QCOMPARE(AppSettings::slaPolicy().daysFor(Severity::Medium), 0);
    }

    void layoutStatesRoundTripPerView()
    {
        AppSettings::setHeaderState(QStringLiteral("findings"), QByteArrayLiteral("header-a"));
        AppSettings::setHeaderState(QStringLiteral("findings.groups"), QByteArrayLiteral("header-b"));
        AppSettings::setSplitterState(QStringLiteral("main"), QByteArrayLiteral("split"));
        AppSettings::setWindowGeometry(QByteArrayLiteral("geometry"));
        AppSettings::setWindowState(QByteArrayLiteral("state"));
        QCOMPARE(AppSettings::headerState(QStringLiteral("findings")), QByteArrayLiteral("header-a"));
        QCOMPARE(AppSettings::headerState(QStringLiteral("findings.groups")), QByteArrayLiteral("header-b"));
        QVERIFY(AppSettings::headerState(QStringLiteral("overview")).isEmpty());
        QCOMPARE(AppSettings::splitterState(QStringLiteral("main")), QByteArrayLiteral("split"));
        QVERIFY(AppSettings::splitterState(QStringLiteral("findings")).isEmpty());
        QCOMPARE(AppSettings::windowGeometry(), QByteArrayLiteral("geometry"));
        QCOMPARE(AppSettings::windowState(), QByteArrayLiteral("state"));
    }

    void pagesAndFoldersRoundTrip()
    {
        AppSettings::setLastPage(QStringLiteral("findings"));
        AppSettings::setLastImportFolder(QStringLiteral("/srv/ci/reports"));
        QCOMPARE(AppSettings::lastPage(), QStringLiteral("findings"));
        QCOMPARE(AppSettings::lastImportFolder(), QStringLiteral("/srv/ci/reports"));
    }

    // The cluster collector reads the same key (workloads/trustedRegistries) as a string list.
    void trustedRegistriesRoundTrip()
    {
        QVERIFY(AppSettings::trustedRegistries().isEmpty()); // none: the check is not applicable
        AppSettings::setTrustedRegistries({QStringLiteral(" registry.example.com "), QString(),
                                           QStringLiteral("ghcr.io/team"), QStringLiteral("registry.example.com")});
        QCOMPARE(AppSettings::trustedRegistries(),
                 (QStringList{QStringLiteral("registry.example.com"), QStringLiteral("ghcr.io/team")}));
        QCOMPARE(QSettings().value(QStringLiteral("workloads/trustedRegistries")).toStringList(),
                 AppSettings::trustedRegistries());
        AppSettings::setTrustedRegistries({QStringLiteral("only.example")});
        QCOMPARE(AppSettings::trustedRegistries(), QStringList{QStringLiteral("only.example")});
    }

    // bulkheadctl reads the same keys through loadReviewPolicy(): the dialog's values reach it.
    void reviewPolicyRoundTrips()
    {
        const bulkhead::ReviewPolicy defaults = AppSettings::reviewPolicy();
        QCOMPARE(defaults.intervalDays, 90);
        QCOMPARE(defaults.highRiskIntervalDays, 30);
        QCOMPARE(defaults.now, std::int64_t(0));

        bulkhead::ReviewPolicy policy;
        policy.intervalDays = 180;
        policy.highRiskIntervalDays = 14;
        AppSettings::setReviewPolicy(policy);
        QCOMPARE(QSettings().value(QStringLiteral("rbac/reviewIntervalDays")).toInt(), 180);
        QCOMPARE(QSettings().value(QStringLiteral("rbac/highRiskReviewIntervalDays")).toInt(), 14);
        QCOMPARE(AppSettings::reviewPolicy().intervalDays, 180);
        QCOMPARE(AppSettings::reviewPolicy().highRiskIntervalDays, 14);

        // A hand-edited 0 or negative interval would make every binding due at once: the default.
        QSettings().setValue(QStringLiteral("rbac/reviewIntervalDays"), 0);
        QSettings().setValue(QStringLiteral("rbac/highRiskReviewIntervalDays"), -3);
        QCOMPARE(AppSettings::reviewPolicy().intervalDays, 90);
        QCOMPARE(AppSettings::reviewPolicy().highRiskIntervalDays, 30);
    }

    // bulkheadctl and the collectors read the same group ("secrets") through loadSecretPolicy():
    // the Settings' Secrets tab reaches them.
    void secretPolicyRoundTrips()
    {
        QCOMPARE(AppSettings::secretPolicy(), bulkhead::SecretPolicy{});
        bulkhead::SecretPolicy policy;
        policy.defaultDays = 45;
        policy.serviceAccountTokenDays = 1;
        policy.rotationAnnotations = {"example.com/rotated-at"};
        bulkhead::SecretPolicyRule rule;
        rule.name = "prod tls";
        rule.store = "kubernetes";
        rule.location = "prod-*";
        rule.type = "kubernetes.io/tls";
        rule.days = 60;
        policy.rules = {rule};
        AppSettings::setSecretPolicy(policy);
        QCOMPARE(AppSettings::secretPolicy(), policy);
        QCOMPARE(bulkhead::loadSecretPolicy(), policy);
        QCOMPARE(QSettings().value(QStringLiteral("secrets/defaultDays")).toInt(), 45);
        QVERIFY(QSettings().value(QStringLiteral("secrets/rules")).toString().contains(QStringLiteral("prod tls")));
        // No annotation trusted is a choice of its own, kept as such.
        policy.rotationAnnotations.clear();
        AppSettings::setSecretPolicy(policy);
        QVERIFY(AppSettings::secretPolicy().rotationAnnotations.empty());

        QVERIFY(AppSettings::lastInventoryFolder().isEmpty());
        AppSettings::setLastInventoryFolder(QStringLiteral("/srv/inventories"));
        QCOMPARE(AppSettings::lastInventoryFolder(), QStringLiteral("/srv/inventories"));
        QVERIFY(AppSettings::lastImportFolder().isEmpty()); // a folder of its own
    }

    void storedInTheIsolatedFile()
    {
        // The test's writes went to its own folder, not the user's configuration.
        AppSettings::setLastPage(QStringLiteral("reports"));
        QSettings s;
        s.sync();
        QVERIFY2(s.fileName().startsWith(m_dir.path()), qPrintable(s.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
