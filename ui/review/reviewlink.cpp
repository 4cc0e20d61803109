#include "review/reviewlink.h"

#include <QString>
#include <QUrlQuery>

#include <algorithm>

namespace bulkhead::ui {

namespace {

template <typename T, typename Parse>
std::vector<T> parsedList(const QString &value, Parse parse)
{
    std::vector<T> out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        T parsed{};
        if (parse(part.trimmed().toLower().toStdString(), parsed))
            out.push_back(parsed);
    }
    return out;
}

} // namespace

FindingFilter findingFilterFromLink(const std::string &filter)
{
    FindingFilter f;
    const QUrlQuery query(QString::fromStdString(filter));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("control")) {
            for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                f.controls.push_back(id.trimmed().toStdString());
        } else if (key == QLatin1String("severity")) {
            f.severities = parsedList<Severity>(value, parseSeverityName);
        } else if (key == QLatin1String("status")) {
            f.statuses = parsedList<FindingStatus>(value, parseFindingStatusName);
            const bool open = std::find(f.statuses.begin(), f.statuses.end(), FindingStatus::Open) != f.statuses.end();
            const bool confirmed =
                std::find(f.statuses.begin(), f.statuses.end(), FindingStatus::Confirmed) != f.statuses.end();
            if (open && !confirmed)
                f.statuses.push_back(FindingStatus::Confirmed);
        } else if (key == QLatin1String("kind")) {
            f.kinds = parsedList<FindingKind>(value, parseFindingKindName);
        } else if (key == QLatin1String("search")) {
            f.search = value.toStdString();
        } else if (key == QLatin1String("asset")) {
            f.assetText = value.toStdString();
        } else if (key == QLatin1String("firstSeenFrom")) {
            f.firstSeenFrom = value.toLongLong();
        }
    }
    return f;
}

} // namespace bulkhead::ui
