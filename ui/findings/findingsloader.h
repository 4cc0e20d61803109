#pragma once

#include "store/findingfilter.h"
#include "store/findingquery.h"
#include "store/findingrepository.h"

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

// Runs the findings view's store reads on the thread it lives on (moved there by its owner),
// over its own read-only connection. Work arrives as functors (QMetaObject::invokeMethod), results
// leave through the callbacks' queued invocations. A read that belongs to an outdated request (the
// user typed another letter) is interrupted inside SQLite, so a slow query never delays the next.
class FindingsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsLoader)

public:
    explicit FindingsLoader(QString storePath);
    ~FindingsLoader() override;

    // The newest request generation; reads of older generations stop early.
    std::atomic<quint64> &latestGeneration() { return m_latest; }

    // Called on the loader's thread. Each returns false (and sets `error`) when the store failed;
    // an interrupted (outdated) read returns false with an empty error.
    bool firstPage(quint64 generation, const FindingFilter &filter, const FindingSort &sort, int pageSize,
                   std::vector<FindingRow> &rows, QString &error);
    bool count(quint64 generation, const FindingFilter &filter, qint64 &total, QString &error);
    bool page(quint64 generation, const FindingFilter &filter, const FindingSort &sort, qint64 offset, int pageSize,
              qint64 knownCount, std::vector<FindingRow> &rows, QString &error);
    bool groups(quint64 generation, const FindingFilter &filter, FindingGroupBy by, int limit,
                std::vector<FindingGroup> &out, QString &error);
    bool choices(FindingFilterChoices &out, QString &error);
    bool ids(const FindingFilter &filter, const FindingSort &sort, const std::vector<std::pair<qint64, qint64>> &ranges,
             std::vector<std::int64_t> &out, QString &error);

private:
    bool run(quint64 generation, QString &error, const std::function<void()> &work);
    Database &db();

    QString m_storePath;
    std::unique_ptr<Database> m_db;
    std::atomic<quint64> m_latest{0};
    quint64 m_running = 0; // generation of the read in progress (progress handler)
};

} // namespace bulkhead::ui
