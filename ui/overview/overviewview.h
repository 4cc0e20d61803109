#pragma once

#include "store/findingfilter.h"

#include <QWidget>

namespace bulkhead::ui {

// SCAFFOLD (replaced by the overview work of issue 3): the posture overview page.
class OverviewView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewView)

public:
    explicit OverviewView(const QString &storePath, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh(); // re-reads the store off the GUI thread

Q_SIGNALS:
    // A chart bar, a counter or an asset was clicked: show these findings.
    void findingsRequested(const bulkhead::FindingFilter &filter);
};

} // namespace bulkhead::ui
