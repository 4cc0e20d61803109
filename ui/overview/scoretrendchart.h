#pragma once

#include "store/snapshotrepository.h"

#include <QChartView>

#include <vector>

QT_BEGIN_NAMESPACE
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace bulkhead::ui {

// The posture score over time, from the snapshots taken after every import, collection and
// sign-off (one point per day, that day's last). A snapshot with nothing assessed has no score:
// the line skips it rather than drop to zero.
class ScoreTrendChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreTrendChart)

public:
    explicit ScoreTrendChart(QWidget *parent = nullptr);

    void setTrend(const std::vector<SnapshotRepository::ScorePoint> &points);
    QLineSeries *line() const { return m_line; }

private:
    QLineSeries *m_line = nullptr;
    QScatterSeries *m_dots = nullptr; // a single point is not a line: the dots keep it visible
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_values = nullptr;
};

} // namespace bulkhead::ui
