#pragma once

#include <QStyledItemDelegate>

namespace bulkhead::ui {

// Draws the Secrets table's age column as a bar against the secret's rotation interval, its days
// beside it. The track spans one and a half intervals with a tick at the interval, so an overdue
// bar visibly runs past the tick: green under 75% of the interval, amber up to 100%, red overdue.
// When only the creation time is known the bar is grey and its end dashed: the secret may have
// been changed since, so the age is an upper bound and no colour is claimed.
class SecretAgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretAgeDelegate)

public:
    explicit SecretAgeDelegate(QObject *parent = nullptr) : QStyledItemDelegate(parent) {}

    // Where the bar ends, as a fraction of the track (0..1), for an age and interval in days; an
    // interval of 0 (no age acceptable) fills the track.
    static double barFraction(double ageDays, int policyDays);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace bulkhead::ui
