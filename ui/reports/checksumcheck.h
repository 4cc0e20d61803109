#pragma once

#include <QString>

namespace bulkhead::ui {

// "Verify checksum" of a report history row: is the file still the one Bulkhead wrote?
struct ChecksumCheck {
    enum class State { Matches, Differs, Missing, Unreadable };
    State state = State::Missing;
    QString actual; // the file's SHA-256 now (Matches, Differs)
    QString error;  // Unreadable: why
};

// Hashes the file (sha256OfFile): reads all of it, so call it off the GUI thread.
ChecksumCheck checkReportFile(const QString &path, const QString &expectedSha256);

// "bulkhead-report-2026-11-29.pdf: checksum matches", "...: checksum differs: the file was
// changed after it was written", "...: file missing".
QString checksumCheckText(const ChecksumCheck &check, const QString &path);

} // namespace bulkhead::ui
