#pragma once

#include "review/reviewdiff.h"

#include <QFrame>

#include <vector>

class QLabel;

namespace bulkhead::ui {

// Coverage changes since the baseline, at the top of the review where nobody misses them: a
// source that was removed, fails or stopped reporting delivers no findings, and fewer findings
// from it must never read as fixed. New sources are listed too (more findings from them are not
// new risk either). Hidden when coverage did not change.
class CoverageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageBanner)

public:
    explicit CoverageBanner(QWidget *parent = nullptr);

    void setChanges(const std::vector<CoverageChange> &changes);

    int changeCount() const { return m_count; }
    int gapCount() const { return m_gaps; }
    QString text() const; // everything the banner says, for tests and accessibility

private:
    QLabel *m_title = nullptr;
    QLabel *m_list = nullptr;
    QLabel *m_warning = nullptr;
    int m_count = 0;
    int m_gaps = 0;
};

} // namespace bulkhead::ui
