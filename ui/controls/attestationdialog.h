#pragma once

#include "controls/attestation.h"
#include "controls/controlcatalog.h"

#include <QByteArray>
#include <QDate>
#include <QDialog>
#include <QString>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace bulkhead::ui {

// Records an attestation of one control: status, evidence text, links, files (each read and
// hashed on a worker thread, shown with its size and SHA-256; the bytes hashed are the bytes
// stored), and an expiry a year ahead by default. OK stays disabled, with the reason under the
// fields, until AttestationRepository::add() would accept it; OK writes on a worker thread and
// the dialog closes once the row is written (attested(id)); a store error stays in the dialog.
class AttestationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttestationDialog)

public:
    AttestationDialog(QString storePath, bulkhead::ControlDefinition control, QWidget *parent = nullptr);

    // What "Add files…" does with the chosen paths: each is read and hashed off the GUI thread
    // (fileRead(path) when done).
    void addFiles(const QStringList &paths);
    void addLink(const QString &link);

    // Why OK is disabled; empty when the attestation is complete.
    QString problem() const;
    bool isComplete() const { return problem().isEmpty(); }
    // The attestation as entered (no id, author and time: the repository fills them in). It
    // ends when the chosen day begins (UTC), as `bulkheadctl attest --expires DATE`.
    bulkhead::Attestation attestation() const;
    static QDate defaultExpiry(); // today + 1 year

    QComboBox *statusCombo() const { return m_status; }
    QPlainTextEdit *evidenceEdit() const { return m_evidence; }
    QLineEdit *linkEdit() const { return m_linkEdit; }
    QListWidget *linkList() const { return m_links; }
    QTreeWidget *fileTree() const { return m_fileTree; }
    QDateEdit *expiryEdit() const { return m_expiry; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }

public Q_SLOTS:
    void accept() override;
    void reject() override; // not while the write runs: it cannot be taken back

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void attested(qint64 id);
    void saveFailed(const QString &error);
    void fileRead(const QString &path);

private:
    // One file added: read on a worker, then kept with the bytes that were hashed.
    struct File {
        int serial = 0; // matches a worker's answer to the file (which may have been removed since)
        QString path;
        bool pending = true;
        QByteArray bytes;
        QString sha256;
        QString error; // too large, unreadable
    };

    void chooseFiles();
    void removeSelectedFiles();
    void removeSelectedLinks();
    void addPendingLink();
    void updateState();
    void showFile(std::size_t index);
    void fileDone(int serial, QByteArray bytes, QString sha256, QString error);
    QString linkProblem(const QString &link) const;

    QString m_storePath;
    bulkhead::ControlDefinition m_control;
    std::vector<File> m_files;
    int m_nextSerial = 0;
    bool m_saving = false;
    QString m_saveError;

    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_evidence = nullptr;
    QListWidget *m_links = nullptr;
    QLineEdit *m_linkEdit = nullptr;
    QPushButton *m_addLink = nullptr;
    QTreeWidget *m_fileTree = nullptr;
    QPushButton *m_removeFile = nullptr;
    QPushButton *m_removeLink = nullptr;
    QDateEdit *m_expiry = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace bulkhead::ui
