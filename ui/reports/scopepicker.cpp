#include "reports/scopepicker.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>

#include <algorithm>

namespace bulkhead::ui {

namespace {

constexpr int kNameRole = Qt::UserRole + 1;

QString fieldTitle(ScopePicker::Field field)
{
    switch (field) {
    case ScopePicker::Sources: return ScopePicker::tr("&Sources and scanners");
    case ScopePicker::Clusters: return ScopePicker::tr("&Clusters");
    case ScopePicker::Namespaces: return ScopePicker::tr("&Namespaces");
    case ScopePicker::Registries: return ScopePicker::tr("Re&gistries");
    case ScopePicker::FieldCount: break;
    }
    return {};
}

QString fieldObjectName(ScopePicker::Field field)
{
    static const char *names[] = {"scopeSources", "scopeClusters", "scopeNamespaces", "scopeRegistries"};
    return QString::fromLatin1(names[field]);
}

} // namespace

ScopePicker::ScopePicker(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int f = 0; f < FieldCount; ++f) {
        auto *list = new QListWidget(this);
        list->setObjectName(fieldObjectName(Field(f)));
        list->setAccessibleName(fieldTitle(Field(f)).remove(QLatin1Char('&')));
        list->setMinimumHeight(list->fontMetrics().height() * 8);
        list->setUniformItemSizes(true);
        auto *title = new QLabel(fieldTitle(Field(f)), this);
        title->setBuddy(list);
        m_lists[f] = list;
        m_titles[f] = title;
        grid->addWidget(title, 0, f);
        grid->addWidget(list, 1, f);
        grid->setColumnStretch(f, 1);
        connect(list, &QListWidget::itemChanged, this, [this] {
            updateSummary();
            Q_EMIT scopeChanged();
        });
    }
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scopeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    grid->addWidget(m_summary, 2, 0, 1, FieldCount);
    setLoading();
}

void ScopePicker::setLoading()
{
    m_loaded = false;
    for (QListWidget *list : m_lists) {
        list->clear();
        list->setEnabled(false);
    }
    m_summary->setText(tr("Reading the store's sources, clusters, namespaces and registries…"));
}

void ScopePicker::setError(const QString &error)
{
    m_loaded = false;
    for (QListWidget *list : m_lists) {
        list->clear();
        list->setEnabled(false);
    }
    m_summary->setText(tr("The scope cannot be chosen: %1. The report covers the whole store.").arg(error));
}

void ScopePicker::setChoices(const ReportScopeChoices &choices)
{
    const ReportScope kept = m_loaded ? scope() : m_wanted;
    fill(Sources, choices.sources);
    fill(Clusters, choices.clusters);
    fill(Namespaces, choices.namespaces);
    fill(Registries, choices.registries);
    m_loaded = true;
    setScope(kept);
}

void ScopePicker::fill(Field field, const std::vector<ScopeChoice> &choices)
{
    QListWidget *list = m_lists[field];
    const QSignalBlocker block(list);
    list->clear();
    for (const ScopeChoice &choice : choices) {
        const QString name = QString::fromStdString(choice.name);
        const QString detail = QString::fromStdString(choice.detail);
        auto *item = new QListWidgetItem(detail.isEmpty() ? name : tr("%1 (%2)").arg(name, detail), list);
        item->setData(kNameRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(item->text());
    }
    if (choices.empty()) {
        auto *none = new QListWidgetItem(tr("None in this store"), list);
        none->setFlags(Qt::NoItemFlags);
    }
    list->setEnabled(!choices.empty());
}

std::vector<std::string> ScopePicker::checked(Field field) const
{
    std::vector<std::string> names;
    const QListWidget *list = m_lists[field];
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked)
            names.push_back(item->data(kNameRole).toString().toStdString());
    }
    return names;
}

void ScopePicker::check(Field field, const std::vector<std::string> &names)
{
    QListWidget *list = m_lists[field];
    const QSignalBlocker block(list);
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (!(item->flags() & Qt::ItemIsUserCheckable))
            continue;
        const std::string name = item->data(kNameRole).toString().toStdString();
        const bool on = std::find(names.begin(), names.end(), name) != names.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

ReportScope ScopePicker::scope() const
{
    ReportScope s;
    s.sources = checked(Sources);
    s.clusters = checked(Clusters);
    s.namespaces = checked(Namespaces);
    s.registries = checked(Registries);
    return s;
}

void ScopePicker::setScope(const ReportScope &scope)
{
    m_wanted = scope;
    check(Sources, scope.sources);
    check(Clusters, scope.clusters);
    check(Namespaces, scope.namespaces);
    check(Registries, scope.registries);
    updateSummary();
    Q_EMIT scopeChanged();
}

void ScopePicker::updateSummary()
{
    const ReportScope s = scope();
    for (int f = 0; f < FieldCount; ++f) {
        const std::size_t n = checked(Field(f)).size();
        const QString title = fieldTitle(Field(f));
        m_titles[f]->setText(n == 0 ? title : tr("%1 (%2 chosen)").arg(title).arg(n));
    }
    m_summary->setText(s.empty() ? tr("Scope: the whole store (nothing chosen). Lists combine with AND, the names "
                                      "within one list with OR.")
                                 : tr("Scope: %1").arg(QString::fromStdString(s.describe())));
}

} // namespace bulkhead::ui
