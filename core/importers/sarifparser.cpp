#include "importers/formatparsers.h"
#include "importers/importerror.h"

namespace bulkhead::parsers {

// PLACEHOLDER: being written; replaced before the importer issue is resolved.
void parseSarif(simdjson::ondemand::document &, ParsedReport &, ParseContext &)
{
    throw ImportError("parseSarif is not written yet");
}

} // namespace bulkhead::parsers
