// The Secrets table's model over a store written with SecretRepository as the collectors and the
// inventory import write it (tests/ui/secretstestsupport.h: a cluster, a Vault mount and an
// inventory, evaluated by the test's own policy). Counts under every filter are computed from that
// input; the model pages off the GUI thread; the age column's state, days and bar length, the
// uses, how-used and due columns say what the input implies; the store orders the rows.
#include "secrets/secretagedelegate.h"
#include "secrets/secretslistmodel.h"
#include "secrets/secretstext.h"
#include "secretstestsupport.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <functional>

using namespace bulkhead;
using ui::SecretsListModel;
using ui::secretstext::AgeState;
namespace s = bulkhead::test::secrets;

namespace {

constexpr int kTimeout = 20000;

bool containsNoCase(const std::string &haystack, const std::string &needle)
{
    return QString::fromStdString(haystack).contains(QString::fromStdString(needle), Qt::CaseInsensitive);
}

} // namespace

class TestSecretsListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::vector<SecretRecord> m_all;

    static void settle(SecretsListModel &model)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.countExact(), kTimeout);
    }

    static qint64 countIf(const std::vector<SecretRecord> &all, const std::function<bool(const SecretRecord &)> &pred)
    {
        return qint64(std::count_if(all.begin(), all.end(), pred));
    }

    // The model filtered to the one secret named `name` (searched by text, then picked by name).
    static int rowNamed(SecretsListModel &model, const std::string &name)
    {
        SecretFilter f;
        f.text = name;
        model.setFilter(f);
        settle(model);
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, SecretsListModel::NameColumn).data().toString().toStdString() == name)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, "tst_secretslistmodel");
        m_path = m_dir.path() + QStringLiteral("/secrets.db");
        Database db = Database::open(m_path.toStdString());
        s::writeAll(db);
        m_all = s::allSecrets();
    }

    void pagesOffTheGuiThread()
    {
        SecretsListModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(s::kNow);
        // Only queued: nothing is known yet on this thread.
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        settle(model);
        QCOMPARE(model.totalCount(), qint64(m_all.size()));
        QVERIFY(model.totalCount() > SecretsListModel::kPageSize);
        QCOMPARE(model.rowCount(), int(m_all.size()));
        const int last = model.rowCount() - 1;
        QVERIFY(!model.index(last, 0).data(SecretsListModel::LoadedRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(model.index(last, 0).data(SecretsListModel::LoadedRole).toBool(), kTimeout);
        QVERIFY(model.index(last, 0).data(SecretsListModel::SecretIdRole).value<qint64>() > 0);
    }

    void filtersMatchTheInput()
    {
        SecretsListModel model(m_path);
        model.setNow(s::kNow);
        auto check = [&](const SecretFilter &filter, qint64 want, const char *what) {
            model.setFilter(filter);
            settle(model);
            QVERIFY2(model.totalCount() == want,
                     qPrintable(QStringLiteral("%1: %2 listed, %3 expected").arg(what).arg(model.totalCount()).arg(want)));
            QCOMPARE(model.rowCount(), int(want));
        };
        SecretFilter f;
        check(f, qint64(m_all.size()), "all");
        for (SecretStoreKind kind : {SecretStoreKind::Kubernetes, SecretStoreKind::Vault, SecretStoreKind::Inventory}) {
            f = {};
            f.store = secretStoreKindName(kind);
            check(f, countIf(m_all, [kind](const SecretRecord &r) { return r.store == kind; }), f.store.c_str());
        }
        f = {};
        f.origin = "vault-main";
        check(f, countIf(m_all, [](const SecretRecord &r) { return r.origin == "vault-main"; }), "origin");
        f = {};
        f.overdue = true;
        const qint64 overdue = countIf(m_all, s::overdue);
        QVERIFY(overdue > 10 && overdue < qint64(m_all.size()));
        check(f, overdue, "overdue");
        f.store = "kubernetes";
        check(f, countIf(m_all, [](const SecretRecord &r) { return r.store == SecretStoreKind::Kubernetes && s::overdue(r); }),
              "overdue kubernetes");
        f = {};
        f.unused = true;
        check(f, countIf(m_all, s::unused), "unused");
        f = {};
        f.viaEnv = true;
        check(f, countIf(m_all, s::viaEnv), "via env");
        f.overdue = true;
        check(f, countIf(m_all, [](const SecretRecord &r) { return s::viaEnv(r) && s::overdue(r); }), "via env, overdue");
        for (const std::string text : {"team-a", "payments", "finance", "app-12"}) {
            f = {};
            f.text = text;
            check(f, countIf(m_all, [&](const SecretRecord &r) {
                      return containsNoCase(r.name, text) || containsNoCase(r.location, text)
                          || containsNoCase(r.origin, text) || containsNoCase(r.owner, text);
                  }),
                  text.c_str());
        }
    }

    // What each column says of a secret follows from its record and the test's decision.
    void columnsSayWhatTheInputImplies()
    {
        SecretsListModel model(m_path);
        model.setNow(s::kNow);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };

        int r = rowNamed(model, "stripe-api-key");
        QVERIFY(r >= 0);
        QCOMPARE(AgeState(cell(r, SecretsListModel::AgeColumn, SecretsListModel::AgeStateRole).toInt()), AgeState::LowerBound);
        QCOMPARE(cell(r, SecretsListModel::AgeColumn).toString(), QStringLiteral("≤ 412 d"));
        QCOMPARE(cell(r, SecretsListModel::AgeColumn, SecretsListModel::AgeDaysRole).toDouble(), 412.0);
        QCOMPARE(cell(r, SecretsListModel::AgeSourceColumn).toString(), QStringLiteral("creation only"));
        QVERIFY(cell(r, SecretsListModel::AgeColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("on or after 2023-04-15")));
        QCOMPARE(cell(r, SecretsListModel::HowUsedColumn).toString(), QStringLiteral("env"));
        QCOMPARE(cell(r, SecretsListModel::UsesColumn).toString(), QStringLiteral("1"));
        QVERIFY(cell(r, SecretsListModel::DueColumn, SecretsListModel::OverdueRole).toBool());
        QCOMPARE(cell(r, SecretsListModel::DueColumn).toString(), QStringLiteral("322 d overdue"));

        r = rowNamed(model, "db-password");
        QCOMPARE(AgeState(cell(r, SecretsListModel::AgeColumn, SecretsListModel::AgeStateRole).toInt()), AgeState::Ageing);
        QCOMPARE(cell(r, SecretsListModel::AgeColumn, SecretsListModel::PolicyDaysRole).toInt(), 90);
        QCOMPARE(cell(r, SecretsListModel::UsesColumn).toString(), QStringLiteral("2"));
        QCOMPARE(cell(r, SecretsListModel::HowUsedColumn).toString(), QStringLiteral("env, volume"));
        QCOMPARE(cell(r, SecretsListModel::DueColumn).toString(), QStringLiteral("in 14 d"));

        r = rowNamed(model, "webhook-signing"); // 12 of its declared 30 days
        QCOMPARE(AgeState(cell(r, SecretsListModel::AgeColumn, SecretsListModel::AgeStateRole).toInt()), AgeState::Fresh);
        QCOMPARE(cell(r, SecretsListModel::AgeColumn, SecretsListModel::PolicyDaysRole).toInt(), 30);

        r = rowNamed(model, "grafana-admin");
        QCOMPARE(AgeState(cell(r, SecretsListModel::AgeColumn, SecretsListModel::AgeStateRole).toInt()), AgeState::Overdue);
        QCOMPARE(cell(r, SecretsListModel::DueColumn).toString(), QStringLiteral("43 d overdue"));

        r = rowNamed(model, "deployer-token-7xk2p"); // a token: 0 days, whatever its age
        QCOMPARE(cell(r, SecretsListModel::AgeColumn, SecretsListModel::PolicyDaysRole).toInt(), 0);
        QVERIFY(cell(r, SecretsListModel::DueColumn, SecretsListModel::OverdueRole).toBool());

        r = rowNamed(model, "bootstrap-token-abcdef");
        QCOMPARE(cell(r, SecretsListModel::UsesColumn).toString(), QStringLiteral("0"));
        QCOMPARE(cell(r, SecretsListModel::HowUsedColumn).toString(), QStringLiteral("—"));

        r = rowNamed(model, "team-b/api-key"); // 46 days of its declared 30
        QCOMPARE(AgeState(cell(r, SecretsListModel::AgeColumn, SecretsListModel::AgeStateRole).toInt()), AgeState::Overdue);
        QCOMPARE(cell(r, SecretsListModel::StoreColumn).toString(), QStringLiteral("Vault"));
        QCOMPARE(cell(r, SecretsListModel::LocationColumn).toString(), QStringLiteral("secret"));
        QCOMPARE(cell(r, SecretsListModel::AgeSourceColumn).toString(), QStringLiteral("version history"));
        QVERIFY(cell(r, SecretsListModel::AgeSourceColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("version 2 of 2")));
        QCOMPARE(cell(r, SecretsListModel::UsesColumn).toString(), QStringLiteral("—"));

        r = rowNamed(model, "bank-api-client-secret");
        QCOMPARE(cell(r, SecretsListModel::StoreColumn).toString(), QStringLiteral("Inventory"));
        QCOMPARE(cell(r, SecretsListModel::DueColumn).toString(), QStringLiteral("in 75 d"));
        QCOMPARE(AgeState(cell(r, SecretsListModel::AgeColumn, SecretsListModel::AgeStateRole).toInt()), AgeState::Fresh);
    }

    void theStoreOrdersTheRows()
    {
        SecretsListModel model(m_path);
        model.setNow(s::kNow);
        settle(model);
        auto firstName = [&] {
            settle(model);
            return model.index(0, SecretsListModel::NameColumn).data().toString().toStdString();
        };
        // The default: the most overdue first (the earliest due).
        QCOMPARE(model.sortKey(), SecretSort::Due);
        const auto earliestDue = std::min_element(m_all.begin(), m_all.end(), [](const SecretRecord &a, const SecretRecord &b) {
            return *s::decide(0, a).dueAt < *s::decide(0, b).dueAt;
        });
        QCOMPARE(firstName(), earliestDue->name);
        model.sort(SecretsListModel::AgeColumn, Qt::DescendingOrder);
        const auto oldest = std::min_element(m_all.begin(), m_all.end(), [](const SecretRecord &a, const SecretRecord &b) {
            return a.lastChangeAt < b.lastChangeAt;
        });
        QCOMPARE(firstName(), oldest->name);
        model.sort(SecretsListModel::NameColumn, Qt::AscendingOrder);
        const auto firstByName = std::min_element(m_all.begin(), m_all.end(),
                                                  [](const SecretRecord &a, const SecretRecord &b) { return a.name < b.name; });
        QCOMPARE(firstName(), firstByName->name);
        // Columns the store does not order by leave the order as it is.
        QVERIFY(!SecretsListModel::sortKeyForColumn(SecretsListModel::OriginColumn));
        QVERIFY(!SecretsListModel::sortKeyForColumn(SecretsListModel::HowUsedColumn));
        model.sort(SecretsListModel::OriginColumn, Qt::DescendingOrder);
        QCOMPARE(model.sortKey(), SecretSort::Name);
    }

    void ageBarLength()
    {
        using ui::SecretAgeDelegate;
        // The track holds one and a half intervals: the interval's tick sits at two thirds.
        QCOMPARE(SecretAgeDelegate::barFraction(0, 90), 0.0);
        QCOMPARE(SecretAgeDelegate::barFraction(45, 90), 45.0 / 135.0);
        QCOMPARE(SecretAgeDelegate::barFraction(90, 90), 90.0 / 135.0);
        QCOMPARE(SecretAgeDelegate::barFraction(500, 90), 1.0);
        QCOMPARE(SecretAgeDelegate::barFraction(3, 0), 1.0);
    }
};

QTEST_MAIN(TestSecretsListModel)
#include "tst_secretslistmodel.moc"
