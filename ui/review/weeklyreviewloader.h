#pragma once

#include "review/weeklyreviewdata.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

namespace bulkhead::ui {

// Builds the weekly review (buildReviewDiff and the sign-off history) on a thread it owns, over a
// read connection opened there for each load: the diff assesses every control and compares
// snapshots, which is never work for the GUI thread. Like OverviewLoader, requests queued while
// one runs are merged into the newest.
class WeeklyReviewLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyReviewLoader)

public:
    explicit WeeklyReviewLoader(QString storePath, QObject *parent = nullptr);
    ~WeeklyReviewLoader() override;

    // Queues a load of the review since `since` (0: the last sign-off) as of `now`; the answer
    // arrives as loaded() or failed() with the returned request number.
    quint64 load(std::int64_t since, std::int64_t now);

Q_SIGNALS:
    void loaded(quint64 request, const bulkhead::ui::WeeklyReviewData &data);
    void failed(quint64 request, const QString &error);

private:
    void run(quint64 request, std::int64_t since, std::int64_t now);

    QString m_storePath;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread: the context loads run in
    std::atomic<quint64> m_latest{0};
};

} // namespace bulkhead::ui
