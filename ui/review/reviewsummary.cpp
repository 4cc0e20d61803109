#include "review/reviewsummary.h"

#include "review/weeklyreviewtext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bulkhead::ui {

namespace {

QJsonValue scoreValue(std::optional<double> score)
{
    return score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::string reviewSummaryJson(const ReviewDiff &diff)
{
    qint64 gaps = 0;
    for (const CoverageChange &c : diff.coverage)
        gaps += weeklytext::isCoverageGap(c) ? 1 : 0;
    const QJsonObject o{
        {QStringLiteral("since"), static_cast<qint64>(diff.since)},
        {QStringLiteral("baselineSnapshot"), diff.baseline ? static_cast<qint64>(diff.baseline->id) : 0},
        {QStringLiteral("scoreBefore"), scoreValue(diff.scoreBefore)},
        {QStringLiteral("scoreNow"), scoreValue(diff.scoreNow)},
        {QStringLiteral("assessed"), diff.current.assessed},
        {QStringLiteral("controls"), diff.current.controls},
        {QStringLiteral("newFindings"), static_cast<qint64>(diff.newFindingsTotal)},
        {QStringLiteral("resolvedFindings"), static_cast<qint64>(diff.resolvedFindingsTotal)},
        {QStringLiteral("bindings"), static_cast<qint64>(diff.bindings.size())},
        {QStringLiteral("secretsOverdue"), static_cast<qint64>(diff.secretsOverdue.size())},
        {QStringLiteral("acceptancesExpiring"), static_cast<qint64>(diff.acceptancesExpiring.size())},
        {QStringLiteral("attestationsExpiring"), static_cast<qint64>(diff.attestationsExpiring.size())},
        {QStringLiteral("drillsDue"), static_cast<qint64>(diff.drillsDue.size())},
        {QStringLiteral("controlChanges"), static_cast<qint64>(diff.controlChanges.size())},
        {QStringLiteral("coverageChanges"), static_cast<qint64>(diff.coverage.size())},
        {QStringLiteral("coverageGaps"), gaps},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace bulkhead::ui
