#include "secrets/secrettimestamp.h"

#include "util/timestamps.h"

#include <charconv>

namespace bulkhead {

namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t count)
{
    if (pos + count > s.size())
        return false;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
    }
    return true;
}

int number(std::string_view s, std::size_t pos, std::size_t count)
{
    int v = 0;
    for (std::size_t i = pos; i < pos + count; ++i)
        v = v * 10 + (s[i] - '0');
    return v;
}

bool validDay(int year, int month, int day)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

} // namespace

std::int64_t parseStatedTime(std::string_view s, bool allowDate)
{
    // YYYY-MM-DD
    if (!digits(s, 0, 4) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2) || s[7] != '-' || !digits(s, 8, 2))
        return 0;
    if (!validDay(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2)))
        return 0;
    if (s.size() == 10)
        return allowDate ? parseTimestamp(s) : 0;
    // THH:MM:SS
    if ((s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(s, 11, 2) || s.size() < 19 || s[13] != ':'
        || !digits(s, 14, 2) || s[16] != ':' || !digits(s, 17, 2))
        return 0;
    if (number(s, 11, 2) > 23 || number(s, 14, 2) > 59 || number(s, 17, 2) > 60)
        return 0;
    std::size_t pos = 19;
    if (pos < s.size() && s[pos] == '.') {
        const std::size_t start = ++pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
            ++pos;
        if (pos == start)
            return 0;
    }
    // Z or +HH:MM / -HH:MM, and then the end.
    if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        if (!digits(s, pos + 1, 2) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2)
            || number(s, pos + 1, 2) > 23 || number(s, pos + 4, 2) > 59)
            return 0;
        pos += 6;
    } else {
        return 0;
    }
    return pos == s.size() ? parseTimestamp(s) : 0;
}

std::optional<int> parseStatedDays(std::string_view text)
{
    int days = 0;
    const auto res = std::from_chars(text.data(), text.data() + text.size(), days);
    if (text.empty() || res.ec != std::errc() || res.ptr != text.data() + text.size() || days < 0
        || days > kMaxStatedDays)
        return std::nullopt;
    return days;
}

} // namespace bulkhead
