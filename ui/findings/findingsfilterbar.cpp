#include "findings/findingsfilterbar.h"

#include "findings/multiselectbutton.h"
#include "i18n/localeformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bulkhead::ui {

namespace {

const QDate kNoDate(2000, 1, 1); // the date edits' "any" value

template <typename T>
QVariantList toVariants(const std::vector<T> &values)
{
    QVariantList out;
    for (const T &v : values) {
        if constexpr (std::is_enum_v<T>)
            out << static_cast<int>(v);
        else
            out << QString::fromStdString(v);
    }
    return out;
}

template <typename T>
std::vector<T> fromVariants(const QVariantList &values)
{
    std::vector<T> out;
    for (const QVariant &v : values) {
        if constexpr (std::is_enum_v<T>)
            out.push_back(static_cast<T>(v.toInt()));
        else
            out.push_back(v.toString().toStdString());
    }
    return out;
}

QList<QPair<QString, QVariant>> stringChoices(const std::vector<std::string> &values)
{
    QList<QPair<QString, QVariant>> out;
    for (const std::string &v : values)
        out.append({QString::fromStdString(v), QString::fromStdString(v)});
    return out;
}

QDateEdit *dateEdit(const QString &any, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(any);
    edit->setDate(kNoDate);
    edit->setDisplayFormat(i18n::localDateFormat()); // as the locale writes dates; ISO under C
    // QDateTimeEdit sizes itself for a date, not for the "any" text it shows instead; in German that
    // text ("Erstmals erkannt: beliebig") is twice as wide. 48 px: the popup arrow and the frame.
    edit->setMinimumWidth(std::max(edit->sizeHint().width(), edit->fontMetrics().horizontalAdvance(any) + 48));
    return edit;
}

} // namespace

FindingsFilterBar::FindingsFilterBar(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search ID, package, title, description  ( / )"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("findingsSearch"));
    m_severity = new MultiSelectButton(tr("Severity"), this);
    m_severity->setChoices({{tr("Critical"), int(Severity::Critical)}, {tr("High"), int(Severity::High)},
                            {tr("Medium"), int(Severity::Medium)}, {tr("Low"), int(Severity::Low)},
                            {tr("Info"), int(Severity::Info)}, {tr("Unknown"), int(Severity::Unknown)}});
    m_status = new MultiSelectButton(tr("Status"), this);
    m_status->setChoices({{tr("Open"), int(FindingStatus::Open)}, {tr("Confirmed"), int(FindingStatus::Confirmed)},
                          {tr("False positive"), int(FindingStatus::FalsePositive)},
                          {tr("Risk accepted"), int(FindingStatus::RiskAccepted)},
                          {tr("Mitigated"), int(FindingStatus::Mitigated)},
                          {tr("Resolved"), int(FindingStatus::Resolved)}});
    m_kind = new MultiSelectButton(tr("Kind"), this);
    m_kind->setChoices({{tr("Vulnerability"), int(FindingKind::Vulnerability)},
                        {tr("Misconfiguration"), int(FindingKind::Misconfiguration)},
                        {tr("Secret"), int(FindingKind::Secret)}});
    m_source = new MultiSelectButton(tr("Source"), this);
    m_namespace = new MultiSelectButton(tr("Namespace"), this);
    m_control = new MultiSelectButton(tr("Control"), this);
    m_asset = new QLineEdit(this);
    m_asset->setPlaceholderText(tr("Asset name contains…"));
    m_asset->setClearButtonEnabled(true);
    m_fix = new QComboBox(this);
    m_fix->addItem(tr("Fix: any"));
    m_fix->addItem(tr("Fix available"));
    m_fix->addItem(tr("No fix"));
    m_overdue = new QCheckBox(tr("SLA overdue"), this);
    m_from = dateEdit(tr("first seen: any"), this);
    m_to = dateEdit(tr("until: any"), this);
    m_from->setToolTip(tr("First seen on or after this day"));
    m_to->setToolTip(tr("First seen on or before this day"));
    m_groupBy = new QComboBox(this);
    m_groupBy->addItem(tr("No grouping"));
    m_groupBy->addItem(tr("Group by vulnerability"), int(FindingGroupBy::Rule));
    m_groupBy->addItem(tr("Group by asset"), int(FindingGroupBy::Asset));
    m_groupBy->addItem(tr("Group by package"), int(FindingGroupBy::Package));
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear filters"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 3);
    top->addWidget(m_asset, 1);
    top->addWidget(m_groupBy);
    top->addWidget(clear);
    // Two short rows rather than one long one: the page must fit beside the jobs panel.
    auto *middle = new QHBoxLayout;
    auto *bottom = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_severity), static_cast<QWidget *>(m_status),
                       static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_source),
                       static_cast<QWidget *>(m_namespace)})
        middle->addWidget(w);
    middle->addStretch(1);
    for (QWidget *w : {static_cast<QWidget *>(m_control), static_cast<QWidget *>(m_fix),
                       static_cast<QWidget *>(m_overdue), static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to)})
        bottom->addWidget(w);
    bottom->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(middle);
    layout->addLayout(bottom);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &FindingsFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            m_debounce->start();
    });
    connect(m_asset, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            m_debounce->start();
    });
    for (MultiSelectButton *b : {m_severity, m_status, m_kind, m_source, m_namespace, m_control})
        connect(b, &MultiSelectButton::selectionChanged, this, &FindingsFilterBar::changed);
    connect(m_fix, &QComboBox::currentIndexChanged, this, &FindingsFilterBar::changed);
    connect(m_overdue, &QCheckBox::toggled, this, &FindingsFilterBar::changed);
    connect(m_from, &QDateEdit::dateChanged, this, &FindingsFilterBar::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &FindingsFilterBar::changed);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &FindingsFilterBar::groupByChanged);
    connect(clear, &QToolButton::clicked, this, [this] {
        setFilter({});
        Q_EMIT filterChanged();
    });
    setFilter(defaultFilter());
}

FindingFilter FindingsFilterBar::defaultFilter()
{
    FindingFilter f;
    f.statuses = {FindingStatus::Open, FindingStatus::Confirmed};
    return f;
}

void FindingsFilterBar::changed()
{
    if (m_updating)
        return;
    m_debounce->stop();
    Q_EMIT filterChanged();
}

FindingFilter FindingsFilterBar::filter() const
{
    FindingFilter f = m_hidden;
    f.search = m_search->text().trimmed().toStdString();
    f.assetText = m_asset->text().trimmed().toStdString();
    f.severities = fromVariants<Severity>(m_severity->selected());
    f.statuses = fromVariants<FindingStatus>(m_status->selected());
    f.kinds = fromVariants<FindingKind>(m_kind->selected());
    f.sources = fromVariants<std::string>(m_source->selected());
    f.namespaces = fromVariants<std::string>(m_namespace->selected());
    f.controls = fromVariants<std::string>(m_control->selected());
    if (m_fix->currentIndex() > 0)
        f.fixAvailable = m_fix->currentIndex() == 1;
    f.overdueOnly = m_overdue->isChecked();
    if (m_from->date() > kNoDate)
        f.firstSeenFrom = m_from->date().startOfDay().toSecsSinceEpoch();
    if (m_to->date() > kNoDate)
        f.firstSeenTo = m_to->date().addDays(1).startOfDay().toSecsSinceEpoch();
    return f;
}

void FindingsFilterBar::setFilter(const FindingFilter &f)
{
    m_updating = true;
    m_hidden = FindingFilter{};
    m_hidden.assetIds = f.assetIds;
    m_hidden.ruleIds = f.ruleIds;
    m_hidden.packageIds = f.packageIds;
    m_hidden.acceptanceExpiresBefore = f.acceptanceExpiresBefore;
    m_search->setText(QString::fromStdString(f.search));
    m_asset->setText(QString::fromStdString(f.assetText));
    m_severity->setSelected(toVariants(f.severities));
    m_status->setSelected(toVariants(f.statuses));
    m_kind->setSelected(toVariants(f.kinds));
    m_source->setSelected(toVariants(f.sources));
    m_namespace->setSelected(toVariants(f.namespaces));
    m_control->setSelected(toVariants(f.controls));
    m_fix->setCurrentIndex(!f.fixAvailable ? 0 : *f.fixAvailable ? 1 : 2);
    m_overdue->setChecked(f.overdueOnly);
    m_from->setDate(f.firstSeenFrom ? QDateTime::fromSecsSinceEpoch(f.firstSeenFrom).date() : kNoDate);
    m_to->setDate(f.firstSeenTo ? QDateTime::fromSecsSinceEpoch(f.firstSeenTo - 1).date() : kNoDate);
    m_updating = false;
}

void FindingsFilterBar::setChoices(const FindingFilterChoices &choices)
{
    m_updating = true;
    m_source->setChoices(stringChoices(choices.sources));
    m_namespace->setChoices(stringChoices(choices.namespaces));
    m_control->setChoices(stringChoices(choices.controls));
    m_updating = false;
}

std::optional<FindingGroupBy> FindingsFilterBar::groupBy() const
{
    const QVariant v = m_groupBy->currentData();
    if (!v.isValid())
        return std::nullopt;
    return static_cast<FindingGroupBy>(v.toInt());
}

} // namespace bulkhead::ui
