#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace bulkhead {

// The two file formats of a list export (a page of the GUI, `bulkheadctl LIST --format`).
enum class ExportFormat : std::uint8_t { Csv, Json };

// "csv" / "json" (the CLI's --format, a file dialog's choice); false for anything else.
bool parseExportFormat(std::string_view text, ExportFormat &format);

// Writes one list as CSV (a header line, then one line per row) or JSON (an array, one object a
// line), exactly as `bulkheadctl LIST --format csv|json` prints it, into `sink` in chunks of about
// a megabyte: the rows are never all in memory. A sink returning false (disk full, cancel) stops
// the export; ok() then stays false.
class ListExportWriter
{
public:
    using Sink = std::function<bool(std::string_view bytes)>;

    ListExportWriter(ExportFormat format, Sink sink);

    void begin(const std::string &csvHeader);
    // One row; `csv()` returns its CSV line (without the line end), `json()` its object.
    template <class Csv, class Json>
    bool row(Csv &&csv, Json &&json)
    {
        if (!m_ok)
            return false;
        if (m_format == ExportFormat::Csv) {
            m_buffer += csv();
            m_buffer += '\n';
        } else {
            m_buffer += m_rows ? ",\n" : "\n";
            m_buffer += dumpJson(json());
        }
        ++m_rows;
        return m_buffer.size() < kChunk || flush();
    }
    // Closes the JSON array and hands out what is left; returns ok().
    bool end();

    bool ok() const { return m_ok; }
    std::int64_t rows() const { return m_rows; }
    ExportFormat format() const { return m_format; }

    // One JSON value on one line, invalid UTF-8 replaced (scanner text is not always clean).
    static std::string dumpJson(const nlohmann::ordered_json &value);

private:
    static constexpr std::size_t kChunk = 1 << 20;
    bool flush();

    ExportFormat m_format;
    Sink m_sink;
    std::string m_buffer;
    std::int64_t m_rows = 0;
    bool m_ok = true;
};

// What an entity's export wrote: `rows` rows; `ok` false when the sink refused a chunk.
struct ListExportResult {
    std::int64_t rows = 0;
    bool ok = true;
};

// Pages `fetch(offset, pageSize)` (a repository's paged query) until a short page, writing each
// row through `writer` (csv(row), json(row)); begin and end included.
template <class Fetch, class Csv, class Json>
ListExportResult writeListPages(ListExportWriter &writer, const std::string &csvHeader, int pageSize, Fetch &&fetch,
                                Csv &&csv, Json &&json)
{
    writer.begin(csvHeader);
    for (std::int64_t offset = 0; writer.ok(); offset += pageSize) {
        const auto rows = fetch(offset, pageSize);
        for (const auto &r : rows) {
            if (!writer.row([&] { return csv(r); }, [&] { return json(r); }))
                break;
        }
        if (static_cast<int>(rows.size()) < pageSize)
            break;
    }
    writer.end();
    return {writer.rows(), writer.ok()};
}

} // namespace bulkhead
