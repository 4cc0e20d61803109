#include "rbac/rbacsubjectsdelegate.h"

#include "findings/severitydelegate.h"
#include "rbac/rbacsubjectsmodel.h"
#include "rbac/rbactext.h"

#include <QPainter>

namespace bulkhead::ui {

namespace {

constexpr int kGap = 4;

int chipWidth(const QString &text, const QFont &font)
{
    return QFontMetrics(font).horizontalAdvance(text) + 12;
}

// A rounded label: filled (severity, review state) or outlined (a rule badge); elided when the
// cell is too narrow. Returns where the next one starts.
int drawChip(QPainter *painter, const QRect &cell, int left, const QString &text, const QColor &color, bool filled,
             const QFont &font)
{
    const QFontMetrics fm(font);
    const int h = std::min(cell.height() - 4, fm.height() + 2);
    const int room = cell.right() - left - 2;
    if (room < 16)
        return left;
    const int w = std::min(room, chipWidth(text, font));
    const QRectF chip(left, cell.center().y() - h / 2.0, w, h);
    painter->setPen(filled ? Qt::NoPen : QPen(color, 1));
    painter->setBrush(filled ? QBrush(color) : Qt::NoBrush);
    painter->drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    painter->setPen(filled ? QColor(Qt::white) : color);
    painter->setFont(font);
    painter->drawText(chip, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, w - 8));
    return left + w + kGap;
}

} // namespace

void RbacSubjectsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int column = index.column();
    const bool chips = (column == RbacSubjectsModel::RiskColumn || column == RbacSubjectsModel::ReviewColumn)
        && index.data(RbacSubjectsModel::LoadedRole).toBool();
    if (!chips) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background (selection, alternate rows) as the style draws it, then the chips on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    int left = option.rect.left() + 3;
    if (column == RbacSubjectsModel::ReviewColumn) {
        const auto state = static_cast<ReviewState>(index.data(RbacSubjectsModel::ReviewStateRole).toInt());
        // Current is the quiet state: outlined; the others ask for a review: filled.
        drawChip(painter, option.rect, left, rbactext::reviewStateText(state), rbactext::reviewStateColor(state),
                 state != ReviewState::Current, small);
    } else {
        const auto severity = static_cast<Severity>(index.data(RbacSubjectsModel::SeverityRole).toInt());
        if (severity == Severity::Unknown) {
            painter->setPen(option.palette.color(QPalette::PlaceholderText));
            painter->setFont(option.font);
            painter->drawText(option.rect.adjusted(4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                              rbactext::severityText(severity));
        } else {
            const QColor color = SeverityDelegate::severityColor(static_cast<int>(severity));
            left = drawChip(painter, option.rect, left, rbactext::severityText(severity), color, true, bold);
            const bool selected = option.state & QStyle::State_Selected;
            const QColor outline = selected ? option.palette.color(QPalette::HighlightedText)
                                            : option.palette.color(QPalette::Text);
            const QStringList ids = index.data(RbacSubjectsModel::RiskRulesRole).toStringList();
            for (int i = 0; i < ids.size(); ++i) {
                const QString badge = rbactext::riskBadge(ids[i].toStdString());
                const QString more = QStringLiteral("+%1").arg(ids.size() - i);
                // Whole badges only; what does not fit is counted ("+2"), the tooltip names it.
                const bool last = i + 1 == ids.size();
                const int need = chipWidth(badge, small) + (last ? 0 : kGap + chipWidth(more, small));
                if (left + need > option.rect.right() - 2) {
                    drawChip(painter, option.rect, left, more, outline, false, small);
                    break;
                }
                left = drawChip(painter, option.rect, left, badge, outline, false, small);
            }
        }
    }
    painter->restore();
}

QSize RbacSubjectsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == RbacSubjectsModel::RiskColumn)
        size.setWidth(std::max(size.width(), 260));
    return size;
}

} // namespace bulkhead::ui
