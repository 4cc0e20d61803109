#pragma once
// Text for people in bulkheadctl. Messages, help texts and table headers go through Qt's
// translation (the cli domain: translations/bulkhead_cli_<lang>.ts) and are printed as UTF-8;
// machine output (csv, json, fingerprints, exit codes) never passes through here.
#include "i18n/localeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <initializer_list>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace bulkhead::cli {

// UTF-8 text for the terminal. Functions that translate return it under this name: lupdate takes the
// "std" of a `std::string f()` definition for the scope of the tr() calls in it and warns.
using Utf8 = std::string;

// An argument of msg(): the command line's std::strings are UTF-8; numbers are written plainly
// (counts meant for a table go through i18n::localNumber first).
inline QString msgArg(const QString &s) { return s; }
inline QString msgArg(const std::string &s) { return QString::fromStdString(s); }
inline QString msgArg(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
inline QString msgArg(const char *s) { return QString::fromUtf8(s); }
template<class T>
    requires std::is_arithmetic_v<T>
QString msgArg(T value)
{
    return QString::number(value);
}

// A translated pattern with its %1..%9 filled in one pass (an argument holding "%2" stays as it is), as
// the UTF-8 bytes printf and puts write: msg(ImportCommand::tr("no such file %1"), path).
template<class... Args>
std::string msg(const QString &pattern, const Args &...args)
{
    if constexpr (sizeof...(Args) == 0)
        return pattern.toStdString();
    else
        return pattern.arg(msgArg(args)...).toStdString();
}

// `text` padded with spaces to `width` characters, not bytes (printf's %-20s counts bytes): a translated
// table header with umlauts or accents lines up with the rows under it. Negative widths align right, as
// %8s does; longer text is kept whole.
inline std::string padded(const QString &text, int width)
{
    return (width < 0 ? text.rightJustified(-width) : text.leftJustified(width)).toStdString();
}

// The UTC day of a time as the user's locale writes a date: "2026-11-29" under the C locale (the day
// the tables showed before they were translated), "29.11.2026" in German.
inline QString localDay(std::int64_t unixSeconds)
{
    return i18n::localDate(QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).date());
}

// A table's header line: each title padded to its column's width (see padded; 0 for the last, unpadded
// column), joined by `gap`, as the rows' printf format joins them.
inline std::string headerLine(std::initializer_list<std::pair<QString, int>> columns, const char *gap = "  ")
{
    std::string line;
    bool first = true;
    for (const auto &[title, width] : columns) {
        line += first ? "" : gap;
        line += padded(title, width);
        first = false;
    }
    return line;
}

} // namespace bulkhead::cli
