#include "settings/secretruledelegate.h"

#include "secrets/secretrecord.h"
#include "settings/secretrulesmodel.h"

#include <QComboBox>
#include <QSpinBox>

namespace bulkhead::ui {

namespace {
// core accepts up to 100 years (secretPolicyFromJson, loadSecretPolicy): a policy read from there
// must show unchanged, not clamped.
constexpr int kMaxDays = 36500;
} // namespace

QWidget *SecretRuleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (index.column() == SecretRulesModel::StoreColumn) {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("any store"), QString());
        for (SecretStoreKind kind : {SecretStoreKind::Kubernetes, SecretStoreKind::Vault, SecretStoreKind::Inventory}) {
            const QString name = QString::fromLatin1(secretStoreKindName(kind));
            combo->addItem(name, name);
        }
        return combo;
    }
    if (index.column() == SecretRulesModel::DaysColumn) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, kMaxDays);
        spin->setSuffix(tr(" days"));
        spin->setSpecialValueText(tr("0 (always overdue)"));
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void SecretRuleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SecretRuleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace bulkhead::ui
