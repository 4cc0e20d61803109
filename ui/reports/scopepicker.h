#pragma once

#include "report/reportscope.h"
#include "report/reportscopechoices.h"

#include <QWidget>

#include <array>

class QLabel;
class QListWidget;

namespace bulkhead::ui {

// The scope of a report or export, picked from what the store knows: four checkable lists
// (sources and scanners, clusters, namespaces, registries) filled by setChoices(). Nothing
// checked in a list leaves that field open; nothing checked at all is the whole store. The line
// under the lists says the scope as the report's title page will.
class ScopePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopePicker)

public:
    enum Field { Sources, Clusters, Namespaces, Registries, FieldCount };

    explicit ScopePicker(QWidget *parent = nullptr);

    void setLoading();
    void setError(const QString &error);
    void setChoices(const ReportScopeChoices &choices);
    bool hasChoices() const { return m_loaded; }

    ReportScope scope() const;
    // Checks the named items (names the store does not know are dropped). Before the choices
    // arrive it is kept and applied to them.
    void setScope(const ReportScope &scope);

    QListWidget *list(Field field) const { return m_lists[field]; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void scopeChanged();

private:
    void fill(Field field, const std::vector<ScopeChoice> &choices);
    std::vector<std::string> checked(Field field) const;
    void check(Field field, const std::vector<std::string> &names);
    void updateSummary();

    std::array<QListWidget *, FieldCount> m_lists{};
    std::array<QLabel *, FieldCount> m_titles{};
    QLabel *m_summary = nullptr;
    ReportScope m_wanted; // setScope() before the choices arrived
    bool m_loaded = false;
};

} // namespace bulkhead::ui
