#include "credentials/registrycredentialresolver.h"

#include "credentials/keyringsecretstore.h"

namespace bulkhead {

CredentialResult RegistryCredentialResolver::resolve(const RegistrySourceConfig &source) const
{
    CredentialResult r;
    switch (source.auth) {
    case RegistryAuthKind::Anonymous:
        return r;
    case RegistryAuthKind::DockerConfig:
        return m_docker.lookup(source.registryHost());
    case RegistryAuthKind::Basic:
        break;
    }
    const SecretResult secret = m_secrets.read(SecretStore::registryKey(source.name));
    if (secret.notFound) {
        r.error = "no password for source " + source.name
            + " in the desktop keyring; add the source again with --password-stdin (or use --auth docker-config)";
    } else if (!secret.ok) {
        r.error = "source " + source.name + ": " + secret.error;
    } else {
        r.credentials = RegistryCredentials{source.username, secret.value};
    }
    return r;
}

CredentialResult RegistryCredentialResolver::resolveWithDefaults(const RegistrySourceConfig &source)
{
    KeyringSecretStore keyring;
    const DockerConfigCredentials docker;
    return RegistryCredentialResolver(keyring, docker).resolve(source);
}

} // namespace bulkhead
