#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace bulkhead {
class Database;
}

namespace bulkhead::ui {

// The Drills page's connection to the store, living on DrillsStore's thread: every read and
// write of the page runs there, one after another, so the GUI thread never waits for SQLite and
// an edit is never overtaken by a later one. Opened on first use; the built-in templates are
// seeded then (DrillRepository::ensureBuiltinTemplates is idempotent).
class DrillsWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillsWorker)

public:
    explicit DrillsWorker(QString storePath);
    ~DrillsWorker() override;

    Database &db(); // on the worker's thread only; throws StoreError when the store cannot open
    void reset();   // after a failure: reopen next time (the file may have been replaced)

private:
    QString m_storePath;
    std::unique_ptr<Database> m_db;
};

} // namespace bulkhead::ui
