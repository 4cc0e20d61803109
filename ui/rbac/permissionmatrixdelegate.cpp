#include "rbac/permissionmatrixdelegate.h"

#include "findings/severitydelegate.h"
#include "model/severity.h"
#include "rbac/permissionmatrixmodel.h"

#include <QPainter>

namespace bulkhead::ui {

QColor PermissionMatrixDelegate::allowedColor(bool sensitive)
{
    return sensitive ? SeverityDelegate::severityColor(static_cast<int>(Severity::High)) : QColor(0x15, 0x80, 0x3d);
}

void PermissionMatrixDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString glyph = opt.text;
    opt.text.clear();
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (!index.data(PermissionMatrixModel::AllowedRole).toBool())
        return;

    QColor color = allowedColor(index.data(PermissionMatrixModel::SensitiveRole).toBool());
    const bool inherited = index.data(PermissionMatrixModel::ClusterWideOnlyRole).toBool();
    const bool named = index.data(PermissionMatrixModel::NamedObjectsOnlyRole).toBool();
    if (inherited)
        color.setAlpha(140);
    const int side = std::min(option.rect.width(), option.rect.height()) - 6;
    const QRectF square(option.rect.center().x() - side / 2.0 + 0.5, option.rect.center().y() - side / 2.0 + 0.5, side,
                        side);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (named) {
        painter->setPen(QPen(color, 1.5));
        painter->setBrush(Qt::NoBrush);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
    }
    painter->drawRoundedRect(square, 3, 3);
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(named ? color : QColor(Qt::white));
    painter->drawText(square, Qt::AlignCenter, glyph);
    painter->restore();
}

} // namespace bulkhead::ui
