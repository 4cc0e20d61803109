#pragma once

#include "rbac/reviewqueueloader.h"

#include <QWidget>

class QTextBrowser;

namespace bulkhead::ui {

// The review queue's side pane for the selected binding: its roleRef and subjects, its risks
// (rule ids with their titles), what changed since the last review (subjects added and removed,
// the roleRef before and after, a re-creation), and the review history, newest first.
class ReviewDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDetailPane)

public:
    explicit ReviewDetailPane(QWidget *parent = nullptr);

    void showDetail(const ReviewDetail &detail);
    void showLoading();
    void showNothing(); // no binding selected
    QString text() const; // plain text of what is shown (tests, accessibility)
    QTextBrowser *browser() const { return m_browser; }

    // The pane's HTML for one binding.
    static QString html(const RbacBindingRow &row, const std::vector<BindingReview> &history);
    // The difference between the binding now and its last review; empty when none was made.
    static BindingDiff diffSinceReview(const RbacBindingRow &row);

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace bulkhead::ui
