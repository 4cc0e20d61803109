#include "tokenresponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace bulkhead {

TokenResponse TokenResponse::parse(std::string_view body)
{
    TokenResponse out;
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(body.data(), qsizetype(body.size())), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        // The body is not quoted: it might hold a token after all.
        out.error = "the token response is not a JSON object";
        return out;
    }
    const QJsonObject o = doc.object();
    // "token" is the Docker name, "access_token" the OAuth 2 one; servers send either or both.
    QString token = o.value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        token = o.value(QStringLiteral("access_token")).toString();
    if (token.isEmpty()) {
        out.error = "the token response holds no \"token\" or \"access_token\"";
        return out;
    }
    out.token = token.toStdString();
    const QJsonValue expires = o.value(QStringLiteral("expires_in"));
    // At most a day: registries hand out minutes. A larger value (1e300 from a hostile server) made
    // the conversion to an integer, and the token cache's nanoseconds, overflow
    // (tests/fuzz/regressions/registry_json).
    constexpr double kMaxExpiresIn = 24 * 60 * 60;
    if (expires.isDouble() && expires.toDouble() > 0)
        out.expiresIn = std::chrono::seconds(static_cast<long long>(std::min(expires.toDouble(), kMaxExpiresIn)));
    // issued_at is the token server's clock; the cache counts the lifetime from when the answer
    // arrived here instead, so a skewed server clock cannot make every token look expired.
    const QDateTime issued = QDateTime::fromString(o.value(QStringLiteral("issued_at")).toString(), Qt::ISODateWithMs);
    if (issued.isValid())
        out.issuedAt = issued.toSecsSinceEpoch();
    return out;
}

} // namespace bulkhead
