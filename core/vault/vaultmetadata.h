#pragma once

#include "secrets/secretrecord.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

// The answers of a Vault / OpenBao KV v2 server, read into Bulkhead's terms. Only metadata is
// ever parsed: the collector never asks for /data/, so no value can reach these functions.

// The keys of a LIST /v1/MOUNT/metadata/PATH answer ({"data":{"keys":[...]}}, with or without the
// envelope a live server adds), in the server's order; folders end in '/'. nullopt with *error
// when the body is not such an answer.
std::optional<std::vector<std::string>> parseVaultListKeys(std::string_view body, std::string *error);

// True when a listed key can be walked safely: not empty, no '/' except one at the end (a folder),
// not "." or "..", no control characters. A hostile server must not steer requests elsewhere.
bool isUsableVaultKey(std::string_view key);

// One GET /v1/MOUNT/metadata/PATH answer as a SecretRecord: store Vault, origin, location = mount,
// name = path, type "kv-v2", created time, versions (ascending) and current_version; the last
// change is the current version's created_time (ageSource VersionHistory, ageDetail "version 3 of
// 3", ", deleted" / ", destroyed" when that version is), else updated_time, else created_time
// (CreationOnly); custom_metadata "owner" -> owner, "rotation_days" (a non-negative integer) ->
// declaredPolicyDays, every other key (and a rotation_days that is not a number) -> labels.
// nullopt with *error when the body is not a KV v2 metadata answer.
std::optional<SecretRecord> parseVaultMetadata(std::string_view body, const std::string &origin,
                                               const std::string &mount, const std::string &path, std::string *error);

// The message of a Vault error body ({"errors":["permission denied"]}), several joined with "; ",
// Vault's multi-error wrapping ("1 error occurred:\n\t* permission denied\n\n") unwrapped; "" when
// the body holds none. Capped at 300 characters: a hostile server cannot flood an error line.
std::string vaultErrorText(std::string_view body);

} // namespace bulkhead
