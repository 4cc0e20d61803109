#pragma once

#include "controls/controlstatus.h"
#include "model/severity.h"

#include <QColor>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>

namespace bulkhead::pdf::reporttext {

// The report's words and formats, shared by the section renderers. Every text that comes from a
// store goes through q() into a plain QString: the layout engine draws it as text, never markup.
QString tr(const char *text);
inline QString q(const std::string &s) { return QString::fromStdString(s); }

QString day(std::int64_t t);            // "2026-11-29"; "never" for 0
QString dateTime(std::int64_t t);       // "2026-11-29 10:00 UTC"; "never" for 0
QString number(std::int64_t n);         // "1,234" (thousands grouped, so long counts read)
QString score(const std::optional<double> &s); // "61.1", "75", "-"
QString percent(std::int64_t part, std::int64_t whole); // "40%", "-" for an empty whole

QString severityLabel(int severity);   // "Critical", ..., "Unknown"
QColor severityColor(int severity);    // the findings table's colours (ui/findings)
QString statusLabel(ControlStatus s);  // "Pass", "Not assessed"
QColor statusColor(ControlStatus s);   // the Controls page's colours (ui/controls)

} // namespace bulkhead::pdf::reporttext
