#include "reports/reportrunner.h"

#include "reportpdf/reportfile.h"
#include "report/findingsexportdevice.h"
#include "reportpdf/reportjob.h"
#include "store/database.h"
#include "store/reporthistoryrepository.h"
#include "util/osuser.h"

#include <QDateTime>
#include <QFileInfo>
#include <QIODevice>

#include <exception>

namespace bulkhead::ui {

ReportRunner::ReportRunner(QString storePath, QObject *parent) : QObject(parent), m_storePath(std::move(storePath))
{
    qRegisterMetaType<ReportOutcome>();
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("report writer"));
    m_thread.start(QThread::LowPriority);
}

ReportRunner::~ReportRunner()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait(); // the job stops at its next cancel check and removes its temporary file
}

quint64 ReportRunner::start(const ReportRequest &request)
{
    const quint64 job = ++m_lastJob;
    ++m_running;
    m_cancel = false;
    QMetaObject::invokeMethod(m_worker, [this, job, request] { run(job, request); }, Qt::QueuedConnection);
    return job;
}

void ReportRunner::cancel()
{
    m_cancel = true; // start() clears it for the next job
}

// Runs on m_thread; the signals reach GUI-thread receivers queued.
void ReportRunner::run(quint64 job, const ReportRequest &request)
{
    Q_EMIT progress(job, 0, 0);
    ReportOutcome outcome;
    try {
        outcome = request.isExport() ? writeExport(request) : writePdf(job, request);
    } catch (const std::exception &e) { // StoreError: the store could not be opened or read
        outcome.error = QString::fromUtf8(e.what());
    }
    outcome.path = request.path;
    outcome.kind = request.isExport() ? QString::fromStdString(findingsExportFormatName(*request.exportFormat))
                                      : QStringLiteral("pdf");
    outcome.cancelled = !outcome.ok && m_cancel.load();
    --m_running;
    Q_EMIT finished(job, outcome);
}

ReportOutcome ReportRunner::writePdf(quint64 job, const ReportRequest &request)
{
    ReportOptions options;
    options.scope = request.scope;
    options.asOfDate = request.asOfDate.toStdString();
    options.now = QDateTime::currentSecsSinceEpoch();
    options.generatedBy = osUserName();
    options.storePath = m_storePath.toStdString();
    options.cancel = &m_cancel;
    pdf::ReportPdfOptions pdfOptions;
    pdfOptions.paper = request.paper;
    pdfOptions.cancel = &m_cancel;
    pdfOptions.progress = [this, job](int done, int total) { Q_EMIT progress(job, done, total); };
    const pdf::ReportPdfResult result = pdf::generateReport(m_storePath, options, request.path, pdfOptions);
    ReportOutcome outcome;
    outcome.ok = result.ok;
    outcome.error = result.error;
    outcome.pages = result.pages;
    outcome.bytes = result.bytes;
    outcome.sha256 = result.sha256;
    return outcome;
}

ReportOutcome ReportRunner::writeExport(const ReportRequest &request)
{
    ReportOutcome outcome;
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    FindingsExportOptions options;
    options.format = *request.exportFormat;
    options.scope = request.scope;
    options.now = now;
    options.author = osUserName();
    FindingsExportResult exported;
    {
        const Database db = Database::open(m_storePath.toStdString(), Database::Access::ReadOnly);
        const pdf::WrittenFile file = pdf::writeFileAtomically(request.path, [&](QIODevice &out, QString &error) {
            exported = exportFindingsTo(db, options, out, &m_cancel);
            if (m_cancel.load()) {
                error = tr("cancelled");
                return false;
            }
            if (!exported.ok) {
                error = QString::fromStdString(exported.error); // names the device's error
                return false;
            }
            return true;
        });
        if (!file.ok) {
            outcome.error = file.error;
            return outcome;
        }
        outcome.bytes = file.bytes;
        outcome.sha256 = file.sha256;
        outcome.items = exported.items;
    }
    // The file is complete under its name; the trail of what was handed out says so.
    GeneratedReport row;
    row.kind = findingsExportFormatName(*request.exportFormat);
    row.path = QFileInfo(request.path).absoluteFilePath().toStdString();
    row.sha256 = outcome.sha256.toStdString();
    row.bytes = outcome.bytes;
    row.scope = request.scope.describe();
    row.asOf = now;
    row.generatedAt = now;
    row.generatedBy = options.author;
    row.version = BULKHEAD_VERSION;
    outcome.ok = true;
    try {
        recordGeneratedFile(m_storePath.toStdString(), row);
    } catch (const std::exception &e) {
        outcome.warning = tr("It is not in the report history: %1").arg(QString::fromUtf8(e.what()));
    }
    return outcome;
}

} // namespace bulkhead::ui
