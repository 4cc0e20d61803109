#pragma once

#include "controls/controlarea.h"
#include "controls/controlstatus.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace bulkhead::ui {

// The Controls page's filters: text (id, title, practice, explanation), area and status.
class ControlsFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlsFilterBar)

public:
    explicit ControlsFilterBar(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QComboBox *areaCombo() const { return m_area; }
    QComboBox *statusCombo() const { return m_status; }
    QString text() const;
    std::optional<ControlArea> area() const;
    std::optional<ControlStatus> status() const;
    // Sets the choices without emitting filterChanged (a header tile, a test).
    void setArea(std::optional<ControlArea> area);
    void setStatus(std::optional<ControlStatus> status);

Q_SIGNALS:
    void filterChanged();

private:
    QLineEdit *m_search = nullptr;
    QComboBox *m_area = nullptr;
    QComboBox *m_status = nullptr;
};

} // namespace bulkhead::ui
