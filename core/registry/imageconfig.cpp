#include "registry/imageconfig.h"

#include "registry/jsonbody.h"
#include "util/timestamps.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cctype>

namespace bulkhead {

namespace {

std::string upper(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// Name parts that mark a secret anywhere in the name ("DB_PASSWORD", "GITHUBTOKEN").
constexpr std::array<std::string_view, 9> kSecretParts{"PASSWORD", "PASSWD",     "SECRET",      "TOKEN",
                                                       "API_KEY",  "APIKEY",     "PRIVATE_KEY", "ACCESS_KEY",
                                                       "CREDENTIALS"};

// "PASS" only as a whole word: as a substring it matches BYPASS, PASSENGER, PASSTHROUGH.
bool hasPassWord(std::string_view name)
{
    for (std::size_t at = name.find("PASS"); at != std::string_view::npos; at = name.find("PASS", at + 1)) {
        const bool startOk = at == 0 || name[at - 1] == '_';
        const bool endOk = at + 4 == name.size() || name[at + 4] == '_';
        if (startOk && endOk)
            return true;
    }
    return false;
}

// Values that switch a feature rather than hold a secret (ENABLE_TOKEN_AUTH=true).
bool isFlag(std::string_view value)
{
    const std::string v = upper(value);
    return v == "TRUE" || v == "FALSE" || v == "YES" || v == "NO" || v == "ON" || v == "OFF" || v == "0"
        || v == "1";
}

std::int64_t timestampOrZero(const QJsonObject &o)
{
    // Cosign and reproducible builds write the zero time (0001-01-01, 1970-01-01): unknown.
    const std::int64_t t = parseTimestamp(jsonString(o, "created"));
    return t > 0 ? t : 0;
}

} // namespace

bool envLooksSecret(std::string_view name, std::string_view value)
{
    if (value.empty() || value.front() == '$' || isFlag(value))
        return false;
    const std::string n = upper(name);
    if (n.ends_with("_FILE") || n.ends_with("_PATH") || n.ends_with("_DIR"))
        return false;
    if (hasPassWord(n))
        return true;
    return std::any_of(kSecretParts.begin(), kSecretParts.end(),
                       [&](std::string_view part) { return n.find(part) != std::string::npos; });
}

bool ImageConfigInfo::runsAsRoot() const
{
    const std::string_view u = user;
    const std::string_view who = u.substr(0, u.find(':'));
    if (who.empty() || who == "root")
        return true;
    // "0", "00": a numeric uid of zero.
    return allDigits(who) && who.find_first_not_of('0') == std::string_view::npos;
}

ImageConfigInfo parseImageConfig(std::string_view body)
{
    ImageConfigInfo info;
    const std::optional<QJsonObject> doc = parseJsonBody(body, "image config", &info.error);
    if (!doc)
        return info;
    const QJsonObject &o = *doc;
    info.created = timestampOrZero(o);
    info.os = jsonString(o, "os");
    info.architecture = jsonString(o, "architecture");
    info.variant = jsonString(o, "variant");

    const QJsonObject config = o.value(QLatin1String("config")).toObject();
    info.user = jsonString(config, "User");
    for (const QJsonValue &e : config.value(QLatin1String("Env")).toArray()) {
        const QString entry = e.toString();
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        // The value stays in this scope: only the name and the verdict leave it.
        const std::string name = (eq < 0 ? entry : entry.left(eq)).toStdString();
        if (name.empty())
            continue;
        if (eq >= 0 && envLooksSecret(name, entry.mid(eq + 1).toStdString()))
            info.secretLookingEnv.push_back(name);
        info.envNames.push_back(name);
    }
    const QJsonObject labels = config.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        info.labels.emplace_back(it.key().toStdString(), it.value().toString().toStdString());

    for (const QJsonValue &h : o.value(QLatin1String("history")).toArray()) {
        const QJsonObject e = h.toObject();
        info.history.push_back(ImageHistoryEntry{timestampOrZero(e), jsonString(e, "created_by"),
                                                 jsonString(e, "comment"),
                                                 e.value(QLatin1String("empty_layer")).toBool()});
    }
    const QJsonObject rootfs = o.value(QLatin1String("rootfs")).toObject();
    info.diffIdCount = int(rootfs.value(QLatin1String("diff_ids")).toArray().size());
    return info;
}

} // namespace bulkhead
