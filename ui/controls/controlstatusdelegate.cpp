#include "controls/controlstatusdelegate.h"

#include "controls/controlslistmodel.h"
#include "controls/controlstext.h"

#include <QApplication>
#include <QPainter>

namespace bulkhead::ui {

namespace {
constexpr int kPadX = 8;
constexpr int kMargin = 4;
} // namespace

void ControlStatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear(); // the background and selection only: the badge carries the text
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto status = static_cast<ControlStatus>(index.data(ControlsListModel::StatusRole).toInt());
    const QColor color = controlstext::statusColor(status);
    const QFontMetrics fm(opt.font);
    const int width = std::min(fm.horizontalAdvance(text) + 2 * kPadX, opt.rect.width() - 2 * kMargin);
    const int height = std::min(fm.height() + 4, opt.rect.height() - 2);
    const QRect badge(opt.rect.left() + kMargin, opt.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, badge.width() - kPadX));
    painter->restore();
}

QSize ControlStatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 2 * kPadX + 2 * kMargin);
    return size;
}

} // namespace bulkhead::ui
