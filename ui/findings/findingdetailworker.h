#pragma once

#include "store/database.h"
#include "store/findingdetail.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace bulkhead::ui {

// What the worker found for one request: the detail, or that the finding is gone, or an error.
struct FindingDetailReply {
    quint64 request = 0;
    qint64 findingId = 0;
    bool found = false;
    bulkhead::FindingDetail detail; // when found
    QString error;                  // the store could not be read (then !found)
};

// Lives on the detail pane's thread: opens its own read-only connection on first use and answers
// load requests. Requests older than the newest one the pane has made are skipped unread, so
// holding the arrow key in the findings table costs one query per row actually shown.
class FindingDetailWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingDetailWorker)

public:
    // `latest` is the pane's newest request number, shared so that the worker can see it while
    // older requests are still queued.
    FindingDetailWorker(QString storePath, std::shared_ptr<const std::atomic<quint64>> latest);
    ~FindingDetailWorker() override;

    // Runs on the worker thread (queued by the pane).
    void load(quint64 request, qint64 findingId, int maxAffected);

Q_SIGNALS:
    void replied(const bulkhead::ui::FindingDetailReply &reply);

private:
    QString m_storePath;
    std::shared_ptr<const std::atomic<quint64>> m_latest;
    std::unique_ptr<bulkhead::Database> m_db; // opened on the worker thread, reopened after errors
};

} // namespace bulkhead::ui

Q_DECLARE_METATYPE(bulkhead::ui::FindingDetailReply)
