#include "store/sourcerepository.h"

#include "store/storeerror.h"

#include <ctime>

namespace bulkhead {

namespace {
constexpr std::string_view kRegistryKind = "registry";
constexpr std::string_view kClusterKind = "cluster";
constexpr std::string_view kVaultKind = "vault";

std::int64_t currentTime()
{
    return static_cast<std::int64_t>(std::time(nullptr));
}
} // namespace

std::int64_t SourceRepository::add(const RegistrySourceConfig &config)
{
    return add(config, currentTime());
}

std::int64_t SourceRepository::add(const ClusterSourceConfig &config)
{
    return add(config, currentTime());
}

std::int64_t SourceRepository::add(const VaultSourceConfig &config)
{
    return add(config, currentTime());
}

std::int64_t SourceRepository::add(const RegistrySourceConfig &config, std::int64_t now)
{
    return insert(kRegistryKind, config.name, config.url, config.validate(), config.toJson(), now);
}

std::int64_t SourceRepository::add(const ClusterSourceConfig &config, std::int64_t now)
{
    return insert(kClusterKind, config.name, config.server, config.validate(), config.toJson(), now);
}

std::int64_t SourceRepository::add(const VaultSourceConfig &config, std::int64_t now)
{
    return insert(kVaultKind, config.name, config.url, config.validate(), config.toJson(), now);
}

std::int64_t SourceRepository::insert(std::string_view kind, const std::string &name, const std::string &url,
                                      const std::string &problem, const std::string &json, std::int64_t now)
{
    // A config that cannot be collected is refused here too, so the UI and the CLI cannot store one.
    if (!problem.empty())
        throw StoreError(problem);
    // Checked first so the message names the source instead of quoting SQLite's constraint text.
    if (find(name))
        throw StoreError("a source named " + name + " already exists");
    SqliteStatement st =
        m_db.prepare("INSERT INTO sources(name, kind, url, config, created_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, std::string_view(name)).bind(2, kind).bind(3, std::string_view(url));
    st.bind(4, std::string_view(json)).bind(5, now).exec();
    return sqlite3_last_insert_rowid(m_db.handle());
}

void SourceRepository::update(const RegistrySourceConfig &config)
{
    replace(kRegistryKind, config.name, config.url, config.validate(), config.toJson());
}

void SourceRepository::update(const ClusterSourceConfig &config)
{
    replace(kClusterKind, config.name, config.server, config.validate(), config.toJson());
}

void SourceRepository::update(const VaultSourceConfig &config)
{
    replace(kVaultKind, config.name, config.url, config.validate(), config.toJson());
}

void SourceRepository::replace(std::string_view kind, const std::string &name, const std::string &url,
                               const std::string &problem, const std::string &json)
{
    if (!problem.empty())
        throw StoreError(problem);
    // A config of one kind written over a source of another would make it unreadable.
    SqliteStatement current = m_db.prepare("SELECT kind FROM sources WHERE name = ?1");
    current.bind(1, std::string_view(name));
    if (!current.step())
        throw StoreError("there is no source named " + name);
    if (current.textView(0) != kind)
        throw StoreError("the source " + name + " is a " + current.text(0) + " source, not a " + std::string(kind)
                         + " source");
    SqliteStatement st = m_db.prepare("UPDATE sources SET url = ?2, config = ?3 WHERE name = ?1");
    st.bind(1, std::string_view(name)).bind(2, std::string_view(url)).bind(3, std::string_view(json));
    st.exec();
}

bool SourceRepository::remove(const std::string &name)
{
    SqliteStatement st = m_db.prepare("DELETE FROM sources WHERE name = ?1");
    st.bind(1, std::string_view(name)).exec();
    return sqlite3_changes(m_db.handle()) > 0;
}

std::vector<SourceRow> SourceRepository::list() const
{
    return select(nullptr);
}

std::optional<SourceRow> SourceRepository::find(const std::string &name) const
{
    std::vector<SourceRow> rows = select(&name);
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

std::vector<SourceRow> SourceRepository::select(const std::string *name) const
{
    SqliteStatement st = m_db.prepare(std::string("SELECT id, name, kind, url, config, created_at FROM sources")
                                      + (name ? " WHERE name = ?1" : "") + " ORDER BY name");
    if (name)
        st.bind(1, std::string_view(*name));
    std::vector<SourceRow> out;
    const CollectionRunRepository runs(m_db);
    while (st.step()) {
        SourceRow row;
        row.id = st.int64(0);
        row.name = st.text(1);
        row.kind = st.text(2);
        row.url = st.text(3);
        std::string error;
        if (row.kind == kClusterKind) {
            auto config = ClusterSourceConfig::fromJson(st.textView(4), &error);
            if (!config)
                throw StoreError("source " + row.name + ": " + error);
            row.cluster = std::move(*config);
        } else if (row.kind == kVaultKind) {
            auto config = VaultSourceConfig::fromJson(st.textView(4), &error);
            if (!config)
                throw StoreError("source " + row.name + ": " + error);
            row.vault = std::move(*config);
        } else {
            auto config = RegistrySourceConfig::fromJson(st.textView(4), &error);
            if (!config)
                throw StoreError("source " + row.name + ": " + error);
            row.config = std::move(*config);
        }
        row.createdAt = st.int64(5);
        row.lastRun = runs.last(row.id);
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace bulkhead
