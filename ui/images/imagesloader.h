#pragma once

#include "store/imagerepository.h"
#include "store/sourcerepository.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace bulkhead {
class Database;
}

namespace bulkhead::ui {

using ImageFilter = ImageRepository::ImageFilter;
using ImageRow = ImageRepository::ImageRow;
using ImageSortKey = ImageRepository::ImageSortKey;

// Runs the Images view's store reads on the thread it lives on (moved there by ImagesListModel),
// over its own read-only connection, like FindingsLoader for the findings: work arrives as queued
// functors, and a read of an outdated request (the user typed another letter) is interrupted
// inside SQLite so that it never delays the next one.
class ImagesLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesLoader)

public:
    explicit ImagesLoader(QString storePath);
    ~ImagesLoader() override;

    std::atomic<quint64> &latestGeneration() { return m_latest; }

    // Called on the loader's thread. False with `error` set when the store failed; false with an
    // empty error when the read was outdated.
    bool page(quint64 generation, const ImageFilter &filter, ImageSortKey key, bool descending, int offset, int limit,
              std::vector<ImageRow> &rows, QString &error);
    bool count(quint64 generation, const ImageFilter &filter, qint64 &total, QString &error);
    // The registry sources (for the filter bar and the empty state).
    bool sources(std::vector<SourceRow> &out, QString &error);

private:
    bool run(quint64 generation, QString &error, const std::function<void()> &work);
    Database &db();

    QString m_storePath;
    std::unique_ptr<Database> m_db;
    std::atomic<quint64> m_latest{0};
    quint64 m_running = 0;
};

} // namespace bulkhead::ui
