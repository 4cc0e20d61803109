#pragma once

#include "credentials/credentialhelper.h"
#include "credentials/credentialresult.h"

#include <string>

namespace bulkhead {

// Registry credentials from docker's config.json, read when they are needed (never copied into
// the store): auths[host].auth (base64 "user:password"), .username/.password, .identitytoken;
// credHelpers[host] and credsStore through CredentialHelper (so only approved helpers run).
// Precedence as docker's: a host's credHelpers entry, then its auths entry, then credsStore.
class DockerConfigCredentials
{
public:
    explicit DockerConfigCredentials(CredentialHelper helper) : m_helper(std::move(helper)) {}
    // With the approved helpers of the settings and the environment.
    DockerConfigCredentials() : m_helper(CredentialHelper::approvedHelpers()) {}

    // $DOCKER_CONFIG/config.json, else $HOME/.docker/config.json.
    static std::string configPath();

    // `registryHost` as RegistrySourceConfig::registryHost() gives it ("host[:port]"). An auths
    // key may be written with a scheme or path ("https://host/v1/"); Docker Hub's hosts map to
    // docker's "https://index.docker.io/v1/". An identity token comes back with the user
    // "<token>". Nothing found is an error naming the file: the user chose docker-config.
    CredentialResult lookup(const std::string &registryHost) const;

private:
    CredentialHelper m_helper;
};

} // namespace bulkhead
