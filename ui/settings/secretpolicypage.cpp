#include "settings/secretpolicypage.h"

#include "settings/secretruledelegate.h"
#include "settings/secretrulesmodel.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

// core accepts up to 100 years (secretPolicyFromJson, loadSecretPolicy): a policy read from there
// must show unchanged, not clamped.
constexpr int kMaxDays = 36500;
constexpr qint64 kMaxPolicyFileBytes = 1024 * 1024; // a policy is a few kilobytes; more is not one
constexpr char kProblemStyle[] = "color: #b91c1c;";

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QSpinBox *daysSpin(const QString &zeroText, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, kMaxDays);
    spin->setSuffix(SecretPolicyPage::tr(" days"));
    spin->setSpecialValueText(zeroText);
    spin->setAccelerated(true);
    return spin;
}

QStringList annotationLines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

} // namespace

SecretPolicyPage::SecretPolicyPage(QWidget *parent) : QWidget(parent)
{
    auto *top = new QHBoxLayout;
    top->addWidget(createIntervals(), 1);
    top->addWidget(createAnnotations(), 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("secretPolicyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QString::fromLatin1(kProblemStyle));
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(createRules(), 1);
    layout->addWidget(m_problem);
    setPolicy(SecretPolicy{});
}

QWidget *SecretPolicyPage::createIntervals()
{
    auto *group = new QGroupBox(tr("Rotation intervals"), this);
    auto *form = new QFormLayout(group);
    form->addRow(explanation(tr("A secret is overdue this many days after its last observed change. A secret that "
                                "declares its own interval (Vault rotation_days, the inventory's policy_days, the "
                                "annotation bulkhead.dev/rotation-days) or matches a rule below uses that instead."),
                             group));
    m_defaultDays = daysSpin(tr("0 (always overdue)"), group);
    m_defaultDays->setObjectName(QStringLiteral("secretDefaultDays"));
    m_tokenDays = daysSpin(tr("0 (always overdue)"), group);
    m_tokenDays->setObjectName(QStringLiteral("serviceAccountTokenDays"));
    m_tokenDays->setToolTip(tr("Legacy kubernetes.io/service-account-token secrets never expire; 0 makes each one "
                               "overdue, whatever its age."));
    form->addRow(tr("&Default interval:"), m_defaultDays);
    form->addRow(tr("Service-account &tokens:"), m_tokenDays);
    connect(m_defaultDays, &QSpinBox::valueChanged, this, &SecretPolicyPage::updateState);
    connect(m_tokenDays, &QSpinBox::valueChanged, this, &SecretPolicyPage::updateState);
    return group;
}

QWidget *SecretPolicyPage::createAnnotations()
{
    auto *group = new QGroupBox(tr("Rotation annotations"), this);
    auto *layout = new QVBoxLayout(group);
    auto *explain = explanation(tr("Kubernetes annotations that hold the time of a secret's last rotation (RFC 3339), "
                                   "one per line, tried in order. Applies from the next collection on."),
                                group);
    m_annotations = new QPlainTextEdit(group);
    m_annotations->setObjectName(QStringLiteral("rotationAnnotations"));
    m_annotations->setTabChangesFocus(true);
    m_annotations->setPlaceholderText(QStringLiteral("bulkhead.dev/rotated-at\nexample.com/last-rotation"));
    m_annotations->setMaximumHeight(fontMetrics().lineSpacing() * 5 + 12);
    explain->setBuddy(m_annotations);
    layout->addWidget(explain);
    layout->addWidget(m_annotations);
    connect(m_annotations, &QPlainTextEdit::textChanged, this, &SecretPolicyPage::updateState);
    return group;
}

QWidget *SecretPolicyPage::createRules()
{
    auto *group = new QGroupBox(tr("Rules"), this);
    m_rules = new SecretRulesModel(this);
    m_table = new QTableView(group);
    m_table->setObjectName(QStringLiteral("secretRules"));
    m_table->setModel(m_rules);
    m_table->setItemDelegate(new SecretRuleDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(fontMetrics().lineSpacing() * 8);

    m_add = new QPushButton(tr("&Add rule"), group);
    m_remove = new QPushButton(tr("&Remove"), group);
    m_up = new QPushButton(tr("Move &up"), group);
    m_down = new QPushButton(tr("Move do&wn"), group);
    auto *importButton = new QPushButton(tr("&Import…"), group);
    importButton->setToolTip(tr("Read a policy exported here or by bulkheadctl secrets policy --export"));
    auto *exportButton = new QPushButton(tr("E&xport…"), group);
    m_fileMessage = new QLabel(group);
    m_fileMessage->setWordWrap(true);
    m_fileMessage->setTextFormat(Qt::PlainText);
    m_fileMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileMessage->hide();

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addSpacing(fontMetrics().lineSpacing());
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(explanation(tr("For a secret that declares no interval, the first rule that matches sets it "
                                     "(tried top to bottom); none matching: the default. Empty cells match anything; "
                                     "* and ? are wildcards. Double-click a cell to edit it."),
                                  group));
    layout->addLayout(row, 1);
    layout->addWidget(m_fileMessage);

    connect(m_add, &QPushButton::clicked, this, &SecretPolicyPage::addRule);
    connect(m_remove, &QPushButton::clicked, this, &SecretPolicyPage::removeSelectedRule);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelectedRule(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelectedRule(1); });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import a secrets policy"), QString(),
                                                          tr("JSON (*.json);;All files (*)"));
        if (!file.isEmpty())
            importFrom(file);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the secrets policy"),
                                                          QStringLiteral("secrets-policy.json"),
                                                          tr("JSON (*.json);;All files (*)"));
        if (!file.isEmpty())
            exportTo(file);
    });
    connect(m_rules, &QAbstractItemModel::dataChanged, this, &SecretPolicyPage::updateState);
    connect(m_rules, &QAbstractItemModel::rowsInserted, this, &SecretPolicyPage::updateState);
    connect(m_rules, &QAbstractItemModel::rowsRemoved, this, &SecretPolicyPage::updateState);
    connect(m_rules, &QAbstractItemModel::rowsMoved, this, &SecretPolicyPage::updateState);
    connect(m_rules, &QAbstractItemModel::modelReset, this, &SecretPolicyPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SecretPolicyPage::updateState);
    return group;
}

SecretPolicy SecretPolicyPage::policy() const
{
    SecretPolicy p;
    p.defaultDays = m_defaultDays->value();
    p.serviceAccountTokenDays = m_tokenDays->value();
    p.rotationAnnotations.clear();
    for (const QString &a : annotationLines(m_annotations))
        p.rotationAnnotations.push_back(a.toStdString());
    p.rules = m_rules->rules();
    for (SecretPolicyRule &r : p.rules)
        r.name = QString::fromStdString(r.name).trimmed().toStdString();
    return p;
}

void SecretPolicyPage::setPolicy(const SecretPolicy &policy)
{
    m_defaultDays->setValue(policy.defaultDays);
    m_tokenDays->setValue(policy.serviceAccountTokenDays);
    QStringList annotations;
    for (const std::string &a : policy.rotationAnnotations)
        annotations << QString::fromStdString(a);
    m_annotations->setPlainText(annotations.join(QLatin1Char('\n')));
    m_rules->setRules(policy.rules);
    m_table->resizeColumnsToContents();
    updateState();
}

QString SecretPolicyPage::problem() const
{
    // Kubernetes' annotation key syntax: an optional DNS-subdomain prefix and '/', then a name.
    static const QRegularExpression annotationKey(QStringLiteral(
        "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"));
    for (const QString &a : annotationLines(m_annotations)) {
        if (!annotationKey.match(a).hasMatch() || a.section(QLatin1Char('/'), -1).size() > 63)
            return tr("\"%1\" is not a Kubernetes annotation name (e.g. example.com/rotated-at).").arg(a);
    }
    return m_rules->problem();
}

int SecretPolicyPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void SecretPolicyPage::addRule()
{
    SecretPolicyRule rule;
    rule.name = tr("rule %1").arg(m_rules->rowCount() + 1).toStdString();
    rule.days = m_defaultDays->value();
    // Below the selected rule (it is tried after it), else last.
    const int selected = selectedRow();
    const int row = m_rules->insertRule(selected < 0 ? m_rules->rowCount() : selected + 1, rule);
    m_table->selectRow(row);
    m_table->setFocus();
    m_table->edit(m_rules->index(row, SecretRulesModel::NameColumn));
}

void SecretPolicyPage::removeSelectedRule()
{
    const int row = selectedRow();
    if (!m_rules->removeRule(row))
        return;
    if (m_rules->rowCount() > 0)
        m_table->selectRow(std::min(row, m_rules->rowCount() - 1));
}

void SecretPolicyPage::moveSelectedRule(int delta)
{
    const int row = selectedRow();
    if (row >= 0 && m_rules->moveRule(row, row + delta))
        m_table->selectRow(row + delta);
}

void SecretPolicyPage::updateState()
{
    const int row = selectedRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_rules->rowCount());
    const QString now = problem();
    m_problem->setText(now);
    m_problem->setVisible(!now.isEmpty());
    if (now != m_lastProblem) {
        m_lastProblem = now;
        Q_EMIT problemChanged(now);
    }
}

QString SecretPolicyPage::importFrom(const QString &path)
{
    const auto fail = [this](const QString &error) {
        m_fileMessage->setText(error);
        m_fileMessage->setStyleSheet(QString::fromLatin1(kProblemStyle));
        m_fileMessage->show();
        return error;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > kMaxPolicyFileBytes)
        return fail(tr("%1 is too large for a secrets policy (%2 bytes).").arg(path).arg(file.size()));
    std::string error;
    const std::optional<SecretPolicy> read = secretPolicyFromJson(file.readAll().toStdString(), &error);
    if (!read)
        return fail(tr("%1: %2").arg(path, QString::fromStdString(error)));
    setPolicy(*read);
    m_fileMessage->setStyleSheet(QString());
    m_fileMessage->setText(tr("Read %1 (%Ln rules); saved when you press OK.", nullptr, int(read->rules.size()))
                               .arg(QFileInfo(path).fileName()));
    m_fileMessage->show();
    return {};
}

QString SecretPolicyPage::exportTo(const QString &path) const
{
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly))
        error = tr("%1 cannot be written: %2").arg(path, file.errorString());
    else if (file.write(QByteArray::fromStdString(secretPolicyToJson(policy()))) < 0 || !file.commit())
        error = tr("%1 cannot be written: %2").arg(path, file.errorString());
    m_fileMessage->setText(error.isEmpty() ? tr("Wrote %1.").arg(path) : error);
    m_fileMessage->setStyleSheet(error.isEmpty() ? QString() : QString::fromLatin1(kProblemStyle));
    m_fileMessage->show();
    return error;
}

} // namespace bulkhead::ui
