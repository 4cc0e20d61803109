#pragma once

#include "rbac/permissionmatrix.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QThread;

namespace bulkhead::ui {

class RbacQueryWorker;

// The permission matrix of one subject, as the worker built it.
struct RbacMatrixAnswer {
    quint64 request = 0;
    std::string cluster;
    PermissionMatrix matrix;
    QString error;          // the store failed
    QStringList loadErrors; // RBAC objects of the cluster that could not be read (skipped)
};

// One who-can answer: a binding subject that may do it, and the grant.
struct RbacWhoCanRow {
    RbacSubject subject;
    QString binding, role, scope, viaGroup;
    QString grant; // RbacIndex::describeGrant
};

struct RbacWhoCanAnswer {
    quint64 request = 0;
    QString question; // describeRequest: "create pods/exec in namespace shop"
    std::vector<RbacWhoCanRow> rows;
    QString error;    // a malformed question, or the store failed
};

struct RbacWhyText {
    quint64 request = 0;
    bool allowed = false;
    QString verdict;  // "Yes: …" / "No: …"
    QStringList chain; // the granting chain (allowed) or the closest grant and what differs
    QString error;
};

// The RBAC page's questions to the cluster's RBAC graph (permission matrix, who-can, why), asked on
// a worker thread this object owns: the worker reads the cluster's objects from the store once,
// builds its RbacIndex and keeps it (RbacIndexCache) until invalidate(); the GUI thread never
// loads or analyses. Each kind of question answers only its newest request: an answer to an
// outdated one is dropped, and a question still queued behind a newer one is not computed.
class RbacQueries final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RbacQueries)

public:
    explicit RbacQueries(const QString &storePath, QObject *parent = nullptr);
    ~RbacQueries() override;

    // The store changed: the cached indexes go (on the worker, after the questions queued there).
    void invalidate();
    // Builds the cluster's index ahead of the first question (the page shows that cluster).
    void prepare(const std::string &cluster);

    // Each returns the request's id; the answer arrives by the signal below (if still the newest).
    // No scope: the one preferredScope() chooses (a subject just opened).
    quint64 matrix(const std::string &cluster, const RbacSubject &subject, const std::optional<std::string> &scope);
    quint64 whoCan(const std::string &cluster, const QString &verb, const QString &resource, const QString &nameSpace);
    quint64 why(const std::string &cluster, const QString &subject, const QString &verb, const QString &resource,
                const QString &nameSpace);
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void matrixReady(const bulkhead::ui::RbacMatrixAnswer &answer);
    void whoCanReady(const bulkhead::ui::RbacWhoCanAnswer &answer);
    void whyReady(const bulkhead::ui::RbacWhyText &answer);
    void busyChanged(bool busy);

private:
    // The newest request of each kind, read by the worker to skip outdated ones.
    struct Latest {
        std::atomic<quint64> matrix{0}, whoCan{0}, why{0};
    };
    template <typename Work>
    void post(Work &&work);
    template <typename Answer, typename Compute>
    quint64 ask(std::atomic<quint64> Latest::*kind, void (RbacQueries::*signal)(const Answer &), Compute compute);
    void settle(); // one question answered (or skipped)

    std::unique_ptr<QThread> m_thread;
    RbacQueryWorker *m_worker = nullptr; // lives on m_thread
    std::shared_ptr<Latest> m_latest = std::make_shared<Latest>();
    quint64 m_nextRequest = 0;
    int m_pending = 0;
};

} // namespace bulkhead::ui
