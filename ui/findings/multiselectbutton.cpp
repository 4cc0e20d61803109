#include "findings/multiselectbutton.h"

#include <QAction>
#include <QMenu>

namespace bulkhead::ui {

MultiSelectButton::MultiSelectButton(const QString &title, QWidget *parent) : QToolButton(parent), m_title(title)
{
    setPopupMode(QToolButton::InstantPopup);
    setMenu(new QMenu(this));
    setAccessibleName(title);
    updateText();
}

void MultiSelectButton::setChoices(const QList<QPair<QString, QVariant>> &choices)
{
    const QVariantList previous = selected();
    menu()->clear();
    for (const auto &[label, value] : choices) {
        QAction *a = menu()->addAction(label);
        a->setData(value);
        a->setCheckable(true);
        a->setChecked(previous.contains(value));
        connect(a, &QAction::toggled, this, [this] {
            updateText();
            Q_EMIT selectionChanged();
        });
    }
    updateText();
}

QVariantList MultiSelectButton::selected() const
{
    QVariantList values;
    for (const QAction *a : menu()->actions()) {
        if (a->isChecked())
            values << a->data();
    }
    return values;
}

void MultiSelectButton::setSelected(const QVariantList &values)
{
    for (QAction *a : menu()->actions()) {
        const QSignalBlocker block(a);
        a->setChecked(values.contains(a->data()));
    }
    updateText();
}

void MultiSelectButton::updateText()
{
    QStringList names;
    for (const QAction *a : menu()->actions()) {
        if (a->isChecked())
            names << a->text();
    }
    if (names.isEmpty())
        setText(tr("%1: any").arg(m_title));
    else if (names.size() <= 2)
        setText(QStringLiteral("%1: %2").arg(m_title, names.join(QStringLiteral(", "))));
    else
        setText(tr("%1: %Ln selected", nullptr, static_cast<int>(names.size())).arg(m_title));
    setToolTip(names.isEmpty() ? tr("%1: no restriction").arg(m_title) : names.join(QLatin1Char('\n')));
}

} // namespace bulkhead::ui
