// RealmPolicy: which Bearer token realms may be contacted (and sent credentials) for a registry.

#include "registry/realmpolicy.h"

#include <QtTest>

using namespace bulkhead;

class RealmPolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registrableDomain_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("domain");
        QTest::newRow("two labels") << "example.com" << "example.com";
        QTest::newRow("subdomain") << "registry.eu.example.com" << "example.com";
        QTest::newRow("co.uk") << "registry.example.co.uk" << "example.co.uk";
        QTest::newRow("com.au") << "auth.example.com.au" << "example.com.au";
        QTest::newRow("co.jp") << "a.b.example.co.jp" << "example.co.jp";
        QTest::newRow("not an SLD under a gTLD") << "auth.co.example.com" << "example.com";
        QTest::newRow("trailing dot") << "auth.example.com." << "example.com";
        QTest::newRow("single label") << "localhost" << "localhost";
        QTest::newRow("IPv4") << "10.1.2.3" << "10.1.2.3";
        QTest::newRow("IPv6") << "[::1]" << "[::1]";
    }
    void registrableDomain()
    {
        QFETCH(QString, host);
        QFETCH(QString, domain);
        QCOMPARE(QString::fromStdString(RealmPolicy::registrableDomain(host.toStdString())), domain);
    }

    void decisions_data()
    {
        QTest::addColumn<QString>("realm");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<QString>("refusalPart"); // empty: allowed
        QTest::newRow("same host") << "https://reg.example.com/token" << "https://reg.example.com" << false << "";
        QTest::newRow("same host other port") << "https://127.0.0.1:5001/token" << "https://127.0.0.1:5000" << false << "";
        QTest::newRow("same registrable domain") << "https://auth.example.com/token" << "https://registry.example.com" << false << "";
        QTest::newRow("co.uk sibling") << "https://auth.example.co.uk/t" << "https://reg.example.co.uk" << false << "";
        QTest::newRow("other domain") << "https://evil.example.net/token" << "https://registry.example.com" << false
                                      << "token realm host evil.example.net refused: it is neither the registry's host registry.example.com nor on its registrable domain example.com";
        QTest::newRow("another company under co.uk") << "https://auth.other.co.uk/t" << "https://reg.example.co.uk" << false << "auth.other.co.uk";
        QTest::newRow("localhost is not 127.0.0.1") << "https://localhost:5001/token" << "https://127.0.0.1:5000" << false << "localhost";
        QTest::newRow("other IP") << "https://10.0.0.2/token" << "https://10.0.0.1" << false << "10.0.0.2";
        QTest::newRow("suffix is not a domain match") << "https://notexample.com/t" << "https://reg.example.com" << false << "notexample.com";
        QTest::newRow("http, secure source") << "http://reg.example.com/token" << "https://reg.example.com" << false
                                             << "the realm uses plain http and the source is not marked insecure";
        QTest::newRow("http, insecure, remote") << "http://reg.example.com/token" << "http://reg.example.com" << true
                                                << "only allowed on this machine";
        QTest::newRow("http, insecure, 127.0.0.1") << "http://127.0.0.1:5001/token" << "http://127.0.0.1:5000" << true << "";
        QTest::newRow("http, insecure, localhost") << "http://localhost:5001/token" << "http://localhost:5000" << true << "";
        QTest::newRow("http, insecure, ::1") << "http://[::1]:5001/token" << "http://[::1]:5000" << true << "";
        QTest::newRow("ftp") << "ftp://reg.example.com/token" << "https://reg.example.com" << false << "unsupported scheme";
        QTest::newRow("not a URL") << "token" << "https://reg.example.com" << false << "not a valid absolute URL";
    }
    void decisions()
    {
        QFETCH(QString, realm);
        QFETCH(QString, registry);
        QFETCH(bool, insecure);
        QFETCH(QString, refusalPart);
        const QString got = QString::fromStdString(RealmPolicy::refusal(realm.toStdString(), registry.toStdString(), insecure));
        if (refusalPart.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(refusalPart), qPrintable(got));
    }
};

QTEST_GUILESS_MAIN(RealmPolicyTest)
#include "tst_realmpolicy.moc"
