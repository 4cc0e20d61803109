#pragma once

#include "credentials/credentialresult.h"
#include "credentials/dockerconfigcredentials.h"
#include "credentials/secretstore.h"
#include "sources/registrysourceconfig.h"

namespace bulkhead {

// The credentials a registry source collects with: none (anonymous), its username with the
// password kept in the secret store (Basic), or docker's config.json (DockerConfig). Resolved at
// the start of each collection, so a changed password or config.json takes effect without
// editing the source.
class RegistryCredentialResolver
{
public:
    RegistryCredentialResolver(SecretStore &secrets, const DockerConfigCredentials &docker)
        : m_secrets(secrets), m_docker(docker)
    {}

    CredentialResult resolve(const RegistrySourceConfig &source) const;

    // With the desktop keyring and docker's config (approved helpers from settings and
    // environment): what the collector uses. Needs a QCoreApplication (see KeyringSecretStore).
    static CredentialResult resolveWithDefaults(const RegistrySourceConfig &source);

private:
    SecretStore &m_secrets;
    const DockerConfigCredentials &m_docker;
};

} // namespace bulkhead
