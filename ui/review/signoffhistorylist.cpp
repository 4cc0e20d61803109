#include "review/signoffhistorylist.h"

#include "review/weeklyreviewtext.h"

#include <QHeaderView>

namespace bulkhead::ui {

SignoffHistoryList::SignoffHistoryList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("signoffHistory"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Signed"), tr("By"), tr("Score"), tr("Notes")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Sign-off history"));
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(SignedColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ByColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ScoreColumn, QHeaderView::ResizeToContents);
}

void SignoffHistoryList::setSignoffs(const std::vector<Signoff> &signoffs)
{
    clear();
    QList<QTreeWidgetItem *> rows;
    for (const Signoff &s : signoffs) {
        auto *row = new QTreeWidgetItem;
        row->setText(SignedColumn, weeklytext::dateTime(s.signedAt));
        row->setData(SignedColumn, SignoffIdRole, static_cast<qlonglong>(s.id));
        row->setText(ByColumn, QString::fromStdString(s.signedBy));
        row->setText(ScoreColumn, weeklytext::score(s.score));
        row->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
        const QString notes = QString::fromStdString(s.notes);
        row->setText(NotesColumn, notes.section(QLatin1Char('\n'), 0, 0));
        row->setToolTip(NotesColumn, notes);
        rows.append(row);
    }
    addTopLevelItems(rows);
}

} // namespace bulkhead::ui
