// Placeholder of the issue-9 contract: owner C replaces it.
#include "report/findingsexport.h"

namespace bulkhead {

FindingsExportResult exportFindings(const Database &, const FindingsExportOptions &, std::ostream &)
{
    FindingsExportResult r;
    r.error = "exports are not built yet";
    return r;
}

std::string findingsExportFormatName(FindingsExportFormat format)
{
    switch (format) {
    case FindingsExportFormat::OpenVex: return "openvex";
    case FindingsExportFormat::TrivyIgnore: return "trivyignore";
    case FindingsExportFormat::Sarif: return "sarif";
    }
    return "sarif";
}

bool parseFindingsExportFormat(const std::string &text, FindingsExportFormat &out)
{
    for (FindingsExportFormat f : {FindingsExportFormat::OpenVex, FindingsExportFormat::TrivyIgnore, FindingsExportFormat::Sarif})
        if (findingsExportFormatName(f) == text) {
            out = f;
            return true;
        }
    return false;
}

} // namespace bulkhead
