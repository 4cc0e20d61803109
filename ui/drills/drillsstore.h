#pragma once

#include "drills/drillsworker.h"
#include "store/drillrepository.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <exception>
#include <functional>
#include <memory>

namespace bulkhead::ui {

// The Drills page's way to the store: owns a thread with a DrillsWorker on it and runs each
// call's `work` there with a DrillRepository, then `done` on the GUI thread with the result or
// the store's error message (then the result is default-constructed). Calls run in the order
// they were made. The thread is stopped and joined on destruction; answers that arrive after the
// page is gone are dropped.
class DrillsStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillsStore)

public:
    explicit DrillsStore(const QString &storePath, QObject *parent = nullptr);
    ~DrillsStore() override;

    // Calls made whose `done` has not run yet (tests wait for 0).
    int pending() const { return m_pending; }

    template <typename Result>
    void call(std::function<Result(DrillRepository &)> work, std::function<void(Result, QString)> done)
    {
        ++m_pending;
        QPointer<DrillsStore> self(this);
        DrillsWorker *worker = m_worker;
        QMetaObject::invokeMethod(worker, [worker, self, work = std::move(work), done = std::move(done)] {
            Result result{};
            QString error;
            try {
                DrillRepository repo(worker->db());
                result = work(repo);
            } catch (const std::exception &e) {
                error = QString::fromStdString(e.what());
                if (error.isEmpty())
                    error = tr("The store failed without saying why.");
                worker->reset();
            }
            QMetaObject::invokeMethod(self, [self, result = std::move(result), error, done] {
                if (!self)
                    return;
                --self->m_pending;
                done(result, error);
                if (self && self->m_pending == 0)
                    Q_EMIT self->idle();
            }, Qt::QueuedConnection);
        }, Qt::QueuedConnection);
    }

Q_SIGNALS:
    void idle(); // every call made so far has answered

private:
    std::unique_ptr<QThread> m_thread;
    DrillsWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    int m_pending = 0;
};

} // namespace bulkhead::ui
