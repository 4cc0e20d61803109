#include "overview/trendchart.h"

#include "overview/chartstyle.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

namespace bulkhead::ui {

namespace {
constexpr qint64 kDayMs = 86'400'000;

// A day's point sits at noon UTC, so that the date on the axis is that day in any time zone
// within twelve hours of UTC.
qreal dayToAxis(std::int64_t day)
{
    return static_cast<qreal>(day * kDayMs + kDayMs / 2);
}
} // namespace

TrendChart::TrendChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chartstyle::apply(chart, this);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_time = new QDateTimeAxis(chart);
    m_time->setFormat(QStringLiteral("d MMM"));
    chartstyle::styleAxis(m_time, this, tr("Scan date"));
    m_values = new QValueAxis(chart);
    m_values->setLabelFormat(QStringLiteral("%d"));
    chartstyle::styleAxis(m_values, this, tr("Open findings"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    for (std::size_t i = 0; i < kLines.size(); ++i) {
        auto *series = new QLineSeries(chart);
        series->setName(chartstyle::severityLabel(kLines[i]));
        QPen pen(chartstyle::severityColor(kLines[i]));
        pen.setWidthF(kLines[i] == Severity::Critical ? 2.6 : 2.0);
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_values);
        m_lines[i] = series;
    }
    for (QLegendMarker *marker : chart->legend()->markers()) {
        connect(marker, &QLegendMarker::clicked, this, [marker] {
            QAbstractSeries *series = marker->series();
            series->setVisible(!series->isVisible());
            marker->setVisible(true); // the marker stays, greyed, to bring the line back
            QColor label = marker->labelBrush().color();
            label.setAlphaF(series->isVisible() ? 1.0 : 0.4);
            marker->setLabelBrush(label);
        });
    }
    setChart(chart);
    setMinimumHeight(260);
    setToolTip(tr("Open or confirmed findings at the end of each scan day. Click a legend entry to hide "
                  "or show its line."));
}

void TrendChart::setTrend(const std::vector<TrendPoint> &points)
{
    std::int64_t top = 0;
    for (std::size_t i = 0; i < kLines.size(); ++i) {
        QList<QPointF> values;
        values.reserve(static_cast<qsizetype>(points.size()));
        for (const TrendPoint &p : points) {
            const std::int64_t n = chartstyle::shownCount(p.openBySeverity, kLines[i]);
            top = std::max(top, n);
            values.append(QPointF(dayToAxis(p.day), static_cast<qreal>(n)));
        }
        m_lines[i]->replace(values);
    }
    if (!points.empty()) {
        // One point alone still gets a readable axis: a day either side.
        const std::int64_t first = points.front().day - (points.size() == 1 ? 1 : 0);
        const std::int64_t last = points.back().day + (points.size() == 1 ? 1 : 0);
        m_time->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(dayToAxis(first)), Qt::UTC),
                         QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(dayToAxis(last)), Qt::UTC));
        m_time->setTickCount(static_cast<int>(std::clamp<std::size_t>(points.size(), 2, 7)));
    }
    m_values->setRange(0, std::max<qreal>(top * 1.05, 4));
    m_values->applyNiceNumbers();
}

} // namespace bulkhead::ui
