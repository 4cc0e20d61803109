#pragma once

#include "credentials/secretstore.h"

#include <optional>

namespace bulkhead {

// Secrets in the desktop keyring (Secret Service: GNOME Keyring, KWallet) through QtKeychain,
// service "bulkhead". Without a keyring every call fails with "no desktop keyring (Secret
// Service) is available: ..." and nothing is written anywhere else (QtKeychain's plain-text
// fallback stays off). Each call blocks until the keyring answered, so it can be
// called from any thread (all jobs run on one keychain thread, see the .cpp); a QCoreApplication
// must exist (D-Bus).
class KeyringSecretStore final : public SecretStore
{
public:
    KeyringSecretStore() = default;

    bool available(std::string *why = nullptr) override;
    SecretResult read(const std::string &key) override;
    SecretResult write(const std::string &key, const std::string &secret) override;
    SecretResult remove(const std::string &key) override;

private:
    SecretResult explain(SecretResult r);

    std::optional<std::string> m_unavailable; // cached answer of available(): the reason, "" = available
};

} // namespace bulkhead
