#include "jobs/importtask.h"

#include "store/database.h"
#include "store/snapshotrepository.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QDebug>

#include <optional>

namespace bulkhead {

ImportTask::ImportTask(QString storePath, QStringList inputs, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_inputs(std::move(inputs))
{}

ImportTask::~ImportTask()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ImportTask::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start();
}

void ImportTask::cancel()
{
    m_cancel.store(true);
}

bool ImportTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportTask::run()
{
    // Everything below runs on the task's own thread, with its own (writer) connection.
    std::vector<std::string> paths;
    for (const QString &p : std::as_const(m_inputs))
        paths.push_back(p.toStdString());
    const ImportInputs inputs = collectImportInputs(paths);
    for (const std::string &e : inputs.errors)
        Q_EMIT fileDone(QString::fromStdString(e.substr(0, e.find(": "))), {}, QString::fromStdString(e));
    if (inputs.files.empty()) {
        Q_EMIT finished(false, 0, 0, 0, tr("No report files found to import."));
        return;
    }
    std::optional<Database> db;
    try {
        db.emplace(Database::open(m_storePath.toStdString()));
    } catch (const StoreError &e) {
        Q_EMIT finished(false, 0, 0, 0, QString::fromStdString(e.what()));
        return;
    }
    ImportJob::Options options;
    options.cancel = &m_cancel;
    options.onProgress = [this](const ImportProgress &p) {
        Q_EMIT progress(static_cast<qint64>(p.filesDone), static_cast<qint64>(p.filesTotal),
                        static_cast<qint64>(p.bytesDone), static_cast<qint64>(p.bytesTotal));
    };
    options.onFileDone = [this](const ImportFileResult &r) {
        QString summary;
        if (r.ok) {
            // %n is the findings; the warnings are a count phrase of their own (one %n per text). The
            // English sources keep the plural English always printed; bulkhead_core_en.ts has the singular.
            const int findings = static_cast<int>(r.summary.findings);
            const QString warnings = tr("%n warnings", nullptr, static_cast<int>(r.summary.warningCount));
            summary = tr("%1: %n findings (%2 new, %3 unchanged, %4 resolved, %5 reopened), %6", nullptr, findings)
                          .arg(QString::fromStdString(r.summary.format))
                          .arg(r.summary.newFindings)
                          .arg(r.summary.unchanged)
                          .arg(r.summary.resolved)
                          .arg(r.summary.reopened)
                          .arg(warnings);
        }
        Q_EMIT fileDone(QString::fromStdString(r.path), summary, QString::fromStdString(r.error));
    };
    const ImportBatchResult batch = ImportJob::run(*db, inputs.files, options);
    // A posture snapshot of what was just committed, before the views are told to reload (the
    // score trend reads it). It is a record, not part of the import: failing, it is a warning.
    if (batch.committed) {
        try {
            recordSnapshot(*db, "import", QDateTime::currentSecsSinceEpoch());
        } catch (const std::exception &e) {
            qWarning("import: posture snapshot not recorded: %s", e.what());
        }
    }
    qint64 fresh = 0, resolved = 0, reopened = 0;
    for (const ImportFileResult &r : batch.files) {
        if (!r.ok)
            continue;
        fresh += static_cast<qint64>(r.summary.newFindings);
        resolved += static_cast<qint64>(r.summary.resolved);
        reopened += static_cast<qint64>(r.summary.reopened);
    }
    Q_EMIT finished(batch.committed, fresh, resolved, reopened, QString::fromStdString(batch.error));
}

} // namespace bulkhead
