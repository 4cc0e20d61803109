#include "images/imagesdelegate.h"

#include "findings/severitydelegate.h"
#include "images/imagetext.h"
#include "images/imageslistmodel.h"
#include "model/severity.h"

#include <QPainter>

namespace bulkhead::ui {

void ImagesDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(ImagesListModel::LoadedRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    switch (index.column()) {
    case ImagesListModel::SignatureColumn: paintSignature(painter, option, index); return;
    case ImagesListModel::VulnerabilitiesColumn: paintCounts(painter, option, index); return;
    case ImagesListModel::ScanColumn:
    case ImagesListModel::UserColumn: {
        const bool warn = index.column() == ImagesListModel::ScanColumn
            ? index.data(ImagesListModel::ScanStaleRole).toBool()
            : index.data(ImagesListModel::RootRole).toBool();
        QStyleOptionViewItem opt = option;
        if (warn && !(option.state & QStyle::State_Selected)) {
            const QColor c = index.column() == ImagesListModel::ScanColumn ? QColor(0xb9, 0x1c, 0x1c)
                                                                             : QColor(0xb4, 0x53, 0x09);
            opt.palette.setColor(QPalette::Text, c);
            opt.font.setBold(true);
        }
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    default: QStyledItemDelegate::paint(painter, option, index);
    }
}

void ImagesDelegate::paintBackground(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    // Selection and alternate rows as the style draws them; the content goes on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

void ImagesDelegate::paintSignature(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const auto state = static_cast<SignatureState>(index.data(ImagesListModel::SignatureRole).toInt());
    const QString label = imagetext::signatureSymbol(state) + QLatin1Char(' ') + imagetext::signature(state);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    const int h = std::min(option.rect.height() - 4, fm.height() + 2);
    const int w = std::min(option.rect.width() - 6, fm.horizontalAdvance(label) + 14);
    const QRect pill(option.rect.left() + 3, option.rect.center().y() - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(imagetext::signatureColor(state));
    painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, fm.elidedText(label, Qt::ElideRight, pill.width() - 8));
    painter->restore();
}

void ImagesDelegate::paintCounts(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const QList<int> counts = index.data(ImagesListModel::VulnerabilityCountsRole).value<QList<int>>();
    static constexpr Severity kSeverities[] = {Severity::Critical, Severity::High, Severity::Medium, Severity::Low};
    static constexpr char kLetters[] = {'C', 'H', 'M', 'L'};
    const QFont font = option.font;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor grey = option.palette.color(QPalette::PlaceholderText);
    // Four equal cells: the numbers line up down the column.
    const int cell = std::max(1, (option.rect.width() - 6) / 4);
    painter->save();
    for (int i = 0; i < 4 && i < counts.size(); ++i) {
        const int n = counts[i];
        QFont f = font;
        f.setBold(n > 0);
        painter->setFont(f);
        // Measured in the font drawn with: a bold "H 128" is wider than a regular one, and must
        // not run into the next cell.
        const QFontMetrics fm(f);
        QColor c = n > 0 ? SeverityDelegate::severityColor(static_cast<int>(kSeverities[i])) : grey;
        if (selected)
            c = option.palette.color(QPalette::HighlightedText);
        painter->setPen(c);
        const QRect r(option.rect.left() + 3 + i * cell, option.rect.top(), cell, option.rect.height());
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(QStringLiteral("%1 %2").arg(QLatin1Char(kLetters[i])).arg(n), Qt::ElideRight, cell - 4));
    }
    painter->restore();
}

} // namespace bulkhead::ui
