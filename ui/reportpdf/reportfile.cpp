#include "reportfile.h"

#include <QFile>
#include <QFileInfo>
#include "pdfreport.h"

#include <QObject>
#include <QSaveFile>

#include <openssl/evp.h>

#include <memory>

namespace bulkhead::pdf {

namespace {

// "<path>: <reason>", unless the reason already names the file.
QString named(const QString &path, const QString &reason)
{
    return reason.startsWith(path) ? reason : path + QStringLiteral(": ") + reason;
}

} // namespace

WrittenFile writeFileAtomically(const QString &path, const std::function<bool(QIODevice &, QString &)> &write,
                                bool writeChecksumFile)
{
    WrittenFile result;
    // QSaveFile writes a temporary file in the target's directory and renames it over the target
    // on commit(); it never falls back to writing the target directly (directWriteFallback is
    // off), and cancelWriting()/a failed commit removes the temporary file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = named(path, PdfReport::tr("cannot create the file: %1").arg(file.errorString()));
        return result;
    }
    QString reason;
    const bool written = write(file, reason);
    // QPdfWriter does not check its writes, and QSaveFile::commit() renames even when its final
    // flush fails, and a write the kernel cuts short (a file size limit, the disk filling up)
    // reports no error at all: flush here, and insist that every byte accepted is in the file.
    const bool flushed = file.flush();
    const bool complete = written && flushed && file.error() == QFileDevice::NoError && file.size() == file.pos();
    if (!complete) {
        if (file.error() == QFileDevice::NoError) {
            // A short write leaves no reason behind: one more byte makes the system say it.
            file.write("", 1);
            file.flush();
        }
        QString why = reason;
        const QString system = file.error() != QFileDevice::NoError ? file.errorString() : QString();
        if (why.isEmpty() || why == QLatin1String("Unknown error"))
            why = system;
        else if (!system.isEmpty() && !why.contains(system))
            why += QStringLiteral(" (") + system + QLatin1Char(')');
        if (why.isEmpty())
            why = written ? PdfReport::tr("not all of the data reached the disk") : PdfReport::tr("writing failed");
        file.cancelWriting();
        file.commit(); // removes the temporary file, leaves the target alone
        result.error = named(path, why);
        return result;
    }
    if (!file.commit()) {
        result.error = named(path, file.errorString());
        return result;
    }

    QString hashError;
    result.sha256 = sha256OfFile(path, &hashError);
    if (result.sha256.isEmpty()) {
        QFile::remove(path);
        result.error = hashError;
        return result;
    }
    result.bytes = QFileInfo(path).size();

    const QString sidecar = path + QStringLiteral(".sha256");
    if (!writeChecksumFile) {
        QFile::remove(sidecar); // a checksum of an earlier file would no longer match
        result.ok = true;
        return result;
    }
    QSaveFile sum(sidecar);
    const QByteArray line = result.sha256.toLatin1() + "  " + QFileInfo(path).fileName().toUtf8() + "\n";
    if (!sum.open(QIODevice::WriteOnly) || sum.write(line) != line.size() || !sum.commit()) {
        // The pair belongs together: without its checksum the file is not delivered either.
        result.error = named(sidecar, sum.errorString());
        sum.cancelWriting();
        QFile::remove(path);
        return result;
    }
    result.ok = true;
    return result;
}

QString sha256OfFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = named(path, PdfReport::tr("cannot read: %1").arg(file.errorString()));
        return {};
    }
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) {
        if (error)
            *error = named(path, PdfReport::tr("SHA-256 is not available"));
        return {};
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            if (error)
                *error = named(path, PdfReport::tr("cannot read: %1").arg(file.errorString()));
            return {};
        }
        if (n == 0)
            break;
        EVP_DigestUpdate(ctx.get(), buffer.constData(), static_cast<std::size_t>(n));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), static_cast<int>(length)).toHex());
}

} // namespace bulkhead::pdf
