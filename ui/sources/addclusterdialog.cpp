#include "sources/addclusterdialog.h"

#include "common/background.h"
#include "sources/sourcedialogtext.h"
#include "sources/sourceoperations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

using sourcedialog::inlineLabel;
constexpr const char *kRed = sourcedialog::kProblemStyle;
constexpr const char *kGreen = sourcedialog::kSuccessStyle;

} // namespace

AddClusterDialog::AddClusterDialog(const QString &storePath, const QStringList &existingNames, QWidget *parent)
    : QDialog(parent), m_storePath(storePath), m_existingNames(existingNames)
{
    build();
    setWindowTitle(tr("Add cluster"));
    // One default file: name it, so that the source keeps reading it whatever KUBECONFIG says at
    // collection time. Several (KUBECONFIG lists them): leave it empty, and they are merged.
    const QStringList defaults = clusterops::defaultKubeconfigFiles();
    if (defaults.size() == 1)
        m_kubeconfig->setText(defaults.first());
    else
        m_kubeconfig->setPlaceholderText(tr("KUBECONFIG: %1").arg(defaults.join(QDir::listSeparator())));
    // The names the store already has, so that a taken one is refused as it is typed.
    const QString store = m_storePath;
    runInBackground<sourceops::SourceList>(this, [store] { return sourceops::list(store); },
                                           [this](sourceops::SourceList list) {
                                               for (const SourceRow &s : list.sources)
                                                   m_existingNames << QString::fromStdString(s.name);
                                               updateState();
                                           });
    readKubeconfig();
}

AddClusterDialog::AddClusterDialog(const QString &storePath, const ClusterSourceConfig &config, QWidget *parent)
    : QDialog(parent), m_storePath(storePath), m_editing(true)
{
    build();
    setWindowTitle(tr("Edit cluster %1").arg(QString::fromStdString(config.name)));
    m_name->setText(QString::fromStdString(config.name));
    m_name->setReadOnly(true); // the findings and the Workloads view file it under this name
    m_kubeconfig->setText(QString::fromStdString(config.kubeconfig));
    m_wantedContext = QString::fromStdString(config.context);
    m_approvedFingerprint = QString::fromStdString(config.execApproval);
    readKubeconfig();
}

void AddClusterDialog::build()
{
    m_kubeconfig = new QLineEdit(this);
    m_kubeconfig->setObjectName(QStringLiteral("kubeconfigPath"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    m_kubeconfigStatus = inlineLabel(this);
    m_kubeconfigStatus->setObjectName(QStringLiteral("kubeconfigStatus"));
    m_context = new QComboBox(this);
    m_context->setObjectName(QStringLiteral("kubeContext"));
    m_context->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_context->setMinimumContentsLength(30);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("sourceName"));
    m_name->setPlaceholderText(tr("e.g. prod-eu"));
    m_server = inlineLabel(this);
    m_server->setObjectName(QStringLiteral("kubeServer"));
    m_contextProblem = inlineLabel(this);
    m_contextProblem->setStyleSheet(QString::fromLatin1(kRed));

    auto *execGroup = new QGroupBox(tr("Exec credential plugin"), this);
    m_execBox = execGroup;
    auto *explain = inlineLabel(execGroup);
    explain->setText(tr("This context's user gets its credentials by running a program. Bulkhead runs exactly this "
                        "command (never through a shell), and only once you approve it; any change to it in the "
                        "kubeconfig needs a new approval."));
    m_execCommand = new QPlainTextEdit(execGroup);
    m_execCommand->setObjectName(QStringLiteral("execCommand"));
    m_execCommand->setReadOnly(true);
    m_execCommand->setTabChangesFocus(true);
    m_execCommand->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_execCommand->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_execCommand->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_approve = new QCheckBox(tr("&Approve running this command"), execGroup);
    m_approve->setObjectName(QStringLiteral("approveExec"));
    m_execNote = inlineLabel(execGroup);
    auto *execLayout = new QVBoxLayout(execGroup);
    execLayout->addWidget(explain);
    execLayout->addWidget(m_execCommand);
    execLayout->addWidget(m_approve);
    execLayout->addWidget(m_execNote);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult = inlineLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_validation = inlineLabel(this);
    m_validation->setObjectName(QStringLiteral("validation"));
    m_validation->setStyleSheet(QString::fromLatin1(kRed));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_kubeconfig, 1);
    pathRow->addWidget(browse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);

    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&Kubeconfig:"), this);
    pathLabel->setBuddy(m_kubeconfig);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_kubeconfigStatus);
    form->addRow(tr("&Context:"), m_context);
    form->addRow(tr("API server:"), m_server);
    form->addRow(QString(), m_contextProblem);
    form->addRow(tr("&Name:"), m_name);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Add"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(execGroup);
    layout->addLayout(testRow);
    layout->addWidget(m_validation);
    layout->addWidget(m_buttons);
    execGroup->hide();

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &AddClusterDialog::readKubeconfig);
    connect(m_kubeconfig, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Kubeconfig"), m_kubeconfig->text(),
                                                          tr("All files (*)"));
        if (file.isEmpty())
            return;
        m_kubeconfig->setText(file);
        readKubeconfig();
    });
    connect(m_context, &QComboBox::currentIndexChanged, this, &AddClusterDialog::onContextChanged);
    connect(m_name, &QLineEdit::textChanged, this, &AddClusterDialog::updateState);
    connect(m_approve, &QCheckBox::toggled, this, &AddClusterDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddClusterDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddClusterDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &AddClusterDialog::testConnection);
}

void AddClusterDialog::readKubeconfig()
{
    m_debounce->stop();
    m_reading = true;
    m_kubeconfigStatus->setStyleSheet(QString());
    m_kubeconfigStatus->setText(tr("Reading the kubeconfig…"));
    updateState();
    // Only the newest read counts: the path may be typed on while an older one runs.
    const quint64 request = ++m_readRequest;
    const QString path = m_kubeconfig->text();
    runInBackground<clusterops::KubeconfigRead>(this, [path] { return clusterops::readKubeconfig(path); },
                                                [this, request](clusterops::KubeconfigRead read) {
                                                    if (request == m_readRequest)
                                                        onKubeconfig(read);
                                                });
}

void AddClusterDialog::onKubeconfig(const clusterops::KubeconfigRead &read)
{
    m_reading = false;
    const QString previous = m_context->currentData().toString();
    m_read = read;
    {
        const QSignalBlocker block(m_context);
        m_context->clear();
        for (const clusterops::ContextChoice &c : m_read.contexts) {
            const QString label = c.name == m_read.currentContext ? tr("%1 (current)").arg(c.name) : c.name;
            m_context->addItem(label, c.name);
        }
        // The source's own context (edit), else the one chosen before, else the current-context.
        for (const QString &want : {m_wantedContext, previous, m_read.currentContext}) {
            if (const int i = m_context->findData(want); !want.isEmpty() && i >= 0) {
                m_context->setCurrentIndex(i);
                break;
            }
        }
    }
    m_wantedContext.clear();
    if (!m_read.error.isEmpty()) {
        m_kubeconfigStatus->setText(m_read.error);
        m_kubeconfigStatus->setStyleSheet(QString::fromLatin1(kRed));
    } else {
        m_kubeconfigStatus->setStyleSheet(QString());
        // English keeps a singular and a plural source (it ships no translation to pick one); each is a
        // plural entry, so that a translation picks its own form.
        const QString files = m_read.files.join(QStringLiteral(", "));
        const int contexts = static_cast<int>(m_read.contexts.size());
        m_kubeconfigStatus->setText(contexts == 1 ? tr("%n context in %1", nullptr, 1).arg(files)
                                                  : tr("%Ln contexts in %1", nullptr, contexts).arg(files));
    }
    onContextChanged();
    Q_EMIT kubeconfigRead(m_read.error);
}

const clusterops::ContextChoice *AddClusterDialog::currentContext() const
{
    const QString name = m_context->currentData().toString();
    for (const clusterops::ContextChoice &c : m_read.contexts) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

void AddClusterDialog::onContextChanged()
{
    const clusterops::ContextChoice *c = currentContext();
    m_server->setText(c ? c->server : QString());
    m_contextProblem->setText(c ? c->problem : QString());
    m_contextProblem->setVisible(c && !c->problem.isEmpty());
    m_testResult->clear();
    const bool exec = c && c->hasExec;
    m_execBox->setVisible(exec);
    m_execCommand->setPlainText(exec ? c->execCommand : QString());
    {
        // An approval is of one exact command: another context (or an edited kubeconfig) starts unapproved.
        const QSignalBlocker block(m_approve);
        m_approve->setChecked(exec && !m_approvedFingerprint.isEmpty() && m_approvedFingerprint == c->execFingerprint);
    }
    // Suggest a name from the context until the user gives one of their own.
    const QString current = m_name->text().trimmed();
    if (c && !m_editing && (current.isEmpty() || current == m_suggestedName)) {
        m_suggestedName = clusterops::suggestedName(c->name);
        m_name->setText(m_suggestedName);
    }
    updateState();
}

ClusterSourceConfig AddClusterDialog::config() const
{
    ClusterSourceConfig c;
    c.name = m_name->text().trimmed().toStdString();
    c.kubeconfig = m_kubeconfig->text().trimmed().toStdString();
    if (const clusterops::ContextChoice *ctx = currentContext()) {
        c.context = ctx->name.toStdString();
        c.server = ctx->server.toStdString();
        // Only an approved plugin is stored: the collector runs nothing else.
        if (ctx->hasExec && m_approve->isChecked()) {
            c.execApproval = ctx->execFingerprint.toStdString();
            c.execCommand = ctx->execCommand.toStdString();
        }
    }
    return c;
}

QString AddClusterDialog::validationError() const
{
    if (m_reading)
        return tr("Reading the kubeconfig…");
    if (!m_read.error.isEmpty())
        return m_read.error;
    if (m_read.contexts.empty())
        return tr("The kubeconfig has no contexts.");
    const clusterops::ContextChoice *ctx = currentContext();
    if (!ctx)
        return tr("Choose a context.");
    if (!ctx->problem.isEmpty())
        return ctx->problem;
    const ClusterSourceConfig c = config();
    if (c.name.empty())
        return tr("Give the cluster a name.");
    if (const std::string problem = c.validate(); !problem.empty())
        return QString::fromStdString(problem);
    if (!m_editing && m_existingNames.contains(QString::fromStdString(c.name)))
        return tr("A source named %1 already exists.").arg(QString::fromStdString(c.name));
    return {};
}

QPushButton *AddClusterDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void AddClusterDialog::updateState()
{
    const clusterops::ContextChoice *ctx = currentContext();
    if (ctx && ctx->hasExec) {
        m_execNote->setText(m_approve->isChecked()
                                ? tr("Approved: collections of this source run this command to get a token, which "
                                     "is kept in memory only.")
                                : tr("Not approved: the source can be saved, but its collections fail until you "
                                     "approve the command (Sources → Manage sources…, Edit)."));
        m_execNote->setStyleSheet(m_approve->isChecked() ? QString::fromLatin1(kGreen) : QString::fromLatin1(kRed));
    }
    const QString problem = validationError();
    m_validation->setText(problem);
    m_validation->setVisible(!problem.isEmpty() && !m_reading);
    okButton()->setEnabled(problem.isEmpty() && !m_saving);
    m_test->setEnabled(!m_reading && ctx && ctx->problem.isEmpty());
}

void AddClusterDialog::showTestResult(const QString &text, bool ok)
{
    sourcedialog::showResult(m_testResult, text, ok);
}

void AddClusterDialog::testConnection()
{
    const clusterops::ContextChoice *ctx = currentContext();
    if (!ctx)
        return;
    const ClusterSourceConfig c = config();
    m_test->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting to %1…").arg(ctx->server));
    const QString path = QString::fromStdString(c.kubeconfig);
    const QString context = ctx->name;
    const QString approval = QString::fromStdString(c.execApproval);
    runInBackground<clusterops::ConnectionTest>(
        this, [path, context, approval] { return clusterops::testConnection(path, context, approval); },
        [this](clusterops::ConnectionTest result) {
            updateState();
            if (result.error.isEmpty())
                showTestResult(tr("Connected: the API server answered (Kubernetes %1).").arg(result.version), true);
            else
                showTestResult(result.error, false);
            Q_EMIT testFinished(result.error);
        });
}

void AddClusterDialog::accept()
{
    if (m_saving || !validationError().isEmpty())
        return;
    m_saving = true;
    updateState();
    const ClusterSourceConfig c = config();
    const QString store = m_storePath;
    const bool update = m_editing;
    runInBackground<QString>(this, [store, c, update] { return clusterops::save(store, c, update); },
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
