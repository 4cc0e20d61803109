#include "controls/attestationdialog.h"

#include "common/background.h"
#include "i18n/localeformat.h"
#include "store/attestationrepository.h"
#include "store/attestationrules.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace bulkhead::ui {

namespace {

enum FileColumn { NameColumn, SizeColumn, ShaColumn };

struct FileRead {
    QByteArray bytes;
    QString sha256;
    QString error;
};

// On a worker: the file's bytes and their SHA-256, or why it cannot be attached. The size is
// checked before reading, so that a huge file is refused unread.
FileRead readFile(const QString &path)
{
    FileRead r;
    const QFileInfo info(path);
    const std::string name = info.fileName().toStdString();
    if (!info.isFile()) {
        r.error = AttestationDialog::tr("evidence file %1 %2")
                      .arg(info.fileName(), info.exists() ? AttestationDialog::tr("is not a regular file")
                                                          : AttestationDialog::tr("does not exist"));
        return r;
    }
    if (info.size() > kAttestationFileLimit) {
        r.error = QString::fromStdString(attestationFileTooLarge(name, info.size()));
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = AttestationDialog::tr("evidence file %1: %2").arg(info.fileName(), file.errorString());
        return r;
    }
    // One byte more than the limit tells a file that grew since the check.
    r.bytes = file.read(kAttestationFileLimit + 1);
    if (r.bytes.size() > kAttestationFileLimit) {
        r.error = QString::fromStdString(attestationFileTooLarge(name, file.size()));
        r.bytes.clear();
        return r;
    }
    r.sha256 = QString::fromLatin1(QCryptographicHash::hash(r.bytes, QCryptographicHash::Sha256).toHex());
    return r;
}

struct SaveResult {
    qint64 id = 0;
    QString error;
};

QString modeText(AttestationMode mode)
{
    switch (mode) {
    case AttestationMode::Fallback:
        return AttestationDialog::tr("An attestation counts while Bulkhead has no evidence to assess this control.");
    case AttestationMode::Alternative:
        return AttestationDialog::tr("A valid attestation suffices, even where Bulkhead's own evidence falls short.");
    case AttestationMode::Required:
        return AttestationDialog::tr("Part of this control cannot be seen by Bulkhead: it needs an attestation as well as "
                                     "the evidence.");
    }
    return {};
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

AttestationDialog::AttestationDialog(QString storePath, ControlDefinition control, QWidget *parent)
    : QDialog(parent), m_storePath(std::move(storePath)), m_control(std::move(control))
{
    const QString id = QString::fromStdString(m_control.id);
    setWindowTitle(tr("Attest %1").arg(id));

    auto *title = wrappedLabel(tr("%1 · %2").arg(id, QString::fromStdString(m_control.title)), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    auto *practice = wrappedLabel(QString::fromStdString(m_control.practice), this);
    practice->setObjectName(QStringLiteral("practiceLabel"));
    auto *mode = wrappedLabel(modeText(m_control.attestation), this);
    QLabel *hint = nullptr;
    if (!m_control.attestationHint.empty()) {
        hint = wrappedLabel(tr("The attestation must show: %1").arg(QString::fromStdString(m_control.attestationHint)),
                            this);
        hint->setObjectName(QStringLiteral("hintLabel"));
        QFont italic = hint->font();
        italic.setItalic(true);
        hint->setFont(italic);
    }

    m_status = new QComboBox(this);
    m_status->addItem(tr("Pass: the control is met"), static_cast<int>(AttestationStatus::Pass));
    m_status->addItem(tr("Partial: met in part"), static_cast<int>(AttestationStatus::Partial));
    m_status->addItem(tr("Fail: the control is not met"), static_cast<int>(AttestationStatus::Fail));
    m_status->addItem(tr("Withdrawn: end the current attestation"), static_cast<int>(AttestationStatus::Withdrawn));
    connect(m_status, &QComboBox::currentIndexChanged, this, &AttestationDialog::updateState);

    m_evidence = new QPlainTextEdit(this);
    m_evidence->setTabChangesFocus(true);
    m_evidence->setPlaceholderText(tr("What shows it: a configuration reviewed, a report, a ticket; who checked, and where"));
    m_evidence->setFixedHeight(m_evidence->fontMetrics().lineSpacing() * 5);
    connect(m_evidence, &QPlainTextEdit::textChanged, this, &AttestationDialog::updateState);

    m_links = new QListWidget(this);
    m_links->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_links->setFixedHeight(m_links->fontMetrics().lineSpacing() * 4);
    m_linkEdit = new QLineEdit(this);
    m_linkEdit->setPlaceholderText(QStringLiteral("https://"));
    m_linkEdit->installEventFilter(this); // Return adds the link instead of pressing OK
    m_addLink = new QPushButton(tr("Add &link"), this);
    m_addLink->setAutoDefault(false);
    m_removeLink = new QPushButton(tr("Remove"), this);
    m_removeLink->setAutoDefault(false);
    connect(m_linkEdit, &QLineEdit::textChanged, this, &AttestationDialog::updateState);
    connect(m_addLink, &QPushButton::clicked, this, &AttestationDialog::addPendingLink);
    connect(m_removeLink, &QPushButton::clicked, this, &AttestationDialog::removeSelectedLinks);
    connect(m_links, &QListWidget::itemSelectionChanged, this, &AttestationDialog::updateState);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_linkEdit, 1);
    linkRow->addWidget(m_addLink);
    linkRow->addWidget(m_removeLink);
    auto *linkBox = new QVBoxLayout;
    linkBox->addWidget(m_links);
    linkBox->addLayout(linkRow);

    m_fileTree = new QTreeWidget(this);
    m_fileTree->setColumnCount(3);
    m_fileTree->setHeaderLabels({tr("Name"), tr("Size"), tr("SHA-256")});
    m_fileTree->setRootIsDecorated(false);
    m_fileTree->setTextElideMode(Qt::ElideMiddle); // a hash is compared by its ends
    m_fileTree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileTree->setFixedHeight(m_fileTree->fontMetrics().lineSpacing() * 6);
    m_fileTree->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_fileTree->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_fileTree->header()->setStretchLastSection(true);
    m_fileTree->setColumnWidth(NameColumn, 160);
    auto *addFile = new QPushButton(tr("Add &files…"), this);
    addFile->setAutoDefault(false);
    m_removeFile = new QPushButton(tr("Remove"), this);
    m_removeFile->setAutoDefault(false);
    connect(addFile, &QPushButton::clicked, this, &AttestationDialog::chooseFiles);
    connect(m_removeFile, &QPushButton::clicked, this, &AttestationDialog::removeSelectedFiles);
    connect(m_fileTree, &QTreeWidget::itemSelectionChanged, this, &AttestationDialog::updateState);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(wrappedLabel(tr("Each file up to %1 MiB; stored in the store with its SHA-256.")
                                        .arg(kAttestationFileLimit / (1024 * 1024)),
                                    this),
                       1);
    fileRow->addWidget(addFile);
    fileRow->addWidget(m_removeFile);
    auto *fileBox = new QVBoxLayout;
    fileBox->addWidget(m_fileTree);
    fileBox->addLayout(fileRow);

    m_expiry = new QDateEdit(defaultExpiry(), this);
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(i18n::localDateFormat()); // as the locale writes dates; ISO under C
    m_expiry->setMinimumDate(QDate::currentDate()); // today is shown, and refused, with a reason
    connect(m_expiry, &QDateEdit::dateChanged, this, &AttestationDialog::updateState);

    auto *form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Evidence:"), m_evidence);
    form->addRow(tr("Links:"), linkBox);
    form->addRow(tr("Files:"), fileBox);
    form->addRow(tr("E&xpires on:"), m_expiry);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(warn);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Record attestation"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AttestationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttestationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(practice);
    layout->addWidget(mode);
    if (hint)
        layout->addWidget(hint);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(780); // room for a whole SHA-256

    m_evidence->setFocus();
    updateState();
}

QDate AttestationDialog::defaultExpiry()
{
    return QDate::currentDate().addYears(1);
}

bool AttestationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_linkEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addPendingLink();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString AttestationDialog::linkProblem(const QString &link) const
{
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || link.contains(QLatin1Char(' ')) || url.isRelative())
        return tr("“%1” is not a link; write it whole, e.g. https://wiki.example/etcd-encryption").arg(link);
    return {};
}

void AttestationDialog::addLink(const QString &link)
{
    const QString text = link.trimmed();
    if (text.isEmpty() || !linkProblem(text).isEmpty())
        return;
    m_links->addItem(text);
    updateState();
}

void AttestationDialog::addPendingLink()
{
    const QString text = m_linkEdit->text().trimmed();
    if (text.isEmpty() || !linkProblem(text).isEmpty())
        return;
    addLink(text);
    m_linkEdit->clear();
}

void AttestationDialog::removeSelectedLinks()
{
    qDeleteAll(m_links->selectedItems());
    updateState();
}

void AttestationDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach evidence files"));
    addFiles(paths);
}

void AttestationDialog::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        File f;
        f.serial = ++m_nextSerial;
        f.path = path;
        m_files.push_back(f);
        auto *item = new QTreeWidgetItem(m_fileTree);
        item->setToolTip(NameColumn, path);
        showFile(m_files.size() - 1);
        runInBackground<FileRead>(this, [path] { return readFile(path); },
                                  [this, serial = f.serial, path](FileRead r) {
                                      fileDone(serial, std::move(r.bytes), r.sha256, r.error);
                                      Q_EMIT fileRead(path);
                                  });
    }
    updateState();
}

void AttestationDialog::fileDone(int serial, QByteArray bytes, QString sha256, QString error)
{
    const auto it = std::find_if(m_files.begin(), m_files.end(), [serial](const File &f) { return f.serial == serial; });
    if (it == m_files.end())
        return; // removed while it was read
    it->pending = false;
    it->bytes = std::move(bytes);
    it->sha256 = std::move(sha256);
    it->error = std::move(error);
    showFile(static_cast<std::size_t>(it - m_files.begin()));
    updateState();
}

void AttestationDialog::showFile(std::size_t index)
{
    const File &f = m_files[index];
    QTreeWidgetItem *item = m_fileTree->topLevelItem(static_cast<int>(index));
    item->setText(NameColumn, QFileInfo(f.path).fileName());
    if (f.pending) {
        item->setText(SizeColumn, QStringLiteral("…"));
        item->setText(ShaColumn, tr("reading…"));
        return;
    }
    if (!f.error.isEmpty()) {
        item->setText(SizeColumn, QString());
        item->setText(ShaColumn, f.error);
        item->setForeground(ShaColumn, QColor(0xb0, 0x1c, 0x1c));
        item->setToolTip(ShaColumn, f.error);
        return;
    }
    item->setText(SizeColumn, QLocale().formattedDataSize(f.bytes.size()));
    item->setToolTip(SizeColumn, tr("%Ln bytes", nullptr, int(f.bytes.size())));
    item->setText(ShaColumn, f.sha256);
    item->setFont(ShaColumn, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    item->setToolTip(ShaColumn, f.sha256);
}

void AttestationDialog::removeSelectedFiles()
{
    // From the last row up, so that the rows still to remove keep their index.
    QList<int> rows;
    for (QTreeWidgetItem *item : m_fileTree->selectedItems())
        rows.append(m_fileTree->indexOfTopLevelItem(item));
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows) {
        delete m_fileTree->takeTopLevelItem(row);
        m_files.erase(m_files.begin() + row);
    }
    updateState();
}

QString AttestationDialog::problem() const
{
    if (m_saving)
        return tr("Recording…");
    const auto status = static_cast<AttestationStatus>(m_status->currentData().toInt());
    if (status != AttestationStatus::Withdrawn && m_evidence->toPlainText().trimmed().isEmpty())
        return tr("Describe the evidence: what shows that the control is met.");
    if (const QString link = m_linkEdit->text().trimmed(); !link.isEmpty()) {
        if (const QString why = linkProblem(link); !why.isEmpty())
            return why;
    }
    for (const File &f : m_files) {
        if (f.pending)
            return tr("Reading %1…").arg(QFileInfo(f.path).fileName());
        if (!f.error.isEmpty())
            return tr("%1. Remove it to go on.").arg(f.error);
    }
    if (status != AttestationStatus::Withdrawn && m_expiry->date() <= QDate::currentDate())
        return tr("The expiry date must be in the future.");
    return {};
}

Attestation AttestationDialog::attestation() const
{
    Attestation a;
    a.control = m_control.id;
    a.status = static_cast<AttestationStatus>(m_status->currentData().toInt());
    a.evidence = m_evidence->toPlainText().trimmed().toStdString();
    for (int i = 0; i < m_links->count(); ++i)
        a.links.push_back(m_links->item(i)->text().toStdString());
    // A link typed but not added yet was meant to be there.
    if (const QString pending = m_linkEdit->text().trimmed(); !pending.isEmpty() && linkProblem(pending).isEmpty())
        a.links.push_back(pending.toStdString());
    a.expiresAt = QDateTime(m_expiry->date(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    // A withdrawal never counts; its expiry only has to follow it.
    if (a.status == AttestationStatus::Withdrawn && m_expiry->date() <= QDate::currentDate())
        a.expiresAt = QDateTime(defaultExpiry(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (const File &f : m_files) {
        AttestationFile file;
        file.name = QFileInfo(f.path).fileName().toStdString();
        file.sha256 = f.sha256.toStdString();
        file.size = f.bytes.size();
        a.files.push_back(std::move(file));
    }
    return a;
}

void AttestationDialog::accept()
{
    if (m_saving || !isComplete())
        return;
    Attestation a = attestation();
    a.files.clear(); // the repository lists what it stores
    a.attestedAt = QDateTime::currentSecsSinceEpoch();
    // Shared, not copied: up to 20 MiB per file.
    auto files = std::make_shared<std::vector<AttestationFileInput>>();
    for (const File &f : m_files)
        files->push_back({QFileInfo(f.path).fileName().toStdString(), f.bytes.toStdString()});
    m_saving = true;
    m_saveError.clear();
    updateState();
    const QString store = m_storePath;
    runInBackground<SaveResult>(
        this,
        [store, a, files] {
            SaveResult r;
            try {
                Database db = Database::open(store.toStdString());
                r.id = AttestationRepository(db).add(a, *files);
            } catch (const std::exception &e) {
                r.error = QString::fromStdString(e.what());
            }
            return r;
        },
        [this](SaveResult r) {
            m_saving = false;
            if (!r.error.isEmpty()) {
                m_saveError = tr("Nothing was recorded: %1").arg(r.error);
                updateState();
                Q_EMIT saveFailed(r.error);
                return;
            }
            Q_EMIT attested(r.id);
            QDialog::accept();
        });
}

void AttestationDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}

void AttestationDialog::updateState()
{
    const auto status = static_cast<AttestationStatus>(m_status->currentData().toInt());
    m_expiry->setEnabled(status != AttestationStatus::Withdrawn && !m_saving);
    const QString link = m_linkEdit->text().trimmed();
    m_addLink->setEnabled(!link.isEmpty() && linkProblem(link).isEmpty());
    m_removeLink->setEnabled(!m_links->selectedItems().isEmpty());
    m_removeFile->setEnabled(!m_fileTree->selectedItems().isEmpty() && !m_saving);
    // A failed write is shown until the next edit (a signal from a field); OK stays enabled to
    // try again.
    if (sender())
        m_saveError.clear();
    const QString why = problem();
    const QString text = why.isEmpty() ? m_saveError : why;
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_ok->setEnabled(why.isEmpty());
}

} // namespace bulkhead::ui
