#include "model/parsedreport.h"

#include <openssl/sha.h>

#include <algorithm>

namespace bulkhead {

namespace {
constexpr std::size_t kMaxKeptWarnings = 100; // the count stays exact; the texts are a sample
}

std::uint32_t ParsedReport::addAsset(AssetRef asset)
{
    std::string key(1, static_cast<char>(asset.kind));
    key.append(asset.identity);
    const auto [it, inserted] = m_assetIndex.try_emplace(std::move(key), static_cast<std::uint32_t>(assets.size()));
    if (inserted)
        assets.push_back(std::move(asset));
    return it->second;
}

void ParsedReport::addScope(std::uint32_t asset, FindingKind kind)
{
    const ScanScope scope{asset, kind};
    if (std::find(scopes.begin(), scopes.end(), scope) == scopes.end())
        scopes.push_back(scope);
}

void ParsedReport::warn(std::string text)
{
    ++warningCount;
    if (warnings.size() < kMaxKeptWarnings)
        warnings.push_back(std::move(text));
}

std::uint64_t findingFingerprint(const ParsedFinding &f, const AssetRef &asset)
{
    std::string buf;
    buf.reserve(64 + f.ruleKey.size() + asset.identity.size() + f.package.size()
                + f.installedVersion.size() + f.location.size());
    const char sep = '\0';
    buf.push_back(static_cast<char>('0' + static_cast<int>(f.kind)));
    buf.push_back(sep);
    buf.append(f.ruleKey).push_back(sep);
    buf.push_back(static_cast<char>('0' + static_cast<int>(asset.kind)));
    buf.push_back(sep);
    buf.append(asset.identity).push_back(sep);
    buf.append(f.package).push_back(sep);
    buf.append(f.installedVersion).push_back(sep);
    buf.append(f.location);
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(buf.data()), buf.size(), digest);
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | digest[i];
    return v;
}

void computeFingerprints(ParsedReport &report)
{
    for (ParsedFinding &f : report.findings)
        f.fingerprint = findingFingerprint(f, report.assets.at(f.asset));
}

} // namespace bulkhead
