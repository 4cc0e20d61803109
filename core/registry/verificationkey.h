#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

typedef struct evp_pkey_st EVP_PKEY;

namespace bulkhead {

// A PEM public key (SubjectPublicKeyInfo, "-----BEGIN PUBLIC KEY-----", what `cosign generate-key-pair`
// writes to cosign.pub) that checks signatures over raw bytes the way cosign makes them:
// ECDSA (P-256 and other curves) and RSA PKCS#1 v1.5 over SHA-256 of the message, Ed25519 over
// the message itself. OpenSSL EVP; immutable after loading, so usable from several threads.
class VerificationKey {
public:
    // nullopt and *error ("not a PEM public key", "unsupported key type DSA") when unusable.
    static std::optional<VerificationKey> fromPem(std::string_view pem, std::string *error);

    // Whether `signature` (DER for ECDSA, raw for RSA/Ed25519) signs `message` with this key.
    bool verify(std::string_view message, std::string_view signature) const;
    // "ECDSA", "RSA", "Ed25519".
    std::string_view algorithm() const;

private:
    struct Free {
        void operator()(EVP_PKEY *k) const;
    };
    explicit VerificationKey(std::shared_ptr<EVP_PKEY> key, int type) : m_key(std::move(key)), m_type(type) {}

    std::shared_ptr<EVP_PKEY> m_key;
    int m_type = 0;
};

} // namespace bulkhead
