#pragma once

// The pieces the `bulkheadctl secrets` subcommands share (secretscommand.cpp dispatches to them).

#include "cliargs.h"
#include "clitext.h"

#include "store/secretrepository.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead::cli::secrets {

// The translation context of every `bulkheadctl secrets` subcommand's messages and help texts.
class SecretsCommand
{
    Q_DECLARE_TR_FUNCTIONS(SecretsCommand)
};

// Subcommands: each gets its own arguments (after the subcommand's name; the listing gets all).
int runList(const std::string &dbPath, const std::vector<std::string> &args);
int runShow(const std::string &dbPath, const std::vector<std::string> &args);
int runImportInventory(const std::string &dbPath, const std::vector<std::string> &args);
int runEvaluate(const std::string &dbPath, const std::vector<std::string> &args);
int runPolicy(const std::string &dbPath, const std::vector<std::string> &args);

// "bulkheadctl secrets[ SUB]: message", a blank line and the help (a QT_TRANSLATE_NOOP of the
// SecretsCommand context, printed translated) on stderr; returns Usage.
int usage(const char *subcommand, const char *help, const std::string &message);
// Parses, answers --help/-h on stdout. Returns -1 to go on, else the exit code to return.
int parseArgs(CliArgs &args, const std::vector<std::string> &raw, const char *subcommand, const char *help);

std::int64_t nowSeconds();
std::string day(std::int64_t unixSeconds); // "2024-05-01" (the locale's date; ISO under C), "" for 0
// Whole days from `then` to `now`; the age column of the listing.
std::int64_t daysBetween(std::int64_t then, std::int64_t now);
// "uses" as the listing shows them: "3 env,volume", "0" (unused), "?" (usage unknown), "-" (not Kubernetes).
std::string usesText(const SecretRow &row);
// One listed secret as JSON (the listing's objects; `show` adds the detail to it).
nlohmann::ordered_json rowJson(const SecretRow &row, std::int64_t now);
// STORE/ORIGIN/LOCATION/NAME, how `secrets show` takes it.
std::string secretPath(const SecretRecord &secret);

} // namespace bulkhead::cli::secrets
