#include "jobs/jobspanel.h"

#include "jobs/jobcard.h"
#include "jobs/jobsmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bulkhead::ui {

JobsPanel::JobsPanel(JobsModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_clearFinished = new QPushButton(tr("Clear finished"), this);
    connect(m_clearFinished, &QPushButton::clicked, m_model, &JobsModel::clearFinished);
    auto *header = new QHBoxLayout;
    header->addStretch(1);
    header->addWidget(m_clearFinished);

    auto *content = new QWidget;
    m_list = new QVBoxLayout(content);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No jobs yet. Imports you start, or report files you drop on the window, "
                            "appear here with their progress and result."),
                         content);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_list->addWidget(m_empty);
    m_list->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // cards wrap to the panel's width
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    // Cards wrap their text but keep their buttons on one line: below this they would be cut.
    setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);

    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { insertCards(first, last); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { removeCards(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) { updateCards(tl.row(), br.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPanel::rebuild);
    rebuild();
}

QSize JobsPanel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 64, fontMetrics().height() * 24};
}

void JobsPanel::insertCards(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        auto *card = new JobCard(this);
        connect(card, &JobCard::cancelRequested, m_model, &JobsModel::cancel);
        connect(card, &JobCard::clearRequested, m_model, &JobsModel::clear);
        m_cards.insert(row, card);
        // Layout items: the empty-state label first, then the cards in row order, then the stretch.
        m_list->insertWidget(row + 1, card);
        card->update(m_model->job(row));
        card->show(); // now, not when the layout gets round to it
    }
    updateHeader();
}

void JobsPanel::removeCards(int first, int last)
{
    for (int row = last; row >= first; --row) {
        // Later, not now: the card's own Clear button may be the one emitting right now.
        JobCard *card = m_cards.takeAt(row);
        card->hide();
        card->deleteLater();
    }
    updateHeader();
}

void JobsPanel::updateCards(int first, int last)
{
    for (int row = first; row <= last && row < m_cards.size(); ++row)
        m_cards[row]->update(m_model->job(row));
    updateHeader();
}

void JobsPanel::rebuild()
{
    removeCards(0, static_cast<int>(m_cards.size()) - 1);
    if (m_model->rowCount() > 0)
        insertCards(0, m_model->rowCount() - 1);
    updateHeader();
}

void JobsPanel::updateHeader()
{
    m_empty->setVisible(m_cards.isEmpty());
    m_clearFinished->setEnabled(m_model->activeCount() < m_model->rowCount());
}

} // namespace bulkhead::ui
