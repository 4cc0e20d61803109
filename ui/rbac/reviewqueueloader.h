#pragma once

#include "common/storereader.h"
#include "store/rbacrepository.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <optional>
#include <utility>
#include <vector>

namespace bulkhead::ui {

// What the review queue's side pane shows of one binding: the binding as the store has it now
// (state, last review) and its review history, newest first.
struct ReviewDetail {
    std::int64_t id = 0;
    std::optional<RbacBindingRow> row; // nullopt: the binding is gone (re-collected meanwhile)
    std::vector<BindingReview> history;
    QString error;
};

// Runs the review queue's store reads on the thread it lives on (moved there by
// ReviewQueueModel), over its own read-only connection, as WorkloadsLoader does for the
// workloads: work arrives as queued functors, and a read of an outdated request is interrupted
// inside SQLite.
class ReviewQueueLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueLoader)

public:
    explicit ReviewQueueLoader(QString storePath) : m_reader(std::move(storePath)) {}

    std::atomic<quint64> &latestGeneration() { return m_reader.latestGeneration(); }

    // Called on the loader's thread. False with `error` set when the store failed; false with an
    // empty error when the read was outdated.
    bool page(quint64 generation, const RbacBindingFilter &filter, const ReviewPolicy &policy, RbacBindingSort sort,
              bool descending, qint64 offset, int limit, std::vector<RbacBindingRow> &rows, QString &error);
    bool count(quint64 generation, const RbacBindingFilter &filter, const ReviewPolicy &policy, qint64 &total,
               QString &error);
    // Appends to `ids` the binding ids of the rows [offset, offset + count) of each range, under
    // the filter and sort the rows were shown with (a selection beyond the pages in memory).
    bool ids(const RbacBindingFilter &filter, const ReviewPolicy &policy, RbacBindingSort sort, bool descending,
             const std::vector<std::pair<qint64, qint64>> &ranges, std::vector<std::int64_t> &ids, QString &error);
    ReviewDetail detail(std::int64_t id, const ReviewPolicy &policy);
    // IAM-2 over the cluster ("" = all): how many bindings have a current review.
    bool summary(const std::string &cluster, const ReviewPolicy &policy, ReviewSummary &out, QString &error);

private:
    StoreReader m_reader;
};

} // namespace bulkhead::ui
