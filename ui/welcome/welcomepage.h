#pragma once

#include <QWidget>

class QPushButton;

namespace bulkhead::ui {

// First run on an empty store: the actions that fill it: importing reports, adding a registry or
// a cluster. An action that is still to come is shown disabled with the feature that brings it,
// so a new user sees where the product is going without finding dead buttons.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(const QString &storePath, QWidget *parent = nullptr);

    QPushButton *importFilesButton() const { return m_importFiles; }
    QPushButton *importFolderButton() const { return m_importFolder; }
    QPushButton *addClusterButton() const { return m_addCluster; }
    QPushButton *addRegistryButton() const { return m_addRegistry; }

Q_SIGNALS:
    void importFilesRequested();
    void importFolderRequested();
    void addRegistryRequested();
    void addClusterRequested();

private:
    QPushButton *m_importFiles = nullptr;
    QPushButton *m_importFolder = nullptr;
    QPushButton *m_addCluster = nullptr;
    QPushButton *m_addRegistry = nullptr;
};

} // namespace bulkhead::ui
