#include "importers/jsonread.h"

#include <charconv>
#include <ctime>

namespace bulkhead::jsonread {

std::string_view textView(simdjson::simdjson_result<value> v)
{
    if (v.error())
        return {};
    value val = v.value_unsafe();
    simdjson::ondemand::json_type type;
    if (val.type().get(type))
        return {};
    switch (type) {
    case simdjson::ondemand::json_type::string: {
        std::string_view s;
        if (val.get_string().get(s))
            return {};
        return s;
    }
    case simdjson::ondemand::json_type::number:
    case simdjson::ondemand::json_type::boolean: {
        std::string_view raw = val.raw_json_token();
        while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' || raw.back() == '\t'))
            raw.remove_suffix(1);
        return raw;
    }
    default:
        return {};
    }
}

std::string text(simdjson::simdjson_result<value> v)
{
    return std::string(textView(std::move(v)));
}

double number(simdjson::simdjson_result<value> v, double fallback)
{
    if (v.error())
        return fallback;
    value val = v.value_unsafe();
    simdjson::ondemand::json_type type;
    if (val.type().get(type))
        return fallback;
    if (type == simdjson::ondemand::json_type::number) {
        double d;
        if (!val.get_double().get(d))
            return d;
        return fallback;
    }
    if (type == simdjson::ondemand::json_type::string) {
        std::string_view s;
        if (val.get_string().get(s))
            return fallback;
        double d;
        const auto res = std::from_chars(s.data(), s.data() + s.size(), d);
        if (res.ec == std::errc())
            return d;
    }
    return fallback;
}

std::int64_t integer(simdjson::simdjson_result<value> v, std::int64_t fallback)
{
    const double d = number(std::move(v), static_cast<double>(fallback));
    return static_cast<std::int64_t>(d);
}

void appendStrings(simdjson::simdjson_result<value> v, std::string &out, char sep)
{
    if (v.error())
        return;
    array arr;
    if (v.value_unsafe().get_array().get(arr))
        return;
    for (auto item : arr) {
        std::string_view s;
        if (item.get_string().get(s) || s.empty())
            continue;
        if (!out.empty())
            out.push_back(sep);
        out.append(s);
    }
}

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

bool isEntryError(simdjson::error_code code)
{
    switch (code) {
    case simdjson::INCORRECT_TYPE:
    case simdjson::NO_SUCH_FIELD:
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
    case simdjson::INDEX_OUT_OF_BOUNDS:
        return true;
    default:
        return false;
    }
}

} // namespace bulkhead::jsonread
