#include "review/coveragebanner.h"

#include "review/weeklyreviewtext.h"

#include <QLabel>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace bulkhead::ui {

CoverageBanner::CoverageBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("coverageBanner"));
    // Amber, in light and dark palettes alike: a warning, not an error.
    setStyleSheet(QStringLiteral("QFrame#coverageBanner { background: rgba(245, 166, 35, 40); border: 1px solid "
                                 "rgb(214, 137, 16); border-radius: 6px; }"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("coverageWarning"));
    m_warning->setWordWrap(true);
    QFont strong = m_warning->font();
    strong.setBold(true);
    m_warning->setFont(strong);
    m_warning->setText(tr("Findings from a source that stopped reporting, fails or is silent are not counted as "
                          "resolved: fewer findings from it mean Bulkhead sees less, not that anything was fixed."));
    m_list = new QLabel(this);
    m_list->setObjectName(QStringLiteral("coverageList"));
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_warning);
    layout->addWidget(m_list);
    hide();
}

void CoverageBanner::setChanges(const std::vector<CoverageChange> &changes)
{
    m_count = static_cast<int>(changes.size());
    m_gaps = 0;
    const QLocale locale;
    QStringList lines;
    for (const CoverageChange &c : changes) {
        if (weeklytext::isCoverageGap(c))
            ++m_gaps;
        QString line = QStringLiteral("<b>%1</b> — %2").arg(weeklytext::source(c.source).toHtmlEscaped(),
                                                            weeklytext::coverageChange(c.change).toHtmlEscaped());
        if (!c.detail.empty())
            line += QStringLiteral(": ") + QString::fromStdString(c.detail).toHtmlEscaped();
        line += QLatin1Char(' ')
            + tr("(%1 items at the baseline, %2 now)")
                  .arg(locale.toString(static_cast<qlonglong>(c.itemsBefore)),
                       locale.toString(static_cast<qlonglong>(c.itemsNow)));
        lines << line;
    }
    m_list->setText(lines.join(QStringLiteral("<br>")));
    if (m_gaps > 0)
        m_title->setText(tr("Coverage changed: %Ln sources no longer report", nullptr, int(m_gaps)));
    else
        m_title->setText(tr("Coverage changed: %Ln new sources", nullptr, int(m_count)));
    m_warning->setVisible(m_gaps > 0);
    setVisible(m_count > 0);
}

QString CoverageBanner::text() const
{
    QString out = m_title->text();
    if (m_warning->isVisibleTo(this))
        out += QLatin1Char('\n') + m_warning->text();
    return out + QLatin1Char('\n') + QTextDocumentFragment::fromHtml(m_list->text()).toPlainText();
}

} // namespace bulkhead::ui
