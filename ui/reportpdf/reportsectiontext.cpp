#include "reportsectiontext.h"

#include "i18n/localeformat.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace bulkhead::pdf::reporttext {

namespace {

bool cLocale()
{
    return QLocale().language() == QLocale::C;
}

QDateTime utc(std::int64_t t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
}

// A word of one of core's vocabularies: the machine name and the text lupdate collects
// (QT_TRANSLATE_NOOP3: source and disambiguation), translated only when a report is laid out.
struct Text
{
    const char *source;
    const char *comment;
};
struct Term
{
    const char *name;
    Text text;
};

template<std::size_t N>
QString lookup(const Term (&terms)[N], const std::string &name)
{
    for (const Term &t : terms) {
        if (name == t.name)
            return PdfReport::tr(t.text.source, t.text.comment);
    }
    return q(name);
}

constexpr Term kFindingStatuses[] = {
    {"open", QT_TRANSLATE_NOOP3("PdfReport", "open", "finding status")},
    {"confirmed", QT_TRANSLATE_NOOP3("PdfReport", "confirmed", "finding status")},
    {"false_positive", QT_TRANSLATE_NOOP3("PdfReport", "false positive", "finding status")},
    {"risk_accepted", QT_TRANSLATE_NOOP3("PdfReport", "risk accepted", "finding status")},
    {"mitigated", QT_TRANSLATE_NOOP3("PdfReport", "mitigated", "finding status")},
    {"resolved", QT_TRANSLATE_NOOP3("PdfReport", "resolved", "finding status")},
    {"reopened", QT_TRANSLATE_NOOP3("PdfReport", "reopened", "finding status")},
};

constexpr Term kFindingKinds[] = {
    {"vulnerability", QT_TRANSLATE_NOOP3("PdfReport", "vulnerability", "finding kind")},
    {"misconfiguration", QT_TRANSLATE_NOOP3("PdfReport", "misconfiguration", "finding kind")},
    {"secret", QT_TRANSLATE_NOOP3("PdfReport", "secret", "finding kind")},
    {"unknown", QT_TRANSLATE_NOOP3("PdfReport", "unknown", "finding kind")},
};

constexpr Term kReviewStates[] = {
    {"current", QT_TRANSLATE_NOOP3("PdfReport", "current", "RBAC binding review state")},
    {"due", QT_TRANSLATE_NOOP3("PdfReport", "due", "RBAC binding review state")},
    {"never reviewed", QT_TRANSLATE_NOOP3("PdfReport", "never reviewed", "RBAC binding review state")},
    {"changed", QT_TRANSLATE_NOOP3("PdfReport", "changed since review", "RBAC binding review state")},
};

constexpr Term kSecretStores[] = {
    {"kubernetes", QT_TRANSLATE_NOOP3("PdfReport", "Kubernetes", "secret store kind")},
    {"vault", QT_TRANSLATE_NOOP3("PdfReport", "Vault", "secret store kind")},
    {"inventory", QT_TRANSLATE_NOOP3("PdfReport", "inventory", "secret store kind")},
};

// "managedFields" is a Kubernetes field name and stays as it is.
constexpr Term kAgeSources[] = {
    {"version history", QT_TRANSLATE_NOOP3("PdfReport", "version history", "where a secret's age comes from")},
    {"inventory", QT_TRANSLATE_NOOP3("PdfReport", "inventory", "where a secret's age comes from")},
    {"annotation", QT_TRANSLATE_NOOP3("PdfReport", "annotation", "where a secret's age comes from")},
    {"creation only", QT_TRANSLATE_NOOP3("PdfReport", "creation only", "where a secret's age comes from")},
    {"unknown", QT_TRANSLATE_NOOP3("PdfReport", "unknown", "where a secret's age comes from")},
};

constexpr Term kSourceKinds[] = {
    {"registry", QT_TRANSLATE_NOOP3("PdfReport", "registry", "source kind")},
    {"cluster", QT_TRANSLATE_NOOP3("PdfReport", "cluster", "source kind")},
    {"vault", QT_TRANSLATE_NOOP3("PdfReport", "Vault", "source kind")},
    {"inventory", QT_TRANSLATE_NOOP3("PdfReport", "inventory", "source kind")},
    {"scanner", QT_TRANSLATE_NOOP3("PdfReport", "scanner", "source kind")},
};

constexpr Term kCollectionStatuses[] = {
    {"complete", QT_TRANSLATE_NOOP3("PdfReport", "complete", "collection status")},
    {"partial", QT_TRANSLATE_NOOP3("PdfReport", "partial", "collection status")},
    {"failed", QT_TRANSLATE_NOOP3("PdfReport", "failed", "collection status")},
    {"never collected", QT_TRANSLATE_NOOP3("PdfReport", "never collected", "collection status")},
    {"imported", QT_TRANSLATE_NOOP3("PdfReport", "imported", "collection status")},
    {"stale", QT_TRANSLATE_NOOP3("PdfReport", "stale", "collection status")},
    {"running", QT_TRANSLATE_NOOP3("PdfReport", "running", "collection status")},
    {"cancelled", QT_TRANSLATE_NOOP3("PdfReport", "cancelled", "collection status")},
};

constexpr Term kDrillKinds[] = {
    {"tabletop", QT_TRANSLATE_NOOP3("PdfReport", "tabletop", "drill kind")},
    {"post-incident", QT_TRANSLATE_NOOP3("PdfReport", "post-incident", "drill kind")},
};

constexpr Term kAttestationStatuses[] = {
    {"pass", QT_TRANSLATE_NOOP3("PdfReport", "pass", "attestation status")},
    {"partial", QT_TRANSLATE_NOOP3("PdfReport", "partial", "attestation status")},
    {"fail", QT_TRANSLATE_NOOP3("PdfReport", "fail", "attestation status")},
    {"withdrawn", QT_TRANSLATE_NOOP3("PdfReport", "withdrawn", "attestation status")},
};

} // namespace

QString day(std::int64_t t)
{
    if (t == 0)
        return PdfReport::tr("never");
    return i18n::localDate(utc(t).date());
}

QString dateTime(std::int64_t t)
{
    if (t == 0)
        return PdfReport::tr("never");
    const QDateTime at = utc(t);
    const QString time = cLocale() ? at.time().toString(QStringLiteral("HH:mm"))
                                   : QLocale().toString(at.time(), QLocale::ShortFormat);
    return PdfReport::tr("%1 %2 UTC", "date, time of day").arg(i18n::localDate(at.date()), time);
}

QString dateAxisFormat()
{
    if (cLocale())
        return QStringLiteral("yyyy-MM-dd");
    // As i18n::localDate writes a day: the locale's short format with a four-digit year.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString number(std::int64_t n)
{
    return i18n::localNumber(n);
}

QString score(const std::optional<double> &s)
{
    if (!s)
        return QStringLiteral("-");
    // One decimal, none when it is .0: "75" rather than "75.0".
    const double rounded = std::round(*s * 10.0) / 10.0;
    if (rounded == std::floor(rounded))
        return i18n::localNumber(static_cast<std::int64_t>(rounded));
    return i18n::localNumber(rounded, 1);
}

QString percent(std::int64_t part, std::int64_t whole)
{
    if (whole <= 0)
        return QStringLiteral("-");
    // Whole percents rounded half up, as before: 12.5% is 13%.
    const double whole100 = std::floor(100.0 * static_cast<double>(part) / static_cast<double>(whole) + 0.5);
    return i18n::localPercent(whole100 / 100.0, 0);
}

QString days(std::int64_t n)
{
    return PdfReport::tr("%1 d", "a number of days, abbreviated").arg(number(n));
}

QString reportTitle(const ReportTitle &t)
{
    if (t.title == ReportTitle().title)
        return PdfReport::tr("Container security posture report");
    return q(t.title);
}

QString areaTitle(ControlArea area)
{
    switch (area) {
    case ControlArea::Build: return PdfReport::tr("Build and image security");
    case ControlArea::Runtime: return PdfReport::tr("Runtime controls");
    case ControlArea::Secrets: return PdfReport::tr("Secrets and configuration");
    case ControlArea::Identity: return PdfReport::tr("Access and identity");
    case ControlArea::SupplyChain: return PdfReport::tr("CI/CD and supply chain");
    case ControlArea::IncidentReadiness: return PdfReport::tr("Incident readiness and governance");
    }
    return q(std::string(controlAreaTitle(area)));
}

QString severityLabel(int severity)
{
    switch (static_cast<Severity>(severity)) {
    case Severity::Critical: return PdfReport::tr("Critical", "severity");
    case Severity::High: return PdfReport::tr("High", "severity");
    case Severity::Medium: return PdfReport::tr("Medium", "severity");
    case Severity::Low: return PdfReport::tr("Low", "severity");
    case Severity::Info: return PdfReport::tr("Info", "severity");
    case Severity::Unknown: break;
    }
    return PdfReport::tr("Unknown", "severity");
}

QColor severityColor(int severity)
{
    switch (static_cast<Severity>(severity)) {
    case Severity::Critical: return QColor(0x9b, 0x1c, 0x1c);
    case Severity::High: return QColor(0xd9, 0x4a, 0x1e);
    case Severity::Medium: return QColor(0xc7, 0x8a, 0x00);
    case Severity::Low: return QColor(0x3b, 0x7d, 0xc4);
    case Severity::Info: return QColor(0x6b, 0x72, 0x80);
    case Severity::Unknown: break;
    }
    return QColor(0x9c, 0xa3, 0xaf);
}

QString statusLabel(ControlStatus s)
{
    switch (s) {
    case ControlStatus::Pass: return PdfReport::tr("Pass", "control status");
    case ControlStatus::Partial: return PdfReport::tr("Partial", "control status");
    case ControlStatus::Fail: return PdfReport::tr("Fail", "control status");
    case ControlStatus::Attested: return PdfReport::tr("Attested", "control status");
    case ControlStatus::NotAssessed: break;
    }
    return PdfReport::tr("Not assessed", "control status");
}

QColor statusColor(ControlStatus s)
{
    switch (s) {
    case ControlStatus::Pass: return QColor(0x15, 0x80, 0x3d);
    case ControlStatus::Partial: return QColor(0xb4, 0x53, 0x09);
    case ControlStatus::Fail: return QColor(0xb9, 0x1c, 0x1c);
    case ControlStatus::Attested: return QColor(0x1d, 0x4e, 0xd8);
    case ControlStatus::NotAssessed: break;
    }
    return QColor(0x6b, 0x72, 0x80);
}

QString findingStatusLabel(const std::string &name) { return lookup(kFindingStatuses, name); }
QString findingKindLabel(const std::string &name) { return lookup(kFindingKinds, name); }
QString reviewStateLabel(const std::string &name) { return lookup(kReviewStates, name); }
QString secretStoreLabel(const std::string &name) { return lookup(kSecretStores, name); }
QString ageSourceLabel(const std::string &name) { return lookup(kAgeSources, name); }
QString sourceKindLabel(const std::string &name) { return lookup(kSourceKinds, name); }
QString collectionStatusLabel(const std::string &name) { return lookup(kCollectionStatuses, name); }
QString drillKindLabel(const std::string &name) { return lookup(kDrillKinds, name); }
QString attestationStatusLabel(const std::string &name) { return lookup(kAttestationStatuses, name); }

} // namespace bulkhead::pdf::reporttext
