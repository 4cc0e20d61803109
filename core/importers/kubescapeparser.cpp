#include "importers/formatparsers.h"
#include "importers/importerror.h"

namespace bulkhead::parsers {

// PLACEHOLDER: being written; replaced before the importer issue is resolved.
void parseKubescape(simdjson::ondemand::document &, ParsedReport &, ParseContext &)
{
    throw ImportError("parseKubescape is not written yet");
}

} // namespace bulkhead::parsers
