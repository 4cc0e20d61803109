#pragma once

#include "controls/attestation.h"
#include "controls/controlarea.h"
#include "controls/controlstatus.h"
#include "controls/evidencemeasure.h"

#include <QColor>
#include <QString>

#include <optional>

namespace bulkhead::ui::controlstext {

// "Pass", "Partial", "Fail", "Not assessed", "Attested".
QString statusLabel(ControlStatus status);
// The badge colour of a status (fail red, partial amber, pass green, attested blue, grey).
QColor statusColor(ControlStatus status);
// Order for sorting and the worst-first default: fail, partial, not assessed, attested, pass.
int statusRank(ControlStatus status);
// The guide's area titles, translatable.
QString areaTitle(ControlArea area);
QString attestationStatusLabel(AttestationStatus status);

// "3 of 41 images unsigned" / "41 images, none unsigned" / "not assessed: no registry collected".
QString measureSummary(const EvidenceMeasure &m);
// "75" / "–" for a score (0..100); no decimals: the working shows them.
QString scoreText(const std::optional<double> &score);
// "2026-10-01" in UTC, as the CLI and report write dates.
QString dateText(std::int64_t unixSeconds);
// "Findings", "Images", ... for a drill-down button: "Show in Images".
QString linkButtonText(const EvidenceLink &link);

} // namespace bulkhead::ui::controlstext
