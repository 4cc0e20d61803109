#include "rbac/reviewfilterbar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace bulkhead::ui {

ReviewFilterBar::ReviewFilterBar(QWidget *parent) : QWidget(parent)
{
    m_needing = new QCheckBox(tr("&Needing review"), this);
    m_needing->setObjectName(QStringLiteral("reviewNeedingReview"));
    m_needing->setToolTip(tr("Never reviewed, due again, or changed since the last review"));
    m_needing->setChecked(true);
    m_risky = new QCheckBox(tr("Only ris&ky"), this);
    m_risky->setObjectName(QStringLiteral("reviewOnlyRisky"));
    m_bootstrap = new QCheckBox(tr("Show &default bindings"), this);
    m_bootstrap->setObjectName(QStringLiteral("reviewShowBootstrap"));
    m_bootstrap->setToolTip(tr("The API server's own bindings (system:*, kubernetes.io/bootstrapping=rbac-defaults): "
                               "it recreates them, so a review rarely changes anything"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("reviewSearch"));
    m_search->setPlaceholderText(tr("Search binding, role or subject"));
    m_search->setClearButtonEnabled(true);

    // A query per typed letter would outdate itself; wait for a pause.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        Q_EMIT filterChanged();
    });
    connect(m_typing, &QTimer::timeout, this, &ReviewFilterBar::filterChanged);
    for (QCheckBox *box : {m_needing, m_risky, m_bootstrap})
        connect(box, &QCheckBox::toggled, this, &ReviewFilterBar::filterChanged);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_needing);
    layout->addWidget(m_risky);
    layout->addWidget(m_bootstrap);
    layout->addWidget(m_search, 1);
}

RbacBindingFilter ReviewFilterBar::filter(const std::string &cluster) const
{
    RbacBindingFilter f;
    f.cluster = cluster;
    f.text = m_search->text().trimmed().toStdString();
    f.onlyNeedingReview = m_needing->isChecked();
    f.onlyRisky = m_risky->isChecked();
    f.hideBootstrap = !m_bootstrap->isChecked();
    return f;
}

} // namespace bulkhead::ui
