#pragma once

#include "common/storereader.h"
#include "rbac/rbacindexcache.h"
#include "rbac/rbacqueries.h"

#include <QObject>

namespace bulkhead::ui {

// The worker side of RbacQueries: lives on its thread, reads the store through its own read-only
// connection and answers from the cached RbacIndex of the cluster. Each call runs on that thread.
class RbacQueryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RbacQueryWorker)

public:
    explicit RbacQueryWorker(QString storePath) : m_reader(std::move(storePath)) {}

    RbacMatrixAnswer matrix(const std::string &cluster, const RbacSubject &subject,
                            const std::optional<std::string> &scope);
    RbacWhoCanAnswer whoCan(const std::string &cluster, const QString &verb, const QString &resource,
                            const QString &nameSpace);
    RbacWhyText why(const std::string &cluster, const QString &subject, const QString &verb, const QString &resource,
                    const QString &nameSpace);
    void clear() { m_cache.clear(); }
    // Builds the cluster's index now (a store error surfaces with the first question).
    void prepare(const std::string &cluster)
    {
        QString error;
        entry(cluster, error);
    }

private:
    // The cluster's index, or null with `error` set when the store failed.
    const RbacIndexCache::Entry *entry(const std::string &cluster, QString &error);
    // The request from the who-can fields, or false with `error` naming what is wrong.
    static bool readRequest(const QString &verb, const QString &resource, const QString &nameSpace,
                            RbacRequest &request, QString &error);

    StoreReader m_reader;
    RbacIndexCache m_cache;
};

} // namespace bulkhead::ui
