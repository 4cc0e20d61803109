#include "store/findinglistsql.h"

#include <algorithm>
#include <cctype>
#include <ctime>

namespace bulkhead {

const char *const kFindingRowColumns =
    "f.id, f.fingerprint, f.kind, r.key, f.severity, f.status, a.name, p.name, f.installed_version, "
    "f.fixed_version, l.path, r.title, f.first_seen, f.last_seen, coalesce(f.resolved_at, 0), f.tool_mask, "
    "a.namespace, r.control, r.cvss_score, t.assignee, t.expires_at";

namespace {

constexpr const char *kLookups =
    " LEFT JOIN packages p ON p.id = f.package_id LEFT JOIN locations l ON l.id = f.location_id"
    " LEFT JOIN triage t ON t.finding_id = f.id";

// Accumulates " WHERE a AND b ..." with bound values.
class WhereBuilder
{
public:
    // `walkSortIndex`: the caller expects many matches, so the query must walk the sort order's
    // index and test each row; a unary + on a column keeps SQLite from driving the query by a
    // filter's index instead (which would then sort every match to find the first page).
    // `selectiveFilter`: a criterion with a selective index (search, ids, namespace, first seen...)
    // is present; the indexes on severity, status and kind, each holding a large share of all
    // rows, must then not be chosen to drive the query (SQLite has no statistics to know better).
    // `sortColumn`: the column whose index the walk follows; a condition on it stays usable, so
    // the walk starts where its range starts instead of stepping over every row before it.
    WhereBuilder(FindingListSql &out, bool walkSortIndex, bool selectiveFilter, std::string sortColumn)
        : m_out(out), m_walk(walkSortIndex), m_coarseOff(walkSortIndex || selectiveFilter),
          m_sortColumn(std::move(sortColumn))
    {}

    // "f.column" or "+f.column".
    std::string col(const char *column) const { return (m_walk && column != m_sortColumn ? "+" : "") + std::string(column); }
    // Inside an OR no branch can bound a walk: never let its columns pick the plan.
    std::string orCol(const char *column) const { return (m_coarseOff ? "+" : "") + std::string(column); }
    std::string coarseCol(const char *column) const
    {
        return (m_coarseOff && !(m_walk && column == m_sortColumn) ? "+" : "") + std::string(column);
    }

    void add(const std::string &condition)
    {
        m_out.where += m_out.where.empty() ? " WHERE " : " AND ";
        m_out.where += condition;
    }
    // "column IN (?,?,...)" with one parameter per value.
    template <typename T>
    void addIn(const char *column, const std::vector<T> &values, bool coarse = false)
    {
        if (values.empty())
            return;
        add((coarse ? coarseCol(column) : col(column)) + " IN (" + placeholders(values.size()) + ")");
        for (const T &v : values) {
            if constexpr (std::is_enum_v<T>)
                m_out.params.emplace_back(static_cast<std::int64_t>(v));
            else
                m_out.params.emplace_back(v);
        }
    }
    void param(FindingListSql::Param p) { m_out.params.push_back(std::move(p)); }
    static std::string placeholders(std::size_t n)
    {
        std::string s;
        for (std::size_t i = 0; i < n; ++i)
            s += i ? ",?" : "?";
        return s;
    }

private:
    FindingListSql &m_out;
    bool m_walk;
    bool m_coarseOff;
    std::string m_sortColumn;
};

std::string likeEscaped(const std::string &text)
{
    std::string escaped = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            escaped.push_back('\\');
        escaped.push_back(c);
    }
    return escaped + "%";
}

// Due date of an open finding under the policy; never-due sorts after every date.
std::string dueExpression(const SlaPolicy &sla)
{
    std::string sql = "(CASE f.severity";
    for (int s = 0; s < 6; ++s) {
        if (sla.days[static_cast<std::size_t>(s)] > 0)
            sql += " WHEN " + std::to_string(s) + " THEN f.first_seen + "
                + std::to_string(std::int64_t(sla.days[static_cast<std::size_t>(s)]) * 86400);
    }
    return sql + " ELSE 253402300799 END)";
}

void addFilters(WhereBuilder &w, const FindingFilter &f, std::uint64_t sourceMask)
{
    w.addIn("f.severity", f.severities, true);
    w.addIn("f.status", f.statuses, true);
    if (!f.kinds.empty()) {
        // A finding's kind is its rule's: through the rules index a rare kind (a few hundred
        // misconfigurations among a million vulnerabilities) is found without a table scan.
        w.add(w.coarseCol("f.rule_id") + " IN (SELECT id FROM rules WHERE kind IN ("
              + WhereBuilder::placeholders(f.kinds.size()) + "))");
        for (FindingKind k : f.kinds)
            w.param(static_cast<std::int64_t>(k));
    }
    w.addIn("f.rule_id", f.ruleIds);
    w.addIn("f.package_id", f.packageIds);
    w.addIn("f.asset_id", f.assetIds);
    if (!f.sources.empty())
        w.add("(f.tool_mask & " + std::to_string(static_cast<std::int64_t>(sourceMask)) + ") != 0");
    if (!f.namespaces.empty()) {
        w.add(w.col("f.asset_id") + " IN (SELECT id FROM assets WHERE namespace IN ("
              + WhereBuilder::placeholders(f.namespaces.size()) + "))");
        for (const std::string &s : f.namespaces)
            w.param(s);
    }
    if (!f.assetText.empty()) {
        w.add(w.col("f.asset_id") + " IN (SELECT id FROM assets WHERE name LIKE ? ESCAPE '\\')");
        w.param(likeEscaped(f.assetText));
    }
    if (!f.controls.empty()) {
        w.add(w.col("f.rule_id") + " IN (SELECT id FROM rules WHERE control IN ("
              + WhereBuilder::placeholders(f.controls.size())
              + "))");
        for (const std::string &s : f.controls)
            w.param(s);
    }
    if (f.fixAvailable)
        w.add(*f.fixAvailable ? "coalesce(f.fixed_version, '') != ''" : "coalesce(f.fixed_version, '') = ''");
    if (f.overdueOnly) {
        const std::int64_t now = f.now ? f.now : static_cast<std::int64_t>(std::time(nullptr));
        std::string any;
        for (int s = 0; s < 6; ++s) {
            const int days = f.sla.days[static_cast<std::size_t>(s)];
            if (days <= 0)
                continue;
            any += any.empty() ? "" : " OR ";
            any += "(" + w.orCol("f.severity") + " = " + std::to_string(s) + " AND " + w.orCol("f.first_seen") + " < "
                + std::to_string(now - std::int64_t(days) * 86400) + ")";
        }
        w.add(w.coarseCol("f.status") + " IN (0, 1) AND (" + (any.empty() ? std::string("0") : any) + ")");
    }
    if (f.firstSeenFrom > 0) {
        w.add(w.col("f.first_seen") + " >= ?");
        w.param(f.firstSeenFrom);
    }
    if (f.firstSeenTo > 0) {
        w.add(w.col("f.first_seen") + " < ?");
        w.param(f.firstSeenTo);
    }
    if (f.acceptanceExpiresBefore > 0) {
        w.add(w.col("f.id") + " IN (SELECT finding_id FROM triage WHERE status = 3 AND expires_at < ?)");
        w.param(f.acceptanceExpiresBefore);
    }
    if (!f.search.empty()) {
        const std::string fts = ftsQuery(f.search);
        // Rule text through FTS5 (each text is held once, in rules); package names are few
        // thousand, a substring match over them costs well under a millisecond.
        std::string cond = "(" + w.col("f.package_id") + " IN (SELECT id FROM packages WHERE name LIKE ? ESCAPE '\\')";
        w.param(likeEscaped(f.search));
        if (!fts.empty()) {
            cond += " OR " + w.col("f.rule_id") + " IN (SELECT rowid FROM rules_fts WHERE rules_fts MATCH ?)";
            w.param(fts);
        }
        w.add(cond + ")");
    }
}

} // namespace

int FindingListSql::bind(SqliteStatement &st) const
{
    int index = 1;
    for (const Param &p : params) {
        if (const auto *i = std::get_if<std::int64_t>(&p))
            st.bind(index++, *i);
        else
            st.bind(index++, std::string_view(std::get<std::string>(p)));
    }
    return index;
}

std::string ftsQuery(const std::string &text)
{
    std::vector<std::string> words;
    std::string word;
    for (char c : text + ' ') {
        if (c == ' ' || c == '\t' || c == '\n') {
            if (!word.empty())
                words.push_back(std::move(word));
            word.clear();
        } else {
            word.push_back(c);
            if (c == '"')
                word.push_back('"');
        }
    }
    // A word of punctuation only has no token: FTS5 would reject the whole query.
    std::erase_if(words, [](const std::string &w) {
        return std::none_of(w.begin(), w.end(), [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
    });
    std::string query;
    for (std::size_t i = 0; i < words.size(); ++i) {
        query += query.empty() ? "\"" : " \"";
        query += words[i] + "\"";
        if (i + 1 == words.size())
            query += '*';
    }
    return query;
}

FindingListSql buildFindingListSql(const FindingFilter &filter, const FindingSort &sort, bool orderedWalk,
                                   bool withColumns, std::uint64_t sourceMask)
{
    FindingListSql out;
    const bool selective = !filter.search.empty() || !filter.ruleIds.empty() || !filter.packageIds.empty()
        || !filter.assetIds.empty() || !filter.assetText.empty() || !filter.namespaces.empty()
        || !filter.controls.empty() || filter.firstSeenFrom > 0 || filter.acceptanceExpiresBefore > 0;
    const char *sortColumn = sort.key == FindingSortKey::Severity ? "f.severity"
        : sort.key == FindingSortKey::Status                     ? "f.status"
        : sort.key == FindingSortKey::FirstSeen                  ? "f.first_seen"
                                                                 : "";
    WhereBuilder w(out, orderedWalk, selective, sortColumn);
    addFilters(w, filter, sourceMask);

    // The sort terms, and the table the query must start from to walk them in index order.
    std::vector<std::string> terms;
    enum class Lead { Findings, Rules, Assets } lead = Lead::Findings;
    switch (sort.key) {
    case FindingSortKey::Severity: terms = {"f.severity"}; break;
    case FindingSortKey::Status: terms = {"f.status"}; break;
    // A finding's kind is its rule's: walking the rules' (kind, key) index orders by kind at no cost.
    case FindingSortKey::Kind: terms = {"r.kind", "r.key", "r.id"}; lead = Lead::Rules; break;
    case FindingSortKey::FirstSeen: terms = {"f.first_seen"}; break;
    case FindingSortKey::LastSeen: terms = {"f.last_seen"}; break;
    case FindingSortKey::Installed: terms = {"f.installed_version"}; break;
    case FindingSortKey::Fixed: terms = {"f.fixed_version"}; break;
    case FindingSortKey::Package: terms = {"p.name"}; break;
    case FindingSortKey::DueDate: terms = {dueExpression(filter.sla)}; break;
    case FindingSortKey::Sources: terms = {"f.tool_mask"}; break;
    case FindingSortKey::Assignee: terms = {"t.assignee"}; break;
    case FindingSortKey::Rule: terms = {"r.key", "r.id"}; lead = Lead::Rules; break;
    case FindingSortKey::Title: terms = {"r.title", "r.id"}; lead = Lead::Rules; break;
    case FindingSortKey::Asset: terms = {"a.name", "a.id"}; lead = Lead::Assets; break;
    }
    terms.push_back("f.id");
    // Few matches: a unary + keeps SQLite from walking the sort index past a million rows that
    // fail the filter; the filter's index finds the rows and they are sorted.
    if (!orderedWalk) {
        for (std::string &t : terms)
            t.insert(t.begin(), '+');
    }

    // Join only what the sort or the columns need: every inner join is a lookup per row.
    const bool needRules = withColumns || lead == Lead::Rules;
    const bool needAssets = withColumns || lead == Lead::Assets;
    if (lead == Lead::Rules && orderedWalk)
        out.from = " FROM rules r CROSS JOIN findings f ON f.rule_id = r.id";
    else if (lead == Lead::Assets && orderedWalk)
        out.from = " FROM assets a CROSS JOIN findings f ON f.asset_id = a.id";
    else
        out.from = " FROM findings f";
    if (needRules && !(lead == Lead::Rules && orderedWalk))
        out.from += " JOIN rules r ON r.id = f.rule_id";
    if (needAssets && !(lead == Lead::Assets && orderedWalk))
        out.from += " JOIN assets a ON a.id = f.asset_id";
    if (withColumns)
        out.from += kLookups;
    else if (sort.key == FindingSortKey::Package)
        out.from += " LEFT JOIN packages p ON p.id = f.package_id";
    else if (sort.key == FindingSortKey::Assignee)
        out.from += " LEFT JOIN triage t ON t.finding_id = f.id";

    for (int pass = 0; pass < 2; ++pass) {
        const bool descending = (pass == 0) == sort.descending;
        std::string &order = pass == 0 ? out.orderBy : out.reverseOrderBy;
        order = " ORDER BY ";
        for (std::size_t i = 0; i < terms.size(); ++i)
            order += (i ? ", " : "") + terms[i] + (descending ? " DESC" : " ASC");
    }
    return out;
}

} // namespace bulkhead
