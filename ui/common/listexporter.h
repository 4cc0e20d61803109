#pragma once

#include "report/listexport.h"

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QWidget;

namespace bulkhead {
class Database;
}

namespace bulkhead::ui {

// Where an export goes: the file and its format (from the dialog's filter or the file's suffix).
struct ExportTarget {
    QString path; // empty: the user cancelled
    ExportFormat format = ExportFormat::Csv;
};

// The save dialog of a list export, CSV and JSON filters, `baseName` + today's date suggested in
// the documents folder. A name without a suffix gets the chosen filter's.
ExportTarget askExportTarget(QWidget *parent, const QString &title, const QString &baseName,
                             ExportFormat preferred = ExportFormat::Csv);

// Writes the rows `write` produces (with the filter and sort it captured on the GUI thread) into
// `path` on a thread of its own: the store opened read-only there, the rows streamed page by page
// into a temporary file renamed over `path` at the end (never a partial file under the name).
// `done(rows, error)` runs on `receiver`'s thread; the error names the file.
using ListExportWork = std::function<ListExportResult(Database &db, ListExportWriter &writer)>;
void runListExport(QObject *receiver, const QString &storePath, const QString &path, ExportFormat format,
                   ListExportWork write, std::function<void(qint64 rows, QString error)> done);

// The "Export…" of a list page (Images, Workloads, RBAC review queue, Secrets): a button for the
// page's toolbar row, the same action for its context menu, and a line saying how it went. The
// page gives the work for its current filter and sort when an export starts.
class ListExporter final : public QObject
{
    Q_OBJECT

public:
    // `what`: the rows in a message ("images"); `baseName`: the suggested file name's start.
    ListExporter(QWidget *page, const QString &storePath, const QString &what, const QString &baseName,
                 std::function<ListExportWork()> currentWork);

    QPushButton *button() const { return m_button; }
    QAction *action() const { return m_action; }
    QLabel *resultLabel() const { return m_label; }
    bool isBusy() const { return m_busy; }

    // Exports the current filter to `path` (no dialog); finished() reports.
    void exportTo(const QString &path, ExportFormat format);
    void ask(); // the dialog, then exportTo

Q_SIGNALS:
    void finished(const QString &path, qint64 rows, const QString &error);

private:
    QWidget *m_page;
    QString m_storePath, m_what, m_baseName;
    std::function<ListExportWork()> m_currentWork;
    QPushButton *m_button = nullptr;
    QAction *m_action = nullptr;
    QLabel *m_label = nullptr;
    bool m_busy = false;
};

} // namespace bulkhead::ui
