#include "util/timestamps.h"

#include <charconv>
#include <ctime>

namespace bulkhead {

namespace {
bool readInt(std::string_view s, std::size_t pos, std::size_t len, int &out)
{
    if (pos + len > s.size())
        return false;
    const auto res = std::from_chars(s.data() + pos, s.data() + pos + len, out);
    return res.ec == std::errc() && res.ptr == s.data() + pos + len;
}
} // namespace

std::int64_t parseTimestamp(std::string_view s)
{
    int year, month, day, hour = 0, minute = 0, second = 0;
    if (!readInt(s, 0, 4, year) || s.size() < 10 || s[4] != '-' || !readInt(s, 5, 2, month)
        || s[7] != '-' || !readInt(s, 8, 2, day))
        return 0;
    std::size_t pos = 10;
    long offsetSeconds = 0;
    if (pos < s.size() && (s[pos] == 'T' || s[pos] == 't' || s[pos] == ' ')) {
        if (!readInt(s, 11, 2, hour) || s.size() < 19 || s[13] != ':' || !readInt(s, 14, 2, minute)
            || s[16] != ':' || !readInt(s, 17, 2, second))
            return 0;
        pos = 19;
        if (pos < s.size() && s[pos] == '.') {
            ++pos;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
                ++pos;
        }
        if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
            int oh = 0, om = 0;
            if (!readInt(s, pos + 1, 2, oh))
                return 0;
            const std::size_t mpos = (pos + 3 < s.size() && s[pos + 3] == ':') ? pos + 4 : pos + 3;
            readInt(s, mpos, 2, om);
            offsetSeconds = (oh * 3600L + om * 60L) * (s[pos] == '-' ? -1 : 1);
        }
    }
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return 0;
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    return static_cast<std::int64_t>(timegm(&tm)) - offsetSeconds;
}

std::string isoTimestamp(std::int64_t unixSeconds)
{
    if (unixSeconds <= 0)
        return {};
    const std::time_t t = static_cast<std::time_t>(unixSeconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

} // namespace bulkhead
