#pragma once

#include "store/findingfilter.h"
#include "store/findingrepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace bulkhead::ui {

class MultiSelectButton;

// The findings view's filter controls. Edits are collected into a FindingFilter; typing is
// debounced so a search runs once per pause, not per key.
class FindingsFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsFilterBar)

public:
    explicit FindingsFilterBar(QWidget *parent = nullptr);

    FindingFilter filter() const; // sla and now are left to the caller
    void setFilter(const FindingFilter &filter);
    void setChoices(const FindingFilterChoices &choices);
    // The filter a triage session starts from: open and confirmed findings.
    static FindingFilter defaultFilter();

    std::optional<FindingGroupBy> groupBy() const;
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void filterChanged();
    void groupByChanged();

private:
    void changed();

    QLineEdit *m_search = nullptr;
    MultiSelectButton *m_severity = nullptr;
    MultiSelectButton *m_status = nullptr;
    MultiSelectButton *m_kind = nullptr;
    MultiSelectButton *m_source = nullptr;
    MultiSelectButton *m_namespace = nullptr;
    MultiSelectButton *m_control = nullptr;
    QLineEdit *m_asset = nullptr;
    QComboBox *m_fix = nullptr;
    QCheckBox *m_overdue = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_groupBy = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_updating = false;
    FindingFilter m_hidden; // parts with no control of their own (drill-down ids, expiry window)
};

} // namespace bulkhead::ui
