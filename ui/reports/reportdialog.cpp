#include "reports/reportdialog.h"

#include "common/background.h"
#include "i18n/localeformat.h"
#include "report/reportscopechoices.h"
#include "reports/scopepicker.h"
#include "store/database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <exception>

namespace bulkhead::ui {

namespace {

struct ChoicesResult {
    ReportScopeChoices choices;
    QString error;
};

QString fileFilter(std::optional<FindingsExportFormat> format)
{
    if (!format)
        return ReportDialog::tr("PDF documents (*.pdf)");
    switch (*format) {
    case FindingsExportFormat::OpenVex: return ReportDialog::tr("OpenVEX documents (*.json)");
    case FindingsExportFormat::TrivyIgnore: return ReportDialog::tr("Trivy ignore files (*.yaml *.yml)");
    case FindingsExportFormat::Sarif: return ReportDialog::tr("SARIF logs (*.sarif *.json)");
    }
    return {};
}

} // namespace

ReportDialog::ReportDialog(const QString &storePath, std::optional<FindingsExportFormat> exportFormat, QWidget *parent)
    : QDialog(parent), m_format(exportFormat), m_today(QDateTime::currentDateTimeUtc().date())
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(m_format ? tr("Export %1").arg(formatTitle(m_format)) : tr("Generate PDF report"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (!m_format) {
        intro->setText(tr("A PDF for auditors: the controls with their evidence and attestations, the open findings "
                          "(every critical and high one listed), risk acceptances, RBAC reviews, secret rotation, "
                          "drills and collection coverage, for the scope and day you choose."));
    } else if (*m_format == FindingsExportFormat::OpenVex) {
        intro->setText(tr("The vulnerability decisions (false positives, mitigations, accepted risks) as an OpenVEX "
                          "0.2.0 document that scanners read back."));
    } else if (*m_format == FindingsExportFormat::TrivyIgnore) {
        intro->setText(tr("The accepted risks and false positives as a .trivyignore.yaml, each with its expiry, for "
                          "trivy --ignorefile."));
    } else {
        intro->setText(tr("The open findings as a SARIF 2.1.0 log for code-scanning dashboards."));
    }

    m_scope = new ScopePicker(this);

    auto *form = new QFormLayout;
    if (!m_format) {
        m_asOf = new QDateEdit(m_today, this);
        m_asOf->setObjectName(QStringLiteral("reportAsOf"));
        m_asOf->setCalendarPopup(true);
        m_asOf->setDisplayFormat(i18n::localDateFormat()); // as the locale writes dates; ISO under C
        m_asOf->setMaximumDate(m_today);
        m_asOf->setToolTip(tr("Today: the store as it is now. An earlier day (UTC): control statuses and scores "
                              "from that day's snapshot, findings as they stood then."));
        form->addRow(tr("Data &as of:"), m_asOf);
        m_paper = new QComboBox(this);
        m_paper->setObjectName(QStringLiteral("reportPaper"));
        m_paper->addItem(tr("A4"), int(pdf::Paper::A4));
        m_paper->addItem(tr("Letter"), int(pdf::Paper::Letter));
        m_paper->setCurrentIndex(m_paper->findData(int(defaultPaper(QLocale()))));
        form->addRow(tr("&Paper:"), m_paper);
    }
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("reportFile"));
    m_file->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(defaultFileName(m_format, m_today)));
    m_file->setMinimumWidth(m_file->fontMetrics().averageCharWidth() * 60);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("reportBrowse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reportDialogError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setText(m_format ? tr("&Export") : tr("&Generate"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_scope, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, m_error, &QLabel::hide);
    resize(sizeHint().expandedTo(QSize(860, 520)));
    loadChoices(storePath);
}

QPushButton *ReportDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ReportDialog::loadChoices(const QString &storePath)
{
    m_scope->setLoading();
    runInBackground<ChoicesResult>(
        this,
        [storePath] {
            ChoicesResult result;
            try {
                const Database db = Database::open(storePath.toStdString(), Database::Access::ReadOnly);
                result.choices = readReportScopeChoices(db);
            } catch (const std::exception &e) {
                result.error = QString::fromUtf8(e.what());
            }
            return result;
        },
        [this](const ChoicesResult &result) {
            if (result.error.isEmpty())
                m_scope->setChoices(result.choices);
            else
                m_scope->setError(result.error);
            Q_EMIT choicesLoaded();
        });
}

void ReportDialog::setScope(const ReportScope &scope)
{
    m_scope->setScope(scope);
}

ReportRequest ReportDialog::request() const
{
    ReportRequest r;
    r.exportFormat = m_format;
    r.scope = m_scope->scope();
    if (m_asOf && m_asOf->date() < m_today)
        r.asOfDate = m_asOf->date().toString(Qt::ISODate);
    if (m_paper)
        r.paper = pdf::Paper(m_paper->currentData().toInt());
    const QString file = m_file->text().trimmed();
    r.path = file.isEmpty() ? QString() : QFileInfo(QDir::cleanPath(file)).absoluteFilePath();
    return r;
}

void ReportDialog::accept()
{
    const QString file = m_file->text().trimmed();
    QString problem;
    if (file.isEmpty())
        problem = tr("Choose the file to write.");
    else if (const QFileInfo info(request().path); !info.absoluteDir().exists())
        problem = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    else if (info.isDir())
        problem = tr("%1 is a folder; name a file in it.").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        m_file->setFocus();
        return;
    }
    QDialog::accept();
}

void ReportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), m_file->text(), fileFilter(m_format));
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

pdf::Paper ReportDialog::defaultPaper(const QLocale &locale)
{
    const QLocale::Territory t = locale.territory();
    return t == QLocale::UnitedStates || t == QLocale::Canada ? pdf::Paper::Letter : pdf::Paper::A4;
}

QString ReportDialog::defaultFileName(std::optional<FindingsExportFormat> format, const QDate &day)
{
    const QString date = day.toString(Qt::ISODate);
    if (!format)
        return QStringLiteral("bulkhead-report-%1.pdf").arg(date);
    switch (*format) {
    case FindingsExportFormat::OpenVex: return QStringLiteral("bulkhead-%1.openvex.json").arg(date);
    case FindingsExportFormat::TrivyIgnore: return QStringLiteral("bulkhead-%1.trivyignore.yaml").arg(date);
    case FindingsExportFormat::Sarif: return QStringLiteral("bulkhead-%1.sarif").arg(date);
    }
    return {};
}

QString ReportDialog::formatTitle(std::optional<FindingsExportFormat> format)
{
    if (!format)
        return tr("PDF report");
    switch (*format) {
    case FindingsExportFormat::OpenVex: return tr("OpenVEX");
    case FindingsExportFormat::TrivyIgnore: return tr(".trivyignore.yaml");
    case FindingsExportFormat::Sarif: return tr("SARIF");
    }
    return {};
}

} // namespace bulkhead::ui
