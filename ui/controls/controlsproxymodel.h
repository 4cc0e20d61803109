#pragma once

#include "controls/controlarea.h"
#include "controls/controlstatus.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace bulkhead::ui {

// Filters the controls table by area, status and text (id, title, practice, explanation; every
// word must occur) and orders it by ControlsListModel::SortRole.
class ControlsProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlsProxyModel)

public:
    explicit ControlsProxyModel(QObject *parent = nullptr);

    void setArea(std::optional<ControlArea> area);
    void setStatus(std::optional<ControlStatus> status);
    void setText(const QString &text);
    std::optional<ControlArea> area() const { return m_area; }
    std::optional<ControlStatus> status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<ControlArea> m_area;
    std::optional<ControlStatus> m_status;
    QStringList m_words;
};

} // namespace bulkhead::ui
