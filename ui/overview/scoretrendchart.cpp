#include "overview/scoretrendchart.h"

#include "overview/chartstyle.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace bulkhead::ui {

namespace {
constexpr qint64 kDayMs = 86'400'000;
const QColor kScoreColor(0x1f, 0x6f, 0xb5);
} // namespace

ScoreTrendChart::ScoreTrendChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chartstyle::apply(chart, this);
    chart->legend()->hide(); // one line, named by the card's title
    m_time = new QDateTimeAxis(chart);
    m_time->setFormat(QStringLiteral("d MMM"));
    chartstyle::styleAxis(m_time, this, tr("Snapshot date"));
    m_values = new QValueAxis(chart);
    m_values->setRange(0, 100); // a score is 0..100: a fixed axis shows a drop of 5 as 5
    m_values->setTickCount(6);
    m_values->setLabelFormat(QStringLiteral("%d"));
    chartstyle::styleAxis(m_values, this, tr("Score"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_line = new QLineSeries(chart);
    m_line->setName(tr("Posture score"));
    QPen pen(kScoreColor);
    pen.setWidthF(2.6);
    m_line->setPen(pen);
    m_dots = new QScatterSeries(chart);
    m_dots->setMarkerSize(7);
    m_dots->setColor(kScoreColor);
    m_dots->setBorderColor(kScoreColor);
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{m_line, m_dots}) {
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_values);
    }
    setChart(chart);
    setMinimumHeight(220);
    setToolTip(tr("The overall posture score at the last snapshot of each day (after imports, collections and "
                  "sign-offs). Days when no control was assessed have no score and no point."));
}

void ScoreTrendChart::setTrend(const std::vector<SnapshotRepository::ScorePoint> &points)
{
    QList<QPointF> values;
    std::int64_t first = 0, last = 0;
    for (const SnapshotRepository::ScorePoint &p : points) {
        if (!p.score)
            continue;
        values.append(QPointF(static_cast<qreal>(p.takenAt) * 1000.0, *p.score));
        first = first ? std::min(first, p.takenAt) : p.takenAt;
        last = std::max(last, p.takenAt);
    }
    m_line->replace(values);
    m_dots->replace(values.size() <= 31 ? values : QList<QPointF>{}); // dots only while they do not crowd
    if (!values.isEmpty()) {
        // Half a day either side: the first and last dots are not cut by the plot's edge, and a
        // single day still gets a readable axis.
        const qint64 pad = kDayMs / 2;
        m_time->setRange(QDateTime::fromMSecsSinceEpoch(first * 1000 - pad), QDateTime::fromMSecsSinceEpoch(last * 1000 + pad));
        m_time->setTickCount(static_cast<int>(std::clamp<qsizetype>(values.size(), 2, 7)));
    }
}

} // namespace bulkhead::ui
