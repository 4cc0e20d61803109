#include "controls/scoretile.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace bulkhead::ui {

ScoreTile::ScoreTile(const QString &title, QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(title, this);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_score = new QLabel(QStringLiteral("–"), this);
    m_score->setObjectName(QStringLiteral("scoreValue"));
    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 2.0);
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);
    m_coverage = new QLabel(this);
    m_coverage->setObjectName(QStringLiteral("scoreCoverage"));
    m_coverage->setWordWrap(true);
    // A link that wraps rather than a button: seven tiles share one row, and a button's text cannot
    // wrap, so the longer German or French question would widen the whole page.
    m_working = new QLabel(QStringLiteral("<a href=\"#working\">%1</a>").arg(tr("How is this computed?").toHtmlEscaped()),
                           this);
    m_working->setObjectName(QStringLiteral("scoreWorkingLink"));
    m_working->setWordWrap(true);
    m_working->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_working->setTextFormat(Qt::RichText);
    m_working->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_working->setAccessibleName(tr("How is the %1 score computed?").arg(title));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_score);
    layout->addWidget(m_coverage);
    layout->addStretch(1);
    layout->addWidget(m_working);
    connect(m_working, &QLabel::linkActivated, this, &ScoreTile::workingRequested);
}

void ScoreTile::setScore(const QString &score, const QString &coverage, const QColor &accent)
{
    m_score->setText(score);
    m_coverage->setText(coverage);
    m_accent = accent;
    update();
}

void ScoreTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!m_accent.isValid())
        return;
    // A stripe on the left in the score's colour, as the overview's counter tiles have.
    QPainter painter(this);
    painter.fillRect(QRect(frameWidth(), frameWidth(), 4, height() - 2 * frameWidth()), m_accent);
}

QString ScoreTile::scoreText() const
{
    return m_score->text();
}

QString ScoreTile::coverageText() const
{
    return m_coverage->text();
}

} // namespace bulkhead::ui
