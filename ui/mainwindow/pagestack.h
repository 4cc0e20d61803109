#pragma once

#include <QStackedWidget>

namespace bulkhead::ui {

// The main window's pages. A QStackedWidget asks for the largest minimum size of all its pages, so
// one wide page (the findings filter bar) would hold the window wide on every page and squeeze
// the docks; this stack asks only for what the page on show needs.
class PageStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageStack)

public:
    explicit PageStack(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace bulkhead::ui
