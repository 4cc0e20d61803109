#pragma once

#include <QAbstractButton>
#include <QColor>

namespace bulkhead::ui {

// One headline number of the overview ("1,234 open findings"), drawn as a card with an accent
// stripe. A button, so that it takes focus and Space/Enter and a click lead to the findings it
// counts.
class CounterTile final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CounterTile)

public:
    CounterTile(QString title, QString caption, QColor accent, QWidget *parent = nullptr);

    // The number shown; negative shows a dash (not loaded yet).
    void setValue(qint64 value);
    qint64 value() const { return m_value; }
    void setCaption(const QString &caption);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_title;
    QString m_caption;
    QColor m_accent;
    qint64 m_value = -1;
};

} // namespace bulkhead::ui
