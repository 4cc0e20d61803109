#include "store/storeaccess.h"

#include <filesystem>

#include <unistd.h>

namespace bulkhead {

bool storeWritable(const std::string &path)
{
    const auto parent = std::filesystem::path(path).parent_path();
    const std::string folder = parent.empty() ? std::string(".") : parent.string();
    return ::access(path.c_str(), W_OK) == 0 && ::access(folder.c_str(), W_OK) == 0;
}

} // namespace bulkhead
