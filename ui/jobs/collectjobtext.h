#pragma once

#include "jobs/jobrecord.h"

#include <QString>

#include <string>

namespace bulkhead::ui::collectjobtext {

// jobtext's sentences for a registry collection job (JobRecord::Kind::Collect).
QString title(const JobRecord &job);    // "Collect all registry sources", "Collect registry team"
QString progress(const JobRecord &job); // "team: manifests 40 of 120"
QString result(const JobRecord &job);   // "Collected 2 sources: ..." or why not
QString errorsHeading(const JobRecord &job); // "1 source failed"
// A collection run's status as the store keeps it ("complete", "partial", "failed", "cancelled",
// "running"), in words for people; an unknown one as it is.
QString runStatus(const std::string &status);

} // namespace bulkhead::ui::collectjobtext
