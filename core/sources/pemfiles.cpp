#include "sources/pemfiles.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QFile>

#include <memory>

namespace bulkhead {

namespace {

// Key and certificate files are small; anything larger is not what the user meant.
constexpr qint64 kMaxPemBytes = 1024 * 1024;

// The file's bytes, or a message in `error`.
QByteArray readPem(const std::string &path, const char *what, std::string &error)
{
    QFile f(QString::fromStdString(path));
    if (!f.exists()) {
        error = std::string(what) + " " + path + " does not exist";
        return {};
    }
    if (!f.open(QIODevice::ReadOnly)) {
        error = "cannot read " + std::string(what) + " " + path + ": " + f.errorString().toStdString();
        return {};
    }
    if (f.size() > kMaxPemBytes) {
        error = std::string(what) + " " + path + " is larger than 1 MiB";
        return {};
    }
    return f.readAll();
}

using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

Bio memoryBio(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())), &BIO_free);
}

} // namespace

std::string checkCaCertificateFile(const std::string &path)
{
    std::string error;
    const QByteArray bytes = readPem(path, "CA file", error);
    if (!error.empty())
        return error;
    Bio bio = memoryBio(bytes);
    X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    if (!cert)
        return "CA file " + path + " holds no PEM certificate";
    X509_free(cert);
    return {};
}

std::string checkPublicKeyFile(const std::string &path)
{
    std::string error;
    const QByteArray bytes = readPem(path, "key file", error);
    if (!error.empty())
        return error;
    Bio bio = memoryBio(bytes);
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (!key)
        return "key file " + path + " holds no PEM public key (-----BEGIN PUBLIC KEY-----)";
    EVP_PKEY_free(key);
    return {};
}

} // namespace bulkhead
