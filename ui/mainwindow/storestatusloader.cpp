#include "mainwindow/storestatusloader.h"

#include "store/database.h"
#include "store/findingrepository.h"
#include "store/storeerror.h"
#include "store/storemeta.h"

namespace bulkhead::ui {

StoreStatusLoader::StoreStatusLoader(QString storePath, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath))
{
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("store status"));
    m_thread.start(QThread::LowPriority);
}

StoreStatusLoader::~StoreStatusLoader()
{
    m_thread.quit();
    m_thread.wait();
}

void StoreStatusLoader::refresh()
{
    if (m_pending.exchange(true))
        return;
    // Runs on m_thread. The connection is opened there and kept (one read connection per thread);
    // the destructor closes it after the thread has ended. Signals emitted from there reach GUI-thread receivers queued.
    QMetaObject::invokeMethod(m_worker, [this] {
        m_pending.store(false);
        try {
            if (!m_db)
                m_db = std::make_unique<Database>(Database::open(m_storePath.toStdString(), Database::Access::ReadOnly));
            const FindingStats stats = FindingRepository(*m_db).stats();
            // "Open" as the overview counts it: open or confirmed, still to be fixed.
            qint64 open = 0;
            for (const char *status : {"open", "confirmed"}) {
                if (const auto it = stats.byStatus.find(status); it != stats.byStatus.end())
                    open += it->second;
            }
            Q_EMIT loaded(stats.total, open, stats.reports, storemeta::isDemo(*m_db));
        } catch (const StoreError &e) {
            m_db.reset();
            Q_EMIT failed(QString::fromUtf8(e.what()));
        }
    }, Qt::QueuedConnection);
}

} // namespace bulkhead::ui
