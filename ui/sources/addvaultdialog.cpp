#include "sources/addvaultdialog.h"

#include "common/background.h"
#include "sources/sourcedialogtext.h"
#include "sources/sourceoperations.h"
#include "sources/vaultoperations.h"
#include "sources/vaultsourcevalidation.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

using sourcedialog::inlineLabel;
constexpr const char *kRed = sourcedialog::kProblemStyle;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString joined(const std::vector<std::string> &paths)
{
    QStringList out;
    for (const std::string &p : paths)
        out << q(p);
    return out.join(QStringLiteral(", "));
}

// The least a Vault policy must grant this source: list and read on the metadata of each folder
// (the data/ paths, where the values are, are never asked for).
QString requiredPolicy(const VaultSourceConfig &c)
{
    QStringList lines;
    const std::vector<std::string> folders = c.paths.empty() ? std::vector<std::string>{std::string()} : c.paths;
    for (const std::string &folder : folders)
        lines << QStringLiteral("path \"%1/metadata/%2*\" { capabilities = [\"list\", \"read\"] }")
                     .arg(c.mount.empty() ? QStringLiteral("MOUNT") : q(c.mount), q(folder));
    return lines.join(QLatin1Char('\n'));
}

QString connectedText(const vaultops::ConnectionTest &t)
{
    if (t.keys == 0)
        return AddVaultDialog::tr("Connected: the token may list %1; nothing is stored there yet.").arg(t.listed);
    // English keeps a singular and a plural source (it ships no translation to pick one); each is a
    // plural entry, so that a translation picks its own form.
    return t.keys == 1
        ? AddVaultDialog::tr("Connected: the token may list %1 (%n entry directly inside).", nullptr, 1).arg(t.listed)
        : AddVaultDialog::tr("Connected: the token may list %1 (%Ln entries directly inside).", nullptr,
                             static_cast<int>(t.keys))
              .arg(t.listed);
}

} // namespace

AddVaultDialog::AddVaultDialog(const QString &storePath, const QStringList &existingNames, QWidget *parent)
    : QDialog(parent), m_storePath(storePath), m_existingNames(existingNames)
{
    build();
    setWindowTitle(tr("Add Vault"));
    setConfig(VaultSourceConfig{});
    // A fresh source starts from the address the Vault CLI would use, when there is one.
    if (const QString addr = qEnvironmentVariable("VAULT_ADDR"); !addr.isEmpty())
        m_url->setText(normalizedVaultUrl(addr));
    // The names the store already has, so that a taken one is refused as it is typed.
    const QString store = m_storePath;
    runInBackground<sourceops::SourceList>(this, [store] { return sourceops::list(store); },
                                           [this](sourceops::SourceList list) {
                                               for (const SourceRow &s : list.sources)
                                                   m_existingNames << q(s.name);
                                               updateState();
                                           });
}

AddVaultDialog::AddVaultDialog(const QString &storePath, const VaultSourceConfig &config, QWidget *parent)
    : QDialog(parent), m_storePath(storePath), m_editing(true)
{
    build();
    setWindowTitle(tr("Edit Vault %1").arg(q(config.name)));
    setConfig(config);
    m_name->setReadOnly(true); // the origin of its secrets and the findings' assets
}

void AddVaultDialog::build()
{
    auto *intro = inlineLabel(this);
    intro->setText(tr("Bulkhead reads the metadata of a KV version 2 mount (versions, their times, custom_metadata "
                      "such as owner and rotation_days), never the secrets' values."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("sourceName"));
    m_name->setPlaceholderText(tr("e.g. vault-prod"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("vaultUrl"));
    m_url->setPlaceholderText(tr("https://vault.example:8200"));
    m_namespace = new QLineEdit(this);
    m_namespace->setObjectName(QStringLiteral("vaultNamespace"));
    m_namespace->setPlaceholderText(tr("none (Vault Enterprise and HCP: e.g. admin/team-a)"));
    m_mount = new QLineEdit(this);
    m_mount->setObjectName(QStringLiteral("vaultMount"));
    m_paths = new QLineEdit(this);
    m_paths->setObjectName(QStringLiteral("vaultPaths"));
    m_paths->setPlaceholderText(tr("the whole mount (or folders, e.g. team-a/, shared/db/)"));

    m_fromEnv = new QRadioButton(tr("Environment &variable:"), this);
    m_fromEnv->setObjectName(QStringLiteral("tokenFromEnv"));
    m_fromFile = new QRadioButton(tr("&File:"), this);
    m_fromFile->setObjectName(QStringLiteral("tokenFromFile"));
    auto *tokenGroup = new QButtonGroup(this);
    tokenGroup->addButton(m_fromEnv);
    tokenGroup->addButton(m_fromFile);
    m_tokenEnv = new QLineEdit(this);
    m_tokenEnv->setObjectName(QStringLiteral("tokenEnv"));
    m_tokenFile = new QLineEdit(this);
    m_tokenFile->setObjectName(QStringLiteral("tokenFile"));
    m_tokenFile->setPlaceholderText(tr("e.g. ~/.vault-token"));
    m_browseToken = new QPushButton(tr("Browse…"), this);
    m_tokenNote = inlineLabel(this);
    m_tokenNote->setObjectName(QStringLiteral("tokenNote"));

    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("system trust store"));
    auto *browseCa = new QPushButton(tr("Browse…"), this);
    m_insecure = new QCheckBox(tr("Insecure: allow plain HTTP"), this);
    m_insecure->setObjectName(QStringLiteral("insecure"));
    m_insecureWarning = inlineLabel(this);
    m_insecureWarning->setText(tr("Plain HTTP sends the token unencrypted to the server at every request. Use it for "
                                  "a local dev server only."));
    m_insecureWarning->setStyleSheet(QString::fromLatin1(kRed));
    m_maxPaths = new QSpinBox(this);
    m_maxPaths->setObjectName(QStringLiteral("maxPaths"));
    m_maxPaths->setRange(1, 10'000'000);
    m_maxPaths->setGroupSeparatorShown(true);
    m_maxPaths->setSuffix(tr(" secrets"));
    m_maxPaths->setToolTip(tr("A run reads at most this many secrets; a larger mount is recorded as partially "
                              "collected."));
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("concurrency"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setSuffix(tr(" requests at once"));

    m_policy = inlineLabel(this);
    m_policy->setObjectName(QStringLiteral("requiredPolicy"));
    m_policy->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult = inlineLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_validation = inlineLabel(this);
    m_validation->setObjectName(QStringLiteral("validation"));
    m_validation->setStyleSheet(QString::fromLatin1(kRed));

    auto *envRow = new QHBoxLayout;
    envRow->addWidget(m_fromEnv);
    envRow->addWidget(m_tokenEnv, 1);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fromFile);
    fileRow->addWidget(m_tokenFile, 1);
    fileRow->addWidget(m_browseToken);
    auto *tokenBox = new QVBoxLayout;
    tokenBox->addLayout(envRow);
    tokenBox->addLayout(fileRow);
    tokenBox->addWidget(m_tokenNote);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browseCa);
    auto *limitsRow = new QHBoxLayout;
    limitsRow->addWidget(m_maxPaths);
    limitsRow->addWidget(m_concurrency);
    limitsRow->addStretch(1);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    auto *form = new QFormLayout;
    form->addRow(intro);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("Na&mespace:"), m_namespace);
    form->addRow(tr("KV v2 m&ount:"), m_mount);
    form->addRow(tr("F&olders:"), m_paths);
    form->addRow(tr("Token:"), tokenBox); // a layout has no buddy: the radio buttons carry the mnemonics
    form->addRow(tr("CA file:"), caRow);
    form->addRow(QString(), m_insecure);
    form->addRow(QString(), m_insecureWarning);
    form->addRow(tr("Limits:"), limitsRow);
    form->addRow(tr("Vault policy needed:"), m_policy);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Add"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_validation);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddVaultDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddVaultDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &AddVaultDialog::testConnection);
    for (QLineEdit *e : {m_name, m_url, m_namespace, m_mount, m_paths, m_tokenEnv, m_tokenFile, m_caFile}) {
        connect(e, &QLineEdit::textChanged, this, &AddVaultDialog::updateState);
        // What was tested is no longer what is typed.
        connect(e, &QLineEdit::textEdited, m_testResult, &QLabel::clear);
    }
    connect(m_fromEnv, &QRadioButton::toggled, this, &AddVaultDialog::updateState);
    connect(m_insecure, &QCheckBox::toggled, this, &AddVaultDialog::updateState);
    connect(m_maxPaths, &QSpinBox::valueChanged, this, &AddVaultDialog::updateState);
    connect(m_concurrency, &QSpinBox::valueChanged, this, &AddVaultDialog::updateState);
    connect(m_browseToken, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Vault token file"), m_tokenFile->text(),
                                                          tr("All files (*)"));
        if (!file.isEmpty())
            m_tokenFile->setText(file);
    });
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
}

void AddVaultDialog::setConfig(const VaultSourceConfig &c)
{
    m_name->setText(q(c.name));
    m_url->setText(q(c.url));
    m_namespace->setText(q(c.vaultNamespace));
    m_mount->setText(q(c.mount));
    m_paths->setText(joined(c.paths));
    m_tokenEnv->setText(c.tokenEnv.empty() ? QStringLiteral("VAULT_TOKEN") : q(c.tokenEnv));
    m_tokenFile->setText(q(c.tokenFile));
    (c.tokenFile.empty() ? m_fromEnv : m_fromFile)->setChecked(true);
    m_caFile->setText(q(c.caFile));
    m_insecure->setChecked(c.insecure);
    m_maxPaths->setValue(c.maxPaths);
    m_concurrency->setValue(c.concurrency);
    updateState();
}

VaultSourceConfig AddVaultDialog::config() const
{
    VaultSourceConfig c;
    c.name = m_name->text().trimmed().toStdString();
    c.url = normalizedVaultUrl(m_url->text()).toStdString();
    c.vaultNamespace = m_namespace->text().trimmed().toStdString();
    c.mount = normalizedVaultMount(m_mount->text()).toStdString();
    c.paths = splitVaultPaths(m_paths->text());
    // The variable's name is kept either way, so switching back to it loses nothing.
    c.tokenEnv = m_tokenEnv->text().trimmed().toStdString();
    if (m_fromFile->isChecked())
        c.tokenFile = m_tokenFile->text().trimmed().toStdString();
    c.caFile = m_caFile->text().trimmed().toStdString();
    c.insecure = m_insecure->isChecked();
    c.maxPaths = m_maxPaths->value();
    c.concurrency = m_concurrency->value();
    return c;
}

QString AddVaultDialog::validationError() const
{
    const VaultSourceConfig c = config();
    // An empty file name reads as "from the environment" in the config: check the rest without
    // the variable (unused here), then say what is missing.
    if (m_fromFile->isChecked() && c.tokenFile.empty()) {
        VaultSourceConfig rest = c;
        rest.tokenEnv = VaultSourceConfig{}.tokenEnv;
        if (const QString problem = vaultSourceProblem(rest, m_editing, m_existingNames); !problem.isEmpty())
            return problem;
        return tr("Choose the file that holds the token.");
    }
    return vaultSourceProblem(c, m_editing, m_existingNames);
}

QPushButton *AddVaultDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void AddVaultDialog::updateState()
{
    const bool fromFile = m_fromFile->isChecked();
    m_tokenEnv->setEnabled(!fromFile);
    m_tokenFile->setEnabled(fromFile);
    m_browseToken->setEnabled(fromFile);
    m_insecureWarning->setVisible(m_insecure->isChecked());
    const VaultSourceConfig c = config();
    bool tokenOk = true;
    m_tokenNote->setText(fromFile && c.tokenFile.empty() ? QString() : vaultTokenNote(c, &tokenOk));
    m_tokenNote->setStyleSheet(tokenOk ? QString() : QString::fromLatin1(kRed));
    m_tokenNote->setVisible(!m_tokenNote->text().isEmpty());
    m_policy->setText(requiredPolicy(c));
    const QString problem = validationError();
    m_validation->setText(problem);
    m_validation->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty() && !m_saving);
    // A test needs an address and a mount; the token's absence is what the test then reports.
    m_test->setEnabled(!m_testing && !c.url.empty() && !c.mount.empty());
}

void AddVaultDialog::testConnection()
{
    const VaultSourceConfig c = config();
    m_testing = true;
    updateState();
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Listing %1/metadata/ at %2…").arg(q(c.mount), q(c.url)));
    runInBackground<vaultops::ConnectionTest>(this, [c] { return vaultops::testConnection(c); },
                                              [this](vaultops::ConnectionTest result) {
                                                  m_testing = false;
                                                  updateState();
                                                  if (result.error.isEmpty())
                                                      sourcedialog::showResult(m_testResult, connectedText(result), true);
                                                  else
                                                      sourcedialog::showResult(m_testResult, result.error, false);
                                                  Q_EMIT testFinished(result.error);
                                              });
}

void AddVaultDialog::accept()
{
    if (m_saving || !validationError().isEmpty())
        return;
    m_saving = true;
    updateState();
    const VaultSourceConfig c = config();
    const QString store = m_storePath;
    const bool update = m_editing;
    runInBackground<QString>(this, [store, c, update] { return vaultops::save(store, c, update); },
                             [this, name = q(c.name)](QString error) {
                                 m_saving = false;
                                 if (!error.isEmpty()) {
                                     updateState();
                                     m_validation->setText(error);
                                     m_validation->show();
                                     Q_EMIT saveFailed(error);
                                     return;
                                 }
                                 Q_EMIT saved(name);
                                 QDialog::accept();
                             });
}

} // namespace bulkhead::ui
