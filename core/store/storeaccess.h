#pragma once

#include <string>

namespace bulkhead {

// Whether this user may write the existing store `path`: SQLite needs the file and, for the WAL
// and its index beside it, the folder. Root may write whatever the modes say, except on a
// read-only filesystem; access() knows both. A store that is not writable opens
// Database::Access::ReadOnly only: ReadWrite refuses it with a message that says so, and the GUI
// shows it read-only.
bool storeWritable(const std::string &path);

} // namespace bulkhead
