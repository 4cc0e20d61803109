#include "report/listexport.h"

namespace bulkhead {

bool parseExportFormat(std::string_view text, ExportFormat &format)
{
    if (text == "csv")
        format = ExportFormat::Csv;
    else if (text == "json")
        format = ExportFormat::Json;
    else
        return false;
    return true;
}

ListExportWriter::ListExportWriter(ExportFormat format, Sink sink) : m_format(format), m_sink(std::move(sink)) {}

void ListExportWriter::begin(const std::string &csvHeader)
{
    if (m_format == ExportFormat::Csv)
        m_buffer += csvHeader + '\n';
    else
        m_buffer += '[';
}

bool ListExportWriter::end()
{
    if (m_format == ExportFormat::Json)
        m_buffer += m_rows ? "\n]\n" : "]\n";
    return flush();
}

bool ListExportWriter::flush()
{
    if (m_ok && !m_buffer.empty())
        m_ok = m_sink(m_buffer);
    m_buffer.clear();
    return m_ok;
}

std::string ListExportWriter::dumpJson(const nlohmann::ordered_json &value)
{
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace bulkhead
