#pragma once

#include "overview/chartstyle.h"

#include <QChartView>

#include <array>
#include <cstdint>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace bulkhead::ui {

// Open findings by severity as a horizontal bar chart (the names stay readable in a narrow card),
// one bar per severity in its conventional colour, worst on top.
// Clicking a bar asks for those findings. (Each severity is a set of its own in a stacked series,
// zero outside its own column: the only way in Qt Charts 6.4 to colour bars one by one and still
// know which was clicked.)
class SeverityBarChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeverityBarChart)

public:
    static constexpr const auto &kColumns = chartstyle::kSeverities; // top down

    explicit SeverityBarChart(QWidget *parent = nullptr);

    void setCounts(const std::array<std::int64_t, 6> &openBySeverity);
    std::int64_t count(int column) const { return m_counts[static_cast<std::size_t>(column)]; }
    // Centre of a column's bar in viewport coordinates (where a click lands on it).
    QPoint barCenter(int column) const;

Q_SIGNALS:
    void severityClicked(bulkhead::Severity severity);

private:
    static int row(int column); // columns are drawn top down, categories count bottom up
    void onHovered(int column, bool inside);

    QHorizontalStackedBarSeries *m_series = nullptr;
    std::array<QBarSet *, kColumns.size()> m_sets{};
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
    std::array<std::int64_t, kColumns.size()> m_counts{};
};

} // namespace bulkhead::ui
