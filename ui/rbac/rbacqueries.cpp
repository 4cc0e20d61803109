#include "rbac/rbacqueries.h"

#include "rbac/rbacqueryworker.h"

#include <QPointer>
#include <QThread>

namespace bulkhead::ui {

RbacQueries::RbacQueries(const QString &storePath, QObject *parent)
    : QObject(parent), m_thread(std::make_unique<QThread>()), m_worker(new RbacQueryWorker(storePath))
{
    m_thread->setObjectName(QStringLiteral("rbac-queries"));
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

RbacQueries::~RbacQueries()
{
    // Whatever is queued behind the running question is outdated now.
    m_latest->matrix.store(~quint64(0));
    m_latest->whoCan.store(~quint64(0));
    m_latest->why.store(~quint64(0));
    m_thread->quit();
    m_thread->wait();
}

template <typename Work>
void RbacQueries::post(Work &&work)
{
    if (++m_pending == 1)
        Q_EMIT busyChanged(true);
    QMetaObject::invokeMethod(m_worker, std::forward<Work>(work), Qt::QueuedConnection);
}

void RbacQueries::settle()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

void RbacQueries::invalidate()
{
    RbacQueryWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->clear(); }, Qt::QueuedConnection);
}

void RbacQueries::prepare(const std::string &cluster)
{
    RbacQueryWorker *worker = m_worker;
    QPointer<RbacQueries> self(this);
    post([worker, self, cluster] {
        worker->prepare(cluster);
        QMetaObject::invokeMethod(self, [self] {
            if (self)
                self->settle();
        }, Qt::QueuedConnection);
    });
}

// One question of a kind: skipped on the worker when a newer one of the kind is queued, dropped
// here when a newer one was asked meanwhile.
template <typename Answer, typename Compute>
quint64 RbacQueries::ask(std::atomic<quint64> Latest::*kind, void (RbacQueries::*signal)(const Answer &),
                         Compute compute)
{
    const quint64 request = ++m_nextRequest;
    ((*m_latest).*kind).store(request);
    RbacQueryWorker *worker = m_worker;
    std::shared_ptr<Latest> latest = m_latest;
    QPointer<RbacQueries> self(this);
    post([worker, latest, self, kind, signal, request, compute = std::move(compute)] {
        const bool outdated = ((*latest).*kind).load() != request;
        Answer answer = outdated ? Answer{} : compute(*worker);
        answer.request = request;
        QMetaObject::invokeMethod(self, [self, latest, kind, signal, outdated, answer = std::move(answer)] {
            if (!self)
                return;
            self->settle();
            if (!outdated && ((*latest).*kind).load() == answer.request)
                Q_EMIT(self->*signal)(answer);
        }, Qt::QueuedConnection);
    });
    return request;
}

quint64 RbacQueries::matrix(const std::string &cluster, const RbacSubject &subject,
                            const std::optional<std::string> &scope)
{
    return ask(&Latest::matrix, &RbacQueries::matrixReady,
               [=](RbacQueryWorker &w) { return w.matrix(cluster, subject, scope); });
}

quint64 RbacQueries::whoCan(const std::string &cluster, const QString &verb, const QString &resource,
                            const QString &nameSpace)
{
    return ask(&Latest::whoCan, &RbacQueries::whoCanReady,
               [=](RbacQueryWorker &w) { return w.whoCan(cluster, verb, resource, nameSpace); });
}

quint64 RbacQueries::why(const std::string &cluster, const QString &subject, const QString &verb,
                         const QString &resource, const QString &nameSpace)
{
    return ask(&Latest::why, &RbacQueries::whyReady,
               [=](RbacQueryWorker &w) { return w.why(cluster, subject, verb, resource, nameSpace); });
}

} // namespace bulkhead::ui
