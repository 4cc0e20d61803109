#include "report/findingsexport.h"

#include "report/findingsexportrows.h"
#include "report/openvexexport.h"
#include "report/sarifexport.h"
#include "report/trivyignoreexport.h"
#include "store/storeerror.h"

#include <ctime>

namespace bulkhead {

FindingsExportResult exportFindings(const Database &db, const FindingsExportOptions &options, std::ostream &out)
{
    FindingsExportOptions effective = options;
    if (!effective.now)
        effective.now = static_cast<std::int64_t>(std::time(nullptr));
    FindingsExportResult result;
    try {
        const ExportFindingReader reader(db);
        switch (effective.format) {
        case FindingsExportFormat::OpenVex:
            result.items = writeOpenVex(reader, effective, out);
            break;
        case FindingsExportFormat::TrivyIgnore:
            result.items = writeTrivyIgnore(reader, effective, out);
            break;
        case FindingsExportFormat::Sarif:
            result.items = writeFindingsSarif(reader, effective, out);
            break;
        }
    } catch (const StoreError &e) {
        result.error = std::string("cannot read the findings for the ") + findingsExportFormatName(effective.format)
            + " export: " + e.what();
        return result;
    }
    out.flush();
    if (!out) {
        result.error = "writing the " + findingsExportFormatName(effective.format) + " export failed";
        return result;
    }
    result.ok = true;
    return result;
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
