#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

class Database;

// One generated PDF report or export, as recorded in generated_reports (schema 9): the auditor's
// trail of what was handed out, and the checksum to prove a file is the one Bulkhead wrote.
struct GeneratedReport {
    std::int64_t id = 0;
    std::string kind;            // "pdf", "openvex", "trivyignore", "sarif", "csv", "json"
    std::string path;            // absolute path as written
    std::string sha256;          // lowercase hex of the file's bytes
    std::int64_t bytes = 0;
    int pages = 0;               // PDF pages; 0 for exports
    std::string paper;           // "a4" / "letter"; "" for exports
    std::string scope;           // ReportScope::describe()
    std::int64_t asOf = 0;       // data as of (unix seconds)
    std::int64_t generatedAt = 0;
    std::string generatedBy;     // OS user
    std::string version;         // Bulkhead version
};

// generated_reports is append-only (triggers refuse UPDATE and DELETE).
class ReportHistoryRepository
{
public:
    explicit ReportHistoryRepository(const Database &db) : m_db(db) {}

    // Appends; returns the new id. Throws StoreError.
    std::int64_t record(const GeneratedReport &report);
    // Newest first.
    std::vector<GeneratedReport> list(int limit, std::int64_t offset = 0) const;
    std::int64_t count() const;

private:
    const Database &m_db;
};

// Records a file that is complete under its name (written whole, its .sha256 beside it) through a
// write connection of its own, so a long export never holds the store's writer. Fills what the
// caller left empty: the absolute path, generatedAt (now), asOf (= generatedAt), generatedBy (the
// OS user) and version. Throws StoreError.
std::int64_t recordGeneratedFile(const std::string &storePath, GeneratedReport report);

} // namespace bulkhead
