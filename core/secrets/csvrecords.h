#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

// The records of an RFC 4180 text (quoted fields with "" escapes and line breaks inside them,
// CRLF or LF line ends), each with the line it starts on, so that an error can name it. A record
// whose quoting is broken is left out and named in `errors` instead. Fields are returned as
// written (no trimming); a blank line is a record of one empty field.
struct CsvRecord {
    int line = 0; // 1-based, of the record's first character
    std::vector<std::string> fields;
};
struct CsvProblem {
    int line = 0;
    std::string message; // "a quoted field is not closed", "text after a closing quote"
};
struct CsvRecords {
    std::vector<CsvRecord> records;
    std::vector<CsvProblem> problems;
};
CsvRecords readCsvRecords(std::string_view text);

} // namespace bulkhead
