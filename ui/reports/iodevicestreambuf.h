#pragma once

#include <array>
#include <atomic>
#include <streambuf>

class QIODevice;

namespace bulkhead::ui {

// A std::ostream's buffer over a QIODevice: exportFindings streams to an std::ostream, and
// writeFileAtomically hands out the temporary file as a QIODevice. Writes go out in 64 KiB
// blocks. A failed write (disk full) or a cancel request makes every later write fail, so the
// stream goes bad and the caller reports it; failed() tells which.
class IODeviceStreamBuf final : public std::streambuf
{
public:
    explicit IODeviceStreamBuf(QIODevice &device, const std::atomic<bool> *cancel = nullptr);
    ~IODeviceStreamBuf() override;
    IODeviceStreamBuf(const IODeviceStreamBuf &) = delete;
    IODeviceStreamBuf &operator=(const IODeviceStreamBuf &) = delete;

    bool failed() const { return m_failed; }

protected:
    int_type overflow(int_type ch) override;
    int sync() override;

private:
    bool flushBuffer();

    QIODevice &m_device;
    const std::atomic<bool> *m_cancel;
    std::array<char, 64 * 1024> m_buffer{};
    bool m_failed = false;
};

} // namespace bulkhead::ui
