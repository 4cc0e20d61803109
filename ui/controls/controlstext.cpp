#include "controls/controlstext.h"

#include "controls/measurestatus.h"
#include "i18n/localeformat.h"
#include "pages/pageid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace bulkhead::ui::controlstext {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr(): lupdate files the strings under the macro's context, the one
// tr() looks up at run time.
class ControlsText
{
    Q_DECLARE_TR_FUNCTIONS(ControlsText)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

QString statusLabel(ControlStatus status)
{
    switch (status) {
    case ControlStatus::Pass: return ControlsText::tr("Pass");
    case ControlStatus::Partial: return ControlsText::tr("Partial");
    case ControlStatus::Fail: return ControlsText::tr("Fail");
    case ControlStatus::Attested: return ControlsText::tr("Attested");
    case ControlStatus::NotAssessed: break;
    }
    return ControlsText::tr("Not assessed");
}

QColor statusColor(ControlStatus status)
{
    // The severity palette's hues (findings), so that red means the same on every page.
    switch (status) {
    case ControlStatus::Pass: return QColor(0x15, 0x80, 0x3d);
    case ControlStatus::Partial: return QColor(0xb4, 0x53, 0x09);
    case ControlStatus::Fail: return QColor(0xb9, 0x1c, 0x1c);
    case ControlStatus::Attested: return QColor(0x1d, 0x4e, 0xd8);
    case ControlStatus::NotAssessed: break;
    }
    return QColor(0x6b, 0x72, 0x80);
}

int statusRank(ControlStatus status)
{
    switch (status) {
    case ControlStatus::Fail: return 0;
    case ControlStatus::Partial: return 1;
    case ControlStatus::NotAssessed: return 2;
    case ControlStatus::Attested: return 3;
    case ControlStatus::Pass: return 4;
    }
    return 2;
}

// The guide's section titles, as core's controlAreaTitle gives them to the CLI and the report;
// here through ControlsText::tr() for translation.
QString areaTitle(ControlArea area)
{
    switch (area) {
    case ControlArea::Build: return ControlsText::tr("Build and image security");
    case ControlArea::Runtime: return ControlsText::tr("Runtime controls");
    case ControlArea::Secrets: return ControlsText::tr("Secrets and configuration");
    case ControlArea::Identity: return ControlsText::tr("Access and identity");
    case ControlArea::SupplyChain: return ControlsText::tr("CI/CD and supply chain");
    case ControlArea::IncidentReadiness: return ControlsText::tr("Incident readiness and governance");
    }
    return {};
}

QString attestationStatusLabel(AttestationStatus status)
{
    switch (status) {
    case AttestationStatus::Pass: return ControlsText::tr("holds (pass)");
    case AttestationStatus::Partial: return ControlsText::tr("holds in part (partial)");
    case AttestationStatus::Fail: return ControlsText::tr("does not hold (fail)");
    case AttestationStatus::Withdrawn: return ControlsText::tr("withdrawn");
    }
    return {};
}

QString measureSummary(const EvidenceMeasure &m)
{
    if (!m.assessed)
        return m.notAssessedReason.empty() ? ControlsText::tr("not assessed")
                                           : ControlsText::tr("not assessed: %1").arg(q(m.notAssessedReason));
    const QLocale locale;
    const QString checked = locale.toString(static_cast<qint64>(m.checked));
    if (m.failing == 0)
        return ControlsText::tr("%1 %2, none %3").arg(checked, q(m.noun), q(m.failingAs));
    // core words the count as one translated sentence ("3 of 41 images unsigned").
    return q(measureCountText(m));
}

QString scoreText(const std::optional<double> &score)
{
    if (!score)
        return QStringLiteral("–");
    return QLocale().toString(*score, 'f', 0);
}

QString dateText(std::int64_t unixSeconds)
{
    return i18n::localDate(QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).date());
}

QString linkButtonText(const EvidenceLink &link)
{
    if (const auto page = pageFromKey(q(link.page)))
        return ControlsText::tr("Show in %1").arg(pageTitle(*page));
    return ControlsText::tr("Show");
}

} // namespace bulkhead::ui::controlstext
