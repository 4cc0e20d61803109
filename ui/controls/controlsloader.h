#pragma once

#include "controls/controlsdata.h"
#include "controls/evidencesettings.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace bulkhead::ui {

// Assesses the posture (assessPosture: evidence, drills, attestations, catalog, score) on a
// thread it owns, over a read connection opened there for each load, so that a store replaced
// meanwhile is read afresh. The assessment reads every evidence table: never on the GUI thread.
class ControlsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlsLoader)

public:
    explicit ControlsLoader(QString storePath, QObject *parent = nullptr);
    ~ControlsLoader() override;

    // Queues a load; the answer arrives as loaded() or failed() with the same request number.
    // Requests made while one is waiting to start are merged into it.
    quint64 load(const EvidenceSettings &settings, std::int64_t now);

Q_SIGNALS:
    void loaded(quint64 request, const bulkhead::ui::ControlsData &data);
    void failed(quint64 request, const QString &error);

private:
    void run(quint64 request, const EvidenceSettings &settings, std::int64_t now);

    QString m_storePath;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread: the context loads run in
    std::atomic<quint64> m_latest{0};
};

} // namespace bulkhead::ui
