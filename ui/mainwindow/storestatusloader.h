#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace bulkhead {
class Database;
}

namespace bulkhead::ui {

// Reads what the status bar and the title show (counts, demo flag) on a thread of its own, with
// its own read connection: on a million findings the counts take longer than the GUI thread may
// block, and after a large import even opening a connection can.
class StoreStatusLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreStatusLoader)

public:
    explicit StoreStatusLoader(QString storePath, QObject *parent = nullptr);
    ~StoreStatusLoader() override;

public Q_SLOTS:
    // Asks for fresh counts; requests made while one is pending are merged into it.
    void refresh();

Q_SIGNALS:
    void loaded(qint64 findings, qint64 open, qint64 reports, bool demo);
    void failed(const QString &error);

private:
    QString m_storePath;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread: the context the counts run in
    std::unique_ptr<Database> m_db; // used on m_thread only
    std::atomic<bool> m_pending{false};
};

} // namespace bulkhead::ui
