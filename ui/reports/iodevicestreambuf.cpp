#include "reports/iodevicestreambuf.h"

#include <QIODevice>

namespace bulkhead::ui {

IODeviceStreamBuf::IODeviceStreamBuf(QIODevice &device, const std::atomic<bool> *cancel)
    : m_device(device), m_cancel(cancel)
{
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
}

IODeviceStreamBuf::~IODeviceStreamBuf()
{
    flushBuffer();
}

bool IODeviceStreamBuf::flushBuffer()
{
    const qint64 pending = pptr() - pbase();
    if (m_cancel && m_cancel->load())
        m_failed = true;
    if (!m_failed && pending > 0 && m_device.write(pbase(), pending) != pending)
        m_failed = true;
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    return !m_failed;
}

IODeviceStreamBuf::int_type IODeviceStreamBuf::overflow(int_type ch)
{
    if (!flushBuffer())
        return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(ch);
        pbump(1);
    }
    return traits_type::not_eof(ch);
}

int IODeviceStreamBuf::sync()
{
    return flushBuffer() ? 0 : -1;
}

} // namespace bulkhead::ui
