#include "secrets/secretagechart.h"

#include "overview/chartstyle.h"
#include "secrets/secretsloader.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace bulkhead::ui {

SecretAgeChart::SecretAgeChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chartstyle::apply(chart, this);
    chart->legend()->hide();
    m_series = new QBarSeries(chart);
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_set = new QBarSet(tr("Secrets"));
    const QColor color(0x3b, 0x7d, 0xc4);
    m_set->setColor(color);
    m_set->setBorderColor(color);
    m_set->setLabelColor(palette().color(QPalette::WindowText));
    QStringList categories;
    for (int b = 0; b < bucketCount(); ++b) {
        categories << bucketLabel(b);
        m_set->append(0);
    }
    m_counts.assign(static_cast<std::size_t>(bucketCount()), 0);
    m_series->append(m_set);
    chart->addSeries(m_series);
    auto *axis = new QBarCategoryAxis(chart);
    axis->append(categories);
    chartstyle::styleAxis(axis, this, tr("age in days"));
    axis->setGridLineVisible(false);
    QFont small = font(); // six buckets side by side in a narrow card: "180–365" must fit
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axis->setLabelsFont(small);
    m_values = new QValueAxis(chart);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setTickCount(4);
    chartstyle::styleAxis(m_values, this);
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(axis);
    m_series->attachAxis(m_values);
    setChart(chart);
    setMinimumHeight(180);
    connect(m_set, &QBarSet::hovered, this, [this](bool inside, int bucket) {
        if (!inside) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("%Ln secrets last changed %1 days ago", nullptr, static_cast<int>(count(bucket)))
                               .arg(bucketLabel(bucket)),
                           this);
    });
}

int SecretAgeChart::bucketCount()
{
    return static_cast<int>(secretAgeBucketEdges().size());
}

QString SecretAgeChart::bucketLabel(int bucket)
{
    const std::vector<int> &edges = secretAgeBucketEdges();
    const auto b = static_cast<std::size_t>(bucket);
    if (b + 1 >= edges.size())
        return tr("%1+").arg(edges.back());
    return tr("%1–%2").arg(edges[b]).arg(edges[b + 1]);
}

std::int64_t SecretAgeChart::count(int bucket) const
{
    return bucket >= 0 && bucket < static_cast<int>(m_counts.size()) ? m_counts[static_cast<std::size_t>(bucket)] : 0;
}

void SecretAgeChart::setCounts(const std::vector<std::int64_t> &counts)
{
    std::int64_t top = 0;
    for (int b = 0; b < bucketCount(); ++b) {
        const auto i = static_cast<std::size_t>(b);
        const std::int64_t n = i < counts.size() ? counts[i] : 0;
        m_counts[i] = n;
        top = std::max(top, n);
        m_set->replace(b, static_cast<qreal>(n));
    }
    m_values->setRange(0, std::max<qreal>(top * 1.15, 4));
    m_values->applyNiceNumbers();
}

} // namespace bulkhead::ui
