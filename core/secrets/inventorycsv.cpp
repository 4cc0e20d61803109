#include "secrets/inventorycsv.h"

#include "secrets/csvrecords.h"
#include "secrets/secrettimestamp.h"
#include "util/asciicase.h"

#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

namespace bulkhead {

namespace {

constexpr std::size_t kMaxErrors = 100;
// An inventory lists names, not data: anything this large is the wrong file.
constexpr std::uintmax_t kMaxBytes = 64u << 20;

enum Column { Name, Owner, Store, LastRotated, PolicyDays, ColumnCount };
constexpr std::array<const char *, ColumnCount> kColumns{"name", "owner", "store", "last_rotated", "policy_days"};
constexpr std::array<bool, ColumnCount> kRequired{true, false, true, true, false};

std::string trimmed(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

// "Last Rotated", "last-rotated" and "LAST_ROTATED" all name last_rotated: spreadsheets write
// headers for people.
std::string columnKey(std::string_view header)
{
    std::string key = asciiLower(trimmed(header));
    for (char &c : key) {
        if (c == ' ' || c == '-')
            c = '_';
    }
    return key;
}

// A cell as an error message quotes it: short, on one line.
std::string cellText(std::string_view cell)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < cell.size() && i < 60; ++i)
        out += static_cast<unsigned char>(cell[i]) < 0x20 ? ' ' : cell[i];
    if (cell.size() > 60)
        out += "...";
    return out + '"';
}

bool validUtf8(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size() || (len == 2 && c < 0xC2))
            return false;
        for (std::size_t k = 1; k < len; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += len;
    }
    return true;
}

bool blank(const CsvRecord &r)
{
    return r.fields.size() == 1 && trimmed(r.fields[0]).empty();
}

class Parser {
public:
    Parser(const std::string &path, const std::string &inventory)
        : m_file(std::filesystem::path(path).filename().string()), m_inventory(inventory)
    {
    }

    InventoryParse parse(const std::string &path)
    {
        std::string text;
        if (!readFile(path, text))
            return finish();
        if (text.starts_with("\xEF\xBB\xBF"))
            text.erase(0, 3);
        CsvRecords csv = readCsvRecords(text);
        for (const CsvProblem &p : csv.problems)
            error(p.line, p.message);

        auto it = csv.records.begin();
        while (it != csv.records.end() && blank(*it))
            ++it;
        if (it == csv.records.end()) {
            if (csv.problems.empty())
                error(0, "no header line (the file is empty)");
            return finish();
        }
        if (!readHeader(*it))
            return finish();
        for (++it; it != csv.records.end(); ++it) {
            if (!blank(*it))
                readRow(*it);
        }
        return finish();
    }

private:
    bool readFile(const std::string &path, std::string &text)
    {
        std::error_code ec;
        const auto size = std::filesystem::file_size(path, ec);
        if (ec) {
            error(0, "cannot be read (" + ec.message() + ")");
            return false;
        }
        if (size > kMaxBytes) {
            error(0, "is " + std::to_string(size >> 20) + " MB; an inventory of names is far smaller (limit 64 MB)");
            return false;
        }
        std::ifstream in(path, std::ios::binary);
        std::ostringstream buffer;
        buffer << in.rdbuf();
        if (!in) {
            error(0, "cannot be read");
            return false;
        }
        text = std::move(buffer).str();
        return true;
    }

    bool readHeader(const CsvRecord &header)
    {
        m_index.fill(-1);
        bool complete = true;
        for (std::size_t i = 0; i < header.fields.size(); ++i) {
            const std::string key = columnKey(header.fields[i]);
            for (int c = 0; c < ColumnCount; ++c) {
                if (key != kColumns[c])
                    continue;
                if (m_index[c] >= 0) {
                    error(header.line, std::string("column ") + kColumns[c] + " appears twice");
                    complete = false;
                }
                m_index[c] = static_cast<int>(i);
            }
        }
        m_width = header.fields.size();
        for (int c = 0; c < ColumnCount; ++c) {
            if (kRequired[c] && m_index[c] < 0) {
                error(0, std::string("missing column ") + kColumns[c]);
                complete = false;
            }
        }
        return complete;
    }

    std::string cell(const CsvRecord &r, Column c) const
    {
        const int i = m_index[c];
        return i >= 0 && static_cast<std::size_t>(i) < r.fields.size() ? trimmed(r.fields[i]) : std::string();
    }

    void readRow(const CsvRecord &r)
    {
        ++m_out.rows;
        const int line = r.line;
        if (r.fields.size() > m_width) {
            error(line, std::to_string(r.fields.size()) + " fields, the header names " + std::to_string(m_width)
                            + " (a comma in an unquoted cell?)");
            return;
        }
        for (const std::string &field : r.fields) {
            if (!validUtf8(field)) {
                error(line, "not UTF-8 text");
                return;
            }
        }
        bool ok = true;
        for (int c = 0; c < ColumnCount; ++c) {
            if (kRequired[c] && cell(r, static_cast<Column>(c)).empty()) {
                error(line, std::string(kColumns[c]) + " is empty");
                ok = false;
            }
        }
        SecretRecord s;
        s.store = SecretStoreKind::Inventory;
        s.origin = m_inventory;
        s.location = cell(r, Store);
        s.name = cell(r, Name);
        s.owner = cell(r, Owner);
        s.ageSource = AgeSource::Inventory;
        s.ageDetail = "last_rotated in inventory " + m_inventory;
        if (const std::string rotated = cell(r, LastRotated); !rotated.empty()) {
            s.lastChangeAt = parseStatedTime(rotated, true);
            if (s.lastChangeAt <= 0) {
                error(line, "last_rotated " + cellText(rotated) + " is not a date (YYYY-MM-DD or RFC 3339)");
                ok = false;
            }
        }
        if (const std::string days = cell(r, PolicyDays); !days.empty()) {
            s.declaredPolicyDays = parseStatedDays(days);
            if (!s.declaredPolicyDays) {
                error(line, "policy_days " + cellText(days) + " is not a whole number of days from 0 to "
                                + std::to_string(kMaxStatedDays));
                ok = false;
            }
        }
        if (!s.name.empty() && !s.location.empty()) {
            const auto [seen, added] = m_seen.emplace(std::make_pair(s.location, s.name), line);
            if (!added) {
                error(line, "store " + cellText(s.location) + " name " + cellText(s.name) + " repeats line "
                                + std::to_string(seen->second));
                ok = false;
            }
        }
        if (ok)
            m_out.records.push_back(std::move(s));
    }

    // line 0: about the file as a whole.
    void error(int line, const std::string &message)
    {
        ++m_out.errorCount;
        if (m_out.errors.size() < kMaxErrors)
            m_out.errors.push_back(m_file + (line > 0 ? " line " + std::to_string(line) : std::string()) + ": " + message);
    }

    // Nothing of a file with a problem is imported.
    InventoryParse finish()
    {
        if (m_out.errorCount > 0)
            m_out.records.clear();
        return std::move(m_out);
    }

    std::string m_file, m_inventory;
    std::array<int, ColumnCount> m_index{};
    std::size_t m_width = 0;
    std::map<std::pair<std::string, std::string>, int> m_seen;
    InventoryParse m_out;
};

} // namespace

InventoryParse parseInventoryCsv(const std::string &path, const std::string &inventoryName)
{
    return Parser(path, inventoryName.empty() ? inventoryNameForFile(path) : inventoryName).parse(path);
}

std::string inventoryNameForFile(const std::string &path)
{
    return std::filesystem::path(path).stem().string();
}

} // namespace bulkhead
