#pragma once

#include "store/rbacrepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace bulkhead::ui {

// The subjects list's filter controls, collected into an RbacSubjectFilter (the cluster is the
// page's, chosen above the tabs): text (subject name or namespace), kind, "only risky", and
// whether the subjects only the API server's default (bootstrap) bindings reach show (hidden by
// default). Typing is debounced, as in the other filter bars.
class RbacFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RbacFilterBar)

public:
    explicit RbacFilterBar(QWidget *parent = nullptr);

    RbacSubjectFilter filter() const; // cluster left empty

    QLineEdit *searchField() const { return m_search; }
    QComboBox *kindCombo() const { return m_kind; }
    QCheckBox *onlyRiskyCheck() const { return m_onlyRisky; }
    QCheckBox *showDefaultsCheck() const { return m_showDefaults; }

Q_SIGNALS:
    void filterChanged();

private:
    void changed();

    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_onlyRisky = nullptr;
    QCheckBox *m_showDefaults = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace bulkhead::ui
