#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace bulkhead::ui {

// The few text styles the main window's own pages (welcome, placeholders) share, so that they
// look alike without a style sheet per page.
QLabel *makeHeading(const QString &text, QWidget *parent);
// Wrapped, selectable body text.
QLabel *makeParagraph(const QString &text, QWidget *parent);
// A secondary note in the palette's placeholder colour.
QLabel *makeNote(const QString &text, QWidget *parent);

// Lays `content` out at a readable line length, top-aligned, with margins: long lines of prose
// across a wide window are hard to read.
QWidget *readableColumn(QWidget *content, QWidget *parent);

} // namespace bulkhead::ui
