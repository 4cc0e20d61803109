#include "store/attestationrepository.h"

#include "store/attestationrules.h"
#include "store/storeerror.h"
#include "util/osuser.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <map>

namespace bulkhead {

namespace {

constexpr std::int64_t kDefaultValidity = 365 * 86400;

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string trimmed(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())).trimmed().toStdString();
}

std::string baseName(const std::string &name)
{
    const auto slash = name.find_last_of("/\\");
    return slash == std::string::npos ? name : name.substr(slash + 1);
}

std::string sha256Hex(const std::string &bytes)
{
    const QByteArray digest = QCryptographicHash::hash(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())),
                                                       QCryptographicHash::Sha256);
    return digest.toHex().toStdString();
}

// Links are stored one per line: a link must be one line and, being a URL, has no spaces.
std::vector<std::string> checkedLinks(const Attestation &a)
{
    std::vector<std::string> out;
    for (const std::string &link : a.links) {
        std::string l = trimmed(link);
        if (l.empty())
            continue;
        if (l.find_first_of(" \t\r\n") != std::string::npos)
            throw StoreError("attestation of " + a.control + ": the link \"" + l + "\" contains white space");
        out.push_back(std::move(l));
    }
    return out;
}

void check(const Attestation &a, const std::vector<AttestationFileInput> &files)
{
    if (!isAttestableControl(a.control))
        throw StoreError("attestation: there is no control \"" + a.control + "\" in the catalog");
    if (a.status != AttestationStatus::Withdrawn && trimmed(a.evidence).empty())
        throw StoreError("attestation of " + a.control + ": the evidence text is empty (say what shows the control is met)");
    for (const AttestationFileInput &f : files) {
        if (baseName(f.name).empty())
            throw StoreError("attestation of " + a.control + ": an evidence file has no name");
        if (static_cast<std::int64_t>(f.bytes.size()) > kAttestationFileLimit)
            throw StoreError(attestationFileTooLarge(f.name, static_cast<std::int64_t>(f.bytes.size())));
    }
}

std::string joinLines(const std::vector<std::string> &lines)
{
    std::string out;
    for (const std::string &l : lines)
        out.append(out.empty() ? "" : "\n").append(l);
    return out;
}

std::vector<std::string> splitLines(std::string_view text)
{
    std::vector<std::string> out;
    while (!text.empty()) {
        const auto nl = text.find('\n');
        out.emplace_back(text.substr(0, nl));
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    }
    return out;
}

constexpr const char *kColumns = "id, control, status, evidence, links, attested_by, attested_at, expires_at";

Attestation readRow(const SqliteStatement &st)
{
    Attestation a;
    a.id = st.int64(0);
    a.control = st.text(1);
    const auto status = attestationStatusFromName(st.textView(2));
    if (!status)
        throw StoreError("attestation " + std::to_string(a.id) + " has an unknown status \"" + st.text(2) + "\"");
    a.status = *status;
    a.evidence = st.text(3);
    a.links = splitLines(st.textView(4));
    a.attestedBy = st.text(5);
    a.attestedAt = st.int64(6);
    a.expiresAt = st.int64(7);
    return a;
}

// Reads the attestations `sql` selects (kColumns first) and lists the files of each.
std::vector<Attestation> readAll(const Database &db, SqliteStatement &st)
{
    std::vector<Attestation> out;
    while (st.step())
        out.push_back(readRow(st));
    if (out.empty())
        return out;
    nlohmann::json ids = nlohmann::json::array();
    std::map<std::int64_t, std::size_t> index;
    for (std::size_t i = 0; i < out.size(); ++i) {
        ids.push_back(out[i].id);
        index[out[i].id] = i;
    }
    const std::string idJson = ids.dump();
    SqliteStatement files = db.prepare("SELECT id, attestation_id, name, sha256, size FROM attestation_files "
                                       "WHERE attestation_id IN (SELECT value FROM json_each(?1)) ORDER BY id");
    files.bind(1, std::string_view(idJson));
    while (files.step()) {
        AttestationFile f;
        f.id = files.int64(0);
        f.name = files.text(2);
        f.sha256 = files.text(3);
        f.size = files.int64(4);
        out[index.at(files.int64(1))].files.push_back(std::move(f));
    }
    return out;
}

// The newest attestation of each control (by attested_at, then id: a later row wins a tie).
constexpr const char *kNewestSql =
    "SELECT %s FROM (SELECT *, row_number() OVER (PARTITION BY control ORDER BY attested_at DESC, id DESC) AS rn "
    "FROM attestations) WHERE rn = 1";

std::string newestSql(const char *where)
{
    char sql[512];
    std::snprintf(sql, sizeof sql, kNewestSql, kColumns);
    return std::string(sql) + where + " ORDER BY control";
}

} // namespace

std::int64_t AttestationRepository::add(const Attestation &attestation, const std::vector<AttestationFileInput> &files)
{
    if (!m_db)
        throw StoreError("attestation of " + attestation.control + ": the store was opened for reading only");
    check(attestation, files);
    const std::vector<std::string> links = checkedLinks(attestation);
    // Unset times take the defaults Attestation documents: now, and one year later.
    const std::int64_t attestedAt = attestation.attestedAt ? attestation.attestedAt : nowSeconds();
    const std::int64_t expiresAt = attestation.expiresAt ? attestation.expiresAt : attestedAt + kDefaultValidity;
    if (expiresAt <= attestedAt)
        throw StoreError("attestation of " + attestation.control + ": it must expire after it was made");
    const std::string by = attestation.attestedBy.empty() ? osUserName() : attestation.attestedBy;

    Transaction tx(*m_db);
    SqliteStatement insert = m_db->prepare("INSERT INTO attestations(control, status, evidence, links, attested_by, "
                                           "attested_at, expires_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    const std::string evidence = trimmed(attestation.evidence), linkText = joinLines(links);
    insert.bind(1, std::string_view(attestation.control)).bind(2, attestationStatusName(attestation.status));
    insert.bind(3, std::string_view(evidence)).bind(4, std::string_view(linkText)).bind(5, std::string_view(by));
    insert.bind(6, attestedAt).bind(7, expiresAt);
    insert.exec();
    const std::int64_t id = sqlite3_last_insert_rowid(m_db->handle());

    SqliteStatement file = m_db->prepare(
        "INSERT INTO attestation_files(attestation_id, name, sha256, size, content) VALUES(?1, ?2, ?3, ?4, ?5)");
    for (const AttestationFileInput &f : files) {
        const std::string name = baseName(f.name), sha = sha256Hex(f.bytes);
        file.bind(1, id).bind(2, std::string_view(name)).bind(3, std::string_view(sha));
        file.bind(4, static_cast<std::int64_t>(f.bytes.size()));
        // The bytes as a BLOB (bind(std::string_view) binds text).
        if (sqlite3_bind_blob64(file.handle(), 5, f.bytes.data(), f.bytes.size(), SQLITE_STATIC) != SQLITE_OK)
            throw StoreError("evidence file " + f.name + ": " + sqlite3_errmsg(m_db->handle()));
        file.exec();
    }
    tx.commit();
    return id;
}

std::vector<Attestation> AttestationRepository::newestPerControl() const
{
    SqliteStatement st = m_read.prepare(newestSql(""));
    return readAll(m_read, st);
}

std::vector<Attestation> AttestationRepository::history(const std::string &control) const
{
    SqliteStatement st = m_read.prepare(std::string("SELECT ") + kColumns
                                        + " FROM attestations WHERE control = ?1 ORDER BY attested_at DESC, id DESC");
    st.bind(1, std::string_view(control));
    return readAll(m_read, st);
}

std::optional<Attestation> AttestationRepository::find(std::int64_t id) const
{
    SqliteStatement st = m_read.prepare(std::string("SELECT ") + kColumns + " FROM attestations WHERE id = ?1");
    st.bind(1, id);
    std::vector<Attestation> found = readAll(m_read, st);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::optional<std::string> AttestationRepository::fileContent(std::int64_t fileId) const
{
    SqliteStatement st = m_read.prepare("SELECT content FROM attestation_files WHERE id = ?1");
    st.bind(1, fileId);
    if (!st.step())
        return std::nullopt;
    const void *data = sqlite3_column_blob(st.handle(), 0);
    const int size = sqlite3_column_bytes(st.handle(), 0);
    return data ? std::string(static_cast<const char *>(data), static_cast<std::size_t>(size)) : std::string();
}

std::vector<Attestation> AttestationRepository::expiringBetween(std::int64_t from, std::int64_t to) const
{
    // Valid at `from` (newest of its control, not withdrawn, made by then, not yet expired) and
    // expiring before `to`.
    SqliteStatement st = m_read.prepare(
        newestSql(" AND status <> 'withdrawn' AND attested_at <= ?1 AND expires_at > ?1 AND expires_at < ?2"));
    st.bind(1, from).bind(2, to);
    return readAll(m_read, st);
}

} // namespace bulkhead
