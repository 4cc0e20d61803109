#pragma once

#include "controls/posturescore.h"
#include "report/reportmodel.h"

#include <array>
#include <cstdint>
#include <vector>

class QPainter;
class QRectF;

namespace bulkhead::pdf::charts {

// The executive summary's charts, made with Qt Charts and painted straight into the PDF's painter
// through a QGraphicsScene (no widget, no bitmap): lines and bars stay vectors and labels stay
// text. Fonts are DejaVu Sans in pixel sizes, so one unit is one point whatever the painter's
// device resolution. Only fixed words, numbers and dates are drawn: no name from a store ever
// reaches a chart. They need a QApplication (Qt Charts is QGraphicsWidget based).

// Score per area, 0..100, one bar per area (an area with nothing assessed has no bar).
void drawAreaScores(QPainter &painter, const QRectF &rect, const PostureScore &score);
// The overall score over the 90 days up to the report's moment; points without a score are gaps.
void drawScoreTrend(QPainter &painter, const QRectF &rect, const std::vector<ReportSummary::TrendPoint> &trend,
                    std::int64_t asOf);
// Open findings by severity (Info counted with Unknown, as on the Overview page).
void drawSeverities(QPainter &painter, const QRectF &rect, const std::array<std::int64_t, 6> &openBySeverity);

} // namespace bulkhead::pdf::charts
