#pragma once

#include "pdfdocument.h"
#include "report/reportmodel.h"

#include <atomic>
#include <cstdint>
#include <functional>

namespace bulkhead::pdf {

// What every section renderer gets: the document of the current pass, the model, and the
// writer's progress and cancel. Long tables (every critical finding of a million-finding store)
// call row() per line, so a cancel is seen within a few hundred rows and progress moves inside
// a section too.
class SectionContext
{
public:
    SectionContext(PdfDocument &doc, const ReportModel &model, const std::atomic<bool> *cancel,
                   std::function<void(int done, int total)> progress)
        : doc(doc), model(model), m_cancel(cancel), m_progress(std::move(progress))
    {}

    PdfDocument &doc;
    const ReportModel &model;

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    // After a section: report the page reached (painting pass only). False when cancelled.
    bool sectionDone();
    // After a table row: every 256 rows, the same as sectionDone(). False when cancelled.
    bool row();

private:
    const std::atomic<bool> *m_cancel;
    std::function<void(int, int)> m_progress;
    std::uint32_t m_rows = 0;
};

} // namespace bulkhead::pdf
