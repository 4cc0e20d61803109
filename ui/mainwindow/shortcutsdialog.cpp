#include "mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

QString plain(QString text)
{
    // "&Import reports…" -> "Import reports…" ("&&" stays a literal "&").
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

void collectMenu(const QMenu *menu, const QString &path, QList<ShortcutsDialog::Entry> &out)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collectMenu(action->menu(), path + QStringLiteral(" › ") + plain(action->text()), out);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            out.append({path, plain(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QMenuBar *menuBar)
{
    QList<Entry> entries;
    for (const QAction *top : menuBar->actions()) {
        if (top->menu())
            collectMenu(top->menu(), plain(top->text()), entries);
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    QTreeWidgetItem *group = nullptr;
    for (const Entry &e : collect(menuBar)) {
        if (!group || group->text(0) != e.menu) {
            group = new QTreeWidgetItem(m_tree, {e.menu});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(m_tree, {QStringLiteral("    ") + e.action, e.shortcut});
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36, fontMetrics().height() * 32);
}

} // namespace bulkhead::ui
