#include "sources/addregistrydialog.h"

#include "common/background.h"
#include "sources/sourcedialogtext.h"
#include "sources/sourceoperations.h"
#include "sources/sourcevalidation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

using sourcedialog::inlineLabel;
constexpr const char *kRed = sourcedialog::kProblemStyle;
constexpr const char *kGreen = sourcedialog::kSuccessStyle;

QString joined(const std::vector<std::string> &patterns)
{
    QStringList out;
    for (const std::string &p : patterns)
        out << QString::fromStdString(p);
    return out.join(QStringLiteral(", "));
}

// What a successful test found, catalog included: the count tells the user whether the
// credentials see what they expect; a refused catalog is normal for many registries. English keeps a
// singular and a plural source (it ships no translation to pick one); each is a plural entry, so that a
// translation picks its own form.
QString connectedText(const sourceops::ConnectionTest &t)
{
    const QString answered = AddRegistryDialog::tr("Connected: the registry answered.") + QLatin1Char(' ');
    if (t.repositories < 0)
        return answered
            + AddRegistryDialog::tr("Its catalog is not available to these credentials (%1); name the repositories "
                                    "to collect with include patterns.")
                  .arg(t.catalogError);
    const int n = static_cast<int>(t.repositories);
    if (t.catalogCut)
        return answered
            + (n == 1 ? AddRegistryDialog::tr("Its catalog lists at least %n repository (still paging when the test stopped).",
                                              nullptr, 1)
                      : AddRegistryDialog::tr("Its catalog lists at least %Ln repositories (still paging when the test "
                                              "stopped).",
                                              nullptr, n));
    return answered
        + (n == 1 ? AddRegistryDialog::tr("Its catalog lists %n repository.", nullptr, 1)
                  : AddRegistryDialog::tr("Its catalog lists %Ln repositories.", nullptr, n));
}

} // namespace

AddRegistryDialog::AddRegistryDialog(const QString &storePath, const QStringList &existingNames, QWidget *parent)
    : QDialog(parent), m_storePath(storePath), m_existingNames(existingNames)
{
    build();
    setWindowTitle(tr("Add registry"));
    updateState();
    probeKeyring();
    // The names the store already has, so that a taken one is refused as it is typed.
    const QString store = m_storePath;
    runInBackground<sourceops::SourceList>(this, [store] { return sourceops::list(store); },
                                           [this](sourceops::SourceList list) {
                                               for (const SourceRow &s : list.sources)
                                                   m_existingNames << QString::fromStdString(s.name);
                                               updateState();
                                           });
}

AddRegistryDialog::AddRegistryDialog(const QString &storePath, const RegistrySourceConfig &config, QWidget *parent)
    : QDialog(parent), m_storePath(storePath), m_editing(true)
{
    build();
    setWindowTitle(tr("Edit registry %1").arg(QString::fromStdString(config.name)));
    setConfig(config);
    m_name->setReadOnly(true); // the keyring entry and the findings are filed under it
    m_password->setPlaceholderText(tr("(unchanged: stored in the keyring)"));
    updateState();
    probeKeyring();
}

void AddRegistryDialog::build()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("sourceName"));
    m_name->setPlaceholderText(tr("e.g. team-registry"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_url->setPlaceholderText(tr("https://registry.example:5000"));
    m_auth = new QComboBox(this);
    m_auth->addItem(tr("Anonymous"), int(RegistryAuthKind::Anonymous));
    m_auth->addItem(tr("User name and password"), int(RegistryAuthKind::Basic));
    m_auth->addItem(tr("From docker config.json"), int(RegistryAuthKind::DockerConfig));
    m_username = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_keyring = inlineLabel(this);
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("system trust store"));
    auto *browseCa = new QPushButton(tr("Browse…"), this);
    m_insecure = new QCheckBox(tr("Insecure: allow plain HTTP"), this);
    m_insecureWarning = inlineLabel(this);
    m_insecureWarning->setText(tr("Plain HTTP sends images and credentials unencrypted. The source is recorded as a "
                                  "finding (SUP-4) for as long as it stays insecure."));
    m_insecureWarning->setStyleSheet(QString::fromLatin1(kRed));
    m_include = new QLineEdit(this);
    m_include->setPlaceholderText(tr("all repositories (e.g. team/*, base)"));
    m_exclude = new QLineEdit(this);
    m_exclude->setPlaceholderText(tr("none (e.g. *-dev)"));
    m_cosignKeys = new QListWidget(this);
    m_cosignKeys->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    auto *addKey = new QPushButton(tr("Add key…"), this);
    auto *removeKey = new QPushButton(tr("Remove"), this);
    m_importSboms = new QCheckBox(tr("Import attached SBOMs as reports"), this);
    m_concurrency = new QSpinBox(this);
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(RegistrySourceConfig{}.concurrency);
    m_concurrency->setSuffix(tr(" connections"));
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult = inlineLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_validation = inlineLabel(this);
    m_validation->setObjectName(QStringLiteral("validation"));
    m_validation->setStyleSheet(QString::fromLatin1(kRed));

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browseCa);
    auto *keyButtons = new QVBoxLayout;
    keyButtons->addWidget(addKey);
    keyButtons->addWidget(removeKey);
    keyButtons->addStretch(1);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_cosignKeys, 1);
    keyRow->addLayout(keyButtons);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("U&ser name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_keyring);
    form->addRow(tr("CA file:"), caRow); // a layout has no buddy: no mnemonic
    form->addRow(QString(), m_insecure);
    form->addRow(QString(), m_insecureWarning);
    form->addRow(tr("&Include:"), m_include);
    form->addRow(tr("E&xclude:"), m_exclude);
    form->addRow(tr("Cosign keys:"), keyRow);
    form->addRow(QString(), m_importSboms);
    form->addRow(tr("C&oncurrency:"), m_concurrency);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Add"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_validation);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddRegistryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddRegistryDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &AddRegistryDialog::testConnection);
    for (QLineEdit *e : {m_name, m_url, m_username, m_password, m_caFile, m_include, m_exclude})
        connect(e, &QLineEdit::textChanged, this, &AddRegistryDialog::updateState);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &AddRegistryDialog::updateState);
    connect(m_insecure, &QCheckBox::toggled, this, &AddRegistryDialog::updateState);
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    connect(addKey, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Cosign public keys"), QString(),
                                                                tr("PEM public keys (*.pub *.pem);;All files (*)"));
        m_cosignKeys->addItems(files);
        updateState();
    });
    connect(removeKey, &QPushButton::clicked, this, [this] {
        delete m_cosignKeys->currentItem();
        updateState();
    });
}

void AddRegistryDialog::setConfig(const RegistrySourceConfig &c)
{
    m_name->setText(QString::fromStdString(c.name));
    m_url->setText(QString::fromStdString(c.url));
    m_auth->setCurrentIndex(m_auth->findData(int(c.auth)));
    m_username->setText(QString::fromStdString(c.username));
    m_caFile->setText(QString::fromStdString(c.caFile));
    m_insecure->setChecked(c.insecure);
    m_include->setText(joined(c.include));
    m_exclude->setText(joined(c.exclude));
    m_cosignKeys->clear();
    for (const std::string &k : c.cosignKeyFiles)
        m_cosignKeys->addItem(QString::fromStdString(k));
    m_importSboms->setChecked(c.importSboms);
    m_concurrency->setValue(c.concurrency);
}

RegistrySourceConfig AddRegistryDialog::config() const
{
    RegistrySourceConfig c;
    c.name = m_name->text().trimmed().toStdString();
    c.url = normalizedRegistryUrl(m_url->text()).toStdString();
    c.auth = static_cast<RegistryAuthKind>(m_auth->currentData().toInt());
    if (c.auth == RegistryAuthKind::Basic)
        c.username = m_username->text().trimmed().toStdString();
    c.caFile = m_caFile->text().trimmed().toStdString();
    c.insecure = m_insecure->isChecked();
    c.include = splitPatterns(m_include->text());
    c.exclude = splitPatterns(m_exclude->text());
    for (int i = 0; i < m_cosignKeys->count(); ++i)
        c.cosignKeyFiles.push_back(m_cosignKeys->item(i)->text().toStdString());
    c.importSboms = m_importSboms->isChecked();
    c.concurrency = m_concurrency->value();
    return c;
}

QString AddRegistryDialog::password() const
{
    return m_auth->currentData().toInt() == int(RegistryAuthKind::Basic) ? m_password->text() : QString();
}

QString AddRegistryDialog::validationError() const
{
    return registrySourceProblem(config(), password(), m_editing, m_existingNames, m_keyringProblem);
}

QPushButton *AddRegistryDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void AddRegistryDialog::updateState()
{
    const bool basic = m_auth->currentData().toInt() == int(RegistryAuthKind::Basic);
    m_username->setEnabled(basic);
    m_password->setEnabled(basic);
    m_insecureWarning->setVisible(m_insecure->isChecked());
    // Only a password needs the keyring: the other kinds say nothing about it.
    if (!basic)
        m_keyring->clear();
    else if (!m_keyringKnown)
        m_keyring->setText(tr("Checking the desktop keyring…"));
    else if (!m_keyringProblem.isEmpty())
        m_keyring->setText(tr("The password cannot be stored: %1. Choose \"From docker config.json\" instead (docker "
                              "login writes it).").arg(m_keyringProblem));
    else
        m_keyring->setText(tr("The password is stored in the desktop keyring, nowhere else."));
    m_keyring->setStyleSheet(m_keyringProblem.isEmpty() ? QString() : QString::fromLatin1(kRed));
    m_keyring->setVisible(!m_keyring->text().isEmpty());
    const QString problem = validationError();
    m_validation->setText(problem);
    m_validation->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty() && !m_saving);
}

void AddRegistryDialog::probeKeyring()
{
    // Asking the Secret Service may take a while (or a D-Bus timeout): never on this thread.
    runInBackground<QString>(this, [] { return sourceops::keyringProblem(); }, [this](QString problem) {
        m_keyringKnown = true;
        m_keyringProblem = problem;
        updateState();
    });
}

void AddRegistryDialog::showTestResult(const QString &text, bool ok)
{
    sourcedialog::showResult(m_testResult, text, ok);
}

void AddRegistryDialog::testConnection()
{
    const RegistrySourceConfig c = config();
    m_test->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting to %1…").arg(QString::fromStdString(c.url)));
    const QString pass = password();
    runInBackground<sourceops::ConnectionTest>(this, [c, pass] { return sourceops::testConnection(c, pass); },
                                               [this](sourceops::ConnectionTest result) {
        m_test->setEnabled(true);
        if (result.error.isEmpty())
            showTestResult(connectedText(result), true);
        else
            showTestResult(result.error, false);
        Q_EMIT testFinished(result.error);
    });
}

void AddRegistryDialog::accept()
{
    if (m_saving || !validationError().isEmpty())
        return;
    m_saving = true;
    updateState();
    const RegistrySourceConfig c = config();
    const QString pass = password();
    const QString store = m_storePath;
    const bool update = m_editing;
    runInBackground<QString>(this, [store, c, pass, update] { return sourceops::save(store, c, pass, update); },
                             [this, name = QString::fromStdString(c.name)](QString error) {
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
