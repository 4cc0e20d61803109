#pragma once

#include "store/signoffrepository.h"

#include <QTreeWidget>

#include <vector>

namespace bulkhead::ui {

// The signed-off reviews, newest first: when, who, the score as signed and the notes (the first
// line; all of it in the tooltip). Sign-offs are few (one a week), so they are held, not paged.
class SignoffHistoryList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignoffHistoryList)

public:
    enum Column { SignedColumn, ByColumn, ScoreColumn, NotesColumn, ColumnCount };
    enum Role { SignoffIdRole = Qt::UserRole + 1 };

    explicit SignoffHistoryList(QWidget *parent = nullptr);

    void setSignoffs(const std::vector<Signoff> &signoffs);
};

} // namespace bulkhead::ui
