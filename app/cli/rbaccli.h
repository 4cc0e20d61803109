#pragma once

// The pieces the `bulkheadctl rbac` subcommands share (rbaccommand.cpp dispatches to them).

#include "cliargs.h"
#include "clitext.h"

#include "rbac/rbacindex.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {
class Database;
class RbacRepository;
}

namespace bulkhead::cli::rbac {

// The translation context of every `bulkheadctl rbac` subcommand's messages and help texts.
class RbacCommand
{
    Q_DECLARE_TR_FUNCTIONS(RbacCommand)
};

// Subcommands: each gets its own arguments (after the subcommand's name).
int runWhoCan(const std::string &dbPath, const std::vector<std::string> &args);
int runSubject(const std::string &dbPath, const std::vector<std::string> &args);
int runWhy(const std::string &dbPath, const std::vector<std::string> &args);
int runReview(const std::string &dbPath, const std::vector<std::string> &args);
int runBindings(const std::string &dbPath, const std::vector<std::string> &args);
int runHistory(const std::string &dbPath, const std::vector<std::string> &args);
int runRisks(const std::string &dbPath, const std::vector<std::string> &args);

// "bulkheadctl rbac SUB: message", a blank line and the subcommand's help (a QT_TRANSLATE_NOOP of
// the RbacCommand context, printed translated) on stderr; returns Usage.
int usage(const char *subcommand, const char *help, const std::string &message);
// Parses, answers --help/-h on stdout. Returns -1 to go on, else the exit code to return.
int parseArgs(CliArgs &args, const std::vector<std::string> &raw, const char *subcommand, const char *help);
// --format table|json (the default table); "" when fine, else the usage problem.
std::string readFormat(const CliArgs &args, std::string &format, bool csv = false);

// The cluster a subcommand works on: --cluster when given (it must have an RBAC analysis), else
// the only cluster that has one. Several and no --cluster is a usage error that names them; none
// says to collect one. Returns -1 when `cluster` is set, else the exit code.
int chooseCluster(const RbacRepository &repo, const std::optional<std::string> &given, const char *subcommand,
                  std::string &cluster);

// The RBAC graph of a cluster from the store's objects (no network); objects that could not be
// read are named on stderr (the answer is then about the rest).
std::unique_ptr<RbacIndex> loadIndex(const Database &db, const std::string &cluster);
// chooseCluster (--cluster of `args`) and loadIndex: -1 when both are set, else the exit code.
int openClusterIndex(Database &db, const CliArgs &args, const char *subcommand, std::string &cluster,
                     std::unique_ptr<RbacIndex> &index);
// -n or --namespace, when given.
std::optional<std::string> namespaceOption(const CliArgs &args);

// "verb RESOURCE" request from the positional words and -n/--namespace, --name; "" when fine.
std::string readRequest(const CliArgs &args, const std::string &verb, const std::string &resource,
                        RbacRequest &request);

std::int64_t nowSeconds();
std::string scopeName(const std::string &nameSpace); // "cluster-wide" or "namespace NS", translated
// "pods", "deployments.apps", "*.*", "pods[web-1,web-2]", "/healthz": what a rule covers.
std::string ruleResources(const PolicyRule &rule);
std::string joined(const std::vector<std::string> &items, const char *separator = ",");
// "RoleBinding shop/dev", "ClusterRoleBinding admins"; the same for roles.
std::string bindingName(const RbacBinding &binding);
std::string roleName(const RbacRole &role);

nlohmann::ordered_json subjectJson(const RbacSubject &subject);
nlohmann::ordered_json ruleJson(const PolicyRule &rule);
// A grant with its chain: binding, role, rule (as written), scope, via group / aggregated role.
nlohmann::ordered_json grantJson(const RbacIndex &index, const RbacGrant &grant);
void printJson(const nlohmann::ordered_json &value); // pretty, one document, on stdout
std::string cut(const std::string &text, std::size_t width);

} // namespace bulkhead::cli::rbac
