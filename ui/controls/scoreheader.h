#pragma once

#include "controls/controlarea.h"
#include "controls/posturescore.h"

#include <QWidget>

#include <array>
#include <optional>

namespace bulkhead::ui {

class ScoreTile;

// The Controls page's header: the overall score and one tile per area, each with its coverage and
// a "How is this computed?" button (workingRequested: nullopt for the overall score).
class ScoreHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreHeader)

public:
    explicit ScoreHeader(QWidget *parent = nullptr);

    void setScore(const PostureScore &score);
    ScoreTile *overallTile() const { return m_overall; }
    ScoreTile *areaTile(ControlArea area) const { return m_areas[static_cast<std::size_t>(area)]; }

Q_SIGNALS:
    void workingRequested(std::optional<bulkhead::ControlArea> area);

private:
    ScoreTile *m_overall = nullptr;
    std::array<ScoreTile *, kControlAreas.size()> m_areas{};
};

} // namespace bulkhead::ui
