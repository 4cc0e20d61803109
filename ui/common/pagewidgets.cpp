#include "common/pagewidgets.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bulkhead::ui {

QLabel *makeBoldLabel(const QString &text, double scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel *makeHint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
    return label;
}

QHBoxLayout *makePageHeader(const QString &title, QLabel *&subtitle, QLabel *&busy, QWidget *parent)
{
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(makeBoldLabel(title, 1.5, parent));
    subtitle = makeHint(QString(), parent);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);
    busy = makeHint(QCoreApplication::translate("PageHeader", "Refreshing…"), parent);
    busy->hide();
    header->addWidget(busy, 0, Qt::AlignTop);
    return header;
}

void styleAsCard(QFrame *frame, const QString &objectName)
{
    frame->setObjectName(objectName);
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: palette(base); border: 1px solid palette(mid); "
                                        "border-radius: 6px; }")
                             .arg(objectName));
}

} // namespace bulkhead::ui
