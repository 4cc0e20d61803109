#include "images/imagetext.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace bulkhead::ui::imagetext {

namespace {

// The Images view's words: a class of their own so that lupdate files them under the context tr()
// looks up at run time.
class ImageText
{
    Q_DECLARE_TR_FUNCTIONS(ImageText)
};

} // namespace

QString signature(SignatureState state)
{
    switch (state) {
    case SignatureState::Unsigned: return ImageText::tr("Unsigned");
    case SignatureState::SignedNotVerified: return ImageText::tr("Signed, not verified");
    case SignatureState::Verified: return ImageText::tr("Verified");
    case SignatureState::Invalid: return ImageText::tr("Invalid");
    }
    return {};
}

QColor signatureColor(SignatureState state)
{
    switch (state) {
    case SignatureState::Verified: return QColor(0x15, 0x80, 0x3d);
    case SignatureState::Invalid: return QColor(0xb9, 0x1c, 0x1c);
    case SignatureState::SignedNotVerified: return QColor(0xb4, 0x53, 0x09);
    case SignatureState::Unsigned: break;
    }
    return QColor(0x6b, 0x72, 0x80);
}

QString signatureSymbol(SignatureState state)
{
    switch (state) {
    case SignatureState::Verified: return QStringLiteral("\u2713");
    case SignatureState::Invalid: return QStringLiteral("\u2717");
    case SignatureState::SignedNotVerified: return QStringLiteral("?");
    case SignatureState::Unsigned: break;
    }
    return QStringLiteral("\u2013");
}

namespace {

// How long ago `t` was, in the largest unit that reads well: hours under a day, days under two months,
// months under two years, then years. Empty when `t` is unknown.
struct Span {
    enum class Unit { Hour, Day, Month, Year } unit;
    int count;
};

std::optional<Span> span(std::int64_t t, std::int64_t now)
{
    if (t <= 0)
        return std::nullopt;
    const qint64 s = std::max<qint64>(0, now - t);
    const qint64 days = s / 86400;
    if (days == 0)
        return Span{Span::Unit::Hour, int(s / 3600)};
    if (days < 60)
        return Span{Span::Unit::Day, int(days)};
    if (days < 730)
        return Span{Span::Unit::Month, int(days / 30)}; // 2 to 24
    return Span{Span::Unit::Year, int(days / 365)};
}

// Each unit's texts, plain and "ago". English is the source language and ships no translation to pick
// a form, and Qt prints a plural entry's source as written ("1 hour(s)"), so English keeps a singular and
// a plural source; each is a plural entry, so that a translation picks its own language's form. "ago" is
// a text of its own, not "%1 ago" around age(): German and French inflect the span ("vor 3 Tagen").
struct UnitText {
    const char *one; // nullptr: the unit is never one (months: 2 to 24)
    const char *many;
    const char *oneAgo;
    const char *manyAgo;
};

constexpr UnitText kUnitTexts[] = {
    {QT_TRANSLATE_N_NOOP("ImageText", "%n hour"), QT_TRANSLATE_N_NOOP("ImageText", "%Ln hours"),
     QT_TRANSLATE_N_NOOP("ImageText", "%n hour ago"), QT_TRANSLATE_N_NOOP("ImageText", "%Ln hours ago")},
    {QT_TRANSLATE_N_NOOP("ImageText", "%n day"), QT_TRANSLATE_N_NOOP("ImageText", "%Ln days"),
     QT_TRANSLATE_N_NOOP("ImageText", "%n day ago"), QT_TRANSLATE_N_NOOP("ImageText", "%Ln days ago")},
    {nullptr, QT_TRANSLATE_N_NOOP("ImageText", "%Ln months"), nullptr, QT_TRANSLATE_N_NOOP("ImageText", "%Ln months ago")},
    {QT_TRANSLATE_N_NOOP("ImageText", "%n year"), QT_TRANSLATE_N_NOOP("ImageText", "%Ln years"),
     QT_TRANSLATE_N_NOOP("ImageText", "%n year ago"), QT_TRANSLATE_N_NOOP("ImageText", "%Ln years ago")},
};

QString spanText(std::int64_t t, std::int64_t now, bool ago)
{
    const std::optional<Span> a = span(t, now);
    if (!a)
        return {};
    const int n = a->count;
    if (a->unit == Span::Unit::Hour && n == 0)
        return ImageText::tr("just now");
    const UnitText &u = kUnitTexts[static_cast<int>(a->unit)];
    const char *text = n == 1 && u.one ? (ago ? u.oneAgo : u.one) : (ago ? u.manyAgo : u.many);
    return QCoreApplication::translate("ImageText", text, nullptr, n);
}

} // namespace

QString age(std::int64_t t, std::int64_t now)
{
    return spanText(t, now, false);
}

QString ago(std::int64_t t, std::int64_t now)
{
    return spanText(t, now, true);
}

QString size(std::int64_t bytes)
{
    return bytes > 0 ? QLocale().formattedDataSize(bytes) : QString();
}

QString shortDigest(const std::string &digest)
{
    const QString d = QString::fromStdString(digest);
    const qsizetype colon = d.indexOf(QLatin1Char(':'));
    // Algorithm and 12 hex digits, as docker and skopeo print them: enough to tell images apart.
    return colon < 0 ? d.left(12) : d.left(colon + 1 + 12);
}

QString sbom(const std::string &format, std::int64_t created, std::int64_t now)
{
    if (format.empty())
        return ImageText::tr("none");
    const QString name = QString::fromStdString(format) == QLatin1String("cyclonedx") ? QStringLiteral("CycloneDX")
                                                                                      : QString::fromStdString(format).toUpper();
    const QString a = age(created, now);
    return a.isEmpty() ? name : ImageText::tr("%1 · %2").arg(name, a);
}

bool runsAsRoot(const std::string &user)
{
    // Same reading as ImageConfigInfo::runsAsRoot: no User, or uid 0 / root with any group.
    const QString u = QString::fromStdString(user).trimmed();
    if (u.isEmpty())
        return true;
    const QString name = u.section(QLatin1Char(':'), 0, 0);
    return name == QLatin1String("0") || name == QLatin1String("root");
}

QString user(const std::string &user)
{
    return user.empty() ? ImageText::tr("root (default)") : QString::fromStdString(user);
}

} // namespace bulkhead::ui::imagetext
