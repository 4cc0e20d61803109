#include "reports/reportsview.h"

#include "common/background.h"
#include "common/pagewidgets.h"
#include "reports/checksumcheck.h"
#include "reports/reportdialog.h"
#include "reports/reporthistorymodel.h"
#include "reports/reportrunner.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "store/reporthistoryrepository.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <exception>
#include <iterator>

namespace bulkhead::ui {

namespace {

const QString kHeaderKey = QStringLiteral("reports-history");

struct HistoryResult {
    std::vector<GeneratedReport> rows;
    qint64 total = 0;
    QString error;
};

struct VerifyResult {
    ChecksumCheck check;
    QString path;
};

QString itemsText(const ReportOutcome &o)
{
    if (o.kind == QLatin1String("openvex"))
        return ReportsView::tr("%Ln statements", nullptr, int(o.items));
    if (o.kind == QLatin1String("trivyignore"))
        return ReportsView::tr("%Ln ignore entries", nullptr, int(o.items));
    return ReportsView::tr("%Ln results", nullptr, int(o.items));
}

} // namespace

ReportsView::ReportsView(const QString &storePath, QWidget *parent) : QWidget(parent), m_storePath(storePath)
{
    m_runner = new ReportRunner(storePath, this);
    m_model = new ReportHistoryModel(this);

    QLabel *subtitle = nullptr;
    QLabel *busy = nullptr;
    QHBoxLayout *header = makePageHeader(tr("Reports"), subtitle, busy, this);
    subtitle->setText(tr("PDF reports for auditors and exports of findings and decisions that other tools read. "
                         "Each file gets a SHA-256 beside it (FILE.sha256) and a line in the history below."));

    m_generate = new QPushButton(tr("&Generate PDF report…"), this);
    m_generate->setObjectName(QStringLiteral("reportsGenerateButton"));
    m_generate->setDefault(true);
    m_generate->setToolTip(tr("Choose the scope, the day and the paper, then write the PDF"));
    m_exportOpenVex = new QPushButton(tr("Open&VEX…"), this);
    m_exportOpenVex->setObjectName(QStringLiteral("reportsExportOpenVex"));
    m_exportOpenVex->setToolTip(tr("Vulnerability decisions as an OpenVEX 0.2.0 document"));
    m_exportTrivy = new QPushButton(tr(".&trivyignore.yaml…"), this);
    m_exportTrivy->setObjectName(QStringLiteral("reportsExportTrivyIgnore"));
    m_exportTrivy->setToolTip(tr("Accepted risks and false positives with their expiry, for trivy --ignorefile"));
    m_exportSarif = new QPushButton(tr("&SARIF…"), this);
    m_exportSarif->setObjectName(QStringLiteral("reportsExportSarif"));
    m_exportSarif->setToolTip(tr("Open findings as SARIF 2.1.0 for code-scanning dashboards"));
    // Two short rows rather than one long one: the page fits a narrow window.
    auto *actions = new QVBoxLayout;
    auto *pdfRow = new QHBoxLayout;
    pdfRow->addWidget(m_generate);
    pdfRow->addStretch(1);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(new QLabel(tr("Export findings:"), this));
    exportRow->addWidget(m_exportOpenVex);
    exportRow->addWidget(m_exportTrivy);
    exportRow->addWidget(m_exportSarif);
    exportRow->addStretch(1);
    actions->addLayout(pdfRow);
    actions->addLayout(exportRow);

    m_progressRow = new QWidget(this);
    m_progressLabel = new QLabel(m_progressRow);
    m_progressLabel->setObjectName(QStringLiteral("reportsProgressLabel"));
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("reportsProgress"));
    m_progress->setTextVisible(true);
    m_cancel = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancel->setObjectName(QStringLiteral("reportsCancelButton"));
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();

    m_resultRow = new QFrame(this);
    styleAsCard(m_resultRow, QStringLiteral("reportsResult"));
    m_result = new QLabel(m_resultRow);
    m_result->setObjectName(QStringLiteral("reportsResultText"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultOpen = new QPushButton(tr("&Open"), m_resultRow);
    m_resultOpen->setObjectName(QStringLiteral("reportsResultOpen"));
    m_resultFolder = new QPushButton(tr("Show in &folder"), m_resultRow);
    m_resultFolder->setObjectName(QStringLiteral("reportsResultFolder"));
    auto *resultLayout = new QHBoxLayout(m_resultRow);
    resultLayout->addWidget(m_result, 1);
    resultLayout->addWidget(m_resultOpen, 0, Qt::AlignTop);
    resultLayout->addWidget(m_resultFolder, 0, Qt::AlignTop);
    m_resultRow->hide();

    auto *historyTitle = makeBoldLabel(tr("Report &history"), 1.1, this);
    m_historySummary = makeHint(QString(), this);
    m_historySummary->setObjectName(QStringLiteral("reportsHistorySummary"));
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("reportsOpenButton"));
    m_showInFolder = new QPushButton(tr("Show in folder"), this);
    m_showInFolder->setObjectName(QStringLiteral("reportsShowInFolderButton"));
    m_verify = new QPushButton(tr("&Verify checksum"), this);
    m_verify->setObjectName(QStringLiteral("reportsVerifyButton"));
    m_verify->setToolTip(tr("Hash the file again and compare it with the SHA-256 recorded when it was written"));
    m_historySummary->setWordWrap(true);
    auto *historyActions = new QHBoxLayout;
    historyActions->addWidget(historyTitle);
    historyActions->addStretch(1);
    historyActions->addWidget(m_open);
    historyActions->addWidget(m_showInFolder);
    historyActions->addWidget(m_verify);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportsHistoryTable"));
    m_table->setModel(m_model);
    historyTitle->setBuddy(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setStretchLastSection(false);
    const int widths[] = {130, 120, 280, 60, 260, 130, 100, 120};
    static_assert(std::size(widths) == ReportHistoryModel::ColumnCount);
    for (int c = 0; c < ReportHistoryModel::ColumnCount; ++c)
        columns->resizeSection(c, widths[c]);
    columns->setSectionResizeMode(ReportHistoryModel::ScopeColumn, QHeaderView::Stretch);
    if (const QByteArray state = AppSettings::headerState(kHeaderKey); !state.isEmpty())
        columns->restoreState(state);
    connect(columns, &QHeaderView::sectionResized, this,
            [this] { AppSettings::setHeaderState(kHeaderKey, m_table->horizontalHeader()->saveState()); });

    // In a frameless scroll area: in a narrow window (sidebar and jobs dock beside it) the page
    // scrolls instead of widening the window.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_resultRow);
    layout->addSpacing(8);
    layout->addLayout(historyActions);
    layout->addWidget(m_historySummary);
    layout->addWidget(m_table, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_generate, &QPushButton::clicked, this, [this] { openDialog(); });
    connect(m_exportOpenVex, &QPushButton::clicked, this, [this] { openDialog(FindingsExportFormat::OpenVex); });
    connect(m_exportTrivy, &QPushButton::clicked, this, [this] { openDialog(FindingsExportFormat::TrivyIgnore); });
    connect(m_exportSarif, &QPushButton::clicked, this, [this] { openDialog(FindingsExportFormat::Sarif); });
    connect(m_cancel, &QPushButton::clicked, this, &ReportsView::cancel);
    connect(m_runner, &ReportRunner::progress, this, &ReportsView::onProgress);
    connect(m_runner, &ReportRunner::finished, this, &ReportsView::onFinished);
    connect(m_resultOpen, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_resultPath)); });
    connect(m_resultFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_resultPath).absolutePath())); });
    connect(m_open, &QPushButton::clicked, this, &ReportsView::openSelected);
    connect(m_showInFolder, &QPushButton::clicked, this, &ReportsView::showSelectedInFolder);
    connect(m_verify, &QPushButton::clicked, this, &ReportsView::verifySelected);
    connect(m_table, &QTableView::doubleClicked, this, &ReportsView::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReportsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReportsView::updateActions);

    updateActions();
    refresh();
}

ReportsView::~ReportsView() = default;

QPushButton *ReportsView::exportButton(FindingsExportFormat format) const
{
    switch (format) {
    case FindingsExportFormat::OpenVex: return m_exportOpenVex;
    case FindingsExportFormat::TrivyIgnore: return m_exportTrivy;
    case FindingsExportFormat::Sarif: return m_exportSarif;
    }
    return nullptr;
}

void ReportsView::refresh()
{
    const quint64 request = ++m_historyRequest;
    const QString storePath = m_storePath;
    runInBackground<HistoryResult>(
        this,
        [storePath] {
            HistoryResult result;
            try {
                const Database db = Database::open(storePath.toStdString(), Database::Access::ReadOnly);
                const ReportHistoryRepository history(db);
                result.rows = history.list(kHistoryLimit);
                result.total = history.count();
            } catch (const std::exception &e) {
                result.error = QString::fromUtf8(e.what());
            }
            return result;
        },
        [this, request](HistoryResult result) {
            if (request != m_historyRequest)
                return; // a newer read is on its way
            m_historyLoaded = true;
            if (!result.error.isEmpty()) {
                m_historySummary->setText(tr("The history could not be read: %1").arg(result.error));
                Q_EMIT historyLoaded(0);
                return;
            }
            const int rows = static_cast<int>(result.rows.size());
            // The chosen row stays chosen by its id: a new row at the top moves the others down.
            std::int64_t selectedId = -1;
            if (const int row = selectedRow(); row >= 0)
                selectedId = m_model->report(row).id;
            m_model->setRows(std::move(result.rows));
            for (int row = 0; row < rows && selectedId >= 0; ++row) {
                if (m_model->report(row).id == selectedId)
                    m_table->selectRow(row);
            }
            if (result.total == 0)
                m_historySummary->setText(tr("Nothing generated from this store yet."));
            else if (result.total > rows)
                m_historySummary->setText(tr("The newest %1 of %2 files written.").arg(rows).arg(result.total));
            else
                m_historySummary->setText(tr("%Ln files written.", nullptr, int(result.total)));
            Q_EMIT historyLoaded(rows);
        });
}

ReportDialog *ReportsView::openDialog(std::optional<FindingsExportFormat> exportFormat)
{
    auto *dialog = new ReportDialog(m_storePath, exportFormat, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setScope(m_lastScope);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { start(dialog->request()); });
    dialog->open();
    return dialog;
}

bool ReportsView::start(const ReportRequest &request)
{
    if (m_busy) {
        showResult(tr("A report is being written; wait for it or cancel it first."), true, {});
        return false;
    }
    m_lastScope = request.scope;
    m_resultRow->hide();
    m_progress->setRange(0, 0);
    m_progressLabel->setText(tr("Reading the store…"));
    m_progressRow->show();
    m_cancel->setEnabled(true);
    m_busy = true;
    m_cancelRequested = false;
    m_job = m_runner->start(request);
    updateActions();
    return true;
}

void ReportsView::cancel()
{
    if (!m_busy)
        return;
    m_cancelRequested = true;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling…"));
}

void ReportsView::onProgress(quint64 job, int done, int total)
{
    if (job != m_job || !m_busy || m_cancelRequested)
        return;
    if (total <= 0) {
        m_progress->setRange(0, 0);
        m_progressLabel->setText(tr("Reading the store…"));
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%v of %m pages"));
    m_progressLabel->setText(tr("Writing pages…"));
}

void ReportsView::onFinished(quint64 job, const ReportOutcome &finished)
{
    if (job != m_job)
        return;
    ReportOutcome outcome = finished;
    // A job that failed after Cancel was pressed failed because of it (or would have been
    // cancelled anyway); one that completed first stands.
    outcome.cancelled = outcome.cancelled || (m_cancelRequested && !outcome.ok);
    m_busy = false;
    m_progressRow->hide();
    m_progress->setFormat(QStringLiteral("%p%"));
    updateActions();
    const QString file = QDir::toNativeSeparators(outcome.path);
    if (outcome.cancelled) {
        showResult(tr("Cancelled: %1 was not written.").arg(file), false, {});
    } else if (!outcome.ok) {
        showResult(tr("Not written: %1").arg(outcome.error), true, {});
    } else {
        const QString size = QLocale().formattedDataSize(outcome.bytes);
        QString text = outcome.kind == QLatin1String("pdf")
            ? tr("Wrote %1: %2 pages, %3.\nSHA-256 %4 (in %5.sha256)")
                  .arg(file)
                  .arg(outcome.pages)
                  .arg(size, outcome.sha256, QFileInfo(outcome.path).fileName())
            : tr("Wrote %1: %2, %3.\nSHA-256 %4 (in %5.sha256)")
                  .arg(file, itemsText(outcome), size, outcome.sha256, QFileInfo(outcome.path).fileName());
        if (!outcome.warning.isEmpty())
            text += QLatin1Char('\n') + outcome.warning;
        showResult(text, false, outcome.path);
        Q_EMIT statusMessage(tr("Wrote %1.").arg(file));
    }
    refresh();
    Q_EMIT jobFinished(outcome);
}

void ReportsView::showResult(const QString &text, bool error, const QString &path)
{
    m_result->setText(text);
    m_result->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
    m_resultPath = path;
    m_resultOpen->setVisible(!path.isEmpty());
    m_resultFolder->setVisible(!path.isEmpty());
    m_resultRow->show();
}

int ReportsView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ReportsView::updateActions()
{
    const bool running = m_busy;
    m_generate->setEnabled(!running);
    m_exportOpenVex->setEnabled(!running);
    m_exportTrivy->setEnabled(!running);
    m_exportSarif->setEnabled(!running);
    const bool chosen = selectedRow() >= 0;
    m_open->setEnabled(chosen);
    m_showInFolder->setEnabled(chosen);
    m_verify->setEnabled(chosen && m_verifying == 0);
}

void ReportsView::openSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString path = QString::fromStdString(m_model->report(row).path);
    if (!QFileInfo::exists(path)) { // a stat, not a read: fine on this thread
        showResult(tr("%1: file missing").arg(QDir::toNativeSeparators(path)), true, {});
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ReportsView::showSelectedInFolder()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QFileInfo info(QString::fromStdString(m_model->report(row).path));
    if (!info.absoluteDir().exists()) {
        showResult(tr("The folder %1 no longer exists.").arg(QDir::toNativeSeparators(info.absolutePath())), true, {});
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(info.absolutePath()));
}

void ReportsView::verifySelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const GeneratedReport &report = m_model->report(row);
    const QString path = QString::fromStdString(report.path);
    const QString expected = QString::fromStdString(report.sha256);
    ++m_verifying;
    updateActions();
    showResult(tr("Verifying %1…").arg(QDir::toNativeSeparators(path)), false, {});
    runInBackground<VerifyResult>(
        this, [path, expected] { return VerifyResult{checkReportFile(path, expected), path}; },
        [this](const VerifyResult &result) {
            --m_verifying;
            updateActions();
            const QString text = checksumCheckText(result.check, result.path);
            const bool bad = result.check.state != ChecksumCheck::State::Matches;
            showResult(text, bad, result.check.state == ChecksumCheck::State::Missing ? QString() : result.path);
            Q_EMIT checksumVerified(text);
        });
}

} // namespace bulkhead::ui
