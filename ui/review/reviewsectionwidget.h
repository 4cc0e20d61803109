#pragma once

#include "review/reviewdiff.h"

#include <QFrame>

#include <cstdint>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace bulkhead::ui {

// One list of the weekly review ("New critical and high findings (12)"): its count, a sentence on
// what it holds, and its rows, each leading to the page and filter behind it (double-click or
// Enter). "Show all" opens the whole list where the review only shows its first rows or where a
// page can list it better.
class ReviewSectionWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewSectionWidget)

public:
    enum Column { TitleColumn, DetailColumn, WhenColumn, ColumnCount };
    enum Role { PageRole = Qt::UserRole + 1, FilterRole };

    ReviewSectionWidget(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    // `total` is the count shown; at least items.size() (the diff caps its lists).
    void setItems(const std::vector<ReviewItem> &items, std::int64_t total);
    void setEmptyText(const QString &text);
    // Shows the "Show all" button with this label; hidden while the section is empty.
    void setShowAllText(const QString &text);

    std::int64_t count() const { return m_total; }
    QString title() const { return m_title; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *showAllButton() const { return m_showAll; }
    QLabel *countLabel() const { return m_count; }

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void linkActivated(const QString &page, const QString &filter);
    void showAllRequested();

private:
    void activate(QTreeWidgetItem *item);
    void fitColumns();

    QString m_title;
    std::int64_t m_total = 0;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_more = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_showAll = nullptr;
};

} // namespace bulkhead::ui
