#pragma once

#include "jobs/jobrecord.h"

#include <QString>

namespace bulkhead::ui::collectjobtext {

// jobtext's sentences for a registry collection job (JobRecord::Kind::Collect).
QString title(const JobRecord &job);    // "Collect all registry sources", "Collect registry team"
QString progress(const JobRecord &job); // "team: manifests 40 of 120"
QString result(const JobRecord &job);   // "Collected 2 sources: ..." or why not
QString errorsHeading(const JobRecord &job); // "1 source failed"

} // namespace bulkhead::ui::collectjobtext
