#pragma once

#include <string>

namespace bulkhead {

// The outcome of one secret store operation. `value` is only set by a successful read; `error`
// never contains a secret.
struct SecretResult {
    bool ok = false;
    bool notFound = false; // read/remove of a key that holds nothing
    std::string value;
    std::string error;
};

// Where secrets the user typed are kept: never the store, never a file of ours. An interface so
// that credential resolution can be tested without a desktop session.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // Whether secrets can be kept at all; `why` says why not.
    virtual bool available(std::string *why = nullptr) = 0;
    virtual SecretResult read(const std::string &key) = 0;
    virtual SecretResult write(const std::string &key, const std::string &secret) = 0;
    virtual SecretResult remove(const std::string &key) = 0;

    // "bulkhead/registry/<source name>": the key of a registry source's Basic password.
    static std::string registryKey(const std::string &sourceName) { return "bulkhead/registry/" + sourceName; }
};

} // namespace bulkhead
