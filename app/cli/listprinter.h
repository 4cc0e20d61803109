#pragma once

#include "cliargs.h"
#include "clitext.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <string>

namespace bulkhead::cli {

// The --limit and --format options every list command (images, workloads) takes. Returns the
// usage problem (translated, UTF-8), "" when both are fine (limit -1 = none, format table by default).
inline std::string readListOptions(const CliArgs &args, long long &limit, std::string &format)
{
    limit = -1;
    if (!args.count("--limit", limit))
        return msg(QCoreApplication::translate("ListPrinter", "--limit takes a number"));
    format = args.value("--format").value_or("table");
    if (format != "table" && format != "csv" && format != "json")
        return msg(QCoreApplication::translate("ListPrinter", "--format must be table, csv or json"));
    return {};
}

// The output of a list command (images, workloads) read in pages: a JSON array written object by
// object (nothing is held), or csv / table lines, up to a limit (-1 = none).
class ListPrinter
{
public:
    ListPrinter(std::string format, long long limit) : m_format(std::move(format)), m_limit(limit) {}

    // Before the first row: "[" for json, the csv header or the table's header line.
    void begin(const std::string &csvHeader, const std::string &tableHeader)
    {
        if (m_format == "json")
            std::fputs("[", stdout);
        else
            std::puts((m_format == "csv" ? csvHeader : tableHeader).c_str());
    }
    // One row; false (and nothing printed) once the limit is reached.
    template<class Json, class Csv, class Table>
    bool row(Json &&json, Csv &&csv, Table &&table)
    {
        if (full())
            return false;
        ++m_written;
        if (m_format == "json") {
            std::fputs(m_written == 1 ? "\n" : ",\n", stdout);
            std::fputs(json().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str(), stdout);
        } else {
            std::puts((m_format == "csv" ? csv() : table()).c_str());
        }
        return true;
    }
    bool full() const { return m_limit >= 0 && m_written >= m_limit; }
    // Every row of `fetch(offset, pageSize)` pages until a short page or the limit, then end().
    template<class Fetch, class Json, class Csv, class Table>
    void pages(int pageSize, Fetch &&fetch, Json &&json, Csv &&csv, Table &&table)
    {
        for (std::int64_t offset = 0;; offset += pageSize) {
            const auto rows = fetch(offset, pageSize);
            for (const auto &r : rows)
                row([&] { return json(r); }, [&] { return csv(r); }, [&] { return table(r); });
            if (static_cast<int>(rows.size()) < pageSize || full())
                break;
        }
        end();
    }
    void end()
    {
        if (m_format == "json")
            std::fputs(m_written ? "\n]\n" : "]\n", stdout);
    }

private:
    std::string m_format;
    long long m_limit = -1;
    long long m_written = 0;
};

// printf into a string (table lines).
template<class... Args>
std::string formatLine(const char *format, Args... args)
{
    char buffer[1024];
    std::snprintf(buffer, sizeof buffer, format, args...);
    return buffer;
}

} // namespace bulkhead::cli
