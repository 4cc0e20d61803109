#include "review/scoredeltapanel.h"

#include "common/pagewidgets.h"
#include "review/weeklyreviewtext.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

void colour(QLabel *label, const QColor &color)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, color.isValid() ? color : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(pal);
}

} // namespace

ScoreDeltaPanel::ScoreDeltaPanel(QWidget *parent) : QFrame(parent)
{
    styleAsCard(this, QStringLiteral("scoreDeltaPanel"));
    auto *caption = makeBoldLabel(tr("Posture score"), 1.1, this);
    m_score = makeBoldLabel(QString(), 2.4, this);
    m_score->setObjectName(QStringLiteral("reviewScore"));
    m_delta = makeBoldLabel(QString(), 1.8, this);
    m_delta->setObjectName(QStringLiteral("reviewScoreDelta"));
    m_coverage = makeHint(QString(), this);
    m_coverage->setObjectName(QStringLiteral("reviewCoverage"));
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_score);
    numbers->addSpacing(12);
    numbers->addWidget(m_delta, 0, Qt::AlignBottom);
    numbers->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(caption);
    left->addLayout(numbers);
    left->addWidget(m_coverage);
    left->addStretch(1);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(3);
    const QStringList heads{tr("Area"), tr("Before"), tr("Now"), tr("Change")};
    for (int c = 0; c < heads.size(); ++c) {
        auto *head = new QLabel(heads[c], this);
        head->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(head, 0, c, c == 0 ? Qt::AlignLeft : Qt::AlignRight);
    }
    int row = 1;
    for (ControlArea area : kControlAreas) {
        grid->addWidget(new QLabel(weeklytext::areaTitle(area), this), row, 0);
        AreaRow r{new QLabel(this), new QLabel(this), makeBoldLabel(QString(), 1.0, this)};
        r.delta->setObjectName(QStringLiteral("areaDelta-%1").arg(QString::fromStdString(std::string(controlAreaName(area)))));
        grid->addWidget(r.before, row, 1, Qt::AlignRight);
        grid->addWidget(r.now, row, 2, Qt::AlignRight);
        grid->addWidget(r.delta, row, 3, Qt::AlignRight);
        m_areas[area] = r;
        ++row;
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(32);
    layout->addLayout(left, 1);
    layout->addLayout(grid, 1);
}

void ScoreDeltaPanel::setDiff(const ReviewDiff &diff)
{
    m_score->setText(tr("%1 → %2").arg(weeklytext::score(diff.scoreBefore), weeklytext::score(diff.scoreNow)));
    m_delta->setText(weeklytext::delta(diff.scoreBefore, diff.scoreNow));
    colour(m_delta, weeklytext::deltaColor(diff.scoreBefore, diff.scoreNow));
    QString coverage = tr("Now %1 of %2 controls assessed").arg(diff.current.assessed).arg(diff.current.controls);
    if (diff.baseline)
        coverage += tr("; at the baseline %1 of %2.").arg(diff.baseline->assessed).arg(diff.baseline->controls);
    else
        coverage += QLatin1Char('.');
    coverage += QLatin1Char(' ') + tr("Controls not assessed are left out of the score.");
    m_coverage->setText(coverage);

    for (auto &[area, row] : m_areas) {
        std::optional<double> before, now;
        for (const auto &[a, scores] : diff.areaScores) {
            if (a == area) {
                before = scores.first;
                now = scores.second;
            }
        }
        row.before->setText(weeklytext::score(before));
        row.now->setText(weeklytext::score(now));
        row.delta->setText(weeklytext::delta(before, now));
        colour(row.delta, weeklytext::deltaColor(before, now));
    }
}

QString ScoreDeltaPanel::areaDelta(ControlArea area) const
{
    const auto it = m_areas.find(area);
    return it == m_areas.end() ? QString() : it->second.delta->text();
}

} // namespace bulkhead::ui
