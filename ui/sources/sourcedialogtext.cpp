#include "sources/sourcedialogtext.h"

#include <QLabel>

namespace bulkhead::ui::sourcedialog {

QLabel *inlineLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void showResult(QLabel *label, const QString &text, bool ok)
{
    label->setText(text);
    label->setStyleSheet(QString::fromLatin1(ok ? kSuccessStyle : kProblemStyle));
}

} // namespace bulkhead::ui::sourcedialog
