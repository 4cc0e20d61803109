#include "common/listexporter.h"

#include "common/background.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QAction>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

namespace bulkhead::ui {

namespace {

QString csvFilter()
{
    return QObject::tr("CSV files (*.csv)");
}

QString jsonFilter()
{
    return QObject::tr("JSON files (*.json)");
}

struct ExportOutcome {
    qint64 rows = 0;
    QString error;
};

} // namespace

ExportTarget askExportTarget(QWidget *parent, const QString &title, const QString &baseName, ExportFormat preferred)
{
    const QString suffix = preferred == ExportFormat::Json ? QStringLiteral("json") : QStringLiteral("csv");
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/%1-%2.%3").arg(baseName, QDate::currentDate().toString(Qt::ISODate), suffix);
    QString selected = preferred == ExportFormat::Json ? jsonFilter() : csvFilter();
    ExportTarget target;
    target.path = QFileDialog::getSaveFileName(parent, title, suggested, csvFilter() + QStringLiteral(";;") + jsonFilter(),
                                               &selected);
    if (target.path.isEmpty())
        return target;
    // The name's suffix wins (a user typing "x.json" under the CSV filter wants JSON); without
    // one the filter decides and its suffix is added.
    const QString given = QFileInfo(target.path).suffix().toLower();
    if (given == QStringLiteral("json")) {
        target.format = ExportFormat::Json;
    } else if (given == QStringLiteral("csv")) {
        target.format = ExportFormat::Csv;
    } else {
        target.format = selected == jsonFilter() ? ExportFormat::Json : ExportFormat::Csv;
        target.path += target.format == ExportFormat::Json ? QStringLiteral(".json") : QStringLiteral(".csv");
    }
    return target;
}

void runListExport(QObject *receiver, const QString &storePath, const QString &path, ExportFormat format,
                   ListExportWork write, std::function<void(qint64, QString)> done)
{
    runInBackground<ExportOutcome>(
        receiver,
        [storePath, path, format, write = std::move(write)] {
            ExportOutcome outcome;
            // QSaveFile: a temporary file beside the target, renamed over it on commit, so the
            // name only ever holds a complete export. (pdf::writeFileAtomically, which adds the
            // .sha256, was not built when this was written; it takes the same callback.)
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly)) {
                outcome.error = QObject::tr("%1: %2").arg(path, out.errorString());
                return outcome;
            }
            try {
                Database db = Database::open(storePath.toStdString(), Database::Access::ReadOnly);
                ListExportWriter writer(format, [&](std::string_view bytes) {
                    return out.write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size());
                });
                const ListExportResult r = write(db, writer);
                if (!r.ok) {
                    outcome.error = QObject::tr("%1: %2").arg(path, out.errorString());
                    out.cancelWriting();
                    return outcome;
                }
                outcome.rows = r.rows;
            } catch (const StoreError &e) {
                out.cancelWriting();
                outcome.error = QObject::tr("%1: the store could not be read: %2").arg(path, QString::fromStdString(e.what()));
                return outcome;
            }
            if (!out.commit()) {
                outcome.rows = 0;
                outcome.error = QObject::tr("%1: %2").arg(path, out.errorString());
            }
            return outcome;
        },
        [done = std::move(done)](ExportOutcome outcome) { done(outcome.rows, outcome.error); });
}

ListExporter::ListExporter(QWidget *page, const QString &storePath, const QString &what, const QString &baseName,
                           std::function<ListExportWork()> currentWork)
    : QObject(page), m_page(page), m_storePath(storePath), m_what(what), m_baseName(baseName),
      m_currentWork(std::move(currentWork))
{
    m_button = new QPushButton(tr("Export…"), page);
    m_button->setToolTip(tr("Write the %1 of the current filter to a CSV or JSON file").arg(what));
    m_action = new QAction(tr("&Export %1…").arg(what), this);
    m_label = new QLabel(page);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->hide();
    connect(m_button, &QPushButton::clicked, this, &ListExporter::ask);
    connect(m_action, &QAction::triggered, this, &ListExporter::ask);
}

void ListExporter::ask()
{
    if (m_busy)
        return;
    const ExportTarget target = askExportTarget(m_page, tr("Export %1").arg(m_what), m_baseName);
    if (!target.path.isEmpty())
        exportTo(target.path, target.format);
}

void ListExporter::exportTo(const QString &path, ExportFormat format)
{
    if (m_busy) {
        Q_EMIT finished(path, 0, tr("%1: another export is still running").arg(path));
        return;
    }
    m_busy = true;
    m_button->setEnabled(false);
    m_action->setEnabled(false);
    m_label->setStyleSheet(QString());
    m_label->setText(tr("Exporting %1 to %2…").arg(m_what, path));
    m_label->show();
    QPointer<ListExporter> self(this);
    runListExport(this, m_storePath, path, format, m_currentWork(), [self, path](qint64 rows, QString error) {
        if (!self)
            return;
        self->m_busy = false;
        self->m_button->setEnabled(true);
        self->m_action->setEnabled(true);
        if (error.isEmpty()) {
            self->m_label->setStyleSheet(QString());
            self->m_label->setText(tr("Exported %1 %2 to %3").arg(QLocale().toString(rows), self->m_what, path));
        } else {
            self->m_label->setStyleSheet(QStringLiteral("color: #b91c1c;"));
            self->m_label->setText(tr("Export failed: %1").arg(error));
        }
        Q_EMIT self->finished(path, error.isEmpty() ? rows : 0, error);
    });
}

} // namespace bulkhead::ui
