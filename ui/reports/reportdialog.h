#pragma once

#include "reports/reportrequest.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QLocale;
class QPushButton;

namespace bulkhead::ui {

class ScopePicker;

// "Generate PDF report…" and the export buttons: the scope (ScopePicker, filled from the store
// on a worker), for a PDF also the as-of day and the paper, and the file to write. Accepting
// checks that the file's folder exists; request() says what to do.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    // `exportFormat` empty: a PDF report.
    ReportDialog(const QString &storePath, std::optional<FindingsExportFormat> exportFormat, QWidget *parent = nullptr);

    ReportRequest request() const;
    // Starts from an earlier request's scope (the page remembers the last one).
    void setScope(const ReportScope &scope);

    ScopePicker *scopePicker() const { return m_scope; }
    QDateEdit *asOfEdit() const { return m_asOf; }       // null for an export
    QComboBox *paperCombo() const { return m_paper; }    // null for an export
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *okButton() const;
    QLabel *errorLabel() const { return m_error; }

    // Letter in the United States and Canada, A4 elsewhere.
    static pdf::Paper defaultPaper(const QLocale &locale);
    // bulkhead-report-2026-11-29.pdf, bulkhead-2026-11-29.openvex.json, ….trivyignore.yaml, ….sarif
    static QString defaultFileName(std::optional<FindingsExportFormat> exportFormat, const QDate &day);
    // The format's name for people: "PDF report", "OpenVEX", ".trivyignore.yaml", "SARIF".
    static QString formatTitle(std::optional<FindingsExportFormat> exportFormat);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void choicesLoaded(); // the scope lists are filled (or say why not)

private:
    void browse();
    void loadChoices(const QString &storePath);

    std::optional<FindingsExportFormat> m_format;
    ScopePicker *m_scope = nullptr;
    QDateEdit *m_asOf = nullptr;
    QComboBox *m_paper = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QDate m_today;
};

} // namespace bulkhead::ui
