#include "placeholder/placeholderpage.h"

#include "pages/pagetext.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bulkhead::ui {

PlaceholderPage::PlaceholderPage(const PlaceholderContent &content, QWidget *parent)
    : QWidget(parent), m_content(content)
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeHeading(content.title, column));
    layout->addWidget(makeNote(tr("Not built yet. %1").arg(content.arrival), column));
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(makeParagraph(content.summary, column));

    auto *facts = new QFormLayout;
    facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    facts->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    facts->addRow(new QLabel(tr("<b>Fed by</b>"), column), makeParagraph(content.sources, column));
    facts->addRow(new QLabel(tr("<b>Controls</b>"), column), makeParagraph(content.controls, column));
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(facts);

    if (content.related) {
        auto *show = new QPushButton(content.relatedLabel, column);
        show->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        connect(show, &QPushButton::clicked, this, [this] { Q_EMIT findingsRequested(*m_content.related); });
        layout->addSpacing(fontMetrics().height() / 2);
        layout->addWidget(show);
    }
    layout->addStretch(1);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(readableColumn(column, this));
}

} // namespace bulkhead::ui
