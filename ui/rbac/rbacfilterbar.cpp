#include "rbac/rbacfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace bulkhead::ui {

RbacFilterBar::RbacFilterBar(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("rbacSearch"));
    m_search->setPlaceholderText(tr("Search subject or namespace  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("rbacKind"));
    m_kind->setAccessibleName(tr("Subject kind"));
    m_kind->addItem(tr("All kinds"), -1);
    m_kind->addItem(tr("Users"), int(SubjectKind::User));
    m_kind->addItem(tr("Groups"), int(SubjectKind::Group));
    m_kind->addItem(tr("Service accounts"), int(SubjectKind::ServiceAccount));
    m_onlyRisky = new QCheckBox(tr("Only &risky"), this);
    m_onlyRisky->setToolTip(tr("Only subjects that a risky permission reaches"));
    m_showDefaults = new QCheckBox(tr("Show &defaults"), this);
    m_showDefaults->setToolTip(tr("Show the subjects only the API server's default (bootstrap) bindings reach: "
                                  "system:kube-controller-manager, system:node, the controllers' service accounts…"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_kind);
    layout->addWidget(m_onlyRisky);
    layout->addWidget(m_showDefaults);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &RbacFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RbacFilterBar::changed);
    connect(m_onlyRisky, &QCheckBox::toggled, this, &RbacFilterBar::changed);
    connect(m_showDefaults, &QCheckBox::toggled, this, &RbacFilterBar::changed);
}

void RbacFilterBar::changed()
{
    m_debounce->stop();
    Q_EMIT filterChanged();
}

RbacSubjectFilter RbacFilterBar::filter() const
{
    RbacSubjectFilter f;
    f.text = m_search->text().trimmed().toStdString();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        f.kind = static_cast<SubjectKind>(kind);
    f.onlyRisky = m_onlyRisky->isChecked();
    f.hideBootstrap = !m_showDefaults->isChecked();
    return f;
}

} // namespace bulkhead::ui
