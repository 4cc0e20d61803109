#include "reportsectioncontext.h"

namespace bulkhead::pdf {

bool SectionContext::sectionDone()
{
    // The measuring pass paints nothing: its pages are not the user's progress.
    if (m_progress && doc.pass() == Pass::Paint)
        m_progress(doc.pageNumber(), doc.pageCount());
    return !cancelled();
}

bool SectionContext::row()
{
    if ((++m_rows & 0xff) != 0)
        return true;
    return sectionDone();
}

} // namespace bulkhead::pdf
