#include "store/signoffrepository.h"

#include "store/snapshotrepository.h"
#include "store/storeerror.h"

#include <chrono>

namespace bulkhead {

namespace {

constexpr const char *kColumns = "SELECT id, signed_at, signed_by, since_at, snapshot_id, score, notes, summary "
                                 "FROM weekly_reviews ";

Signoff rowOf(const SqliteStatement &st)
{
    Signoff s;
    s.id = st.int64(0);
    s.signedAt = st.int64(1);
    s.signedBy = st.text(2);
    s.since = st.int64(3);
    s.snapshotId = st.int64(4);
    if (!st.isNull(5))
        s.score = st.real(5);
    s.notes = st.text(6);
    s.summary = st.text(7);
    return s;
}

} // namespace

std::int64_t SignoffRepository::signOff(Signoff signoff)
{
    if (!m_db)
        throw StoreError("sign-off: this repository was opened read-only");
    if (signoff.signedBy.empty())
        throw StoreError("sign-off: the reviewer's name is missing");
    if (!signoff.signedAt)
        signoff.signedAt = std::chrono::duration_cast<std::chrono::seconds>(
                               std::chrono::system_clock::now().time_since_epoch()).count();
    if (signoff.since > signoff.signedAt)
        throw StoreError("sign-off: the review's start (" + std::to_string(signoff.since)
                         + ") is after the sign-off time");
    if (signoff.summary.empty())
        signoff.summary = "{}";
    // The snapshot and the sign-off that points at it commit together: a sign-off never names a
    // snapshot that is not there, and the next review's baseline is exactly what was signed.
    Transaction tx(*m_db);
    signoff.snapshotId = recordSnapshot(*m_db, "sign-off", signoff.signedAt);
    if (const auto snapshot = SnapshotRepository(*m_db).find(signoff.snapshotId))
        signoff.score = snapshot->score;
    SqliteStatement st = m_db->prepare("INSERT INTO weekly_reviews(signed_at, signed_by, since_at, snapshot_id, score, "
                                       "notes, summary) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st.bind(1, signoff.signedAt).bind(2, std::string_view(signoff.signedBy)).bind(3, signoff.since);
    st.bind(4, signoff.snapshotId);
    if (signoff.score)
        st.bind(5, *signoff.score);
    else
        st.bindNull(5);
    st.bind(6, std::string_view(signoff.notes)).bind(7, std::string_view(signoff.summary)).exec();
    const std::int64_t id = sqlite3_last_insert_rowid(m_db->handle());
    tx.commit();
    return id;
}

std::vector<Signoff> SignoffRepository::list() const
{
    std::vector<Signoff> out;
    SqliteStatement st = m_read.prepare(std::string(kColumns) + "ORDER BY signed_at DESC, id DESC");
    while (st.step())
        out.push_back(rowOf(st));
    return out;
}

std::optional<Signoff> SignoffRepository::latest() const
{
    SqliteStatement st = m_read.prepare(std::string(kColumns) + "ORDER BY signed_at DESC, id DESC LIMIT 1");
    if (!st.step())
        return std::nullopt;
    return rowOf(st);
}

} // namespace bulkhead
