#include "store/reporthistoryrepository.h"

#include "store/database.h"
#include "store/storeerror.h"
#include "util/osuser.h"

#include <ctime>
#include <filesystem>

namespace bulkhead {

namespace {

constexpr const char *kColumns = "SELECT id, kind, path, sha256, bytes, pages, paper, scope, as_of, generated_at, "
                                 "generated_by, version FROM generated_reports ";

GeneratedReport rowOf(const SqliteStatement &st)
{
    GeneratedReport r;
    r.id = st.int64(0);
    r.kind = st.text(1);
    r.path = st.text(2);
    r.sha256 = st.text(3);
    r.bytes = st.int64(4);
    r.pages = static_cast<int>(st.int64(5));
    r.paper = st.text(6);
    r.scope = st.text(7);
    r.asOf = st.int64(8);
    r.generatedAt = st.int64(9);
    r.generatedBy = st.text(10);
    r.version = st.text(11);
    return r;
}

bool isLowerHexSha256(const std::string &text)
{
    if (text.size() != 64)
        return false;
    for (const char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

} // namespace

std::int64_t ReportHistoryRepository::record(const GeneratedReport &report)
{
    // The history is evidence for auditors: a row that cannot prove anything (no file, no
    // checksum) is refused rather than recorded.
    if (report.kind.empty())
        throw StoreError("report history: the kind of the file is missing");
    if (report.path.empty())
        throw StoreError("report history: the path of the " + report.kind + " file is missing");
    if (!isLowerHexSha256(report.sha256))
        throw StoreError("report history: \"" + report.sha256 + "\" is not a lower-case hex SHA-256 (file "
                         + report.path + ")");
    if (report.bytes < 0 || report.pages < 0)
        throw StoreError("report history: negative size or page count for " + report.path);
    const std::int64_t generatedAt =
        report.generatedAt ? report.generatedAt : static_cast<std::int64_t>(std::time(nullptr));
    const std::int64_t asOf = report.asOf ? report.asOf : generatedAt;

    SqliteStatement st = m_db.prepare(
        "INSERT INTO generated_reports(kind, path, sha256, bytes, pages, paper, scope, as_of, generated_at, "
        "generated_by, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    st.bind(1, std::string_view(report.kind)).bind(2, std::string_view(report.path));
    st.bind(3, std::string_view(report.sha256)).bind(4, report.bytes).bind(5, report.pages);
    st.bind(6, std::string_view(report.paper)).bind(7, std::string_view(report.scope)).bind(8, asOf);
    st.bind(9, generatedAt).bind(10, std::string_view(report.generatedBy)).bind(11, std::string_view(report.version));
    st.exec();
    return static_cast<std::int64_t>(sqlite3_last_insert_rowid(m_db.handle()));
}

std::vector<GeneratedReport> ReportHistoryRepository::list(int limit, std::int64_t offset) const
{
    std::vector<GeneratedReport> out;
    if (limit <= 0)
        return out;
    SqliteStatement st = m_db.prepare(std::string(kColumns) + "ORDER BY generated_at DESC, id DESC LIMIT ?1 OFFSET ?2");
    st.bind(1, limit).bind(2, offset < 0 ? std::int64_t(0) : offset);
    while (st.step())
        out.push_back(rowOf(st));
    return out;
}

std::int64_t ReportHistoryRepository::count() const
{
    return m_db.scalar("SELECT count(*) FROM generated_reports");
}

std::int64_t recordGeneratedFile(const std::string &storePath, GeneratedReport report)
{
    std::error_code ec;
    const std::filesystem::path absolute = std::filesystem::absolute(report.path, ec);
    if (!ec)
        report.path = absolute.lexically_normal().string();
    if (report.generatedAt == 0)
        report.generatedAt = static_cast<std::int64_t>(std::time(nullptr));
    if (report.asOf == 0)
        report.asOf = report.generatedAt;
    if (report.generatedBy.empty())
        report.generatedBy = osUserName();
    if (report.version.empty())
        report.version = BULKHEAD_VERSION;
    Database db = Database::open(storePath);
    return ReportHistoryRepository(db).record(report);
}

} // namespace bulkhead
