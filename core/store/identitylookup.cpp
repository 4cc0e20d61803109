#include "store/identitylookup.h"

namespace bulkhead {

IdentityLookup::IdentityLookup(const Database &db)
    : m_asset(db.prepare("SELECT id FROM assets WHERE kind = ?1 AND identity = ?2")),
      m_finding(db.prepare("SELECT id FROM findings WHERE asset_id = ?1 AND fingerprint = ?2"))
{}

std::int64_t IdentityLookup::assetId(AssetKind kind, const std::string &identity)
{
    m_asset.bind(1, static_cast<int>(kind)).bindText(2, identity);
    const std::int64_t id = m_asset.step() ? m_asset.int64(0) : 0;
    m_asset.reset();
    return id;
}

std::int64_t IdentityLookup::findingId(std::int64_t assetId, std::uint64_t fingerprint)
{
    m_finding.bind(1, assetId).bind(2, static_cast<std::int64_t>(fingerprint));
    const std::int64_t id = m_finding.step() ? m_finding.int64(0) : 0;
    m_finding.reset();
    return id;
}

} // namespace bulkhead
