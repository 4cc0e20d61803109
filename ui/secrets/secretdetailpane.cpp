#include "secrets/secretdetailpane.h"

#include "secrets/secretstext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTabKeyNavigation(false);
    return table;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QTableWidgetItem *item(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

SecretDetailPane::SecretDetailPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("secretDetailPane"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("secretDetailTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_factsBox = new QWidget(this);
    m_facts = new QFormLayout(m_factsBox);
    m_facts->setContentsMargins(0, 4, 0, 4);
    m_facts->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_usesHeading = heading(tr("Used by"), this);
    m_usesNote = new QLabel(this);
    m_usesNote->setWordWrap(true);
    m_usesNote->setForegroundRole(QPalette::PlaceholderText);
    m_uses = makeTable({tr("Workload"), tr("Container"), tr("How")}, QStringLiteral("secretUsesTable"), this);
    m_versionsHeading = heading(tr("Version history"), this);
    m_versions = makeTable({tr("Version"), tr("Created"), tr("Deleted"), tr("Destroyed")},
                           QStringLiteral("secretVersionsTable"), this);

    // What the secret is and how old on the left; who uses it and its versions on the right.
    auto *facts = new QVBoxLayout;
    facts->addWidget(m_factsBox);
    facts->addStretch(1);
    auto *lists = new QVBoxLayout;
    lists->addWidget(m_usesHeading);
    lists->addWidget(m_usesNote);
    lists->addWidget(m_uses, 1);
    lists->addWidget(m_versionsHeading);
    lists->addWidget(m_versions, 1);
    lists->addStretch(0);
    auto *columns = new QHBoxLayout;
    columns->addLayout(facts, 3);
    columns->addLayout(lists, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(columns, 1);
    showMessage(tr("Choose a secret to see where its age comes from, its policy and who uses it."));
}

void SecretDetailPane::showMessage(const QString &message)
{
    m_id.reset();
    m_title->setText(message);
    QFont f = m_title->font();
    f.setBold(false);
    m_title->setFont(f);
    m_subtitle->hide();
    m_factsBox->hide();
    m_usesHeading->hide();
    m_usesNote->hide();
    m_uses->hide();
    m_versionsHeading->hide();
    m_versions->hide();
}

void SecretDetailPane::addFact(const QString &label, const QString &value, const QString &toolTip)
{
    auto *field = new QLabel(value, m_factsBox);
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setToolTip(toolTip);
    m_facts->addRow(label, field);
}

void SecretDetailPane::showSecret(const SecretRow &row, std::int64_t now)
{
    using namespace secretstext;
    const SecretRecord &s = row.secret;
    m_id = row.id;
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setText(q(s.name));
    QStringList where{storeTitle(s.store), q(s.origin), QStringLiteral("%1 %2").arg(locationTitle(s.store).toLower(), q(s.location))};
    if (!s.type.empty())
        where << q(s.type);
    m_subtitle->setText(where.join(QStringLiteral(" · ")));
    m_subtitle->show();

    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    const AgeState state = ageState(row, now);
    if (s.lastChangeAt > 0 && s.ageSource != AgeSource::Unknown) {
        const QString age = s.ageSource == AgeSource::CreationOnly
            ? tr("at most %Ln days (changed on or after %1)", nullptr, static_cast<int>(ageDays(s.lastChangeAt, now)))
                  .arg(dateText(s.lastChangeAt))
            : tr("%Ln days (changed %1)", nullptr, static_cast<int>(ageDays(s.lastChangeAt, now)))
                  .arg(dateTimeText(s.lastChangeAt));
        addFact(tr("Age:"), QStringLiteral("%1 · %2").arg(age, ageStateName(state)));
    } else {
        addFact(tr("Age:"), tr("unknown"));
    }
    // The detail often names the signal itself ("managedFields: helm"); it is said once.
    QString signal = ageSourceTitle(s.ageSource);
    const QString detail = q(s.ageDetail);
    if (detail.startsWith(signal, Qt::CaseInsensitive))
        signal = detail;
    else if (!detail.isEmpty())
        signal += QStringLiteral(" — %1").arg(detail);
    addFact(tr("Age from:"), signal + QLatin1Char('\n') + ageSourceExplanation(s.ageSource));
    if (row.policyDays) {
        const QString every = *row.policyDays == 0 ? tr("no age is acceptable")
                                                   : tr("rotate every %Ln days", nullptr, *row.policyDays);
        addFact(tr("Policy:"), QStringLiteral("%1 (%2)").arg(every, q(row.policyReason)));
        addFact(tr("Due:"), row.dueAt ? QStringLiteral("%1 · %2").arg(dateText(*row.dueAt), dueText(row, now))
                                      : tr("unknown: no change time"));
    } else {
        addFact(tr("Policy:"), tr("not evaluated yet (the next collection, import or policy change judges it)"));
    }
    if (s.declaredPolicyDays)
        addFact(tr("Declared:"), tr("%Ln days, on the secret itself", nullptr, *s.declaredPolicyDays));
    if (s.createdAt > 0)
        addFact(tr("Created:"), dateTimeText(s.createdAt));
    if (!s.owner.empty())
        addFact(tr("Owner:"), q(s.owner));
    if (!s.serviceAccount.empty())
        addFact(tr("Token of:"), tr("service account %1 (a long-lived token: prefer projected tokens)").arg(q(s.serviceAccount)));
    if (!s.labels.empty()) {
        QStringList labels;
        for (const auto &[k, v] : s.labels)
            labels << (v.empty() ? q(k) : QStringLiteral("%1=%2").arg(q(k), q(v)));
        addFact(s.store == SecretStoreKind::Vault ? tr("Metadata:") : tr("Labels:"), labels.join(QStringLiteral(", ")));
    }
    if (row.collectedAt > 0)
        addFact(s.store == SecretStoreKind::Inventory ? tr("Imported:") : tr("Collected:"), dateTimeText(row.collectedAt));
    m_factsBox->show();

    // Uses: Kubernetes only (a Vault path or an inventory row is used from outside what Bulkhead sees).
    const bool kube = s.store == SecretStoreKind::Kubernetes;
    m_usesHeading->setVisible(kube);
    m_uses->setRowCount(0);
    if (kube) {
        if (!s.usageKnown)
            m_usesNote->setText(tr("Usage unknown: not every workload kind was listed in the last collection."));
        else if (s.uses.empty())
            m_usesNote->setText(tr("No workload uses this secret. Check its type before deleting it: tokens and "
                                   "release records are read by controllers, not pods."));
        else
            m_usesNote->setText(row.viaEnv ? tr("Read through environment variables by at least one workload: a "
                                                "mounted volume keeps it out of process listings and crash dumps (SEC-5).")
                                           : QString());
        m_usesNote->setVisible(!m_usesNote->text().isEmpty());
        m_uses->setRowCount(static_cast<int>(s.uses.size()));
        for (int r = 0; r < static_cast<int>(s.uses.size()); ++r) {
            const SecretUse &u = s.uses[static_cast<std::size_t>(r)];
            m_uses->setItem(r, 0, item(QStringLiteral("%1/%2").arg(q(u.workloadKind), q(u.workloadName))));
            m_uses->setItem(r, 1, item(u.container.empty() ? QStringLiteral("—") : q(u.container)));
            m_uses->setItem(r, 2, item(q(u.how)));
        }
        m_uses->resizeColumnsToContents();
        m_uses->setVisible(!s.uses.empty());
    } else {
        m_usesNote->hide();
        m_uses->hide();
    }

    const bool vault = s.store == SecretStoreKind::Vault;
    m_versionsHeading->setVisible(vault);
    m_versions->setVisible(vault);
    m_versions->setRowCount(0);
    if (vault) {
        // Newest first: the current version is what the age is measured from.
        m_versions->setRowCount(static_cast<int>(s.versions.size()));
        int r = 0;
        for (auto it = s.versions.rbegin(); it != s.versions.rend(); ++it, ++r) {
            const QString version = it->version == s.currentVersion ? tr("%1 (current)").arg(it->version)
                                                                    : QString::number(it->version);
            m_versions->setItem(r, 0, item(version));
            m_versions->setItem(r, 1, item(dateTimeText(it->createdAt)));
            m_versions->setItem(r, 2, item(it->deletedAt > 0 ? dateTimeText(it->deletedAt) : QStringLiteral("—")));
            m_versions->setItem(r, 3, item(it->destroyed ? tr("yes") : tr("no")));
        }
        m_versions->resizeColumnsToContents();
    }
}

QString SecretDetailPane::factsText() const
{
    QStringList lines{m_title->text()};
    if (!m_subtitle->isHidden())
        lines << m_subtitle->text();
    for (int r = 0; r < m_facts->rowCount(); ++r) {
        const auto *label = qobject_cast<QLabel *>(m_facts->itemAt(r, QFormLayout::LabelRole)->widget());
        const auto *field = qobject_cast<QLabel *>(m_facts->itemAt(r, QFormLayout::FieldRole)->widget());
        if (label && field)
            lines << QStringLiteral("%1 %2").arg(label->text(), field->text());
    }
    if (!m_usesNote->isHidden())
        lines << m_usesNote->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace bulkhead::ui
