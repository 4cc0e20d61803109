#include "pages/pagetext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bulkhead::ui {

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}

QLabel *makeParagraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel *makeNote(const QString &text, QWidget *parent)
{
    QLabel *label = makeParagraph(text, parent);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
    return label;
}

QWidget *readableColumn(QWidget *content, QWidget *parent)
{
    // About 100 characters: prose stays readable, and the welcome page's button-and-note rows fit.
    const int em = content->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    content->setMaximumWidth(100 * content->fontMetrics().averageCharWidth());
    auto *inner = new QWidget;
    auto *row = new QHBoxLayout(inner);
    row->setContentsMargins(3 * em, 2 * em, 3 * em, 2 * em);
    row->addWidget(content, 1, Qt::AlignTop);
    row->addStretch(0);
    // Scrolls rather than clips when the window is small.
    auto *scroll = new QScrollArea(parent);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    return scroll;
}

} // namespace bulkhead::ui
