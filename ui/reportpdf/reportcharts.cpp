#include "reportcharts.h"

#include "reportsectiontext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace bulkhead::pdf::charts {

using namespace reporttext;

namespace {

constexpr qint64 kDayMs = 86'400'000;
const QColor kInk(0x1f, 0x29, 0x37);
const QColor kGrid(0xd1, 0xd5, 0xdb);
const QColor kScoreColor(0x1f, 0x6f, 0xb5);

QFont chartFont(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    // No ligatures: a shaped "fi" becomes one glyph that text extraction and search read as U+FB01.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundBrush(Qt::white);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitleFont(chartFont(10, true));
    chart->setTitleBrush(kInk);
    chart->setTitle(title);
    // Axis numbers stay printf "%d" (no setLocalizeNumbers: with a label format Qt 6.4 then draws
    // no value labels at all); the axes' days follow the locale through dateAxisFormat().
    chart->legend()->hide();
    return chart;
}

void styleAxis(QAbstractAxis *axis, const QString &title = {})
{
    axis->setLabelsFont(chartFont(7));
    axis->setLabelsColor(kInk);
    axis->setGridLineColor(kGrid);
    axis->setLinePenColor(kGrid);
    if (!title.isEmpty()) {
        axis->setTitleFont(chartFont(7));
        axis->setTitleBrush(QColor(0x4b, 0x55, 0x63));
        axis->setTitleText(title);
    }
}

QValueAxis *scoreAxis(QChart *chart)
{
    auto *axis = new QValueAxis(chart);
    axis->setRange(0, 100); // a score is 0..100: the same bar length means the same score on every chart
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axis);
    return axis;
}

// Lays the chart out at the rectangle's size in a scene of its own and paints the scene into the
// rectangle. The chart lays itself out on posted LayoutRequest events: deliver them before
// painting, or the first paint shows an unlaid chart.
void render(QChart *chart, QPainter &painter, const QRectF &rect)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns and deletes it
    const QRectF area(QPointF(0, 0), rect.size());
    chart->setGeometry(area);
    scene.setSceneRect(area);
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        chart->layout()->activate();
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, rect, area, Qt::IgnoreAspectRatio);
    painter.restore();
}

// Bars each in its own colour: one set with per-bar colours is not in Qt 6.4, so each value is
// a set of its own with zeros elsewhere, stacked so every bar keeps its category's full width.
// Horizontal, so the names sit left of their bars with room to spare (under narrow vertical bars
// Qt Charts elides them). The first bar is drawn at the top. No value labels on the bars (one
// inside a short bar is dropped): the tables beside the charts have the numbers.
void addColouredBars(QChart *chart, QBarCategoryAxis *categories, QAbstractAxis *values, const QStringList &names,
                     const std::vector<double> &heights, const std::vector<QColor> &colours)
{
    const std::size_t n = heights.size();
    QStringList topDown;
    for (auto it = names.crbegin(); it != names.crend(); ++it)
        topDown << *it;
    categories->append(topDown);
    styleAxis(categories);
    auto *series = new QHorizontalStackedBarSeries;
    for (std::size_t i = 0; i < n; ++i) {
        auto *set = new QBarSet(QString());
        for (std::size_t j = 0; j < n; ++j)
            *set << (n - 1 - j == i ? heights[i] : 0.0);
        set->setColor(colours[i]);
        set->setBorderColor(colours[i]);
        series->append(set);
    }
    series->setBarWidth(0.6);
    series->setLabelsVisible(false);
    chart->addSeries(series);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
}

// The area titles are long for a chart's axis: the short words of each.
QString shortAreaName(ControlArea area)
{
    switch (area) {
    case ControlArea::Build: return PdfReport::tr("Build", "short area name on a chart axis");
    case ControlArea::Runtime: return PdfReport::tr("Runtime", "short area name on a chart axis");
    case ControlArea::Secrets: return PdfReport::tr("Secrets", "short area name on a chart axis");
    case ControlArea::Identity: return PdfReport::tr("Identity", "short area name on a chart axis");
    case ControlArea::SupplyChain: return PdfReport::tr("Supply", "short area name on a chart axis");
    case ControlArea::IncidentReadiness: return PdfReport::tr("Incidents", "short area name on a chart axis");
    }
    return {};
}

} // namespace

void drawAreaScores(QPainter &painter, const QRectF &rect, const PostureScore &score)
{
    QChart *chart = newChart(PdfReport::tr("Score per area (0-100)"));
    auto *areas = new QBarCategoryAxis(chart);
    std::vector<double> heights;
    std::vector<QColor> colours;
    QStringList names;
    for (const AreaScore &a : score.areas) {
        names << shortAreaName(a.area) + QStringLiteral("  ") + (a.score ? reporttext::score(a.score) : PdfReport::tr("n/a", "no score"));
        heights.push_back(a.score.value_or(0));
        const double s = a.score.value_or(0);
        colours.push_back(!a.score ? QColor(0x9c, 0xa3, 0xaf)
                          : s >= 80 ? statusColor(ControlStatus::Pass)
                          : s >= 50 ? statusColor(ControlStatus::Partial)
                                    : statusColor(ControlStatus::Fail));
    }
    addColouredBars(chart, areas, scoreAxis(chart), names, heights, colours);
    render(chart, painter, rect);
}

void drawScoreTrend(QPainter &painter, const QRectF &rect, const std::vector<ReportSummary::TrendPoint> &trend,
                    std::int64_t asOf)
{
    QChart *chart = newChart(PdfReport::tr("Overall score, 90 days to %1").arg(day(asOf)));
    auto *time = new QDateTimeAxis(chart);
    time->setFormat(dateAxisFormat());
    styleAxis(time);
    QValueAxis *values = scoreAxis(chart);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    QPen pen(kScoreColor);
    pen.setWidthF(1.6);
    // A point without a score (nothing assessed that day) ends a line: the next starts afresh.
    QList<QPointF> points, all;
    auto flush = [&] {
        if (points.isEmpty())
            return;
        auto *line = new QLineSeries(chart);
        line->setPen(pen);
        line->append(points);
        chart->addSeries(line);
        line->attachAxis(time);
        line->attachAxis(values);
        points.clear();
    };
    for (const ReportSummary::TrendPoint &p : trend) {
        if (!p.score) {
            flush();
            continue;
        }
        points.append(QPointF(static_cast<qreal>(p.takenAt) * 1000.0, *p.score));
        all.append(points.back());
    }
    flush();
    if (all.size() <= 31) { // dots while they do not crowd
        auto *dots = new QScatterSeries(chart);
        dots->setMarkerSize(4);
        dots->setColor(kScoreColor);
        dots->setBorderColor(kScoreColor);
        dots->append(all);
        chart->addSeries(dots);
        dots->attachAxis(time);
        dots->attachAxis(values);
    }
    // The whole 90 days, so the axis says what span the chart covers even with few points.
    const qint64 end = asOf * 1000;
    time->setRange(QDateTime::fromMSecsSinceEpoch(end - 90 * kDayMs, Qt::UTC), QDateTime::fromMSecsSinceEpoch(end, Qt::UTC));
    time->setTickCount(4);
    render(chart, painter, rect);
}

void drawSeverities(QPainter &painter, const QRectF &rect, const std::array<std::int64_t, 6> &openBySeverity)
{
    QChart *chart = newChart(PdfReport::tr("Open findings by severity"));
    auto *names = new QBarCategoryAxis(chart);
    QStringList labels;
    std::vector<double> heights;
    std::vector<QColor> colours;
    double top = 0;
    for (Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Unknown}) {
        std::int64_t n = openBySeverity[static_cast<std::size_t>(s)];
        if (s == Severity::Unknown)
            n += openBySeverity[static_cast<std::size_t>(Severity::Info)];
        labels << severityLabel(static_cast<int>(s)) + QStringLiteral("  ") + number(n);
        heights.push_back(static_cast<double>(n));
        colours.push_back(severityColor(static_cast<int>(s)));
        top = std::max(top, static_cast<double>(n));
    }
    auto *counts = new QValueAxis(chart);
    counts->setRange(0, std::max(top, 4.0));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTickCount(5);
    counts->applyNiceNumbers(); // 0, 50, 100, ... rather than quarters of the largest count
    styleAxis(counts);
    addColouredBars(chart, names, counts, labels, heights, colours);
    render(chart, painter, rect);
}

} // namespace bulkhead::pdf::charts
