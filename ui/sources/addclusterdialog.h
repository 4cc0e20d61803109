#pragma once

#include "sources/clusteroperations.h"
#include "sources/clustersourceconfig.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace bulkhead::ui {

// Adds a Kubernetes cluster source, or edits one: the kubeconfig (default: KUBECONFIG or
// ~/.kube/config), one of its contexts (read off the GUI thread), the source's name (checked as
// it is typed), the API server it points at, and "Test connection" (GET /version, off the GUI
// thread). When the context's user authenticates through an exec credential plugin, the full
// command that would run is shown, read-only, with a checkbox to approve running it: only an
// approved plugin's fingerprint is stored, and the collector runs nothing else. OK saves on a
// worker thread; the dialog closes once that succeeded. Errors are shown in the dialog.
class AddClusterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddClusterDialog)

public:
    // `existingNames`: names already taken (refused for a new source).
    AddClusterDialog(const QString &storePath, const QStringList &existingNames, QWidget *parent = nullptr);
    // Edits `config` (its name cannot change).
    AddClusterDialog(const QString &storePath, const ClusterSourceConfig &config, QWidget *parent = nullptr);

    ClusterSourceConfig config() const; // as currently edited
    // The first problem of the form, empty when it can be saved.
    QString validationError() const;
    bool isEditing() const { return m_editing; }
    bool isReadingKubeconfig() const { return m_reading; }
    const clusterops::ContextChoice *currentContext() const;

    void testConnection();
    void accept() override; // validates, then saves off the GUI thread; closes when saved

    // Widgets, for tests.
    QLineEdit *kubeconfigEdit() const { return m_kubeconfig; }
    QComboBox *contextCombo() const { return m_context; }
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *serverLabel() const { return m_server; }
    QPlainTextEdit *execCommandView() const { return m_execCommand; }
    QCheckBox *approveExecCheck() const { return m_approve; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResultLabel() const { return m_testResult; }
    QLabel *validationLabel() const { return m_validation; }
    QLabel *kubeconfigStatusLabel() const { return m_kubeconfigStatus; }
    QPushButton *okButton() const;

Q_SIGNALS:
    void kubeconfigRead(const QString &error); // the contexts are in (empty: read fine)
    void testFinished(const QString &error);   // empty: the API server answered
    void saved(const QString &name);
    void saveFailed(const QString &error);

private:
    void build();
    void readKubeconfig();
    void onKubeconfig(const clusterops::KubeconfigRead &read);
    void onContextChanged();
    void updateState();
    void showTestResult(const QString &text, bool ok);

    QString m_storePath;
    QStringList m_existingNames;
    bool m_editing = false;
    bool m_saving = false;
    bool m_reading = false;
    QString m_suggestedName;     // the name made from the context; a name the user gave is kept
    QString m_wantedContext;     // to select once the contexts are read (edit mode)
    QString m_approvedFingerprint; // edit mode: what the source has approved
    quint64 m_readRequest = 0;
    clusterops::KubeconfigRead m_read;

    QLineEdit *m_kubeconfig = nullptr;
    QLabel *m_kubeconfigStatus = nullptr;
    QComboBox *m_context = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_contextProblem = nullptr;
    QWidget *m_execBox = nullptr;
    QPlainTextEdit *m_execCommand = nullptr;
    QCheckBox *m_approve = nullptr;
    QLabel *m_execNote = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_validation = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace bulkhead::ui
