#pragma once

#include "common/storereader.h"
#include "store/imagerepository.h"
#include "store/sourcerepository.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <vector>

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
    explicit ImagesLoader(QString storePath) : m_reader(std::move(storePath)) {}

    std::atomic<quint64> &latestGeneration() { return m_reader.latestGeneration(); }

    // Called on the loader's thread. False with `error` set when the store failed; false with an
    // empty error when the read was outdated.
    bool page(quint64 generation, const ImageFilter &filter, ImageSortKey key, bool descending, int offset, int limit,
              std::vector<ImageRow> &rows, QString &error);
    bool count(quint64 generation, const ImageFilter &filter, qint64 &total, QString &error);
    // The registry sources (for the filter bar and the empty state).
    bool sources(std::vector<SourceRow> &out, QString &error);

private:
    bool run(quint64 generation, QString &error, const std::function<void()> &work)
    {
        return m_reader.run(generation, error, work);
    }
    Database &db() { return m_reader.db(); }

    StoreReader m_reader;
};

} // namespace bulkhead::ui
