// Fuzz target: one kubeconfig file (YAML, read with yaml-cpp) as parseKubeConfigFile reads it
// after loadKubeConfig has read the file: merging, path resolution and base64 fields included.
// The file is never written: the text goes in directly, with a fixed absolute path for the
// relative-path resolution and the error messages.

#include "kube/kubeconfigfile.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    std::string error;
    const auto config = bulkhead::parseKubeConfigFile("/fuzz/.kube/config", text, &error);
    // Its contract: a config, or nullopt with the reason (the collector shows that reason).
    if (config.has_value() == !error.empty()) {
        std::fprintf(stderr, "parseKubeConfigFile gave %s\n", config ? "a config and an error" : "no config and no error");
        std::abort();
    }
    return 0;
}
