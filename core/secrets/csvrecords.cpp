#include "secrets/csvrecords.h"

namespace bulkhead {

namespace {

class Reader {
public:
    explicit Reader(std::string_view text) : m_text(text) {}

    CsvRecords read()
    {
        while (m_pos < m_text.size()) {
            CsvRecord record;
            record.line = m_line;
            if (readRecord(record.fields))
                m_out.records.push_back(std::move(record));
        }
        return std::move(m_out);
    }

private:
    bool atLineEnd() const { return m_pos >= m_text.size() || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'; }

    // Past "\r\n", "\n" or a lone "\r".
    void skipLineEnd()
    {
        if (m_pos < m_text.size() && m_text[m_pos] == '\r')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '\n')
            ++m_pos;
        ++m_line;
    }

    // The rest of a broken record is dropped up to its physical line end, so that reading goes
    // on at the next record and every broken line is reported, not only the first.
    bool fail(int line, const char *message)
    {
        m_out.problems.push_back({line, message});
        while (!atLineEnd())
            ++m_pos;
        if (m_pos < m_text.size())
            skipLineEnd();
        return false;
    }

    bool readRecord(std::vector<std::string> &fields)
    {
        const int start = m_line;
        while (true) {
            std::string field;
            if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                ++m_pos;
                while (true) {
                    if (m_pos >= m_text.size()) {
                        m_out.problems.push_back({start, "a quoted field is not closed"});
                        return false;
                    }
                    const char c = m_text[m_pos++];
                    if (c == '"') {
                        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                            field += '"';
                            ++m_pos;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n')
                        ++m_line;
                    field += c;
                }
                if (!atLineEnd() && m_text[m_pos] != ',')
                    return fail(start, "text after a closing quote");
            } else {
                while (!atLineEnd() && m_text[m_pos] != ',')
                    field += m_text[m_pos++];
            }
            fields.push_back(std::move(field));
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size())
                skipLineEnd();
            return true;
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_line = 1;
    CsvRecords m_out;
};

} // namespace

CsvRecords readCsvRecords(std::string_view text)
{
    return Reader(text).read();
}

} // namespace bulkhead
