#pragma once

#include "settings/appsettings.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <QItemSelectionModel>

#include <algorithm>
#include <functional>

namespace bulkhead::ui {

// What the views over a PagedTableModel (Images, Workloads) do alike with their table, so that it
// is written once. `Model` has static sortKeyForColumn(int) -> optional key, sortKey() and
// sortDescending(), and the PagedTableModel signals.

// The selected rows of a row-selecting table as sorted, merged (first, last) ranges (a selection
// can hold one range per column block, repeating rows); the current row when nothing is selected.
// What bulk actions over a PagedTableModel act on (rows need not be loaded).
inline QList<QPair<int, int>> selectedRowRanges(const QTableView *table)
{
    QList<QPair<int, int>> ranges;
    for (const QItemSelectionRange &r : table->selectionModel()->selection())
        ranges.append({r.top(), r.bottom()});
    std::sort(ranges.begin(), ranges.end());
    QList<QPair<int, int>> merged;
    for (const auto &r : ranges) {
        if (!merged.isEmpty() && r.first <= merged.last().second + 1)
            merged.last().second = std::max(merged.last().second, r.second);
        else
            merged.append(r);
    }
    if (merged.isEmpty() && table->currentIndex().isValid())
        merged.append({table->currentIndex().row(), table->currentIndex().row()});
    return merged;
}

// Fills `page` with `content` and `emptyState`, one shown at a time (the returned stack chooses),
// and gives the page `/` to `focusSearch` (the main window leaves the key on such a page to it).
inline QStackedWidget *stackPage(QWidget *page, QWidget *content, QWidget *emptyState, const QString &searchText,
                                 const std::function<void()> &focusSearch)
{
    auto *stack = new QStackedWidget(page);
    stack->addWidget(content);
    stack->addWidget(emptyState);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack);
    auto *search = new QAction(searchText, page);
    search->setShortcut(QKeySequence(Qt::Key_Slash));
    search->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(search, &QAction::triggered, page, focusSearch);
    page->addAction(search);
    return stack;
}

// The header of a table whose store orders only some columns: a click on another column puts the
// indicator back on the model's sort column; right-click chooses the columns shown (titled by
// `columnTitle`); the layout saved under `layoutKey` (AppSettings) is restored.
template <typename Model>
void setUpStoreSortedHeader(QHeaderView *header, Model *model, const QString &layoutKey,
                            const std::function<QString(int)> &columnTitle)
{
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, [header, model](int column, Qt::SortOrder) {
        if (Model::sortKeyForColumn(column))
            return;
        const QSignalBlocker block(header);
        for (int c = 0; c < model->columnCount(); ++c) {
            if (Model::sortKeyForColumn(c) == model->sortKey()) {
                header->setSortIndicator(c, model->sortDescending() ? Qt::DescendingOrder : Qt::AscendingOrder);
                break;
            }
        }
    });
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c = 0; c < model->columnCount(); ++c) {
        auto *a = new QAction(columnTitle(c), header);
        a->setCheckable(true);
        QObject::connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        header->addAction(a);
    }
    if (const QByteArray state = AppSettings::headerState(layoutKey); !state.isEmpty())
        header->restoreState(state);
    for (int c = 0; c < model->columnCount(); ++c)
        header->actions().at(c)->setChecked(!header->isSectionHidden(c));
}

// The model's progress on the page: `updateSummary` follows loading and counting, a store error
// shows in `message` (hidden again by the next good page), and the first row of a first page
// becomes current (at `currentColumn`) when nothing is, so that the keyboard starts there.
template <typename Model>
void followPagedModel(QWidget *view, Model *model, QTableView *table, QLabel *message, int currentColumn,
                      const std::function<void()> &updateSummary)
{
    QObject::connect(model, &Model::loadingChanged, view, updateSummary);
    QObject::connect(model, &Model::counted, view, updateSummary);
    QObject::connect(model, &Model::firstPageShown, view, updateSummary);
    QObject::connect(model, &Model::errorOccurred, view, [message](const QString &e) {
        message->setText(e);
        message->show();
    });
    QObject::connect(model, &Model::firstPageShown, view, [model, table, message, currentColumn] {
        message->hide();
        if (!table->currentIndex().isValid() && model->rowCount() > 0)
            table->selectionModel()->setCurrentIndex(model->index(0, currentColumn), QItemSelectionModel::NoUpdate);
    });
}

// The line above a paged table: "1,234 images from 2 registry sources", with the hint when the
// filter matches nothing and "loading…" while a read runs. `counted(n)` makes the count's text, so that
// it can take the plural form the language needs: [](int n) { return ImagesView::tr("%Ln images", nullptr, n); };
// `sources` is said when there are sources (sourceCount > 0), `nothingHint` when none matched.
template <typename Model>
QString pagedSummary(const Model* model, const std::function<QString(int)>& counted, const QString& counting,
                     int sourceCount, const QString& sources, const QString& nothingHint)
{
    QString text = model->countExact() ? counted(static_cast<int>(model->totalCount())) : counting;
    if (sourceCount > 0)
        text += sources;
    if (model->countExact() && model->totalCount() == 0 && sourceCount > 0)
        text += nothingHint;
    if (model->isLoading())
        text += QCoreApplication::translate("bulkhead::ui::PagedView", " · loading…");
    return text;
}

} // namespace bulkhead::ui
