#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

class Database;

// One `bulkheadctl gate` evaluation as recorded in gate_runs (schema 9): proof that a policy gate
// ran in the pipeline (SUP-1, SUP-3), with the policy's checksum so the exact file can be shown.
struct GateRun {
    std::int64_t id = 0;
    std::int64_t ranAt = 0;      // unix seconds
    std::string ranBy;           // OS user
    std::string policyName;      // the policy's "name", else its file name
    std::string policySha256;    // lower-case hex of the policy file's bytes
    std::string scope;           // ReportScope::describe(), "" for the whole store
    bool passed = false;
    int rules = 0;               // rules evaluated
    int violations = 0;          // rules violated
    std::string summary = "{}";  // JSON object: violated rule id -> number of violating items
};

// gate_runs is append-only (triggers refuse UPDATE and DELETE).
class GateRunRepository
{
public:
    explicit GateRunRepository(const Database &db) : m_db(db) {}

    // Appends; returns the new id. Throws StoreError.
    std::int64_t record(const GateRun &run);
    // Newest first.
    std::vector<GateRun> list(int limit, std::int64_t offset = 0) const;
    std::int64_t count() const;

private:
    const Database &m_db;
};

} // namespace bulkhead
