#include "controls/controlsproxymodel.h"

#include "controls/controlslistmodel.h"

namespace bulkhead::ui {

ControlsProxyModel::ControlsProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ControlsListModel::SortRole);
}

void ControlsProxyModel::setArea(std::optional<ControlArea> area)
{
    m_area = area;
    invalidateFilter();
}

void ControlsProxyModel::setStatus(std::optional<ControlStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void ControlsProxyModel::setText(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool ControlsProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_area && index.data(ControlsListModel::AreaRole).toInt() != static_cast<int>(*m_area))
        return false;
    if (m_status && index.data(ControlsListModel::StatusRole).toInt() != static_cast<int>(*m_status))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(ControlsListModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace bulkhead::ui
