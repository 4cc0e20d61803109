#pragma once

#include "store/secretrepository.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace bulkhead::ui {

// One secret in full beside the Secrets table: where it lives, its age and the signal the age
// rests on (with what that signal is worth), the policy decision and due date, the workloads
// using it and how, and for Vault the version history. Filled from a SecretRow read on the
// page's worker (the pane itself reads nothing).
class SecretDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDetailPane)

public:
    explicit SecretDetailPane(QWidget *parent = nullptr);

    void showSecret(const SecretRow &row, std::int64_t now);
    void showMessage(const QString &message); // nothing chosen, loading, gone, an error
    std::optional<std::int64_t> secretId() const { return m_id; }

    QLabel *titleLabel() const { return m_title; }
    QTableWidget *usesTable() const { return m_uses; }
    QTableWidget *versionsTable() const { return m_versions; }
    // The pane's facts as text ("Age from: managedFields (…)"), for tests and the clipboard.
    QString factsText() const;

private:
    void addFact(const QString &label, const QString &value, const QString &toolTip = {});

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QWidget *m_factsBox = nullptr;
    QFormLayout *m_facts = nullptr;
    QLabel *m_usesHeading = nullptr;
    QLabel *m_usesNote = nullptr;
    QTableWidget *m_uses = nullptr;
    QLabel *m_versionsHeading = nullptr;
    QTableWidget *m_versions = nullptr;
    std::optional<std::int64_t> m_id;
};

} // namespace bulkhead::ui
