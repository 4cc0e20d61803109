#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMenuBar;
class QTreeWidget;

namespace bulkhead::ui {

// Help > Keyboard shortcuts: every action of the menu bar that has a shortcut, read from the menus
// themselves so that the list cannot drift from what the keys do.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Entry {
        QString menu;     // "View"
        QString action;   // "Findings"
        QString shortcut; // "Ctrl+2" (all of an action's shortcuts, comma separated)
    };

    ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    static QList<Entry> collect(const QMenuBar *menuBar);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace bulkhead::ui
