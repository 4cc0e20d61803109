#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

enum class RegistryAuthKind : std::uint8_t { Anonymous, Basic, DockerConfig };

std::string_view registryAuthKindName(RegistryAuthKind kind); // "anonymous", "basic", "docker-config"
bool parseRegistryAuthKindName(std::string_view text, RegistryAuthKind &out);

// One container registry the user added as a source. Stored as JSON in sources.config; it has
// no password field on purpose: a Basic password lives in the desktop keyring only, under
// SecretStore::registryKey(name).
struct RegistrySourceConfig {
    std::string name;
    std::string url; // "https://host[:port]" (http only when insecure)
    std::string caFile;
    bool insecure = false;
    RegistryAuthKind auth = RegistryAuthKind::Anonymous;
    std::string username;
    std::vector<std::string> include, exclude; // glob patterns on repository names ("team/*", "*-dev")
    std::vector<std::string> cosignKeyFiles;   // PEM public keys (paths)
    bool importSboms = false;
    int concurrency = 8;

    std::string toJson() const;
    // Null with `error` set when the text is not JSON, not an object, or a field has the wrong type.
    static std::optional<RegistrySourceConfig> fromJson(std::string_view json, std::string *error);

    // Exclude wins over include; no include pattern means every repository. In a pattern `*`
    // matches any run of characters including '/', `?` exactly one character.
    bool repositoryIncluded(std::string_view repo) const;

    // "host[:port]" of the url, lower-cased host ("" when the url has none): the key of docker's
    // config.json and of credential helpers.
    std::string registryHost() const;

    // Checks what can be checked without touching files: a name usable as a key
    // ([A-Za-z0-9._-], 1..64), an http(s)://host[:port] url with nothing after the authority but
    // an optional '/', http only when insecure, concurrency 1..64, Basic with a username,
    // non-empty patterns. Returns the first problem, "" when fine.
    std::string validate() const;
    // Checks the CA file and the cosign key files (see pemfiles.h). Returns the first problem.
    std::string checkFiles() const;
};

// Glob match of the whole text: `*` any run of characters (including '/'), `?` one character.
bool globMatch(std::string_view pattern, std::string_view text);

} // namespace bulkhead
