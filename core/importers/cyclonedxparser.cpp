#include "importers/formatparsers.h"
#include "importers/importerror.h"

namespace bulkhead::parsers {

// PLACEHOLDER: being written; replaced before the importer issue is resolved.
void parseCycloneDx(simdjson::ondemand::document &, ParsedReport &, ParseContext &)
{
    throw ImportError("parseCycloneDx is not written yet");
}

} // namespace bulkhead::parsers
