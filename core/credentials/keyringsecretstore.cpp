#include "credentials/keyringsecretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <mutex>

namespace bulkhead {

namespace {

const QString kService = QStringLiteral("bulkhead");
const std::string kNoKeyring = "no desktop keyring (Secret Service) is available: ";

// QtKeychain queues every job through one JobExecutor object, which is not thread-safe: a job
// finished in one thread is disconnected later from the executor's thread, after the job is
// gone (a crash, seen with a read from a worker thread). So every job of the process runs on
// this one thread, which waits on nobody: callers on any thread (also the GUI's) block on a
// future instead, and cannot deadlock with it.
class KeychainThread
{
public:
    static KeychainThread &instance()
    {
        static KeychainThread *t = new KeychainThread; // stopped by a post routine, never deleted
        return *t;
    }

    SecretResult call(std::function<SecretResult()> work)
    {
        if (!m_thread.isRunning()) { // stopped with the application object; a queued call would never run
            SecretResult r;
            r.error = kNoKeyring + "the keyring thread has stopped with the application";
            return r;
        }
        auto promise = std::make_shared<std::promise<SecretResult>>();
        std::future<SecretResult> answer = promise->get_future();
        QMetaObject::invokeMethod(
            m_context, [promise, work = std::move(work)] { promise->set_value(work()); }, Qt::QueuedConnection);
        // A keyring that asks the user to unlock it may take a while; not forever.
        if (answer.wait_for(std::chrono::minutes(2)) != std::future_status::ready) {
            SecretResult r;
            r.error = "the desktop keyring did not answer within 2 minutes";
            return r;
        }
        return answer.get();
    }

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("bulkhead-keychain"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
        // Stops the thread before QCoreApplication is gone (a running QThread at exit aborts).
        qAddPostRoutine([] {
            QThread &t = instance().m_thread;
            t.quit();
            t.wait(5000);
        });
    }

    QThread m_thread;
    QObject *m_context = nullptr;
};

// Runs one QtKeychain job to completion in a local event loop (on the keychain thread) and maps
// its outcome.
SecretResult run(QKeychain::Job &job)
{
    SecretResult r;
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file instead of the keyring
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    switch (job.error()) {
    case QKeychain::NoError:
        r.ok = true;
        break;
    case QKeychain::EntryNotFound:
        r.notFound = true;
        r.error = "no secret stored under " + job.key().toStdString();
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.error = kNoKeyring + job.errorString().toStdString();
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.error = "the desktop keyring refused access: " + job.errorString().toStdString();
        break;
    default:
        r.error = "desktop keyring error: " + job.errorString().toStdString();
        break;
    }
    return r;
}

// Creates, runs and destroys the job on the keychain thread; `after` reads what the job holds.
template <typename JobType>
SecretResult onKeychainThread(const std::string &key, std::function<void(JobType &)> before,
                              std::function<void(JobType &, SecretResult &)> after = {})
{
    if (!QCoreApplication::instance()) {
        SecretResult r;
        r.error = kNoKeyring + "the program has no Qt application object to talk to D-Bus";
        return r;
    }
    return KeychainThread::instance().call([key, before, after] {
        JobType job(kService);
        job.setKey(QString::fromStdString(key));
        if (before)
            before(job);
        SecretResult r = run(job);
        if (after)
            after(job, r);
        return r;
    });
}

} // namespace

bool KeyringSecretStore::available(std::string *why)
{
    if (!m_unavailable) {
        // QtKeychain 0.13 has no availability call: reading a key that is never written tells
        // "not found" (a keyring answered) from any failure to reach one (no backend, or D-Bus
        // itself unreachable, which QtKeychain reports as a plain "other error").
        const SecretResult r = onKeychainThread<QKeychain::ReadPasswordJob>(
            "bulkhead/availability-probe", {}, [](QKeychain::ReadPasswordJob &job, SecretResult &result) {
                if (!result.ok && !result.notFound)
                    result.error = kNoKeyring + job.errorString().toStdString();
            });
        m_unavailable = (r.ok || r.notFound) ? std::string() : r.error;
    }
    if (why)
        *why = *m_unavailable;
    return m_unavailable->empty();
}

SecretResult KeyringSecretStore::explain(SecretResult r)
{
    // A failure for want of a keyring says so, whatever QtKeychain called it.
    if (!r.ok && !r.notFound) {
        std::string why;
        if (!available(&why))
            r.error = why;
    }
    return r;
}

SecretResult KeyringSecretStore::read(const std::string &key)
{
    return explain(onKeychainThread<QKeychain::ReadPasswordJob>(
        key, {}, [](QKeychain::ReadPasswordJob &job, SecretResult &r) {
            if (r.ok)
                r.value = job.textData().toStdString();
        }));
}

SecretResult KeyringSecretStore::write(const std::string &key, const std::string &secret)
{
    return explain(onKeychainThread<QKeychain::WritePasswordJob>(
        key, [secret](QKeychain::WritePasswordJob &job) { job.setTextData(QString::fromStdString(secret)); }));
}

SecretResult KeyringSecretStore::remove(const std::string &key)
{
    return explain(onKeychainThread<QKeychain::DeletePasswordJob>(key, {}));
}

} // namespace bulkhead
