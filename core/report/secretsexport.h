#pragma once

#include "report/listexport.h"
#include "store/secretrepository.h"

namespace bulkhead::secretsexport {

// The columns of the secrets list (metadata only: a SecretRow has no value), shared by
// `bulkheadctl secrets --format csv|json` and the Secrets page's export. Ages and "overdue" are
// at `now` (the filter's).
std::string csvHeader();
std::string csvLine(const SecretRow &row, std::int64_t now);
nlohmann::ordered_json json(const SecretRow &row, std::int64_t now);

// Pieces the CLI's table and `secrets show` share with the columns.
std::string day(std::int64_t unixSeconds);                   // "2024-05-01", "" for 0
std::int64_t daysBetween(std::int64_t then, std::int64_t now); // whole days, 0 when not after
// The age in days; a creation-only age is an upper bound ("<=N"); "-" when unknown.
std::string ageText(const SecretRow &row, std::int64_t now);
// "3 env,volume", "0" (unused), "?" (usage unknown), "-" (not Kubernetes).
std::string usesText(const SecretRow &row);

// Every secret of the filter (ages at filter.now) in the sort, read page by page. Throws StoreError.
ListExportResult write(const SecretRepository &repo, const SecretFilter &filter, SecretSort sort, bool descending,
                       ListExportWriter &writer);

} // namespace bulkhead::secretsexport
