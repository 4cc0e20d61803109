#pragma once

#include "overview/overviewdata.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace bulkhead::ui {

// Reads the overview (posture summary and trend) on a thread it owns, with a read connection
// opened there for each load, so that a store replaced meanwhile (`bulkheadctl demo --force`)
// is read afresh. On a million findings the trend alone takes a few hundred milliseconds: never
// on the GUI thread.
class OverviewLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewLoader)

public:
    explicit OverviewLoader(QString storePath, QObject *parent = nullptr);
    ~OverviewLoader() override;

    // Queues a load; the answer arrives as loaded() or failed() with the same request number.
    // Requests made while one is waiting to start are merged into it.
    quint64 load(const SlaPolicy &sla, std::int64_t now, int expiryWindowDays);

Q_SIGNALS:
    void loaded(quint64 request, const bulkhead::ui::OverviewData &data);
    void failed(quint64 request, const QString &error);

private:
    void run(quint64 request, SlaPolicy sla, std::int64_t now, int expiryWindowDays);

    QString m_storePath;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread: the context loads run in
    std::atomic<quint64> m_latest{0};
};

} // namespace bulkhead::ui
