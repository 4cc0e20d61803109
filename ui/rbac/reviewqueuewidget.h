#pragma once

#include <QWidget>

namespace bulkhead::ui {

// The bindings-to-review queue of the RBAC page: a paged table of bindings (kind, namespace,
// name, role, subjects, risk, review state, due date) filtered to those needing review by
// default, with keyboard decisions (K keep, R reduce, X remove, E escalate; multi-selection for
// bulk; a note prompt), the selected binding's review history and its diff since the last review.
// Reviews go to the store on a worker thread; reviewer = the OS user.
class ReviewQueueWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewQueueWidget(const QString &storePath, QWidget *parent = nullptr);
    ~ReviewQueueWidget() override;

public Q_SLOTS:
    void setCluster(const QString &cluster); // "" = all clusters
    void refresh();

Q_SIGNALS:
    void reviewsRecorded(int count); // after the store took them
};

} // namespace bulkhead::ui
