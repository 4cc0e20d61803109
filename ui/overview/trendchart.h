#pragma once

#include "overview/chartstyle.h"
#include "store/trendrepository.h"

#include <QChartView>

#include <array>
#include <vector>

QT_BEGIN_NAMESPACE
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace bulkhead::ui {

// Open findings by severity over time, one line per severity, from the import history. Clicking
// a legend entry hides or shows its line (the critical line is easier to read without the
// hundreds of mediums above it).
class TrendChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChart)

public:
    static constexpr const auto &kLines = chartstyle::kSeverities;

    explicit TrendChart(QWidget *parent = nullptr);

    void setTrend(const std::vector<TrendPoint> &points);
    QLineSeries *line(int index) const { return m_lines[static_cast<std::size_t>(index)]; }

private:
    std::array<QLineSeries *, kLines.size()> m_lines{};
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_values = nullptr;
};

} // namespace bulkhead::ui
