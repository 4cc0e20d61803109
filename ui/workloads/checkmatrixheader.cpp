#include "workloads/checkmatrixheader.h"

#include "workloads/workloadslistmodel.h"

#include <QPainter>

namespace bulkhead::ui {

CheckMatrixHeader::CheckMatrixHeader(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
}

int CheckMatrixHeader::longestCheckLabel() const
{
    int longest = 0;
    if (!model())
        return longest;
    for (int c = 0; c < model()->columnCount(); ++c) {
        if (WorkloadsListModel::isCheckColumn(c))
            longest = std::max(longest, fontMetrics().horizontalAdvance(
                                            model()->headerData(c, orientation(), Qt::DisplayRole).toString()));
    }
    return longest;
}

int CheckMatrixHeader::checkSectionWidth() const
{
    return fontMetrics().height() + 14;
}

QSize CheckMatrixHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(std::max(size.height(), longestCheckLabel() + 16));
    return size;
}

QSize CheckMatrixHeader::sectionSizeFromContents(int logicalIndex) const
{
    if (!WorkloadsListModel::isCheckColumn(logicalIndex))
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    return {checkSectionWidth(), longestCheckLabel() + 16};
}

void CheckMatrixHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!WorkloadsListModel::isCheckColumn(logicalIndex) || !rect.isValid()) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    // The section's frame as the style draws it, without text; then the text, turned.
    QStyleOptionHeader opt;
    initStyleOption(&opt);
    opt.rect = rect;
    opt.section = logicalIndex;
    opt.text.clear();
    opt.sortIndicator = QStyleOptionHeader::None;
    if (isEnabled())
        opt.state |= QStyle::State_Enabled;
    if (window()->isActiveWindow())
        opt.state |= QStyle::State_Active;
    if (highlightSections() && selectionModel()
        && selectionModel()->columnIntersectsSelection(logicalIndex, rootIndex()))
        opt.state |= QStyle::State_On;
    // Saved around it: the style puts back the clip it found, and "no clip" comes back as an
    // empty clip region, which would hide the text drawn next.
    painter->save();
    style()->drawControl(QStyle::CE_Header, &opt, painter, this);
    painter->restore();

    const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    painter->save();
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->translate(rect.left(), rect.bottom());
    painter->rotate(-90);
    // After the turn x runs up the section and y across it.
    painter->drawText(QRect(6, 0, rect.height() - 10, rect.width()), Qt::AlignLeft | Qt::AlignVCenter, text);
    painter->restore();
}

} // namespace bulkhead::ui
