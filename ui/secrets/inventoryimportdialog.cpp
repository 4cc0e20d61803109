#include "secrets/inventoryimportdialog.h"

#include "common/background.h"
#include "secrets/inventorycsv.h"
#include "secrets/inventoryimportrun.h"
#include "settings/appsettings.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

constexpr char kProblemStyle[] = "color: #b91c1c;";

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

InventoryImportDialog::InventoryImportDialog(const QString &storePath, QWidget *parent)
    : QDialog(parent), m_storePath(storePath)
{
    setWindowTitle(tr("Import secrets inventory"));
    auto *intro = wrapped(tr("A CSV of secrets kept outside Kubernetes and Vault (cloud consoles, password managers, "
                             "hardware). Its first line names the columns: name, store and last_rotated (YYYY-MM-DD "
                             "or RFC 3339) are required; owner and policy_days (the rotation interval) are optional. "
                             "Never put the secrets themselves in it."),
                          this);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("inventoryFile"));
    m_file->setPlaceholderText(tr("inventory.csv"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_name = new QComboBox(this);
    m_name->setObjectName(QStringLiteral("inventoryName"));
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->setMinimumContentsLength(24);
    m_note = wrapped(QString(), this);
    m_note->setObjectName(QStringLiteral("inventoryNote"));
    m_headline = wrapped(QString(), this);
    m_headline->setObjectName(QStringLiteral("problemHeadline"));
    m_headline->setStyleSheet(QString::fromLatin1(kProblemStyle));
    m_headline->hide();
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problems->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_problems->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("CSV &file:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Inventory &name:"), m_name);
    form->addRow(QString(), m_note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_headline);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &InventoryImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InventoryImportDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = m_file->text().isEmpty() ? AppSettings::lastInventoryFolder() : m_file->text();
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Secrets inventory"), start,
                                                            tr("CSV files (*.csv);;All files (*)"));
        if (chosen.isEmpty())
            return;
        AppSettings::setLastInventoryFolder(QFileInfo(chosen).absolutePath());
        setFile(chosen);
    });
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        // Suggest the file's base name until the user gives a name of their own.
        const QString current = m_name->currentText().trimmed();
        const QString path = m_file->text().trimmed();
        const QString suggested = path.isEmpty() ? QString() : QString::fromStdString(inventoryNameForFile(path.toStdString()));
        if (current.isEmpty() || current == m_suggestedName)
            m_name->setEditText(suggested);
        m_suggestedName = suggested;
        updateState();
    });
    connect(m_name, &QComboBox::editTextChanged, this, &InventoryImportDialog::updateState);

    // Which names exist decides between "new inventory" and "replaces": read them off this thread.
    const QString store = m_storePath;
    runInBackground<QStringList>(this, [store] { return inventoryops::inventories(store, nullptr); },
                                 [this](QStringList names) {
                                     m_known = names;
                                     const QString typed = m_name->currentText();
                                     {
                                         const QSignalBlocker block(m_name);
                                         m_name->clear();
                                         m_name->addItems(names);
                                         m_name->setEditText(typed);
                                     }
                                     updateState();
                                     Q_EMIT inventoriesLoaded();
                                 });
    updateState();
}

void InventoryImportDialog::setFile(const QString &csvPath)
{
    m_file->setText(csvPath);
}

QString InventoryImportDialog::file() const
{
    return m_file->text().trimmed();
}

QString InventoryImportDialog::inventoryName() const
{
    const QString typed = m_name->currentText().trimmed();
    return typed.isEmpty() ? m_suggestedName : typed;
}

QPushButton *InventoryImportDialog::importButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void InventoryImportDialog::updateState()
{
    const QString name = inventoryName();
    QString note;
    bool problem = false;
    if (file().isEmpty()) {
        note = tr("Choose the CSV file to import.");
    } else if (name.isEmpty()) {
        note = tr("Give the inventory a name: its secrets are filed under it.");
        problem = true;
    } else if (m_known.contains(name)) {
        note = tr("Re-imports inventory %1: its secrets are replaced by the file's, and those not in the file are "
                  "removed.")
                   .arg(name);
    } else {
        note = tr("A new inventory, %1. A file with any problem imports nothing.").arg(name);
    }
    m_note->setText(note);
    m_note->setStyleSheet(problem ? QString::fromLatin1(kProblemStyle) : QString());
    importButton()->setEnabled(!m_importing && !problem && !file().isEmpty());
    m_file->setEnabled(!m_importing);
    m_name->setEnabled(!m_importing);
}

void InventoryImportDialog::showFailure(const QString &headline, const QString &details)
{
    m_headline->setText(headline);
    m_headline->show();
    m_problems->setPlainText(details);
    m_problems->setVisible(!details.isEmpty());
    Q_EMIT importFailed(headline, details);
}

void InventoryImportDialog::accept()
{
    if (m_importing || !importButton()->isEnabled())
        return;
    m_importing = true;
    m_headline->setStyleSheet(QString());
    m_headline->setText(tr("Importing %1…").arg(QFileInfo(file()).fileName()));
    m_headline->show();
    m_problems->hide();
    updateState();
    const QString store = m_storePath;
    const QString csv = file();
    const QString name = inventoryName();
    // The saved policy, read here (QSettings) and handed to the worker.
    const SecretPolicy policy = AppSettings::secretPolicy();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    runInBackground<InventoryImportResult>(
        this, [store, csv, name, policy, now] { return inventoryops::run(store, csv, name, policy, now); },
        [this, csv](InventoryImportResult result) {
            m_importing = false;
            updateState();
            if (!result.ok) {
                m_headline->setStyleSheet(QString::fromLatin1(kProblemStyle));
                showFailure(inventoryops::failureHeadline(result, csv), inventoryops::failureDetails(result));
                return;
            }
            Q_EMIT imported(inventoryops::summary(result));
            QDialog::accept();
        });
}

} // namespace bulkhead::ui
