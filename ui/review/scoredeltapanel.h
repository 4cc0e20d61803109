#pragma once

#include "review/reviewdiff.h"

#include <QFrame>

#include <map>

class QGridLayout;
class QLabel;

namespace bulkhead::ui {

// The review's headline: the posture score at the baseline and now with the change, how many
// controls each was computed over (a score over fewer controls is not a better score), and the
// same per area of the practice guide.
class ScoreDeltaPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreDeltaPanel)

public:
    explicit ScoreDeltaPanel(QWidget *parent = nullptr);

    void setDiff(const ReviewDiff &diff);

    QLabel *scoreLabel() const { return m_score; }
    QLabel *deltaLabel() const { return m_delta; }
    QLabel *coverageLabel() const { return m_coverage; }
    // The change shown for an area ("+6", "−3", "±0", "" when either side is not assessed).
    QString areaDelta(ControlArea area) const;

private:
    struct AreaRow {
        QLabel *before = nullptr, *now = nullptr, *delta = nullptr;
    };

    QLabel *m_score = nullptr;
    QLabel *m_delta = nullptr;
    QLabel *m_coverage = nullptr;
    std::map<ControlArea, AreaRow> m_areas;
};

} // namespace bulkhead::ui
