#include "overview/severitybarchart.h"

#include "overview/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLegend>
#include <QLocale>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace bulkhead::ui {

int SeverityBarChart::row(int column)
{
    return static_cast<int>(kColumns.size()) - 1 - column;
}

SeverityBarChart::SeverityBarChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chartstyle::apply(chart, this);
    chart->legend()->hide(); // the axis names the bars
    m_series = new QHorizontalStackedBarSeries(chart);
    m_series->setBarWidth(0.62);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    QStringList categories; // bottom to top: the worst ends up on top
    for (std::size_t c = 0; c < kColumns.size(); ++c) {
        const Severity s = kColumns[c];
        categories.prepend(chartstyle::severityLabel(s));
        auto *set = new QBarSet(chartstyle::severityLabel(s));
        set->setColor(chartstyle::severityColor(s));
        set->setBorderColor(chartstyle::severityColor(s));
        set->setLabelColor(Qt::white);
        for (std::size_t i = 0; i < kColumns.size(); ++i)
            set->append(0);
        m_sets[c] = set;
        m_series->append(set);
        connect(set, &QBarSet::clicked, this, [this, s] { Q_EMIT severityClicked(s); });
        connect(set, &QBarSet::hovered, this, [this, c](bool inside, int) { onHovered(static_cast<int>(c), inside); });
    }
    chart->addSeries(m_series);
    m_categories = new QBarCategoryAxis(chart);
    m_categories->append(categories);
    chartstyle::styleAxis(m_categories, this);
    m_categories->setGridLineVisible(false);
    m_categories->setLineVisible(false);
    m_values = new QValueAxis(chart);
    m_values->setLabelFormat(QStringLiteral("%d"));
    chartstyle::styleAxis(m_values, this); // the card's title says what is counted
    m_values->setTickCount(5);
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    setChart(chart);
    setMinimumHeight(260);
    setToolTip(tr("Open or confirmed findings by severity. Click a bar to list them."));
}

void SeverityBarChart::setCounts(const std::array<std::int64_t, 6> &open)
{
    std::int64_t top = 0;
    for (std::size_t c = 0; c < kColumns.size(); ++c) {
        const std::int64_t n = chartstyle::shownCount(open, kColumns[c]);
        m_counts[c] = n;
        top = std::max(top, n);
        // Own column only; the others stay zero so the stack is this one bar.
        m_sets[c]->replace(row(static_cast<int>(c)), static_cast<qreal>(n));
    }
    m_values->setRange(0, std::max<qreal>(top * 1.08, 4));
    m_values->applyNiceNumbers();
}

QPoint SeverityBarChart::barCenter(int column) const
{
    const qreal value = std::max<qreal>(static_cast<qreal>(count(column)) / 2.0, 0);
    const QPointF scene = chart()->mapToPosition(QPointF(value, row(column)), m_series);
    return mapFromScene(chart()->mapToScene(scene));
}

void SeverityBarChart::onHovered(int column, bool inside)
{
    if (!inside) {
        unsetCursor();
        QToolTip::hideText();
        return;
    }
    setCursor(Qt::PointingHandCursor);
    const Severity s = kColumns[static_cast<std::size_t>(column)];
    QToolTip::showText(QCursor::pos(),
                       tr("%1: %2 open\nClick to list them").arg(chartstyle::severityLabel(s),
                                                                QLocale().toString(static_cast<qint64>(count(column)))),
                       this);
}

} // namespace bulkhead::ui
