#include "review/reviewsectionwidget.h"

#include "common/pagewidgets.h"
#include "findings/severitydelegate.h"
#include "review/weeklyreviewtext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

constexpr int kVisibleRows = 6; // the rest scrolls inside the section; the page scrolls as well

// A small dot in the severity's colour: the eye finds the criticals in a list of highs.
QIcon severityDot(Severity severity)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(SeverityDelegate::severityColor(static_cast<int>(severity)));
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

} // namespace

ReviewSectionWidget::ReviewSectionWidget(const QString &title, const QString &explanation, QWidget *parent)
    : QFrame(parent), m_title(title)
{
    styleAsCard(this, QStringLiteral("reviewSection"));
    auto *heading = makeBoldLabel(title, 1.1, this);
    m_count = makeBoldLabel(QString(), 1.1, this);
    m_count->setObjectName(QStringLiteral("sectionCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *head = new QHBoxLayout;
    head->addWidget(heading, 1);
    head->addWidget(m_count);

    auto *note = makeHint(explanation + QLatin1Char(' ') + tr("Double-click a row or press Enter to open it."), this);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("sectionList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(title);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(DetailColumn, QHeaderView::Interactive); // fitColumns()
    m_list->header()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    // activated: double-click or Enter, as the platform defines them.
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });

    m_empty = new QLabel(this);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_more = new QLabel(this);
    m_more->setForegroundRole(QPalette::PlaceholderText);
    m_showAll = new QPushButton(this);
    m_showAll->setObjectName(QStringLiteral("sectionShowAll"));
    m_showAll->hide();
    connect(m_showAll, &QPushButton::clicked, this, &ReviewSectionWidget::showAllRequested);
    auto *foot = new QHBoxLayout;
    foot->addWidget(m_more, 1);
    foot->addWidget(m_showAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(head);
    layout->addWidget(note);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    layout->addLayout(foot);
    layout->addStretch(1); // a short section next to a long one keeps its rows at the top
    setEmptyText(tr("Nothing since the baseline."));
    setItems({}, 0);
}

void ReviewSectionWidget::setItems(const std::vector<ReviewItem> &items, std::int64_t total)
{
    m_total = std::max<std::int64_t>(total, static_cast<std::int64_t>(items.size()));
    m_count->setText(QLocale().toString(static_cast<qlonglong>(m_total)));
    m_list->clear();
    QList<QTreeWidgetItem *> rows;
    rows.reserve(static_cast<qsizetype>(items.size()));
    for (const ReviewItem &item : items) {
        auto *row = new QTreeWidgetItem;
        row->setText(TitleColumn, QString::fromStdString(item.title));
        row->setToolTip(TitleColumn, QString::fromStdString(item.title));
        row->setText(DetailColumn, QString::fromStdString(item.detail));
        row->setToolTip(DetailColumn, QString::fromStdString(item.detail));
        row->setText(WhenColumn, item.at > 0 ? weeklytext::date(item.at) : QString());
        if (item.severity != Severity::Unknown)
            row->setIcon(TitleColumn, severityDot(item.severity));
        row->setData(TitleColumn, PageRole, QString::fromStdString(item.page));
        row->setData(TitleColumn, FilterRole, QString::fromStdString(item.filter));
        rows.append(row);
    }
    m_list->addTopLevelItems(rows);
    const bool empty = rows.isEmpty();
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    const int shown = std::min<int>(kVisibleRows, static_cast<int>(rows.size()));
    const int rowHeight = empty ? 0 : m_list->sizeHintForRow(0);
    m_list->setFixedHeight(std::max(1, shown) * std::max(rowHeight, fontMetrics().height() + 6) + 4);
    const std::int64_t hidden = m_total - static_cast<std::int64_t>(items.size());
    m_more->setText(hidden > 0 ? tr("and %1 more").arg(QLocale().toString(static_cast<qlonglong>(hidden))) : QString());
    m_more->setVisible(hidden > 0);
    m_showAll->setVisible(!m_showAll->text().isEmpty() && !empty);
    fitColumns();
}

void ReviewSectionWidget::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitColumns();
}

// The title names the thing ("CVE-2024-1234 in shop/api:1.4"): it keeps at least half the width;
// the detail gets what it needs of the rest and is elided beyond that (all of it in the tooltip).
void ReviewSectionWidget::fitColumns()
{
    const int available = m_list->viewport()->width() - m_list->header()->sectionSize(WhenColumn);
    // Through the base class: QTreeView makes its override protected.
    const int wanted = static_cast<const QAbstractItemView *>(m_list)->sizeHintForColumn(DetailColumn);
    const int detail = std::min(wanted, available / 2);
    m_list->header()->resizeSection(DetailColumn, std::max(detail, 0));
}

void ReviewSectionWidget::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void ReviewSectionWidget::setShowAllText(const QString &text)
{
    m_showAll->setText(text);
    m_showAll->setVisible(!text.isEmpty() && m_total > 0);
}

void ReviewSectionWidget::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString page = item->data(TitleColumn, PageRole).toString();
    if (!page.isEmpty())
        Q_EMIT linkActivated(page, item->data(TitleColumn, FilterRole).toString());
}

} // namespace bulkhead::ui
