#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace bulkhead::pdf {

// Writes a file so that the requested name only ever holds a complete file: `write` fills a
// temporary file beside it (same directory, so the rename is atomic); on success it is renamed
// over `path` and `path + ".sha256"` gets one `sha256sum` line ("<hex>  <file name>\n"). On
// failure (the callback's, or disk full on write/flush) the temporary file is removed, nothing
// is left under `path`, and `error` names the file and the reason.
struct WrittenFile {
    bool ok = false;
    QString error;
    QString sha256;    // lower-case hex of the bytes written
    qint64 bytes = 0;
};

WrittenFile writeFileAtomically(const QString &path, const std::function<bool(QIODevice &out, QString &error)> &write,
                                bool writeChecksumFile = true);

// The SHA-256 of a file's bytes, lower-case hex; "" and `error` set when it cannot be read.
QString sha256OfFile(const QString &path, QString *error = nullptr);

} // namespace bulkhead::pdf
