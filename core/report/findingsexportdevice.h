#pragma once

#include "report/findingsexport.h"

#include <atomic>

class QIODevice;

namespace bulkhead {

// exportFindings into a QIODevice (the temporary file of pdf::writeFileAtomically, a QBuffer):
// the stream is buffered in 64 KiB pieces, so memory stays bounded as with any std::ostream.
// A device that refuses a write fails the export with the device's error. `cancel` set (the
// Reports page's Cancel) makes the next write fail and the export end with error "cancelled".
FindingsExportResult exportFindingsTo(const Database &db, const FindingsExportOptions &options, QIODevice &device,
                                      const std::atomic<bool> *cancel = nullptr);

} // namespace bulkhead
