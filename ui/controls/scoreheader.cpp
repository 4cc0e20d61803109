#include "controls/scoreheader.h"

#include "controls/controlstext.h"
#include "controls/scoretile.h"

#include <QGridLayout>

namespace bulkhead::ui {

namespace {

// Green from 80, amber from 50, red below; grey when nothing is assessed.
QColor scoreColor(const std::optional<double> &score)
{
    if (!score)
        return controlstext::statusColor(ControlStatus::NotAssessed);
    if (*score >= 80)
        return controlstext::statusColor(ControlStatus::Pass);
    if (*score >= 50)
        return controlstext::statusColor(ControlStatus::Partial);
    return controlstext::statusColor(ControlStatus::Fail);
}

} // namespace

ScoreHeader::ScoreHeader(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_overall = new ScoreTile(tr("Overall"), this);
    m_overall->setObjectName(QStringLiteral("scoreTileOverall"));
    layout->addWidget(m_overall, 0, 0);
    connect(m_overall, &ScoreTile::workingRequested, this, [this] { Q_EMIT workingRequested(std::nullopt); });
    for (std::size_t i = 0; i < kControlAreas.size(); ++i) {
        const ControlArea area = kControlAreas[i];
        auto *tile = new ScoreTile(controlstext::areaTitle(area), this);
        tile->setObjectName(QStringLiteral("scoreTile-%1").arg(QLatin1String(controlAreaName(area).data(),
                                                                             qsizetype(controlAreaName(area).size()))));
        m_areas[i] = tile;
        layout->addWidget(tile, 0, static_cast<int>(i) + 1);
        connect(tile, &ScoreTile::workingRequested, this, [this, area] { Q_EMIT workingRequested(area); });
    }
    for (int c = 0; c < layout->columnCount(); ++c)
        layout->setColumnStretch(c, 1);
}

void ScoreHeader::setScore(const PostureScore &score)
{
    m_overall->setScore(controlstext::scoreText(score.overall),
                        tr("%1 of %2 controls assessed").arg(score.assessed).arg(score.controls),
                        scoreColor(score.overall));
    for (const AreaScore &a : score.areas) {
        if (ScoreTile *tile = areaTile(a.area))
            tile->setScore(controlstext::scoreText(a.score), tr("%1 of %2 assessed").arg(a.assessed).arg(a.controls),
                           scoreColor(a.score));
    }
}

} // namespace bulkhead::ui
