#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace bulkhead::ui {

class SourcesModel;

// "Sources": every registry, cluster and vault source with its last collection, and the buttons to
// add (a registry, a cluster or a Vault), edit, remove and collect them. Reads and writes run off the GUI thread; collecting is asked of the
// main window (collectRequested), which runs it as a job.
class SourcesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesDialog)

public:
    explicit SourcesDialog(const QString &storePath, QWidget *parent = nullptr);

    SourcesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void collectRequested(const QStringList &sourceNames); // empty: all
    void sourcesChanged(); // added, edited or removed
    void loaded();

private:
    QString selectedName() const;
    QStringList names() const;
    template <typename Dialog>
    void openSourceDialog(Dialog *dialog);
    void addSource();
    void addCluster();
    void addVault();
    void editSource();
    void removeSource();
    void updateButtons();

    QString m_storePath;
    SourcesModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_collect = nullptr;
    QPushButton *m_collectAll = nullptr;
};

} // namespace bulkhead::ui
