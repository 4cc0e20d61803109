#pragma once

#include "registry/imageconfig.h"

#include <string>

namespace bulkhead {

// What images.config_json keeps of an image config, for the detail pane and `bulkheadctl images`:
// {"os","architecture","variant","user","created","history":[{"created","createdBy","comment",
// "emptyLayer"}],"labels":{...},"env":[names],"secretEnv":[names],"diffIds":N}. Environment variable
// VALUES are never part of it (ImageConfigInfo does not even keep them).
std::string imageConfigJson(const ImageConfigInfo &config);

} // namespace bulkhead
