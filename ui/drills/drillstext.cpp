#include "drills/drillstext.h"

#include "i18n/localeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace bulkhead::ui::drillstext {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr(): lupdate files the strings under the macro's context, the one
// tr() looks up at run time.
class DrillsText
{
    Q_DECLARE_TR_FUNCTIONS(DrillsText)
};

bool blank(const std::string &s)
{
    return QString::fromStdString(s).trimmed().isEmpty();
}

} // namespace

QString kindTitle(DrillKind kind)
{
    return kind == DrillKind::PostIncident ? DrillsText::tr("Post-incident review")
                                           : DrillsText::tr("Tabletop exercise");
}

QString cadenceText(int cadenceDays)
{
    switch (cadenceDays) {
    case 0:
        return DrillsText::tr("On demand");
    case 30:
        return DrillsText::tr("Monthly");
    case 90:
        return DrillsText::tr("Quarterly");
    case 180:
        return DrillsText::tr("Half-yearly");
    case 365:
        return DrillsText::tr("Yearly");
    default:
        return DrillsText::tr("Every %Ln days", nullptr, cadenceDays);
    }
}

QString dateText(std::int64_t unixSeconds)
{
    if (unixSeconds <= 0)
        return {};
    return i18n::localDate(unixSeconds);
}

std::int64_t startOfDay(std::int64_t unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds).date().startOfDay().toSecsSinceEpoch();
}

QString joinNames(const std::vector<std::string> &names)
{
    QStringList out;
    for (const std::string &n : names)
        out << QString::fromStdString(n);
    return out.join(QStringLiteral(", "));
}

std::vector<std::string> splitNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    std::vector<std::string> out;
    for (const QString &part : text.split(separators)) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            out.push_back(name.toStdString());
    }
    return out;
}

QStringList unexplainedItems(const DrillRun &run)
{
    QStringList out;
    for (const DrillItem &item : run.items) {
        if (!item.done && blank(item.notes))
            out << QString::fromStdString(item.text);
    }
    return out;
}

QString progressText(const DrillRun &run)
{
    int done = 0;
    for (const DrillItem &item : run.items)
        done += item.done ? 1 : 0;
    return DrillsText::tr("%1 of %2 items done").arg(done).arg(run.items.size());
}

} // namespace bulkhead::ui::drillstext
