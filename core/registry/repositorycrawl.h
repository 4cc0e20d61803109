#pragma once

#include "importers/reportparser.h"
#include "registry/cosignverifier.h"
#include "registry/imageconfig.h"
#include "store/imagerepository.h"

#include <string>
#include <vector>

namespace bulkhead {

// One image as crawled: what the store keeps (`image`, whose config and signature fields are
// filled from `config` and `signature` when it is stored), what its posture is judged on, and the
// name its posture findings are shown under.
struct CrawledImage {
    CollectedImage image;
    ImageConfigInfo config;
    SignatureVerdict signature;
    std::string name; // "repo:tag" of the first tag pointing at it (or at its index), else "repo@digest"
};

// Everything one worker learnt about one repository. Images with a failed step are left out and
// named in `failures`, so that nothing half-known is stored as if it were known.
struct RepositoryCrawl {
    std::string repository;
    std::vector<CrawledImage> images;
    std::vector<CollectedTag> tags;
    std::vector<ParsedFile> sboms;     // parsed SBOMs to import (importSboms only)
    std::vector<std::string> failures; // "app/web:1.0: GET https://...: HTTP 500"
    bool cancelled = false;
};

} // namespace bulkhead
