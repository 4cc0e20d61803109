#include "drills/drillsstore.h"

namespace bulkhead::ui {

DrillsStore::DrillsStore(const QString &storePath, QObject *parent)
    : QObject(parent), m_thread(std::make_unique<QThread>()), m_worker(new DrillsWorker(storePath))
{
    m_thread->setObjectName(QStringLiteral("drills-store"));
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

DrillsStore::~DrillsStore()
{
    // The quit is queued behind the calls already made: an edit saved as the page closes (the
    // window's last focus-out) still reaches the store. Each is one short transaction.
    QMetaObject::invokeMethod(m_worker, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
    m_thread->wait();
}

} // namespace bulkhead::ui
