#pragma once

#include "store/findingfilter.h"

#include <QWidget>

class QAction;

namespace bulkhead::ui {

// SCAFFOLD (replaced by the findings work of issue 3): the findings triage page.
class FindingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsView)

public:
    explicit FindingsView(const QString &storePath, QWidget *parent = nullptr);

    // Actions the main window puts in its Findings menu (triage shortcuts, copy, export, ...).
    QList<QAction *> menuActions() const;

public Q_SLOTS:
    void refresh();                                      // the store changed (import finished)
    void showFilter(const bulkhead::FindingFilter &filter); // replace the filter (overview click-through)
    void focusSearch();                                  // the `/` shortcut

Q_SIGNALS:
    void statusMessage(const QString &message);
};

} // namespace bulkhead::ui
