#include "reportsections.h"

namespace bulkhead::pdf {

bool renderReport(SectionContext &ctx)
{
    using Renderer = bool (*)(SectionContext &);
    for (Renderer render : {renderTitlePage, renderExecutiveSummary, renderControls, renderFindings, renderAcceptances,
                            renderRbac, renderSecrets, renderDrills, renderCoverage, renderSourcesAppendix}) {
        if (!render(ctx) || !ctx.sectionDone())
            return false;
    }
    return true;
}

} // namespace bulkhead::pdf
