#pragma once

#include "pdfdocument.h"

#include <QColor>
#include <QFont>

namespace bulkhead::pdf {

// The report's look in one place: fonts per text style and the few colours the layout uses.
// Sizes are whole points set as pixel sizes: the PDF writer runs at 72 dpi, so a pixel is a
// point, and a font with a pixel size measures the same with or without a paint device (the
// measuring pass has none).

// DejaVu Sans (and Mono) registered from fonts-dejavu-core's files once per process; when they
// are missing the family names still resolve through fontconfig to the nearest installed font.
QString sansFamily();
QString monoFamily();

QFont styleFont(TextStyle style, bool bold = false);

namespace colours {
inline QColor text() { return {0x1f, 0x29, 0x37}; }
inline QColor muted() { return {0x6b, 0x72, 0x80}; }
inline QColor rule() { return {0xd1, 0xd5, 0xdb}; }
inline QColor tableHeader() { return {0xe5, 0xe7, 0xeb}; }
inline QColor stripe() { return {0xf3, 0xf4, 0xf6}; }
} // namespace colours

} // namespace bulkhead::pdf
