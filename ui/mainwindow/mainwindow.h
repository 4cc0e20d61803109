#pragma once

#include <QMainWindow>

class QLabel;
class QTableView;

namespace bulkhead::ui {

class FindingsTableModel;

// The main window. For now: the store's findings in a paged table, with the store path and the
// finding count in the status bar. Views for every area of the design arrive with their issues.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const QString &storePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // False when the store could not be opened; the window then shows why.
    bool storeOpen() const { return m_storeOpen; }

private:
    void openStore();

    QString m_storePath;
    FindingsTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    bool m_storeOpen = false;
};

} // namespace bulkhead::ui
