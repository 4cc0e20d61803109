#include "overview/overviewloader.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace bulkhead::ui {

std::int64_t OverviewData::openTotal() const
{
    std::int64_t sum = 0;
    for (std::int64_t n : posture.openBySeverity)
        sum += n;
    return sum;
}

OverviewLoader::OverviewLoader(QString storePath, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath))
{
    qRegisterMetaType<OverviewData>();
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("overview loader"));
    m_thread.start(QThread::LowPriority);
}

OverviewLoader::~OverviewLoader()
{
    m_thread.quit();
    m_thread.wait(); // a load in progress finishes first: SQLite reads are not interruptible here
}

quint64 OverviewLoader::load(const SlaPolicy &sla, std::int64_t now, int expiryWindowDays)
{
    const quint64 request = ++m_latest;
    QMetaObject::invokeMethod(
        m_worker, [this, request, sla, now, expiryWindowDays] { run(request, sla, now, expiryWindowDays); },
        Qt::QueuedConnection);
    return request;
}

// Runs on m_thread; the signals reach GUI-thread receivers queued.
void OverviewLoader::run(quint64 request, SlaPolicy sla, std::int64_t now, int expiryWindowDays)
{
    if (request != m_latest.load())
        return; // a newer request is queued behind this one: answer that one only
    QElapsedTimer timer;
    timer.start();
    OverviewData data;
    data.sla = sla;
    data.now = now;
    data.expiryWindowDays = expiryWindowDays;
    if (!QFileInfo::exists(m_storePath)) {
        data.storeMissing = true;
        Q_EMIT loaded(request, data);
        return;
    }
    try {
        const Database db = Database::open(m_storePath.toStdString(), Database::Access::ReadOnly);
        data.posture = PostureRepository(db).summary(sla, now, expiryWindowDays, 10);
        data.trend = TrendRepository(db).openBySeverity();
        data.scoreTrend = SnapshotRepository(db).scoreTrend();
    } catch (const StoreError &e) {
        Q_EMIT failed(request, QString::fromUtf8(e.what()));
        return;
    }
    data.elapsedMs = timer.elapsed();
    Q_EMIT loaded(request, data);
}

} // namespace bulkhead::ui
