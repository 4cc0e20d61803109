#pragma once

#include "sources/vaultsourceconfig.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace bulkhead::ui {

// What the Add-vault dialog checks before it lets a source be saved, as one pure function (the
// rules in one place, tested without a dialog). Returns the first problem, worded for the user,
// or "". `editing`: an existing source (its name is taken by itself). Beyond what
// VaultSourceConfig::validate() says, it names the field to fix, refuses an address with /v1 or
// another path, an environment variable name a shell could not set, and a token or CA file that
// cannot be read. A token variable not set in this process is no problem here (bulkheadctl may
// run with it): the dialog says so as a note (vaultTokenNote).
QString vaultSourceProblem(const VaultSourceConfig &config, bool editing, const QStringList &existingNames);

// Where the source's token comes from and whether this process can see it, for the dialog and
// the Sources table: "Token from $VAULT_TOKEN (set in this environment)", "... (not set here:
// collections started from this window fail until it is)", "Token from the file ~/vault.token".
// `ok` is false for the not-set case. Never reads or shows the token itself.
QString vaultTokenNote(const VaultSourceConfig &config, bool *ok = nullptr);

// "vault.example:8200" -> "https://vault.example:8200"; a trailing '/' or "/v1" is dropped (the
// address people copy from VAULT_ADDR or from the API docs).
QString normalizedVaultUrl(const QString &text);

// "/secret/" -> "secret": the mount as Vault names it in paths.
QString normalizedVaultMount(const QString &text);

// "team-a, /team-b/db-creds  team-c/" -> {"team-a/", "team-b/db-creds/", "team-c/"}: commas,
// spaces or new lines separate folders; each is relative to the mount and ends in '/'.
std::vector<std::string> splitVaultPaths(const QString &text);

} // namespace bulkhead::ui
