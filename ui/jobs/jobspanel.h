#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace bulkhead::ui {

class JobCard;
class JobsModel;

// The jobs panel (the main window puts it in a dock): one JobCard per job of the model, newest
// on top, kept in step with the model's row signals; "Clear finished" forgets the finished ones.
class JobsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPanel)

public:
    explicit JobsPanel(JobsModel *model, QWidget *parent = nullptr);

    int cardCount() const { return static_cast<int>(m_cards.size()); }
    JobCard *card(int row) const { return m_cards.value(row); }
    QPushButton *clearFinishedButton() const { return m_clearFinished; }
    QSize sizeHint() const override; // room for a card's title, state and button on one line

private:
    void insertCards(int first, int last);
    void removeCards(int first, int last);
    void updateCards(int first, int last);
    void rebuild();
    void updateHeader();

    JobsModel *m_model;
    QList<JobCard *> m_cards; // same order as the model's rows
    QVBoxLayout *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_clearFinished = nullptr;
};

} // namespace bulkhead::ui
