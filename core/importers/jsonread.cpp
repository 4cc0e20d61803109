#include "importers/jsonread.h"

#include <charconv>

namespace bulkhead::jsonread {

std::string_view textView(simdjson::simdjson_result<value> v)
{
    if (!readable(v.error()))
        return {};
    value val = v.value_unsafe();
    simdjson::ondemand::json_type type;
    if (!readable(val.type().get(type)))
        return {};
    switch (type) {
    case simdjson::ondemand::json_type::string: {
        std::string_view s;
        if (!readable(val.get_string().get(s)))
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
    if (!readable(v.error()))
        return fallback;
    value val = v.value_unsafe();
    simdjson::ondemand::json_type type;
    if (!readable(val.type().get(type)))
        return fallback;
    if (type == simdjson::ondemand::json_type::number) {
        double d;
        if (readable(val.get_double().get(d)))
            return d;
        return fallback;
    }
    if (type == simdjson::ondemand::json_type::string) {
        std::string_view s;
        if (!readable(val.get_string().get(s)))
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
    // Converting an out-of-range double is undefined behaviour: refuse it instead.
    if (!(d >= -9.2e18 && d <= 9.2e18))
        return fallback;
    return static_cast<std::int64_t>(d);
}

std::string_view firstString(simdjson::simdjson_result<value> v)
{
    if (!readable(v.error()))
        return {};
    array arr;
    if (!readable(v.value_unsafe().get_array().get(arr)))
        return {};
    for (auto item : arr) {
        std::string_view s;
        if (readable(item.get_string().get(s)) && !s.empty())
            return s;
    }
    return {};
}

void appendStrings(simdjson::simdjson_result<value> v, std::string &out, char sep)
{
    if (!readable(v.error()))
        return;
    array arr;
    if (!readable(v.value_unsafe().get_array().get(arr)))
        return;
    for (auto item : arr) {
        std::string_view s;
        if (!readable(item.get_string().get(s)) || s.empty())
            continue;
        if (!out.empty())
            out.push_back(sep);
        out.append(s);
    }
}

bool readable(simdjson::error_code code)
{
    if (code == simdjson::SUCCESS)
        return true;
    if (isEntryError(code) || code == simdjson::STRING_ERROR)
        return false;
    throw simdjson::simdjson_error(code);
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
