#include "demo/demorules.h"

#include "demo/demorandom.h"

#include <array>
#include <cctype>

namespace bulkhead::demo {

namespace {

constexpr std::int64_t kDay = 86400;

// The ecosystems in the order their packages are numbered.
constexpr std::array kNumbered{Ecosystem::Os, Ecosystem::Npm, Ecosystem::Pip, Ecosystem::Maven, Ecosystem::Go};

int ecosystemOffset(Ecosystem e)
{
    int offset = 0;
    for (Ecosystem x : kNumbered) {
        if (x == e)
            return offset;
        offset += static_cast<int>(packageNames(x).size());
    }
    return offset;
}

} // namespace

Ecosystem packageEcosystem(int packageNumber)
{
    int offset = 0;
    for (Ecosystem x : kNumbered) {
        const int size = static_cast<int>(packageNames(x).size());
        if (packageNumber < offset + size)
            return x;
        offset += size;
    }
    return Ecosystem::None;
}

namespace {

std::uint64_t refHash(const VulnRuleRef &ref, std::uint64_t salt)
{
    return hash(static_cast<std::uint64_t>(ref.package), static_cast<std::uint64_t>(ref.ordinal), salt);
}

// A bijection on [0, 2^17): the flat ref number scrambled, so that ids do not count up per package.
std::uint32_t scramble(std::uint32_t x)
{
    constexpr std::uint32_t mask = (1u << 17) - 1;
    for (int round = 0; round < 3; ++round) {
        x = (x * 0x1F3D5u + 0x2B7u) & mask; // odd multiplier: invertible modulo 2^17
        x ^= x >> 9;
    }
    return x;
}

std::uint32_t flat(const VulnRuleRef &ref)
{
    return static_cast<std::uint32_t>(ref.package * kMaxVulnsPerPackage + ref.ordinal);
}

bool isGhsa(const VulnRuleRef &ref)
{
    const Ecosystem e = packageEcosystem(ref.package);
    return e != Ecosystem::Os && e != Ecosystem::Go && unit(refHash(ref, 11)) < 0.45;
}

template <typename T>
const T &pick(std::span<const T> list, std::uint64_t h)
{
    return list[below(h, static_cast<std::uint32_t>(list.size()))];
}

struct Cvss {
    double score;
    std::string_view vector;
};

constexpr std::array kCritical{Cvss{9.8, "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}, Cvss{9.1, "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N"},
                               Cvss{10.0, "AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"}, Cvss{9.0, "AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H"}};
constexpr std::array kHigh{Cvss{7.5, "AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"}, Cvss{8.8, "AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H"},
                           Cvss{7.8, "AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H"}, Cvss{8.1, "AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H"},
                           Cvss{7.1, "AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:L/A:N"}};
constexpr std::array kMedium{Cvss{5.3, "AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N"}, Cvss{6.5, "AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H"},
                             Cvss{5.5, "AV:L/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:H"}, Cvss{6.1, "AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N"},
                             Cvss{4.7, "AV:L/AC:H/PR:L/UI:N/S:U/C:N/I:N/A:H"}, Cvss{5.9, "AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H"}};
constexpr std::array kLow{Cvss{3.3, "AV:L/AC:L/PR:L/UI:N/S:U/C:L/I:N/A:N"}, Cvss{3.7, "AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N"},
                          Cvss{2.5, "AV:L/AC:H/PR:L/UI:N/S:U/C:N/I:N/A:L"}, Cvss{3.1, "AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N"}};

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// "org.apache.commons:commons-text" -> "commons-text", "golang.org/x/net" -> "net".
std::string_view shortName(std::string_view package)
{
    const auto cut = package.find_last_of(":/");
    return cut == std::string_view::npos ? package : package.substr(cut + 1);
}

} // namespace

int packageNumber(Ecosystem e, int index)
{
    return ecosystemOffset(e) + index;
}

std::string_view packageNameOf(int number)
{
    const Ecosystem e = packageEcosystem(number);
    const auto names = packageNames(e);
    const int index = number - ecosystemOffset(e);
    return index >= 0 && index < static_cast<int>(names.size()) ? names[static_cast<std::size_t>(index)]
                                                                : std::string_view();
}

std::string vulnRuleKey(const VulnRuleRef &ref)
{
    const std::uint32_t id = scramble(flat(ref));
    if (isGhsa(ref)) {
        // The first group encodes the scrambled number (20^4 > 2^17), so keys never collide.
        static constexpr std::string_view alphabet = "23456789cfghjmpqrvwx";
        std::string key = "GHSA-";
        std::uint32_t n = id;
        for (int i = 0; i < 4; ++i, n /= 20)
            key.push_back(alphabet[n % 20]);
        std::uint64_t h = refHash(ref, 12);
        for (int group = 0; group < 2; ++group) {
            key.push_back('-');
            for (int i = 0; i < 4; ++i, h /= 20)
                key.push_back(alphabet[h % 20]);
        }
        return key;
    }
    const int year = 2016 + static_cast<int>(below(refHash(ref, 13), 9));
    return "CVE-" + std::to_string(year) + "-" + std::to_string(10000 + id);
}

Severity vulnSeverity(const VulnRuleRef &ref)
{
    // Roughly the mix public scans show: few critical, most medium, some the feed cannot rate.
    const double u = unit(refHash(ref, static_cast<std::uint64_t>(Salt::Severity)));
    if (u < 0.06)
        return Severity::Critical;
    if (u < 0.31)
        return Severity::High;
    if (u < 0.73)
        return Severity::Medium;
    if (u < 0.94)
        return Severity::Low;
    return Severity::Unknown;
}

bool vulnHasFix(const VulnRuleRef &ref)
{
    return unit(refHash(ref, static_cast<std::uint64_t>(Salt::Fix))) < 0.6;
}

RuleInfo vulnRuleInfo(const VulnRuleRef &ref, std::int64_t now)
{
    RuleInfo r;
    r.kind = FindingKind::Vulnerability;
    r.key = vulnRuleKey(ref);
    r.hasMetadata = true;
    const std::string_view package = packageNameOf(ref.package);
    const std::string_view name = shortName(package);
    const std::uint64_t h = refHash(ref, static_cast<std::uint64_t>(Salt::Text));
    const std::size_t weakness = below(hash(h, 1), static_cast<std::uint32_t>(weaknessClasses().size()));
    const std::size_t impact = below(hash(h, 2), static_cast<std::uint32_t>(impacts().size()));
    const std::string function = std::string(pick(codeVerbs(), hash(h, 3))) + "_" + std::string(pick(codeNouns(), hash(h, 4)));

    r.title = std::string(name) + ": " + std::string(weaknessClasses()[weakness]) + " in " + function + "() may lead to "
        + std::string(shortImpacts()[impact]);
    r.description = "A " + std::string(weaknessClasses()[weakness]) + " flaw was found in " + std::string(package)
        + " in the " + function + "() function. When " + std::string(name) + " processes "
        + std::string(pick(attackVectors(), hash(h, 5))) + ", " + std::string(pick(attackers(), hash(h, 6)))
        + " can " + std::string(impacts()[impact]) + ". " + std::string(pick(closingRemarks(), hash(h, 7)));
    if (unit(hash(h, 8)) < 0.5)
        r.description += " " + std::string(pick(closingRemarks(), hash(h, 9)));
    r.cwe = std::string(weaknessCwes()[weakness]);

    r.references = r.key.starts_with("GHSA") ? "https://github.com/advisories/" + r.key
                                             : "https://nvd.nist.gov/vuln/detail/" + r.key;
    const std::string project = lower(name);
    r.references += "\nhttps://github.com/" + project + "/" + project + "/security/advisories";
    if (unit(hash(h, 10)) < 0.6) {
        static constexpr std::string_view hex = "0123456789abcdef";
        std::string commit;
        std::uint64_t x = 0;
        for (std::uint64_t i = 0; i < 40; ++i, x >>= 4) {
            if (i % 16 == 0)
                x = hash(h, 11 + i); // 16 hex digits per hash
            commit.push_back(hex[x & 15]);
        }
        r.references += "\nhttps://github.com/" + project + "/" + project + "/commit/" + commit;
    }
    if (!r.key.starts_with("GHSA"))
        r.references += "\nhttps://www.cve.org/CVERecord?id=" + r.key;

    const Severity severity = vulnSeverity(ref);
    const std::uint64_t hc = refHash(ref, static_cast<std::uint64_t>(Salt::Cvss));
    auto choose = [&](auto const &table) {
        const Cvss &c = table[below(hc, static_cast<std::uint32_t>(table.size()))];
        r.cvssScore = c.score;
        r.cvssVector = "CVSS:3.1/" + std::string(c.vector);
    };
    switch (severity) {
    case Severity::Critical: choose(kCritical); break;
    case Severity::High: choose(kHigh); break;
    case Severity::Medium: choose(kMedium); break;
    case Severity::Low: choose(kLow); break;
    default: break; // the feed has no score: Unknown
    }
    const std::uint64_t hp = refHash(ref, static_cast<std::uint64_t>(Salt::Published));
    r.published = now - (60 + static_cast<std::int64_t>(below(hp, 1400))) * kDay;
    r.modified = std::min(now - kDay, r.published + static_cast<std::int64_t>(below(hash(hp, 1), 90)) * kDay);
    return r;
}

namespace {
RuleInfo textRule(FindingKind kind, std::string_view key, std::string title, std::string description)
{
    RuleInfo r;
    r.kind = kind;
    r.key = std::string(key);
    r.hasMetadata = true;
    r.title = std::move(title);
    r.description = std::move(description);
    return r;
}
} // namespace

RuleInfo checkRuleInfo(const DemoCheck &check)
{
    RuleInfo r = textRule(FindingKind::Misconfiguration, check.key, std::string(check.title), std::string(check.description));
    r.references = check.key.starts_with("C-") ? "https://hub.armosec.io/docs/" + lower(check.key)
                                               : "https://avd.aquasec.com/misconfig/" + lower(check.key);
    return r;
}

RuleInfo secretRuleInfo(const DemoSecretRule &rule)
{
    return textRule(FindingKind::Secret, rule.key, std::string(rule.title),
                    "A " + std::string(rule.title)
                        + " was found in a file of the image. Anyone who can pull the image can read it: revoke "
                          "it, rotate it and load it at runtime from the secret store instead.");
}

} // namespace bulkhead::demo
