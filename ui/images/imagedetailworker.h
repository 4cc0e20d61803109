#pragma once

#include "store/database.h"
#include "store/findingquery.h"
#include "store/imagerepository.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace bulkhead::ui {

// What the worker found for one request: the image's detail and its open findings, or that the
// image is gone, or an error.
struct ImageDetailReply {
    quint64 request = 0;
    qint64 imageId = 0;
    bool found = false;
    ImageRepository::ImageDetail detail;
    qint64 assetId = 0;                 // the image's asset (findings), 0 when it has none
    std::vector<FindingRow> findings;   // open and confirmed, most severe first, at most kMaxFindings
    qint64 findingCount = 0;            // all open and confirmed ones
    QString error;
};

// Lives on the image detail pane's thread with its own read-only connection, like
// FindingDetailWorker: requests older than the pane's newest are skipped unread, so that holding
// an arrow key in the table costs one read per row actually shown.
class ImageDetailWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDetailWorker)

public:
    static constexpr int kMaxFindings = 100;

    ImageDetailWorker(QString storePath, std::shared_ptr<const std::atomic<quint64>> latest);
    ~ImageDetailWorker() override;

    void load(quint64 request, qint64 imageId); // on the worker thread

Q_SIGNALS:
    void replied(const bulkhead::ui::ImageDetailReply &reply);

private:
    QString m_storePath;
    std::shared_ptr<const std::atomic<quint64>> m_latest;
    std::unique_ptr<Database> m_db;
};

} // namespace bulkhead::ui

Q_DECLARE_METATYPE(bulkhead::ui::ImageDetailReply)
