#include "reportsectiontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace bulkhead::pdf::reporttext {

QString tr(const char *text)
{
    return QCoreApplication::translate("Report", text);
}

QString day(std::int64_t t)
{
    if (t == 0)
        return tr("never");
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

QString dateTime(std::int64_t t)
{
    if (t == 0)
        return tr("never");
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString number(std::int64_t n)
{
    // The C locale's grouping would be none; English grouping reads the same on every machine.
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(static_cast<qlonglong>(n));
}

QString score(const std::optional<double> &s)
{
    if (!s)
        return QStringLiteral("-");
    QString text = QString::number(*s, 'f', 1);
    if (text.endsWith(QLatin1String(".0")))
        text.chop(2);
    return text;
}

QString percent(std::int64_t part, std::int64_t whole)
{
    if (whole <= 0)
        return QStringLiteral("-");
    return QString::number(static_cast<int>(100.0 * static_cast<double>(part) / static_cast<double>(whole) + 0.5)) + QLatin1Char('%');
}

QString severityLabel(int severity)
{
    switch (static_cast<Severity>(severity)) {
    case Severity::Critical: return tr("Critical");
    case Severity::High: return tr("High");
    case Severity::Medium: return tr("Medium");
    case Severity::Low: return tr("Low");
    case Severity::Info: return tr("Info");
    case Severity::Unknown: break;
    }
    return tr("Unknown");
}

QColor severityColor(int severity)
{
    switch (static_cast<Severity>(severity)) {
    case Severity::Critical: return QColor(0x9b, 0x1c, 0x1c);
    case Severity::High: return QColor(0xd9, 0x4a, 0x1e);
    case Severity::Medium: return QColor(0xc7, 0x8a, 0x00);
    case Severity::Low: return QColor(0x3b, 0x7d, 0xc4);
    case Severity::Info: return QColor(0x6b, 0x72, 0x80);
    case Severity::Unknown: break;
    }
    return QColor(0x9c, 0xa3, 0xaf);
}

QString statusLabel(ControlStatus s)
{
    switch (s) {
    case ControlStatus::Pass: return tr("Pass");
    case ControlStatus::Partial: return tr("Partial");
    case ControlStatus::Fail: return tr("Fail");
    case ControlStatus::Attested: return tr("Attested");
    case ControlStatus::NotAssessed: break;
    }
    return tr("Not assessed");
}

QColor statusColor(ControlStatus s)
{
    switch (s) {
    case ControlStatus::Pass: return QColor(0x15, 0x80, 0x3d);
    case ControlStatus::Partial: return QColor(0xb4, 0x53, 0x09);
    case ControlStatus::Fail: return QColor(0xb9, 0x1c, 0x1c);
    case ControlStatus::Attested: return QColor(0x1d, 0x4e, 0xd8);
    case ControlStatus::NotAssessed: break;
    }
    return QColor(0x6b, 0x72, 0x80);
}

} // namespace bulkhead::pdf::reporttext
