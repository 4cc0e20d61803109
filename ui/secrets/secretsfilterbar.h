#pragma once

#include "store/secretrepository.h"

#include <QWidget>

#include <string>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace bulkhead::ui {

// The Secrets page's filter controls, collected into a SecretFilter: store, origin (a cluster,
// vault source or inventory), text (name, location, origin or owner), and the three questions the
// page is for: overdue, unused, read through environment variables. Typing is debounced, as in
// the other filter bars.
class SecretsFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsFilterBar)

public:
    explicit SecretsFilterBar(QWidget *parent = nullptr);

    SecretFilter filter() const; // `now` left 0: the model sets it
    void setFilter(const SecretFilter &filter);
    // The origins offered ((store, origin) pairs); the current one stays chosen when still offered.
    void setOrigins(const std::vector<std::pair<std::string, std::string>> &origins);

    QComboBox *storeCombo() const { return m_store; }
    QComboBox *originCombo() const { return m_origin; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *overdueCheck() const { return m_overdue; }
    QCheckBox *unusedCheck() const { return m_unused; }
    QCheckBox *viaEnvCheck() const { return m_viaEnv; }

Q_SIGNALS:
    void filterChanged();

private:
    void changed();

    QComboBox *m_store = nullptr;
    QComboBox *m_origin = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_unused = nullptr;
    QCheckBox *m_viaEnv = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_updating = false;
};

} // namespace bulkhead::ui
