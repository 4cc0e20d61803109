#pragma once

#include "common/storereader.h"
#include "store/findingfilter.h"
#include "store/findingquery.h"
#include "store/findingrepository.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <vector>

namespace bulkhead::ui {

// Runs the findings view's store reads on the thread it lives on (moved there by its owner),
// over its own read-only connection. Work arrives as functors (QMetaObject::invokeMethod), results
// leave through the callbacks' queued invocations. A read that belongs to an outdated request (the
// user typed another letter) is interrupted inside SQLite, so a slow query never delays the next.
class FindingsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsLoader)

public:
    explicit FindingsLoader(QString storePath) : m_reader(std::move(storePath)) {}

    // The newest request generation; reads of older generations stop early.
    std::atomic<quint64> &latestGeneration() { return m_reader.latestGeneration(); }

    // Called on the loader's thread. Each returns false (and sets `error`) when the store failed;
    // an interrupted (outdated) read returns false with an empty error.
    bool count(quint64 generation, const FindingFilter &filter, qint64 &total, QString &error);
    bool page(quint64 generation, const FindingFilter &filter, const FindingSort &sort, qint64 offset, int pageSize,
              qint64 knownCount, std::vector<FindingRow> &rows, QString &error);
    bool groups(quint64 generation, const FindingFilter &filter, FindingGroupBy by, int limit,
                std::vector<FindingGroup> &out, QString &error);
    bool choices(FindingFilterChoices &out, QString &error);
    bool ids(const FindingFilter &filter, const FindingSort &sort, const std::vector<std::pair<qint64, qint64>> &ranges,
             std::vector<std::int64_t> &out, QString &error);

private:
    bool run(quint64 generation, QString &error, const std::function<void()> &work)
    {
        return m_reader.run(generation, error, work);
    }
    Database &db() { return m_reader.db(); }

    StoreReader m_reader;
};

} // namespace bulkhead::ui
