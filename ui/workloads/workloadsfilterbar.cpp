#include "workloads/workloadsfilterbar.h"

#include "workloads/workloadtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace bulkhead::ui {

namespace {

std::string currentValue(const QComboBox *combo)
{
    return combo->currentData().toString().toStdString();
}

void selectValue(QComboBox *combo, const std::string &value)
{
    const int i = combo->findData(QString::fromStdString(value));
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

WorkloadsFilterBar::WorkloadsFilterBar(QWidget *parent) : QWidget(parent)
{
    m_cluster = new QComboBox(this);
    m_cluster->setObjectName(QStringLiteral("workloadsCluster"));
    m_cluster->setAccessibleName(tr("Cluster"));
    m_cluster->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_namespace = new QComboBox(this);
    m_namespace->setObjectName(QStringLiteral("workloadsNamespace"));
    m_namespace->setAccessibleName(tr("Namespace"));
    m_namespace->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setChoices(m_cluster, tr("All clusters"), {});
    setChoices(m_namespace, tr("All namespaces"), {});
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("workloadsSearch"));
    m_search->setPlaceholderText(tr("Search workload, namespace or image  ( / )"));
    m_search->setClearButtonEnabled(true);
    m_check = new QComboBox(this);
    m_check->setObjectName(QStringLiteral("workloadsFailingCheck"));
    m_check->setAccessibleName(tr("Failing check"));
    m_check->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_check->setMinimumContentsLength(24); // the list pops up as wide as its longest title
    m_check->addItem(tr("Failing: any check"), QString());
    for (std::string_view id : workloadCheckIds())
        m_check->addItem(tr("Failing: %1").arg(workloadtext::checkTitle(id)),
                         QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size())));
    m_onlyFailing = new QCheckBox(tr("Only &failing"), this);
    m_onlyFailing->setToolTip(tr("Only workloads that fail at least one check"));
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear filters"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cluster);
    layout->addWidget(m_namespace);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_check);
    layout->addWidget(m_onlyFailing);
    layout->addWidget(clear);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &WorkloadsFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            m_debounce->start();
    });
    connect(m_cluster, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        // Another cluster's namespaces are not this one's.
        m_updating = true;
        m_namespace->setCurrentIndex(0);
        m_updating = false;
        Q_EMIT clusterChanged();
        changed();
    });
    connect(m_namespace, &QComboBox::currentIndexChanged, this, &WorkloadsFilterBar::changed);
    connect(m_check, &QComboBox::currentIndexChanged, this, &WorkloadsFilterBar::changed);
    connect(m_onlyFailing, &QCheckBox::toggled, this, &WorkloadsFilterBar::changed);
    connect(clear, &QToolButton::clicked, this, [this] {
        const bool clusterWasSet = m_cluster->currentIndex() > 0;
        setFilter({});
        if (clusterWasSet)
            Q_EMIT clusterChanged();
        Q_EMIT filterChanged();
    });
}

void WorkloadsFilterBar::setChoices(QComboBox *combo, const QString &all, const std::vector<std::string> &values)
{
    const std::string current = combo->count() > 0 ? currentValue(combo) : std::string();
    combo->clear();
    combo->addItem(all, QString());
    for (const std::string &v : values)
        combo->addItem(QString::fromStdString(v), QString::fromStdString(v));
    selectValue(combo, current);
}

void WorkloadsFilterBar::changed()
{
    if (m_updating)
        return;
    m_debounce->stop();
    Q_EMIT filterChanged();
}

WorkloadFilter WorkloadsFilterBar::filter() const
{
    WorkloadFilter f;
    f.cluster = currentValue(m_cluster);
    f.nameSpace = currentValue(m_namespace);
    f.text = m_search->text().trimmed().toStdString();
    f.failingCheck = currentValue(m_check);
    f.onlyFailing = m_onlyFailing->isChecked();
    return f;
}

void WorkloadsFilterBar::setFilter(const WorkloadFilter &f)
{
    m_updating = true;
    // A value not offered yet (the choices arrive from the store later) is added, so that it holds.
    if (!f.cluster.empty() && m_cluster->findData(QString::fromStdString(f.cluster)) < 0)
        m_cluster->addItem(QString::fromStdString(f.cluster), QString::fromStdString(f.cluster));
    if (!f.nameSpace.empty() && m_namespace->findData(QString::fromStdString(f.nameSpace)) < 0)
        m_namespace->addItem(QString::fromStdString(f.nameSpace), QString::fromStdString(f.nameSpace));
    selectValue(m_cluster, f.cluster);
    selectValue(m_namespace, f.nameSpace);
    m_search->setText(QString::fromStdString(f.text));
    selectValue(m_check, f.failingCheck);
    m_onlyFailing->setChecked(f.onlyFailing);
    m_updating = false;
}

void WorkloadsFilterBar::setClusters(const std::vector<std::string> &clusters)
{
    m_updating = true;
    setChoices(m_cluster, tr("All clusters"), clusters);
    m_updating = false;
}

void WorkloadsFilterBar::setNamespaces(const std::vector<std::string> &namespaces)
{
    m_updating = true;
    setChoices(m_namespace, tr("All namespaces"), namespaces);
    m_updating = false;
}

} // namespace bulkhead::ui
