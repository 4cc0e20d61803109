#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace bulkhead::ui {

// Runs `work` on a short-lived thread of its own (a store write, a triage write, an export, a
// keyring call, a connection test: nothing the GUI thread may wait for), then `done` with its
// result on the receiver's thread, if `receiver` still exists by then.
template <typename Result>
void runInBackground(QObject *receiver, std::function<Result()> work, std::function<void(Result)> done)
{
    QPointer<QObject> guard(receiver);
    QThread *thread = QThread::create([guard, work = std::move(work), done = std::move(done)] {
        Result result = work();
        QMetaObject::invokeMethod(guard, [guard, result = std::move(result), done] {
            if (guard)
                done(result);
        }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace bulkhead::ui
