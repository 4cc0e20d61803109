#pragma once

#include <QHeaderView>

namespace bulkhead::ui {

// The Workloads table's header: the check columns' names are drawn bottom to top, so that a
// check column is as narrow as its coloured cell and all seventeen fit beside the workload's
// name; the other sections are drawn as usual. The full title of a check is its tooltip.
class CheckMatrixHeader final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckMatrixHeader)

public:
    explicit CheckMatrixHeader(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    // The width of a check column: a square cell with room for its glyph.
    int checkSectionWidth() const;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int longestCheckLabel() const;
};

} // namespace bulkhead::ui
