#pragma once

#include "kube/workloadcheck.h"
#include "model/severity.h"

#include <QColor>
#include <QString>

#include <string_view>

namespace bulkhead::ui::workloadtext {

// The words, glyphs and colours of the Workloads view, in one place so that the matrix, its
// tooltips, the filter bar and the panels say the same thing.

// A check's column header: a few letters ("Priv", "RoFS"), so that seventeen checks fit beside
// the workload's name; the full title is the header's tooltip.
QString checkShortLabel(std::string_view checkId);
// "Privileged container" (the rule's title when the rule catalog has one).
QString checkTitle(std::string_view checkId);
// "RUN-1": the control the check speaks to.
QString checkControl(std::string_view checkId);

// "fail", "pass", "n/a", "not assessed" (translated).
QString stateName(CheckState state);
// A glyph per state, so that the matrix reads without colour: ✗ fail, ✓ pass, – n/a, ? not assessed.
QString stateGlyph(CheckState state);
// The cell's fill: a red that darkens with severity for a failure, green for a pass, light grey for
// n/a, a grey (drawn hatched) for not assessed.
QColor stateColor(CheckState state, Severity severity);
// Black or white, whichever reads on `fill`.
QColor textOn(const QColor &fill);

// "critical", "high", ... (translated).
QString severityName(Severity severity);

// The multi-line tooltip of one matrix cell: check, control, state (and severity), the field
// path and the message of the first failing container, how many containers fail.
QString cellToolTip(std::string_view checkId, CheckState state, Severity severity, const QString &path,
                    const QString &message, int failingContainers);

} // namespace bulkhead::ui::workloadtext
