#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace bulkhead::ui {

// "Import secrets inventory": a CSV of secrets that live elsewhere (name, store, last_rotated,
// owner, policy_days) and the inventory's name (by default the file's base name; an existing
// inventory's name re-imports it, replacing its rows). The import (parse, store write and
// evaluation in one transaction) runs on a worker thread, judged by the saved secrets policy. A
// file with any problem imports nothing: the dialog then stays open and lists the problems with
// their line numbers; a good one closes it and emits imported() with the summary.
class InventoryImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryImportDialog)

public:
    explicit InventoryImportDialog(const QString &storePath, QWidget *parent = nullptr);

    void setFile(const QString &csvPath);
    QString file() const;
    QString inventoryName() const; // as typed, else the file's default name
    bool isImporting() const { return m_importing; }
    // The store's inventories are read (off the GUI thread) when the dialog opens.
    QStringList knownInventories() const { return m_known; }

    void accept() override; // starts the import; closes when it succeeded

    // Widgets, for tests.
    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *nameCombo() const { return m_name; }
    QLabel *noteLabel() const { return m_note; }
    QLabel *problemHeadline() const { return m_headline; }
    QPlainTextEdit *problemList() const { return m_problems; }
    QPushButton *importButton() const;

Q_SIGNALS:
    void inventoriesLoaded();
    void imported(const QString &summary);
    void importFailed(const QString &headline, const QString &details);

private:
    void updateState();
    void showFailure(const QString &headline, const QString &details);

    QString m_storePath;
    QStringList m_known;
    QString m_suggestedName; // the name made from the file; a name the user gave is kept
    bool m_importing = false;

    QLineEdit *m_file = nullptr;
    QComboBox *m_name = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_headline = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bulkhead::ui
