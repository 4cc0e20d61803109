#pragma once

#include "controls/controlarea.h"
#include "controls/controlstatus.h"
#include "model/severity.h"
#include "pdfreport.h"
#include "report/reportmodel.h"

#include <QColor>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>

namespace bulkhead::pdf::reporttext {

// The report's words and formats, shared by the section renderers. Every text that comes from a
// store goes through q() into a plain QString: the layout engine draws it as text, never markup.
// Words go through PdfReport::tr; dates and numbers through core/i18n's locale formats, so under
// the C locale (tests, scripts) they stay ISO dates and plain numbers. Times are printed in UTC,
// as the store keeps them: an auditor compares them with logs from other time zones.
inline QString q(const std::string &s) { return QString::fromStdString(s); }

QString day(std::int64_t t);            // "2026-11-29" / "29.11.2026"; "never" for 0
QString dateTime(std::int64_t t);       // "2026-11-29 10:00 UTC" / "29.11.2026 10:00 UTC"; "never" for 0
QString dateAxisFormat();               // the day format above as a QDateTime format string (chart axes)
QString number(std::int64_t n);         // "1234" / "1.234" / "1 234"
QString score(const std::optional<double> &s); // "61.1" / "61,1", "75", "-"
QString percent(std::int64_t part, std::int64_t whole); // "40%" / "40 %", "-" for an empty whole
QString days(std::int64_t n);           // an age or a period: "12 d" / "12 T" / "12 j"

QString reportTitle(const ReportTitle &t); // the model's default title, translated; a custom one as it is

QString areaTitle(ControlArea area);    // the practice guide's section titles (core's controlAreaTitle), translated
QString severityLabel(int severity);   // "Critical", ..., "Unknown"
QColor severityColor(int severity);    // the findings table's colours (ui/findings)
QString statusLabel(ControlStatus s);  // "Pass", "Not assessed"
QColor statusColor(ControlStatus s);   // the Controls page's colours (ui/controls)

// core's machine names (findingStatusName, reviewStateName, ...) as a reader's words; a name the
// tables do not know is printed as it is.
QString findingStatusLabel(const std::string &name); // "open", "false_positive", ...
QString findingKindLabel(const std::string &name);   // "vulnerability", "misconfiguration", ...
QString reviewStateLabel(const std::string &name);   // "current", "due", "never reviewed", "changed"
QString secretStoreLabel(const std::string &name);   // "kubernetes", "vault", "inventory"
QString ageSourceLabel(const std::string &name);     // "version history", "creation only", ...
QString sourceKindLabel(const std::string &name);    // "registry", "cluster", "scanner", ...
QString collectionStatusLabel(const std::string &name); // "complete", "partial", "failed", "stale", ...
QString drillKindLabel(const std::string &name);     // "tabletop", "post-incident"
QString attestationStatusLabel(const std::string &name); // "pass", "partial", "fail", "withdrawn"

} // namespace bulkhead::pdf::reporttext
