#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>

namespace bulkhead::i18n {

// Dates, times and numbers as the user's locale writes them (QLocale's default, which
// installTranslations sets from the chosen language): "29.11.2026" in German, "29/11/2026" in French,
// "11/29/2026" in US English; group separators in counts ("1.234.567", "1 234 567"). Years always have four
// digits: an audit trail spans decades. Under the C/POSIX locale (scripts, CI, the tests) dates are ISO
// 8601 ("2026-11-29", "2026-11-29 14:05") and numbers have no separators, as before translations existed.
// Only for people: CSV, JSON, file names and anything a program reads keep ISO dates and plain numbers.
QString localDate(const QDate &date);
QString localDate(std::int64_t epochSeconds); // local time zone
QString localDateTime(const QDateTime &dateTime); // date and hh:mm, local time zone
QString localDateTime(std::int64_t epochSeconds);
QString localNumber(std::int64_t value);
QString localNumber(double value, int decimals); // "28.3" / "28,3"
QString localPercent(double fraction, int decimals = 0); // 0.283 -> "28 %" / "28%" as the locale writes it

// The QDate format localDate writes ("dd.MM.yyyy", "dd/MM/yyyy"; "yyyy-MM-dd" under C), for date editors
// (QDateEdit::setDisplayFormat) that should show dates as the rest of the program does.
QString localDateFormat();

} // namespace bulkhead::i18n
