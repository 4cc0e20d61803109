#pragma once

#include "secrets/secretpolicy.h"

#include <QAbstractTableModel>

#include <vector>

namespace bulkhead::ui {

// The rotation rules of the Settings' Secrets tab as an editable table, in the order they are
// tried (the first match wins, so order is part of the policy): name, store, origin, location,
// type, secret name pattern, label, days. Empty cells match anything. Plain data: the rules are
// saved with the rest of the policy when the dialog is accepted.
class SecretRulesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretRulesModel)

public:
    enum Column {
        NameColumn,
        StoreColumn,
        OriginColumn,
        LocationColumn,
        TypeColumn,
        PatternColumn,
        LabelColumn,
        DaysColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    const std::vector<SecretPolicyRule> &rules() const { return m_rules; }
    void setRules(std::vector<SecretPolicyRule> rules);
    // Inserts `rule` at `row` (clamped); returns its row.
    int insertRule(int row, const SecretPolicyRule &rule);
    bool removeRule(int row);
    // Moves the rule at `from` to `to`; false when either is out of range or they are equal.
    bool moveRule(int from, int to);

    // The first problem of the rules ("Rule 2 has no name.", "Rule 'db' label \"=x\": ..."), "" when
    // they can be saved.
    QString problem() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<SecretPolicyRule> m_rules;
};

} // namespace bulkhead::ui
