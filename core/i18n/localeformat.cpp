#include "i18n/localeformat.h"

#include <QLocale>

namespace bulkhead::i18n {

namespace {

bool isCLocale(const QLocale &locale)
{
    return locale.language() == QLocale::C;
}

// The locale's short date format with a four-digit year ("dd.MM.yy" -> "dd.MM.yyyy").
QString shortDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

QString localDateFormat()
{
    const QLocale locale;
    return isCLocale(locale) ? QStringLiteral("yyyy-MM-dd") : shortDateFormat(locale);
}

QString localDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, localDateFormat());
}

QString localDate(std::int64_t epochSeconds)
{
    return localDate(QDateTime::fromSecsSinceEpoch(epochSeconds).date());
}

QString localDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    const QLocale locale;
    if (isCLocale(locale))
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return locale.toString(local, shortDateFormat(locale) + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat));
}

QString localDateTime(std::int64_t epochSeconds)
{
    return localDateTime(QDateTime::fromSecsSinceEpoch(epochSeconds));
}

QString localNumber(std::int64_t value)
{
    const QLocale locale;
    if (isCLocale(locale))
        return QString::number(value);
    return locale.toString(static_cast<qlonglong>(value));
}

QString localNumber(double value, int decimals)
{
    const QLocale locale;
    if (isCLocale(locale))
        return QString::number(value, 'f', decimals);
    return locale.toString(value, 'f', decimals);
}

QString localPercent(double fraction, int decimals)
{
    const QLocale locale;
    const QString number = localNumber(fraction * 100.0, decimals);
    if (isCLocale(locale))
        return number + QLatin1Char('%');
    // French and German put a (narrow no-break) space before the sign; QLocale knows the sign, not the
    // spacing, so follow the language's typographic rule.
    const bool spaced = locale.language() == QLocale::French || locale.language() == QLocale::German;
    return number + (spaced ? QStringLiteral("\u202F") : QString()) + locale.percent();
}

} // namespace bulkhead::i18n
