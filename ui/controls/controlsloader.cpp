#include "controls/controlsloader.h"

#include "store/attestationrepository.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <exception>

namespace bulkhead::ui {

ControlsLoader::ControlsLoader(QString storePath, QObject *parent) : QObject(parent), m_storePath(std::move(storePath))
{
    qRegisterMetaType<ControlsData>();
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("controls loader"));
    m_thread.start(QThread::LowPriority);
}

ControlsLoader::~ControlsLoader()
{
    m_thread.quit();
    m_thread.wait(); // a load in progress finishes first: the assessment is not interruptible
}

quint64 ControlsLoader::load(const EvidenceSettings &settings, std::int64_t now)
{
    const quint64 request = ++m_latest;
    QMetaObject::invokeMethod(m_worker, [this, request, settings, now] { run(request, settings, now); },
                              Qt::QueuedConnection);
    return request;
}

// Runs on m_thread; the signals reach GUI-thread receivers queued.
void ControlsLoader::run(quint64 request, const EvidenceSettings &settings, std::int64_t now)
{
    if (request != m_latest.load())
        return; // a newer request is queued behind this one: answer that one only
    QElapsedTimer timer;
    timer.start();
    if (!QFileInfo::exists(m_storePath)) {
        ControlsData data;
        data.storeMissing = true;
        data.at = now;
        Q_EMIT loaded(request, data);
        return;
    }
    ControlsData data;
    try {
        const Database db = Database::open(m_storePath.toStdString(), Database::Access::ReadOnly);
        data = controlsData(ControlCatalog::builtin(), assessPosture(db, settings, now));
        const AttestationRepository attestations(db);
        for (ControlRow &row : data.rows) {
            if (row.assessment.attestation) // a handful of controls: one small query each
                row.history = attestations.history(row.definition.id);
        }
    } catch (const std::exception &e) { // StoreError, or a catalog that does not parse: say so
        Q_EMIT failed(request, tr("Could not assess the controls: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    data.elapsedMs = timer.elapsed();
    Q_EMIT loaded(request, data);
}

} // namespace bulkhead::ui
