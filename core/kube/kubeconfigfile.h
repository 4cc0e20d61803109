#pragma once

#include "kube/kubeconfig.h"

#include <optional>
#include <string>

namespace bulkhead {

// One kubeconfig file (apiVersion v1, kind Config) read into a KubeConfig of its own, before
// merging: relative paths resolved against the file's directory, *-data fields decoded, a name
// defined twice in one list refused (as kubectl refuses it). `path` must be absolute. Errors are
// "kubeconfig PATH: line L, column C: what" (1-based) and never quote a value that could be a
// secret. Null with *error on failure.
std::optional<KubeConfig> parseKubeConfigFile(const std::string &path, const std::string &text, std::string *error);

} // namespace bulkhead
