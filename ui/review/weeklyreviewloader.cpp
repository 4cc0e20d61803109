#include "review/weeklyreviewloader.h"

#include "controls/evidencesettings.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <exception>

namespace bulkhead::ui {

WeeklyReviewLoader::WeeklyReviewLoader(QString storePath, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath))
{
    qRegisterMetaType<WeeklyReviewData>();
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("weekly review loader"));
    m_thread.start(QThread::LowPriority);
}

WeeklyReviewLoader::~WeeklyReviewLoader()
{
    m_thread.quit();
    m_thread.wait(); // a load in progress finishes first
}

quint64 WeeklyReviewLoader::load(std::int64_t since, std::int64_t now)
{
    const quint64 request = ++m_latest;
    QMetaObject::invokeMethod(m_worker, [this, request, since, now] { run(request, since, now); }, Qt::QueuedConnection);
    return request;
}

// Runs on m_thread; the signals reach GUI-thread receivers queued.
void WeeklyReviewLoader::run(quint64 request, std::int64_t since, std::int64_t now)
{
    if (request != m_latest.load())
        return; // a newer request is queued behind this one
    QElapsedTimer timer;
    timer.start();
    WeeklyReviewData data;
    data.requestedSince = since;
    if (!QFileInfo::exists(m_storePath)) {
        data.storeMissing = true;
        data.diff.now = now;
        Q_EMIT loaded(request, data);
        return;
    }
    try {
        const Database db = Database::open(m_storePath.toStdString(), Database::Access::ReadOnly);
        // The thresholds the controls are judged by, from the same settings the GUI and
        // bulkheadctl read (QSettings is safe to read from this thread).
        data.diff = buildReviewDiff(db, loadEvidenceSettings(), since, now);
        data.history = SignoffRepository(db).list();
    } catch (const std::exception &e) { // StoreError, or a catalog the diff cannot use
        Q_EMIT failed(request, QString::fromUtf8(e.what()));
        return;
    }
    data.elapsedMs = timer.elapsed();
    Q_EMIT loaded(request, data);
}

} // namespace bulkhead::ui
