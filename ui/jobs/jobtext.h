#pragma once

#include "jobs/jobrecord.h"

#include <QString>

namespace bulkhead::ui {

// The sentences the jobs panel shows for a job, kept apart from the widgets so that they can be
// read and tested as text.
namespace jobtext {

QString title(const JobRecord &job);    // "Import 12 files", "Import folder reports"
QString state(const JobRecord &job);    // "Running", "Cancelled", ...
QString progress(const JobRecord &job); // "3 of 12 files · 1.2 MB of 4.8 MB"
// The outcome: "Imported 12 files: 3,120 new findings, 40 resolved" or why nothing was stored.
// Empty while the job runs.
QString result(const JobRecord &job);
// "3 files could not be imported", "1 source failed": the heading of the error list.
QString errorsHeading(const JobRecord &job);
// The per-file (per-source) errors, one per line.
QString fileErrors(const JobRecord &job);

} // namespace jobtext

} // namespace bulkhead::ui
