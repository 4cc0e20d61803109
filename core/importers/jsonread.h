#pragma once

#include "util/timestamps.h"

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <string_view>

// Small helpers over simdjson On-Demand shared by the format parsers. On-Demand reads the
// document front to back without building a DOM; values must be consumed in document order or
// skipped, and a string_view it returns is valid until the next document is parsed.
namespace bulkhead::jsonread {

using simdjson::ondemand::array;
using simdjson::ondemand::object;
using simdjson::ondemand::value;

// The string value, or "" when the value is null, missing or of another type (numbers and
// booleans are rendered as their JSON text, since some tools write versions as numbers).
// These helpers answer entry errors with their fallback and throw structural ones (readable()).
std::string text(simdjson::simdjson_result<value> v);
std::string_view textView(simdjson::simdjson_result<value> v); // same, without copying
// A number (or a numeric string) or `fallback`.
double number(simdjson::simdjson_result<value> v, double fallback = -1);
std::int64_t integer(simdjson::simdjson_result<value> v, std::int64_t fallback = 0);
// The first non-empty string of an array (RepoTags, RepoDigests, fix versions), or "".
std::string_view firstString(simdjson::simdjson_result<value> v);
// Appends each string of an array to `out`, joined by `sep`; non-strings are skipped.
void appendStrings(simdjson::simdjson_result<value> v, std::string &out, char sep);

// See util/timestamps.h; here for the parsers' convenience.
using ::bulkhead::parseTimestamp;

// True for errors that concern one value (wrong type, missing field, bad number): the entry
// holding it is skipped with a warning. Anything else (truncation, broken structure, bad UTF-8)
// makes the whole file unreadable.
bool isEntryError(simdjson::error_code code);

// Whether reading a value worked: false for an entry error (the caller goes on without the value);
// throws simdjson_error for any other error. A structural error (a stray byte, a missing comma)
// abandons simdjson's iterator, and reading on from it dereferences null: the parsers may not
// swallow one (found by fuzzing; tests/fuzz/regressions/trivy_operator). STRING_ERROR (a bad
// escape) only concerns the string just read, so it counts as an entry error here.
bool readable(simdjson::error_code code);

// Runs `body` for one entry of an array; on an entry-level error, records a warning that names
// `where` and the error, and returns false. Structural errors propagate.
template <typename Report, typename Fn>
bool guardEntry(Report &report, const std::string &where, Fn &&body)
{
    try {
        body();
        return true;
    } catch (const simdjson::simdjson_error &e) {
        if (!isEntryError(e.error()))
            throw;
        report.warn(where + ": " + simdjson::error_message(e.error()));
        return false;
    }
}

} // namespace bulkhead::jsonread
