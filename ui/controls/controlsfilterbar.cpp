#include "controls/controlsfilterbar.h"

#include "controls/controlstext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace bulkhead::ui {

ControlsFilterBar::ControlsFilterBar(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("controlsSearch"));
    m_search->setPlaceholderText(tr("Search controls (id, practice, explanation)  Ctrl+F"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search controls"));

    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("controlsArea"));
    m_area->setAccessibleName(tr("Area"));
    m_area->addItem(tr("All areas"), -1);
    for (ControlArea a : kControlAreas)
        m_area->addItem(controlstext::areaTitle(a), static_cast<int>(a));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("controlsStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), -1);
    // Worst first, as the table's default order.
    for (ControlStatus s : {ControlStatus::Fail, ControlStatus::Partial, ControlStatus::NotAssessed,
                            ControlStatus::Attested, ControlStatus::Pass})
        m_status->addItem(controlstext::statusLabel(s), static_cast<int>(s));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    auto *areaLabel = new QLabel(tr("&Area:"), this);
    areaLabel->setBuddy(m_area);
    layout->addWidget(areaLabel);
    layout->addWidget(m_area);
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    layout->addWidget(statusLabel);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &ControlsFilterBar::filterChanged);
    connect(m_area, &QComboBox::currentIndexChanged, this, &ControlsFilterBar::filterChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ControlsFilterBar::filterChanged);
}

QString ControlsFilterBar::text() const
{
    return m_search->text();
}

std::optional<ControlArea> ControlsFilterBar::area() const
{
    const int v = m_area->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional(static_cast<ControlArea>(v));
}

std::optional<ControlStatus> ControlsFilterBar::status() const
{
    const int v = m_status->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional(static_cast<ControlStatus>(v));
}

void ControlsFilterBar::setArea(std::optional<ControlArea> area)
{
    const QSignalBlocker block(m_area);
    m_area->setCurrentIndex(m_area->findData(area ? static_cast<int>(*area) : -1));
}

void ControlsFilterBar::setStatus(std::optional<ControlStatus> status)
{
    const QSignalBlocker block(m_status);
    m_status->setCurrentIndex(m_status->findData(status ? static_cast<int>(*status) : -1));
}

} // namespace bulkhead::ui
