#pragma once

#include <QWidget>

namespace bulkhead::ui {

class ReviewQueueWidget;

// The RBAC page: a cluster chooser and three tabs. "Subjects": the paged subjects list (risk
// badges, review state, bootstrap hidden by default) and, for the selected subject, the
// permission matrix (resources x verbs, per namespace or cluster-wide) whose cells explain which
// binding and role grant them. "Who can": a query box (verb, resource, namespace) answered with
// the granting chains. "Review": the bindings-to-review queue (ReviewQueueWidget). Until a
// cluster was collected it says how to add one. Store reads and analysis run off the GUI thread.
class RbacView : public QWidget
{
    Q_OBJECT

public:
    explicit RbacView(const QString &storePath, QWidget *parent = nullptr);
    ~RbacView() override;

    ReviewQueueWidget *reviewQueue() const;

public Q_SLOTS:
    void refresh(); // the store changed (a collection finished, a source was added or removed)
    void focusSearch();

Q_SIGNALS:
    void addClusterRequested();
    void collectRequested();
};

} // namespace bulkhead::ui
