#pragma once

#include "model/asset.h"
#include "store/database.h"

#include <cstdint>
#include <string>

namespace bulkhead {

// Store ids by natural key, for code that knows what it wrote (an asset's identity, a finding's
// fingerprint) and needs the rows: the demo's triage step, tests. 0 when there is no such row.
class IdentityLookup
{
public:
    explicit IdentityLookup(const Database &db);

    std::int64_t assetId(AssetKind kind, const std::string &identity);
    std::int64_t findingId(std::int64_t assetId, std::uint64_t fingerprint);

private:
    SqliteStatement m_asset;
    SqliteStatement m_finding;
};

} // namespace bulkhead
