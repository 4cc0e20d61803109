#pragma once

#include <QToolButton>
#include <QVariantList>

namespace bulkhead::ui {

// A compact filter control: a button whose menu holds checkable choices. Its text names the
// selection ("Severity: Critical, High"), so the filter bar shows what is filtered at a glance.
class MultiSelectButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultiSelectButton)

public:
    explicit MultiSelectButton(const QString &title, QWidget *parent = nullptr);

    void setChoices(const QList<QPair<QString, QVariant>> &choices); // keeps the still-offered selection
    QVariantList selected() const;
    void setSelected(const QVariantList &values);

Q_SIGNALS:
    void selectionChanged();

private:
    void updateText();

    QString m_title;
};

} // namespace bulkhead::ui
