#pragma once

#include "sources/registrysourceconfig.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace bulkhead::ui {

// Adds a registry source, or edits one: name, URL, authentication (anonymous, basic with the
// password kept in the desktop keyring only, or the docker config.json), CA file, plain-HTTP
// opt-in (itself a finding, and said so), repository patterns, cosign public keys, SBOM import and
// concurrency. Problems are shown inline as they are typed and OK stays disabled until there are
// none. "Test connection" pings the registry on a worker thread with exactly these settings.
// OK saves (store + keyring) on a worker thread too; the dialog closes once that succeeded.
class AddRegistryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddRegistryDialog)

public:
    // `existingNames`: names already taken (refused for a new source).
    AddRegistryDialog(const QString &storePath, const QStringList &existingNames, QWidget *parent = nullptr);
    // Edits `config` (its name cannot change; an empty password keeps the stored one).
    AddRegistryDialog(const QString &storePath, const RegistrySourceConfig &config, QWidget *parent = nullptr);

    RegistrySourceConfig config() const; // as currently edited
    QString password() const;
    // The first problem of the form, empty when it can be saved.
    QString validationError() const;
    bool isEditing() const { return m_editing; }

    void testConnection();
    void accept() override; // validates, then saves off the GUI thread; closes when saved

    // Widgets, for tests.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *authCombo() const { return m_auth; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QCheckBox *insecureCheck() const { return m_insecure; }
    QLineEdit *includeEdit() const { return m_include; }
    QLineEdit *excludeEdit() const { return m_exclude; }
    QListWidget *cosignKeyList() const { return m_cosignKeys; }
    QCheckBox *importSbomsCheck() const { return m_importSboms; }
    QSpinBox *concurrencySpin() const { return m_concurrency; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResultLabel() const { return m_testResult; }
    QLabel *validationLabel() const { return m_validation; }
    QLabel *keyringLabel() const { return m_keyring; }
    QPushButton *okButton() const;

Q_SIGNALS:
    void testFinished(const QString &error); // empty: the registry answered
    void saved(const QString &name);
    void saveFailed(const QString &error);

private:
    void build();
    void setConfig(const RegistrySourceConfig &config);
    void updateState();
    void probeKeyring();
    void showTestResult(const QString &text, bool ok);

    QString m_storePath;
    QStringList m_existingNames;
    bool m_editing = false;
    QString m_keyringProblem; // empty: usable (or not yet known)
    bool m_keyringKnown = false;
    bool m_saving = false;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_keyring = nullptr;
    QLineEdit *m_caFile = nullptr;
    QCheckBox *m_insecure = nullptr;
    QLabel *m_insecureWarning = nullptr;
    QLineEdit *m_include = nullptr;
    QLineEdit *m_exclude = nullptr;
    QListWidget *m_cosignKeys = nullptr;
    QCheckBox *m_importSboms = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_validation = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bulkhead::ui
