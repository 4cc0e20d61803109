#pragma once

#include "drills/drill.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead::ui::drillstext {

// The words of the Drills page, in one place so that the table, the run editor, the history and
// the dialogs say the same thing.

// "Tabletop exercise" / "Post-incident review" (translated).
QString kindTitle(DrillKind kind);
// "Every 90 days", "Quarterly", "On demand".
QString cadenceText(int cadenceDays);
// yyyy-MM-dd in local time; empty for 0.
QString dateText(std::int64_t unixSeconds);
// Local midnight of the day `unixSeconds` falls on, and back: runs and due dates are days.
std::int64_t startOfDay(std::int64_t unixSeconds);
// "alice, bob" from a list, and the list back from what a person typed (commas or semicolons,
// blanks trimmed, empty entries dropped).
QString joinNames(const std::vector<std::string> &names);
std::vector<std::string> splitNames(const QString &text);
// The checklist items that stop completion: neither done nor explained in their notes.
QStringList unexplainedItems(const DrillRun &run);
// "3 of 7 items done" for a run.
QString progressText(const DrillRun &run);

} // namespace bulkhead::ui::drillstext
