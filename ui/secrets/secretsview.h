#pragma once

#include <QWidget>

class QTableView;

namespace bulkhead::ui {

class SecretsListModel;
class SecretsFilterBar;

// The Secrets page: filter bar (text, store, overdue, unused, via env), the paged table of
// secrets (name, store, origin, namespace/mount, type, age bar against its policy, age source,
// used by, how used, next due), an age distribution chart, and a detail pane (age signal, policy
// decision, uses, Vault version history). Until a cluster or vault source or an inventory exists it
// shows how to add one. Every store read runs off the GUI thread.
class SecretsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsView)

public:
    explicit SecretsView(const QString &storePath, QWidget *parent = nullptr);
    ~SecretsView() override;

    SecretsListModel *model() const;
    QTableView *table() const;
    SecretsFilterBar *filterBar() const;

public Q_SLOTS:
    void refresh(); // the store changed (a collection or import finished, policy changed)
    void focusSearch();

Q_SIGNALS:
    void addVaultRequested();
    void importInventoryRequested();

private:
    struct Private;
    Private *d;
};

} // namespace bulkhead::ui
