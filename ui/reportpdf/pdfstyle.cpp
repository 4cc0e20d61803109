#include "pdfstyle.h"

#include <QFontDatabase>
#include <QStringList>

namespace bulkhead::pdf {

namespace {

struct Families {
    QString sans = QStringLiteral("DejaVu Sans");
    QString mono = QStringLiteral("DejaVu Sans Mono");
};

// Registering the files (rather than trusting fontconfig) makes the embedded font the same on
// every machine that has fonts-dejavu-core, whatever the desktop's font settings say.
const Families &families()
{
    static const Families loaded = [] {
        Families f;
        const QString dir = QStringLiteral("/usr/share/fonts/truetype/dejavu/");
        const QStringList files = {QStringLiteral("DejaVuSans.ttf"), QStringLiteral("DejaVuSans-Bold.ttf"),
                                   QStringLiteral("DejaVuSansMono.ttf"), QStringLiteral("DejaVuSansMono-Bold.ttf")};
        for (const QString &file : files) {
            const int id = QFontDatabase::addApplicationFont(dir + file);
            const QStringList names = id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList();
            if (names.isEmpty())
                continue; // not installed: the family name falls back through fontconfig
            (file.contains(QLatin1String("Mono")) ? f.mono : f.sans) = names.first();
        }
        return f;
    }();
    return loaded;
}

} // namespace

QString sansFamily() { return families().sans; }
QString monoFamily() { return families().mono; }

QFont styleFont(TextStyle style, bool bold)
{
    int size = 9;
    bool strong = bold;
    switch (style) {
    case TextStyle::Title: size = 24; strong = true; break;
    case TextStyle::Subtitle: size = 14; break;
    case TextStyle::Heading1: size = 16; strong = true; break;
    case TextStyle::Heading2: size = 12; strong = true; break;
    case TextStyle::Body: size = 9; break;
    case TextStyle::Small: size = 8; break;
    case TextStyle::Mono: size = 8; break;
    }
    QFont font(style == TextStyle::Mono ? monoFamily() : sansFamily());
    font.setPixelSize(size);
    font.setBold(strong);
    font.setKerning(false); // the fast path places glyphs by their advances: Qt's path must agree
    return font;
}

} // namespace bulkhead::pdf
