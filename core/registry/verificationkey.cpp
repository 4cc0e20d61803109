#include "registry/verificationkey.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace bulkhead {

void VerificationKey::Free::operator()(EVP_PKEY *k) const
{
    EVP_PKEY_free(k);
}

std::optional<VerificationKey> VerificationKey::fromPem(std::string_view pem, std::string *error)
{
    BIO *bio = BIO_new_mem_buf(pem.data(), int(pem.size()));
    if (!bio) {
        *error = "out of memory reading the key";
        return std::nullopt;
    }
    EVP_PKEY *raw = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    ERR_clear_error(); // this thread's OpenSSL error queue must not carry failures into later calls
    if (!raw) {
        *error = "not a PEM public key (expected -----BEGIN PUBLIC KEY-----)";
        return std::nullopt;
    }
    std::shared_ptr<EVP_PKEY> key(raw, Free{});
    const int type = EVP_PKEY_get_base_id(raw);
    if (type != EVP_PKEY_EC && type != EVP_PKEY_RSA && type != EVP_PKEY_ED25519) {
        *error = std::string("unsupported key type ") + OBJ_nid2sn(type) + " (ECDSA, RSA or Ed25519 expected)";
        return std::nullopt;
    }
    return VerificationKey(std::move(key), type);
}

bool VerificationKey::verify(std::string_view message, std::string_view signature) const
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx)
        return false;
    // Ed25519 hashes internally (no digest may be named); the others sign SHA-256(message).
    const EVP_MD *md = m_type == EVP_PKEY_ED25519 ? nullptr : EVP_sha256();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, md, nullptr, m_key.get()) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.data()), signature.size(),
                            reinterpret_cast<const unsigned char *>(message.data()), message.size())
            == 1;
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    return ok;
}

std::string_view VerificationKey::algorithm() const
{
    switch (m_type) {
    case EVP_PKEY_EC:
        return "ECDSA";
    case EVP_PKEY_RSA:
        return "RSA";
    default:
        return "Ed25519";
    }
}

} // namespace bulkhead
