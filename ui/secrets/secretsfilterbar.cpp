#include "secrets/secretsfilterbar.h"

#include "secrets/secretstext.h"

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

SecretsFilterBar::SecretsFilterBar(QWidget *parent) : QWidget(parent)
{
    m_store = new QComboBox(this);
    m_store->setObjectName(QStringLiteral("secretsStore"));
    m_store->setAccessibleName(tr("Store"));
    m_store->addItem(tr("All stores"), QString());
    for (SecretStoreKind kind : {SecretStoreKind::Kubernetes, SecretStoreKind::Vault, SecretStoreKind::Inventory})
        m_store->addItem(secretstext::storeTitle(kind), QString::fromLatin1(secretStoreKindName(kind)));
    m_origin = new QComboBox(this);
    m_origin->setObjectName(QStringLiteral("secretsOrigin"));
    m_origin->setAccessibleName(tr("Origin"));
    m_origin->setToolTip(tr("A cluster or vault source, or an imported inventory"));
    m_origin->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_origin->addItem(tr("All origins"), QString());
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("secretsSearch"));
    m_search->setPlaceholderText(tr("Search name, namespace, mount, origin or owner  ( / )"));
    m_search->setClearButtonEnabled(true);
    m_overdue = new QCheckBox(tr("&Overdue"), this);
    m_overdue->setObjectName(QStringLiteral("secretsOverdue"));
    m_overdue->setToolTip(tr("Only secrets whose rotation is due or past due"));
    m_unused = new QCheckBox(tr("&Unused"), this);
    m_unused->setObjectName(QStringLiteral("secretsUnused"));
    m_unused->setToolTip(tr("Only Kubernetes secrets no workload uses (when every workload kind was listed); the "
                            "type column helps judge whether that is expected"));
    m_viaEnv = new QCheckBox(tr("Via &env"), this);
    m_viaEnv->setObjectName(QStringLiteral("secretsViaEnv"));
    m_viaEnv->setToolTip(tr("Only secrets read through environment variables (env or envFrom): SEC-5"));
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear filters"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_store);
    layout->addWidget(m_origin);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_overdue);
    layout->addWidget(m_unused);
    layout->addWidget(m_viaEnv);
    layout->addWidget(clear);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &SecretsFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            m_debounce->start();
    });
    connect(m_store, &QComboBox::currentIndexChanged, this, &SecretsFilterBar::changed);
    connect(m_origin, &QComboBox::currentIndexChanged, this, &SecretsFilterBar::changed);
    connect(m_overdue, &QCheckBox::toggled, this, &SecretsFilterBar::changed);
    connect(m_unused, &QCheckBox::toggled, this, &SecretsFilterBar::changed);
    connect(m_viaEnv, &QCheckBox::toggled, this, &SecretsFilterBar::changed);
    connect(clear, &QToolButton::clicked, this, [this] {
        setFilter({});
        Q_EMIT filterChanged();
    });
}

void SecretsFilterBar::changed()
{
    if (m_updating)
        return;
    m_debounce->stop();
    Q_EMIT filterChanged();
}

SecretFilter SecretsFilterBar::filter() const
{
    SecretFilter f;
    f.store = currentValue(m_store);
    f.origin = currentValue(m_origin);
    f.text = m_search->text().trimmed().toStdString();
    f.overdue = m_overdue->isChecked();
    f.unused = m_unused->isChecked();
    f.viaEnv = m_viaEnv->isChecked();
    return f;
}

void SecretsFilterBar::setFilter(const SecretFilter &f)
{
    m_updating = true;
    // An origin not offered yet (the choices arrive from the store later) is added, so that it holds.
    if (!f.origin.empty() && m_origin->findData(QString::fromStdString(f.origin)) < 0)
        m_origin->addItem(QString::fromStdString(f.origin), QString::fromStdString(f.origin));
    selectValue(m_store, f.store);
    selectValue(m_origin, f.origin);
    m_search->setText(QString::fromStdString(f.text));
    m_overdue->setChecked(f.overdue);
    m_unused->setChecked(f.unused);
    m_viaEnv->setChecked(f.viaEnv);
    m_updating = false;
}

void SecretsFilterBar::setOrigins(const std::vector<std::pair<std::string, std::string>> &origins)
{
    m_updating = true;
    const std::string current = currentValue(m_origin);
    m_origin->clear();
    m_origin->addItem(tr("All origins"), QString());
    for (const auto &[store, origin] : origins) {
        const QString value = QString::fromStdString(origin);
        if (m_origin->findData(value) >= 0)
            continue; // the same name in two stores: the filter is by name
        SecretStoreKind kind{};
        const QString label = parseSecretStoreKindName(store, kind)
            ? tr("%1 (%2)").arg(value, secretstext::storeTitle(kind))
            : value;
        m_origin->addItem(label, value);
    }
    selectValue(m_origin, current);
    m_updating = false;
}

} // namespace bulkhead::ui
