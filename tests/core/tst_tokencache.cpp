// TokenCache (bearer tokens per scope until shortly before expiry) and TokenResponse (the
// realm's JSON answer).

#include "registry/tokencache.h"
#include "registry/tokenresponse.h"

#include <QtTest>

using namespace bulkhead;
using namespace std::chrono_literals;

class TokenCacheTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perScopeUntilExpiry()
    {
        TokenCache cache;
        const auto t0 = TokenCache::Clock::time_point{} + 1000s;
        cache.put("repository:a:pull", "ta", 300s, t0);
        cache.put("repository:b:pull", "tb", 60s, t0);
        QCOMPARE(cache.get("repository:a:pull", t0).value_or(""), std::string("ta"));
        QCOMPARE(cache.get("repository:b:pull", t0).value_or(""), std::string("tb"));
        QVERIFY(!cache.get("repository:c:pull", t0));
        // 60 s lifetime, margin a quarter (15 s): usable until 45 s.
        QVERIFY(cache.get("repository:b:pull", t0 + 44s));
        QVERIFY(!cache.get("repository:b:pull", t0 + 45s));
        // 300 s: the margin is capped at 30 s.
        QVERIFY(cache.get("repository:a:pull", t0 + 269s));
        QVERIFY(!cache.get("repository:a:pull", t0 + 270s));
        cache.remove("repository:a:pull");
        QVERIFY(!cache.get("repository:a:pull", t0));
        QCOMPARE(cache.size(), size_t(1));
    }

    void responses()
    {
        const TokenResponse docker = TokenResponse::parse(R"({"token":"abc","expires_in":120,"issued_at":"2024-05-01T10:00:00Z"})");
        QVERIFY(docker.ok());
        QCOMPARE(docker.token, std::string("abc"));
        QCOMPARE(docker.expiresIn, 120s);
        QCOMPARE(docker.issuedAt, std::time_t(1714557600));
        const TokenResponse oauth = TokenResponse::parse(R"({"access_token":"xyz"})");
        QVERIFY(oauth.ok());
        QCOMPARE(oauth.token, std::string("xyz"));
        QCOMPARE(oauth.expiresIn, 60s); // the spec's default
        QCOMPARE(oauth.issuedAt, std::time_t(0));
        // A lifetime past a day is cut to a day: 1e300 overflowed the conversion.
        QCOMPARE(TokenResponse::parse(R"({"token":"a","expires_in":1e300})").expiresIn, 86400s);
        QCOMPARE(TokenResponse::parse(R"({"token":"a","expires_in":90000})").expiresIn, 86400s);
        QCOMPARE(TokenResponse::parse(R"({"token":"a","expires_in":3600})").expiresIn, 3600s);

        const TokenResponse empty = TokenResponse::parse(R"({"expires_in":60})");
        QVERIFY(!empty.ok());
        QVERIFY2(QString::fromStdString(empty.error).contains("no \"token\""), empty.error.c_str());
        const TokenResponse html = TokenResponse::parse("<html>secret-looking-body</html>");
        QVERIFY(!html.ok());
        QVERIFY(html.error.find("secret-looking-body") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TokenCacheTest)
#include "tst_tokencache.moc"
