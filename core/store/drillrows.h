#pragma once

// Internal to the DrillRepository's files (drillrepository.cpp, drillruns.cpp, drillevidence.cpp):
// the row readers and the small conversions between the drill structs and their columns.

#include "drills/drill.h"
#include "store/database.h"

#include <sqlite3.h>

#include <cstdint>
#include <type_traits>
#include <string>
#include <vector>

namespace bulkhead::drillrows {

// The writer connection; throws StoreError when the repository was made on a const Database.
Database &writer(Database *db);
std::int64_t currentTime();

// Runs `body` in a transaction of its own, or in a savepoint when the caller already holds one.
template <typename Body>
auto inTransaction(Database &db, Body body)
{
    if (sqlite3_get_autocommit(db.handle())) {
        Transaction tx(db);
        if constexpr (std::is_void_v<decltype(body())>) {
            body();
            tx.commit();
        } else {
            auto result = body();
            tx.commit();
            return result;
        }
    } else {
        Savepoint sp(db, "drills");
        if constexpr (std::is_void_v<decltype(body())>) {
            body();
            sp.commit();
        } else {
            auto result = body();
            sp.commit();
            return result;
        }
    }
}

std::string joinLines(const std::vector<std::string> &items, char separator);
std::vector<std::string> splitLines(const std::string &text, char separator);
std::string checklistJson(const std::vector<std::string> &items);
std::vector<std::string> checklistFromJson(const std::string &json);

// "SELECT <kTemplateColumns> FROM drill_templates t" rows.
extern const char *const kTemplateColumns;
DrillTemplate templateFrom(const SqliteStatement &st);

// "SELECT <kDrillColumns> FROM drills d" rows: ?1 is `now` for the overdue action count.
extern const char *const kDrillColumns;
Drill drillFrom(const SqliteStatement &st);

// The name of a run's drill for error messages ("drill \"Q3 registry leak\""); throws StoreError
// naming the run when there is no such run.
std::string drillOfRun(const Database &db, std::int64_t runId);
std::string inQuotes(const std::string &s);

} // namespace bulkhead::drillrows
