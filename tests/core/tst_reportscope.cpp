// ReportScope: the title page's scope line and the CLI's `--scope KEY=V1,V2` parsing, with the
// errors naming the bad value.
#include "report/reportscope.h"
#include "testsupport.h"

using namespace bulkhead;

class TestReportScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe()
    {
        ReportScope scope;
        QVERIFY(scope.empty());
        QCOMPARE(scope.describe(), std::string("Whole store"));
        scope.namespaces = {"shop", "payments"};
        scope.clusters = {"prod"};
        QVERIFY(!scope.empty());
        // Fields in a fixed order (sources, clusters, namespaces, registries), names as given.
        QCOMPARE(scope.describe(), std::string("clusters prod; namespaces shop, payments"));
        scope.sources = {"trivy"};
        scope.registries = {"ghcr.io"};
        QCOMPARE(scope.describe(), std::string("sources trivy; clusters prod; namespaces shop, payments; registries ghcr.io"));
    }

    void arguments()
    {
        ReportScope scope;
        QCOMPARE(addScopeArgument(scope, "cluster=prod"), std::string());
        QCOMPARE(addScopeArgument(scope, "namespace=shop,payments"), std::string());
        QCOMPARE(addScopeArgument(scope, "namespace=web"), std::string()); // options add up
        QCOMPARE(addScopeArgument(scope, "registry=127.0.0.1:5000"), std::string());
        QCOMPARE(addScopeArgument(scope, "source=trivy,,grype,"), std::string()); // empty names dropped
        QCOMPARE(scope.clusters, std::vector<std::string>{"prod"});
        QCOMPARE(scope.namespaces, (std::vector<std::string>{"shop", "payments", "web"}));
        QCOMPARE(scope.registries, std::vector<std::string>{"127.0.0.1:5000"});
        QCOMPARE(scope.sources, (std::vector<std::string>{"trivy", "grype"}));
    }

    void badArguments_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("named");
        QTest::newRow("no equals") << "prod" << "\"prod\"";
        QTest::newRow("nothing after") << "cluster=" << "\"cluster=\"";
        QTest::newRow("only commas") << "namespace=,," << "\"namespace=,,\"";
        QTest::newRow("unknown key") << "team=a" << "\"team\"";
    }

    void badArguments()
    {
        QFETCH(QString, argument);
        QFETCH(QString, named);
        ReportScope scope;
        const std::string error = addScopeArgument(scope, argument.toStdString());
        QVERIFY(!error.empty());
        QVERIFY2(error.find(named.toStdString()) != std::string::npos, error.c_str());
        QVERIFY(scope.empty()); // nothing half-added
    }
};

QTEST_GUILESS_MAIN(TestReportScope)
#include "tst_reportscope.moc"
