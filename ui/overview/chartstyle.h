#pragma once

#include "model/severity.h"

#include <QColor>
#include <QString>

#include <array>
#include <cstdint>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace bulkhead::ui::chartstyle {

// The overview's charts look like the rest of the window: the palette's base colour, the
// window's font, no drop shadow, thin grid lines, and severities in the findings table's colours.
// The severities the charts show, worst first. Unknown also counts Info: scanners rarely say it,
// and a sixth bar or line would mostly show nothing.
inline constexpr std::array<Severity, 5> kSeverities{Severity::Critical, Severity::High, Severity::Medium,
                                                     Severity::Low, Severity::Unknown};
// What a chart shows for `s` out of counts indexed by Severity (Info folded into Unknown).
std::int64_t shownCount(const std::array<std::int64_t, 6> &bySeverity, Severity s);

void apply(QChart *chart, QChartView *view);
void styleAxis(QAbstractAxis *axis, const QChartView *view, const QString &title = {});
QColor severityColor(Severity s);
QString severityLabel(Severity s); // "Critical", ..., "Unknown"

} // namespace bulkhead::ui::chartstyle
