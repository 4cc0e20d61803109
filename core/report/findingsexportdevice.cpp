#include "report/findingsexportdevice.h"

#include <QIODevice>

#include <ostream>
#include <streambuf>
#include <vector>

namespace bulkhead {

namespace {

// A write-only std::streambuf over a QIODevice.
class DeviceBuffer : public std::streambuf
{
public:
    DeviceBuffer(QIODevice &device, const std::atomic<bool> *cancel)
        : m_device(device), m_cancel(cancel), m_buffer(64 * 1024)
    {
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    }

    bool failed() const { return m_failed; }
    bool cancelled() const { return m_cancel && m_cancel->load(); }

protected:
    int_type overflow(int_type c) override
    {
        if (!flushBuffer())
            return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }

    int sync() override { return flushBuffer() ? 0 : -1; }

private:
    bool flushBuffer()
    {
        const std::ptrdiff_t n = pptr() - pbase();
        if (cancelled())
            m_failed = true;
        if (!m_failed && n > 0 && m_device.write(pbase(), n) != n)
            m_failed = true;
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
        return !m_failed;
    }

    QIODevice &m_device;
    const std::atomic<bool> *m_cancel;
    std::vector<char> m_buffer;
    bool m_failed = false;
};

} // namespace

FindingsExportResult exportFindingsTo(const Database &db, const FindingsExportOptions &options, QIODevice &device,
                                      const std::atomic<bool> *cancel)
{
    DeviceBuffer buffer(device, cancel);
    std::ostream out(&buffer);
    FindingsExportResult result = exportFindings(db, options, out);
    out.flush();
    if (buffer.cancelled()) {
        result.ok = false;
        result.error = "cancelled";
    } else if (buffer.failed()) {
        result.ok = false;
        result.error = "writing the " + findingsExportFormatName(options.format)
            + " export failed: " + device.errorString().toStdString();
    }
    return result;
}

} // namespace bulkhead
