#include "overview/chartstyle.h"

#include "findings/severitydelegate.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLegend>

namespace bulkhead::ui::chartstyle {

std::int64_t shownCount(const std::array<std::int64_t, 6> &bySeverity, Severity s)
{
    std::int64_t n = bySeverity[static_cast<std::size_t>(s)];
    if (s == Severity::Unknown)
        n += bySeverity[static_cast<std::size_t>(Severity::Info)];
    return n;
}

void apply(QChart *chart, QChartView *view)
{
    const QPalette &pal = view->palette();
    chart->setTheme(pal.color(QPalette::Base).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation); // data, not a show: it appears when it is loaded
    // Axis labels as the user's locale writes them: month names of the date axes, digit grouping of the
    // value axes (the default locale, which installTranslations set; plain under the C locale).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->legend()->setFont(view->font());
    chart->legend()->setLabelColor(pal.color(QPalette::WindowText));
    view->setRenderHint(QPainter::Antialiasing);
    view->setBackgroundBrush(pal.color(QPalette::Base));
    view->setFrameShape(QFrame::NoFrame);
}

void styleAxis(QAbstractAxis *axis, const QChartView *view, const QString &title)
{
    const QPalette &pal = view->palette();
    axis->setLabelsFont(view->font());
    axis->setLabelsColor(pal.color(QPalette::WindowText));
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(pal.color(QPalette::Mid));
    if (!title.isEmpty()) {
        QFont f = view->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        axis->setTitleFont(f);
        axis->setTitleBrush(pal.color(QPalette::PlaceholderText));
        axis->setTitleText(title);
    }
}

QColor severityColor(Severity s)
{
    return SeverityDelegate::severityColor(static_cast<int>(s));
}

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Critical: return QCoreApplication::translate("Overview", "Critical");
    case Severity::High: return QCoreApplication::translate("Overview", "High");
    case Severity::Medium: return QCoreApplication::translate("Overview", "Medium");
    case Severity::Low: return QCoreApplication::translate("Overview", "Low");
    case Severity::Info: return QCoreApplication::translate("Overview", "Info");
    case Severity::Unknown: break;
    }
    return QCoreApplication::translate("Overview", "Unknown");
}

} // namespace bulkhead::ui::chartstyle
