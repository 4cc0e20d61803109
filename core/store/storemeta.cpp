#include "store/storemeta.h"

namespace bulkhead::storemeta {

std::optional<std::string> read(const Database &db, std::string_view key)
{
    SqliteStatement st = db.prepare("SELECT value FROM store_meta WHERE key = ?1");
    st.bind(1, key); // bound without a copy: `key` outlives step()
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

void write(Database &db, std::string_view key, std::string_view value)
{
    SqliteStatement st = db.prepare(
        "INSERT INTO store_meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    st.exec();
}

bool isDemo(const Database &db)
{
    return read(db, kDemo).value_or(std::string()) == "1";
}

bool isEmpty(const Database &db)
{
    return db.scalar("SELECT NOT (EXISTS(SELECT 1 FROM reports) OR EXISTS(SELECT 1 FROM findings))") != 0;
}

} // namespace bulkhead::storemeta
