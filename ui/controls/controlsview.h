#pragma once

#include "controls/controlsdata.h"
#include "controls/evidencesettings.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class QDialog;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QSplitter;
class QTableView;

namespace bulkhead::ui {

class ControlDetailPane;
class ControlsFilterBar;
class ControlsListModel;
class ControlsLoader;
class ControlsProxyModel;
class ScoreHeader;

// The Controls page: the posture score overall and per area (each with its coverage and how it
// is computed), the table of the catalog's controls (id, area, status badge, practice, why) with
// filters by text, area and status, and a detail pane with the evidence, drill-down to the items
// behind each measure, and the attestation. assessPosture runs on ControlsLoader's thread.
class ControlsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlsView)

public:
    explicit ControlsView(const QString &storePath, QWidget *parent = nullptr);
    ~ControlsView() override;

    ControlsListModel *model() const { return m_model; }
    ControlsProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    ControlsFilterBar *filterBar() const { return m_filterBar; }
    ScoreHeader *scoreHeader() const { return m_header; }
    ControlDetailPane *detailPane() const { return m_detail; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }
    const ControlsData &data() const { return m_data; }
    bool isLoaded() const { return m_loaded; }
    // The "How is this computed?" window, once opened, and the working it shows.
    QDialog *workingDialog() const { return m_workingDialog; }
    QString workingText() const;
    // Assess at this time instead of the wall clock (tests, screenshots); 0: the clock.
    void setNow(std::int64_t now);
    // Thresholds to judge by instead of loadEvidenceSettings() (tests).
    void setEvidenceSettings(const EvidenceSettings &settings);
    // Makes the control current (by id) and shows it in the detail pane; false when not listed.
    bool selectControl(const QString &controlId);
    // Shows a posture assessed elsewhere, as if the loader had read it (tests, screenshots); the
    // next refresh() replaces it.
    void showData(const ControlsData &data);
    // The "Attest…" dialog (AttestationDialog) for a control of the catalog; once it recorded
    // the attestation the page assesses again and attested() tells the main window.
    void openAttestation(const QString &controlId);
    // Shows how the overall score (nullopt) or an area's score is made.
    void showWorking(std::optional<ControlArea> area);

public Q_SLOTS:
    void refresh(); // the store changed: assess again (off this thread)
    void focusSearch();
    void openDetail(); // Enter on the table: the current control's detail gets the focus

Q_SIGNALS:
    void loaded();       // after each assessment arrived and is shown
    void loadFailed(const QString &error);
    void evidenceRequested(const bulkhead::EvidenceLink &link);
    void attestRequested(const QString &control); // Attest… was pressed (the dialog opens)
    void attested(const QString &control);        // an attestation was recorded

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createTable();
    void onLoaded(quint64 request, const ControlsData &data);
    void onFailed(quint64 request, const QString &error);
    void onFilterChanged();
    void showCurrent();
    void selectFirst();
    void updateSummary();
    void saveLayout();
    std::int64_t currentNow() const;

    QString m_storePath;
    ControlsLoader *m_loader = nullptr;
    ScoreHeader *m_header = nullptr;
    ControlsFilterBar *m_filterBar = nullptr;
    ControlsListModel *m_model = nullptr;
    ControlsProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    ControlDetailPane *m_detail = nullptr;
    QScrollArea *m_detailScroll = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QDialog *m_workingDialog = nullptr;
    QLabel *m_workingTitle = nullptr;
    QPlainTextEdit *m_workingText = nullptr;
    ControlsData m_data;
    std::optional<EvidenceSettings> m_settings;
    std::int64_t m_fixedNow = 0;
    quint64 m_request = 0;
    bool m_loaded = false;
    QString m_chosen; // the control the user chose last, kept across refreshes and filters
};

} // namespace bulkhead::ui
