#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace bulkhead::ui {

// One score of the Controls page's header: the area (or "Overall"), its score out of 100, its
// coverage ("17 of 29 controls assessed") and a "How is this computed?" button.
class ScoreTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreTile)

public:
    explicit ScoreTile(const QString &title, QWidget *parent = nullptr);

    // score: "75" or "–"; coverage: "3 of 5 assessed"; accent: the stripe's colour.
    void setScore(const QString &score, const QString &coverage, const QColor &accent);
    QString scoreText() const;
    QString coverageText() const;
    QLabel *workingLink() const { return m_working; } // "How is this computed?"

protected:
    void paintEvent(QPaintEvent *event) override;

Q_SIGNALS:
    void workingRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_coverage = nullptr;
    QLabel *m_working = nullptr;
    QColor m_accent;
};

} // namespace bulkhead::ui
