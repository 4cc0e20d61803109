#pragma once

#include "sources/vaultsourceconfig.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace bulkhead::ui {

// Adds a Vault / OpenBao KV v2 source, or edits one: name, server address, namespace, mount,
// folders to walk, where the token comes from (an environment variable or a file, read at each
// collection and never stored), CA file, plain-HTTP opt-in, the most secrets read per run and the
// requests in flight. Problems are shown inline as they are typed (vaultSourceProblem) and OK
// stays disabled until there are none. "Test connection" LISTs the first folder with exactly these
// settings on a worker thread; OK saves on a worker thread too and the dialog closes once that
// succeeded. Only metadata is ever read, which the dialog says, with the Vault policy it needs.
class AddVaultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddVaultDialog)

public:
    // `existingNames`: names already taken (refused for a new source).
    AddVaultDialog(const QString &storePath, const QStringList &existingNames, QWidget *parent = nullptr);
    // Edits `config` (its name cannot change: its secrets and findings are filed under it).
    AddVaultDialog(const QString &storePath, const VaultSourceConfig &config, QWidget *parent = nullptr);

    VaultSourceConfig config() const; // as currently edited
    void setConfig(const VaultSourceConfig &config);
    // The first problem of the form, empty when it can be saved.
    QString validationError() const;
    bool isEditing() const { return m_editing; }

    void testConnection();
    void accept() override; // validates, then saves off the GUI thread; closes when saved

    // Widgets, for tests.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *namespaceEdit() const { return m_namespace; }
    QLineEdit *mountEdit() const { return m_mount; }
    QLineEdit *pathsEdit() const { return m_paths; }
    QRadioButton *tokenEnvRadio() const { return m_fromEnv; }
    QRadioButton *tokenFileRadio() const { return m_fromFile; }
    QLineEdit *tokenEnvEdit() const { return m_tokenEnv; }
    QLineEdit *tokenFileEdit() const { return m_tokenFile; }
    QLabel *tokenNoteLabel() const { return m_tokenNote; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QCheckBox *insecureCheck() const { return m_insecure; }
    QSpinBox *maxPathsSpin() const { return m_maxPaths; }
    QSpinBox *concurrencySpin() const { return m_concurrency; }
    QLabel *policyLabel() const { return m_policy; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResultLabel() const { return m_testResult; }
    QLabel *validationLabel() const { return m_validation; }
    QPushButton *okButton() const;

Q_SIGNALS:
    void testFinished(const QString &error); // empty: the listing succeeded
    void saved(const QString &name);
    void saveFailed(const QString &error);

private:
    void build();
    void updateState();

    QString m_storePath;
    QStringList m_existingNames;
    bool m_editing = false;
    bool m_saving = false;
    bool m_testing = false;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_namespace = nullptr;
    QLineEdit *m_mount = nullptr;
    QLineEdit *m_paths = nullptr;
    QRadioButton *m_fromEnv = nullptr;
    QRadioButton *m_fromFile = nullptr;
    QLineEdit *m_tokenEnv = nullptr;
    QLineEdit *m_tokenFile = nullptr;
    QPushButton *m_browseToken = nullptr;
    QLabel *m_tokenNote = nullptr;
    QLineEdit *m_caFile = nullptr;
    QCheckBox *m_insecure = nullptr;
    QLabel *m_insecureWarning = nullptr;
    QSpinBox *m_maxPaths = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QLabel *m_policy = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_validation = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bulkhead::ui
