#include "common/loadstatestack.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bulkhead::ui {

LoadStateStack::LoadStateStack(const QString &loadingText, const QString &emptyTitle, const QString &errorTitle,
                               QWidget *content, QWidget *parent)
    : QStackedWidget(parent)
{
    m_loading = new QWidget(this);
    {
        auto *l = new QVBoxLayout(m_loading);
        l->addStretch();
        auto *label = new QLabel(loadingText, m_loading);
        label->setAlignment(Qt::AlignCenter);
        auto *bar = new QProgressBar(m_loading);
        bar->setRange(0, 0); // busy: a read has no meaningful percentage
        bar->setMaximumWidth(260);
        bar->setTextVisible(false);
        l->addWidget(label);
        l->addWidget(bar, 0, Qt::AlignHCenter);
        l->addStretch();
    }
    m_empty = messagePage(emptyTitle, m_emptyText);
    m_error = messagePage(errorTitle, m_errorText);
    m_errorText->setTextFormat(Qt::PlainText);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_retry = new QPushButton(tr("Try again"), m_error);
    // After the title, the spacing and the body row: above the bottom stretch.
    static_cast<QVBoxLayout *>(m_error->layout())->insertWidget(4, m_retry, 0, Qt::AlignHCenter);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_content = scroll;

    for (QWidget *page : {m_loading, m_empty, m_error, m_content})
        addWidget(page);
    showState(State::Loading);
}

QWidget *LoadStateStack::messagePage(const QString &title, QLabel *&body)
{
    auto *page = new QWidget(this);
    auto *l = new QVBoxLayout(page);
    l->addStretch(2);
    auto *head = new QLabel(title, page);
    QFont f = head->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    head->setFont(f);
    head->setAlignment(Qt::AlignCenter);
    body = new QLabel(page);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    body->setMinimumWidth(320);
    body->setMaximumWidth(640);
    // Centred by stretches, not by an alignment flag: a word-wrapped label placed with one gets no
    // height for its width and is cut off.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(body, 4);
    row->addStretch(1);
    l->addWidget(head);
    l->addSpacing(8);
    l->addLayout(row);
    l->addStretch(3);
    return page;
}

void LoadStateStack::showState(State state)
{
    m_state = state;
    switch (state) {
    case State::Loading: setCurrentWidget(m_loading); break;
    case State::Empty: setCurrentWidget(m_empty); break;
    case State::Error: setCurrentWidget(m_error); break;
    case State::Ready: setCurrentWidget(m_content); break;
    }
}

} // namespace bulkhead::ui
