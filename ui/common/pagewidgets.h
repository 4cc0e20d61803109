#pragma once

#include <QString>

class QBoxLayout;
class QFrame;
class QHBoxLayout;
class QLabel;
class QWidget;

namespace bulkhead::ui {

// The dashboard pages' (Overview, Weekly review) small building blocks, so that they look alike.

// Bold text, `scale` times the window's font size (headings 1.5, card titles 1.1).
QLabel *makeBoldLabel(const QString &text, double scale, QWidget *parent);
// A word-wrapped secondary line in the palette's placeholder colour.
QLabel *makeHint(const QString &text, QWidget *parent);
// A dashboard page's top row: its title, a subtitle line under it ("As of ..."), and a hidden
// "Refreshing…" at the right that the page shows while it reads the store again. The caller may
// add more widgets to the row.
QHBoxLayout *makePageHeader(const QString &title, QLabel *&subtitle, QLabel *&busy, QWidget *parent);
// A panel in the base colour with a thin rounded border (the object name scopes the style sheet,
// so that the frames inside it keep their own look).
void styleAsCard(QFrame *frame, const QString &objectName);

} // namespace bulkhead::ui
