#include "cliargs.h"
#include "clitext.h"
#include "commands.h"

#include "credentials/keyringsecretstore.h"
#include "i18n/localeformat.h"
#include "kube/execcredential.h"
#include "kube/kubeconfig.h"
#include "kube/kubeconnection.h"
#include "secrets/secretevaluation.h"
#include "sources/clustersourceconfig.h"
#include "sources/pemfiles.h"
#include "sources/registrysourceconfig.h"
#include "sources/vaultsourceconfig.h"
#include "store/database.h"
#include "store/imagerepository.h"
#include "store/secretrepository.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"
#include "store/workloadrepository.h"
#include "vault/vaultaccess.h"
#include "vault/vaulttoken.h"

#include <QCoreApplication>
#include <QDir>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ctime>
#include <iostream>
#include <iterator>
#include <memory>

namespace bulkhead::cli {

namespace {

class SourceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SourceCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "SourceCommand",
    "Usage: bulkheadctl [--db PATH] source add registry NAME URL [OPTIONS]\n"
    "       bulkheadctl [--db PATH] source add cluster NAME [--kubeconfig PATH] [--context CTX] [--approve-exec]\n"
    "       bulkheadctl [--db PATH] source add vault NAME URL --mount M [--path P]... [--token-file F]\n"
    "                   [--token-env VAR] [--namespace NS] [--ca-file F] [--insecure] [--max-paths N]\n"
    "                   [--concurrency N]\n"
    "       bulkheadctl [--db PATH] source list [--format table|json]\n"
    "       bulkheadctl [--db PATH] source remove NAME\n"
    "\n"
    "Registries to collect images from, Kubernetes clusters to collect workloads from and Vault /\n"
    "OpenBao servers to collect KV v2 secret metadata from (see `bulkheadctl collect`). NAME:\n"
    "letters, digits, '.', '_', '-'. URL: https://host[:port] (http:// only with --insecure).\n"
    "\n"
    "Options of `source add registry`:\n"
    "  --ca FILE            PEM CA certificate(s) to verify the registry's TLS certificate\n"
    "  --insecure           allow plain http (recorded as a finding on every image)\n"
    "  --auth KIND          anonymous (default), basic, or docker-config (read ~/.docker/config.json\n"
    "                       or $DOCKER_CONFIG/config.json at each collection; credential helpers run\n"
    "                       only if approved: BULKHEAD_APPROVED_CREDENTIAL_HELPERS=name,...)\n"
    "  --username U         user for basic auth (implies --auth basic)\n"
    "  --password-stdin     read the basic-auth password from standard input; it is kept in the\n"
    "                       desktop keyring (Secret Service), never in the store\n"
    "  --include PAT        collect only repositories matching PAT (repeatable; * and ?)\n"
    "  --exclude PAT        skip repositories matching PAT (repeatable; wins over --include)\n"
    "  --cosign-key PEM     public key to verify cosign signatures with (repeatable)\n"
    "  --import-sboms       import the SBOMs attached to images\n"
    "  --concurrency N      parallel connections to the registry (1-64, default 8)\n"
    "\n"
    "Options of `source add cluster` (a kubeconfig context; NAME is the cluster's name in findings):\n"
    "  --kubeconfig PATH    the kubeconfig file (default: $KUBECONFIG, merged as kubectl merges it,\n"
    "                       or ~/.kube/config, read again at each collection)\n"
    "  --context CTX        the context to collect (default: the kubeconfig's current-context)\n"
    "  --approve-exec       the context's user runs an exec credential plugin: approve running\n"
    "                       exactly the command shown (program, arguments, environment). Without it\n"
    "                       the command is printed and the source cannot be collected until approved;\n"
    "                       run `source add cluster NAME ... --approve-exec` again to approve. A\n"
    "                       changed plugin entry needs a new approval.\n"
    "Tokens, keys and passwords stay in the kubeconfig (or in memory, from a plugin); the store\n"
    "keeps the path, the context and the approval fingerprint only.\n"
    "\n"
    "Options of `source add vault` (KV v2 metadata only: names, versions and their times, custom\n"
    "metadata; never a secret's value; NAME is the origin of its secrets):\n"
    "  --mount M            the KV v2 mount (e.g. secret)\n"
    "  --path P             a folder under the mount to walk, recursively (repeatable; default: the\n"
    "                       whole mount)\n"
    "  --token-file F       read the token from this file (its first line) at each collection\n"
    "  --token-env VAR      read the token from this environment variable at each collection\n"
    "                       (default VAULT_TOKEN)\n"
    "  --namespace NS       the Vault Enterprise / OpenBao namespace (X-Vault-Namespace)\n"
    "  --ca-file F          PEM CA certificate(s) to verify the server's TLS certificate\n"
    "  --insecure           allow plain http (the token then crosses the network in clear text)\n"
    "  --max-paths N        secrets read at most per collection (default 200000; more = partial)\n"
    "  --concurrency N      requests in flight (1-64, default 8)\n"
    "The token is never stored and never taken on the command line. When it is available now, the\n"
    "source is stored only if the token can list each path; a 403 on a path at collection time is\n"
    "reported as not collected (a partial run).\n"
    "\n"
    "`source remove` also removes the source's images, workloads or secrets, collection history and\n"
    "keyring password.\n");

std::string help()
{
    return msg(SourceCommand::tr(kHelp));
}

int usage(const std::string &message)
{
    std::fprintf(stderr, "bulkheadctl source: %s\n\n%s", message.c_str(), help().c_str());
    return Usage;
}

int failure(const std::string &message)
{
    std::fprintf(stderr, "%s\n", msg(SourceCommand::tr("error: %1"), message).c_str());
    return Failed;
}


// The password as typed or piped: everything on stdin without the final line break.
std::string readPassword()
{
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    if (!text.empty() && text.back() == '\n')
        text.pop_back();
    if (!text.empty() && text.back() == '\r')
        text.pop_back();
    return text;
}

std::string absolute(const std::string &path)
{
    return QDir::current().absoluteFilePath(QString::fromStdString(path)).toStdString();
}

// `source add cluster`: the context is resolved now (so that a typo fails here, naming the file
// and context) and stored with its server; an exec plugin is shown in full and approved only with
// --approve-exec. Adding an existing cluster source again with --approve-exec updates its approval.
int addCluster(const std::string &dbPath, const CliArgs &args)
{
    const auto &pos = args.positional();
    if (pos.size() != 2)
        return usage(msg(SourceCommand::tr("`source add cluster` takes NAME")));
    ClusterSourceConfig c;
    c.name = pos[1];
    if (auto path = args.value("--kubeconfig"))
        c.kubeconfig = absolute(*path);
    std::string error;
    const std::vector<std::string> paths = kubeConfigPaths(c.kubeconfig);
    const std::optional<KubeConfig> config = loadKubeConfig(paths, &error);
    if (!config)
        return failure(error);
    std::string files;
    for (const std::string &f : config->files)
        files += (files.empty() ? "" : ", ") + f;
    c.context = args.value("--context").value_or(config->currentContext);
    if (c.context.empty()) {
        std::string names;
        for (const KubeContext &k : config->contexts)
            names += (names.empty() ? "" : ", ") + k.name;
        return failure(names.empty()
                           ? msg(SourceCommand::tr("kubeconfig %1 has no current-context: choose one with --context (it "
                                                   "defines no context)"),
                                 files)
                           : msg(SourceCommand::tr("kubeconfig %1 has no current-context: choose one with --context "
                                                   "(contexts: %2)"),
                                 files, names));
    }
    const std::optional<KubeConnection> connection = resolveKubeConnection(*config, c.context, &error);
    if (!connection)
        return failure(msg(SourceCommand::tr("kubeconfig %1: %2"), files, error));
    c.context = connection->contextName.empty() ? c.context : connection->contextName;
    c.server = connection->server;
    const bool approve = args.flag("--approve-exec");
    if (connection->exec) {
        const std::string command = describeExecCommand(*connection->exec);
        std::printf("%s\n", msg(SourceCommand::tr("context %1: user \"%2\" (%3) authenticates with an exec credential plugin that runs:\n  %4"), c.context, connection->userName, connection->userSourceFile, command).c_str());
        if (approve) {
            c.execApproval = execApprovalFingerprint(connection->userSourceFile, connection->userName, *connection->exec);
            c.execCommand = command;
        } else {
            // The command to run again, with --kubeconfig when one was given.
            const std::string again = "bulkheadctl source add cluster " + c.name
                + (c.kubeconfig.empty() ? "" : " --kubeconfig " + c.kubeconfig) + " --context " + c.context
                + " --approve-exec";
            std::printf("%s\n", msg(SourceCommand::tr("Not approved: collections of %1 fail until you approve this "
                                                     "command by running\n  %2"),
                                   c.name, again)
                                   .c_str());
        }
    } else if (approve) {
        std::printf("%s\n", msg(SourceCommand::tr("context %1 uses no exec credential plugin: nothing to approve"), c.context).c_str());
    }
    if (std::string problem = c.validate(); !problem.empty())
        return usage(problem);
    try {
        Database db = Database::open(dbPath);
        SourceRepository sources(db);
        if (const auto existing = sources.find(c.name)) {
            if (existing->kind != "cluster" || !approve || !connection->exec)
                return failure(msg(SourceCommand::tr("a source named %1 already exists"), c.name));
            sources.update(c);
            std::printf("%s\n", msg(SourceCommand::tr("approved the exec plugin of cluster source %1"), c.name).c_str());
            return Ok;
        }
        sources.add(c);
        const QString added = c.execApproval.empty()
            ? SourceCommand::tr("added cluster source %1 (context %2, %3)")
            : SourceCommand::tr("added cluster source %1 (context %2, %3); exec plugin approved");
        std::printf("%s\n", msg(added, c.name, c.context, c.server).c_str());
    } catch (const StoreError &e) {
        return failure(e.what());
    }
    return Ok;
}

int parseCount(const CliArgs &args, const char *option, int &out)
{
    const auto text = args.value(option);
    if (!text)
        return Ok;
    try {
        std::size_t used = 0;
        out = std::stoi(*text, &used);
        if (used == text->size())
            return Ok;
    } catch (...) {
    }
    return usage(msg(SourceCommand::tr("%1 takes a number"), std::string(option)));
}

// `source add vault`: the token is read now from where collections will read it; when there is
// one, the source is stored only if it may LIST every path (so a typo in the mount or a token
// without the policy fails here, naming the path and host). Without one the source is stored and
// the user told that nothing was checked.
int addVault(const std::string &dbPath, const CliArgs &args)
{
    const auto &pos = args.positional();
    if (pos.size() != 3)
        return usage(msg(SourceCommand::tr("`source add vault` takes NAME and URL")));
    VaultSourceConfig c;
    c.name = pos[1];
    c.url = pos[2];
    const auto mount = args.value("--mount");
    if (!mount)
        return usage(msg(SourceCommand::tr("`source add vault` needs --mount (the KV v2 mount, e.g. secret)")));
    c.mount = *mount;
    c.paths = args.values("--path");
    if (args.value("--token-file") && args.value("--token-env"))
        return usage(msg(SourceCommand::tr("give either --token-file or --token-env")));
    if (auto file = args.value("--token-file"))
        c.tokenFile = absolute(*file);
    c.tokenEnv = args.value("--token-env").value_or(c.tokenEnv);
    c.vaultNamespace = args.value("--namespace").value_or("");
    if (auto ca = args.value("--ca-file"))
        c.caFile = absolute(*ca);
    c.insecure = args.flag("--insecure");
    if (int rc = parseCount(args, "--max-paths", c.maxPaths); rc != Ok)
        return rc;
    if (int rc = parseCount(args, "--concurrency", c.concurrency); rc != Ok)
        return rc;
    if (std::string problem = c.validate(); !problem.empty())
        return usage(problem);
    if (!c.caFile.empty())
        if (std::string problem = checkCaCertificateFile(c.caFile); !problem.empty())
            return failure(problem);
    const std::string tokenWhere = c.tokenFile.empty() ? "$" + c.tokenEnv : c.tokenFile;
    try {
        Database db = Database::open(dbPath);
        SourceRepository sources(db);
        if (sources.find(c.name))
            return failure(msg(SourceCommand::tr("a source named %1 already exists"), c.name));
        std::string error;
        bool absent = false;
        std::string checked;
        if (const std::optional<std::string> token = readVaultToken(c, &error, &absent)) {
            if (std::string problem = checkVaultAccess(c, *token); !problem.empty())
                return failure(msg(SourceCommand::tr("%1\nNothing was stored."), problem));
            checked = msg(c.paths.empty() ? SourceCommand::tr("; the token from %1 can list the mount")
                                          : SourceCommand::tr("; the token from %1 can list each path"),
                          tokenWhere);
        } else if (absent) {
            checked = msg(SourceCommand::tr("; no token in %1 now, so access was not checked (collections read it "
                                            "at each run)"),
                          tokenWhere);
        } else {
            return failure(msg(SourceCommand::tr("%1\nNothing was stored."), error));
        }
        sources.add(c);
        std::string where = c.mount + "/";
        for (std::size_t i = 0; i < c.paths.size(); ++i)
            where += (i ? ", " : " (") + c.paths[i] + (i + 1 == c.paths.size() ? ")" : "");
        std::printf("%s\n", msg(SourceCommand::tr("added vault source %1 (%2, mount %3)%4"), c.name, c.url, where, checked).c_str());
    } catch (const StoreError &e) {
        return failure(e.what());
    }
    return Ok;
}

int add(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    if (!rawArgs.empty() && rawArgs[0] == "cluster") {
        CliArgs clusterArgs({"--kubeconfig", "--context"}, {"--approve-exec"});
        if (!clusterArgs.parse(rawArgs))
            return usage(clusterArgs.error());
        return addCluster(dbPath, clusterArgs);
    }
    if (!rawArgs.empty() && rawArgs[0] == "vault") {
        CliArgs vaultArgs({"--mount", "--path", "--token-file", "--token-env", "--namespace", "--ca-file",
                           "--max-paths", "--concurrency"},
                          {"--insecure"});
        if (!vaultArgs.parse(rawArgs))
            return usage(vaultArgs.error());
        return addVault(dbPath, vaultArgs);
    }
    CliArgs args({"--ca", "--auth", "--username", "--include", "--exclude", "--cosign-key", "--concurrency"},
                 {"--insecure", "--password-stdin", "--import-sboms"});
    if (!args.parse(rawArgs))
        return usage(args.error());
    const auto &pos = args.positional();
    if (pos.empty() || pos[0] != "registry")
        return usage(msg(SourceCommand::tr("`source add` takes registry NAME URL, cluster NAME or vault NAME URL")));
    if (pos.size() != 3)
        return usage(msg(SourceCommand::tr("`source add registry` takes NAME and URL")));

    RegistrySourceConfig c;
    c.name = pos[1];
    c.url = pos[2];
    c.insecure = args.flag("--insecure");
    c.importSboms = args.flag("--import-sboms");
    // Stored as absolute paths: a collection may run from the GUI in another working directory.
    if (auto ca = args.value("--ca"))
        c.caFile = absolute(*ca);
    for (const std::string &key : args.values("--cosign-key"))
        c.cosignKeyFiles.push_back(absolute(key));
    c.include = args.values("--include");
    c.exclude = args.values("--exclude");
    if (int rc = parseCount(args, "--concurrency", c.concurrency); rc != Ok)
        return rc;
    c.username = args.value("--username").value_or("");
    const bool passwordStdin = args.flag("--password-stdin");
    if (auto kind = args.value("--auth")) {
        if (!parseRegistryAuthKindName(*kind, c.auth))
            return usage(msg(SourceCommand::tr("--auth must be anonymous, basic or docker-config")));
    } else if (!c.username.empty()) {
        c.auth = RegistryAuthKind::Basic;
    }
    if (c.auth == RegistryAuthKind::Basic && (c.username.empty() || !passwordStdin))
        return usage(msg(SourceCommand::tr("basic authentication needs --username and --password-stdin")));
    if (c.auth != RegistryAuthKind::Basic && (!c.username.empty() || passwordStdin))
        return usage(msg(SourceCommand::tr("--username and --password-stdin go with --auth basic")));
    if (std::string problem = c.validate(); !problem.empty())
        return usage(problem);
    if (std::string problem = c.checkFiles(); !problem.empty())
        return failure(problem);

    std::string password;
    KeyringSecretStore keyring;
    const std::string key = SecretStore::registryKey(c.name);
    if (passwordStdin) {
        password = readPassword();
        if (password.empty())
            return failure(msg(SourceCommand::tr("no password on standard input")));
        // Before the store is opened: without a keyring nothing at all is written.
        // The keyring (QtKeychain over D-Bus) works through the application object main created.
        std::string why;
        if (!keyring.available(&why))
            return failure(msg(SourceCommand::tr("cannot keep the password: %1\nNothing was stored. Log in with `docker login` and add the source with --auth docker-config instead."), why));
    }
    try {
        Database db = Database::open(dbPath);
        SourceRepository sources(db);
        if (sources.find(c.name))
            return failure(msg(SourceCommand::tr("a source named %1 already exists"), c.name));
        if (passwordStdin) {
            if (const SecretResult w = keyring.write(key, password); !w.ok)
                return failure(msg(SourceCommand::tr("cannot keep the password in the desktop keyring: %1\nNothing was stored."), w.error));
        }
        try {
            sources.add(c);
        } catch (const StoreError &) {
            if (passwordStdin)
                keyring.remove(key); // the source was not stored: neither is its password
            throw;
        }
        const QString added = passwordStdin
            ? SourceCommand::tr("added registry source %1 (%2); password kept in the desktop keyring")
            : SourceCommand::tr("added registry source %1 (%2)");
        std::printf("%s\n", msg(added, c.name, c.url).c_str());
    } catch (const StoreError &e) {
        return failure(e.what());
    }
    return Ok;
}

Utf8 lastRunText(const std::optional<CollectionRunRow> &run)
{
    if (!run)
        return msg(SourceCommand::tr("never"));
    return run->status + " " + isoTime(run->startedAt); // the status as `--format json` gives it
}

nlohmann::ordered_json lastRunJson(const std::optional<CollectionRunRow> &run)
{
    if (!run)
        return nullptr;
    const CollectionRunRow &r = *run;
    return {{"status", r.status},
            {"started_at", isoTime(r.startedAt)},
            {"finished_at", r.finishedAt ? nlohmann::ordered_json(isoTime(r.finishedAt)) : nlohmann::ordered_json()},
            {"error", r.error},
            {"repositories", r.repositories},
            {"images", r.images},
            {"requests", r.requests},
            {"failures", r.failures}};
}

std::int64_t vaultSecrets(Database &db, const std::string &name)
{
    SecretFilter f;
    f.store = secretStoreKindName(SecretStoreKind::Vault);
    f.origin = name;
    return SecretRepository(db).count(f);
}

int list(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--format"}, {});
    if (!args.parse(rawArgs))
        return usage(args.error());
    if (!args.positional().empty())
        return usage(msg(SourceCommand::tr("unexpected argument \"%1\""), args.positional()[0]));
    const std::string format = args.value("--format").value_or("table");
    if (format != "table" && format != "json")
        return usage(msg(SourceCommand::tr("--format must be table or json")));
    try {
        Database db = Database::open(dbPath, Database::Access::ReadOnly);
        ImageRepository images(db);
        const std::vector<SourceRow> rows = SourceRepository(db).list();
        if (format == "json") {
            nlohmann::ordered_json out = nlohmann::ordered_json::array();
            for (const SourceRow &s : rows) {
                ImageRepository::ImageFilter f;
                f.sourceIds = {s.id};
                nlohmann::ordered_json j;
                j["name"] = s.name;
                j["kind"] = s.kind;
                j["url"] = s.url;
                if (s.kind == "cluster") {
                    WorkloadFilter wf;
                    wf.cluster = s.name;
                    j["server"] = s.cluster.server;
                    j["context"] = s.cluster.context;
                    j["kubeconfig"] = s.cluster.kubeconfig;
                    j["exec_approved"] = !s.cluster.execApproval.empty();
                    j["exec_command"] = s.cluster.execCommand;
                    j["page_size"] = s.cluster.pageSize;
                    j["import_trivy_operator"] = s.cluster.importTrivyOperator;
                    j["created_at"] = isoTime(s.createdAt);
                    j["workloads"] = WorkloadRepository(db).count(wf);
                    j["last_run"] = lastRunJson(s.lastRun);
                    out.push_back(std::move(j));
                    continue;
                }
                if (s.kind == "vault") {
                    j["mount"] = s.vault.mount;
                    j["paths"] = s.vault.paths;
                    j["token_env"] = s.vault.tokenFile.empty() ? s.vault.tokenEnv : std::string();
                    j["token_file"] = s.vault.tokenFile;
                    j["namespace"] = s.vault.vaultNamespace;
                    j["ca_file"] = s.vault.caFile;
                    j["insecure"] = s.vault.insecure;
                    j["max_paths"] = s.vault.maxPaths;
                    j["concurrency"] = s.vault.concurrency;
                    j["created_at"] = isoTime(s.createdAt);
                    j["secrets"] = vaultSecrets(db, s.name);
                    j["last_run"] = lastRunJson(s.lastRun);
                    out.push_back(std::move(j));
                    continue;
                }
                j["auth"] = registryAuthKindName(s.config.auth);
                j["username"] = s.config.username;
                j["insecure"] = s.config.insecure;
                j["ca_file"] = s.config.caFile;
                j["include"] = s.config.include;
                j["exclude"] = s.config.exclude;
                j["cosign_keys"] = s.config.cosignKeyFiles;
                j["import_sboms"] = s.config.importSboms;
                j["concurrency"] = s.config.concurrency;
                j["created_at"] = isoTime(s.createdAt);
                j["images"] = images.count(f);
                j["last_run"] = lastRunJson(s.lastRun);
                out.push_back(std::move(j));
            }
            std::puts(out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
            return Ok;
        }
        // ITEMS: images of a registry, workloads of a cluster. AUTH/CONTEXT: the registry's auth
        // kind, the cluster's kubeconfig context.
        std::puts(headerLine({{SourceCommand::tr("NAME"), 20},
                              {SourceCommand::tr("KIND"), 8},
                              {SourceCommand::tr("URL"), 40},
                              {SourceCommand::tr("AUTH/CONTEXT"), 20},
                              {SourceCommand::tr("INSECURE"), 8},
                              {SourceCommand::tr("ITEMS"), 7},
                              {SourceCommand::tr("LAST RUN"), 0}})
                      .c_str());
        const std::string yes = msg(SourceCommand::tr("yes")), no = msg(SourceCommand::tr("no"));
        for (const SourceRow &s : rows) {
            if (s.kind == "cluster") {
                WorkloadFilter wf;
                wf.cluster = s.name;
                std::printf("%-20s  %-8s  %-40s  %-20s  %-8s  %-7s  %s\n", s.name.c_str(), s.kind.c_str(),
                            s.cluster.server.c_str(), s.cluster.context.c_str(), "-",
                            msg(i18n::localNumber(static_cast<std::int64_t>(WorkloadRepository(db).count(wf)))).c_str(), lastRunText(s.lastRun).c_str());
                continue;
            }
            if (s.kind == "vault") {
                // AUTH/CONTEXT: the mount (and namespace) walked; ITEMS: secrets recorded.
                const int paths = static_cast<int>(s.vault.paths.size());
                const std::string where = (s.vault.vaultNamespace.empty() ? "" : s.vault.vaultNamespace + ":")
                    + s.vault.mount + "/" + (s.vault.paths.size() == 1 ? s.vault.paths[0] : "")
                    + (paths > 1 ? msg(SourceCommand::tr("(%n paths)", nullptr, paths)) : std::string());
                std::printf("%-20s  %-8s  %-40s  %-20s  %-8s  %-7s  %s\n", s.name.c_str(), s.kind.c_str(),
                            s.url.c_str(), where.c_str(), (s.vault.insecure ? yes : no).c_str(),
                            msg(i18n::localNumber(static_cast<std::int64_t>(vaultSecrets(db, s.name)))).c_str(), lastRunText(s.lastRun).c_str());
                continue;
            }
            ImageRepository::ImageFilter f;
            f.sourceIds = {s.id};
            std::printf("%-20s  %-8s  %-40s  %-20s  %-8s  %-7s  %s\n", s.name.c_str(), s.kind.c_str(), s.url.c_str(),
                        std::string(registryAuthKindName(s.config.auth)).c_str(), (s.config.insecure ? yes : no).c_str(),
                        msg(i18n::localNumber(static_cast<std::int64_t>(images.count(f)))).c_str(), lastRunText(s.lastRun).c_str());
        }
    } catch (const StoreError &e) {
        return failure(e.what());
    }
    return Ok;
}

int remove(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({}, {});
    if (!args.parse(rawArgs))
        return usage(args.error());
    if (args.positional().size() != 1)
        return usage(msg(SourceCommand::tr("`source remove` takes one NAME")));
    const std::string name = args.positional()[0];
    try {
        Database db = Database::open(dbPath);
        SourceRepository sources(db);
        const auto source = sources.find(name);
        if (!source)
            return failure(msg(SourceCommand::tr("there is no source named %1"), name));
        // The store first: a missing keyring must not keep the user from removing a source.
        sources.remove(name);
        std::printf("%s\n", msg(SourceCommand::tr("removed source %1"), name).c_str());
        if (source->kind == "vault") {
            // Its secrets went with it (ON DELETE CASCADE): judging the now empty origin closes
            // their open findings instead of leaving them open forever.
            const SecretEvaluationSummary judged = evaluateSecrets(
                db, loadSecretPolicy(), static_cast<std::int64_t>(std::time(nullptr)), "vault", name);
            if (judged.resolved)
                std::printf("%s\n", msg(SourceCommand::tr("resolved %1 findings of its secrets"), static_cast<unsigned long long>(judged.resolved)).c_str());
        }
        if (source->kind == "registry" && source->config.auth == RegistryAuthKind::Basic) {
            const SecretResult r = KeyringSecretStore().remove(SecretStore::registryKey(name));
            if (!r.ok && !r.notFound)
                return failure(msg(SourceCommand::tr("its password could not be removed from the desktop keyring: %1"), r.error));
            if (r.ok)
                std::printf("%s\n", msg(SourceCommand::tr("removed its password from the desktop keyring")).c_str());
        }
    } catch (const StoreError &e) {
        return failure(e.what());
    }
    return Ok;
}

} // namespace

int runSource(const std::string &dbPath, const std::vector<std::string> &args)
{
    for (const std::string &a : args) {
        if (a == "--help" || a == "-h") {
            std::fputs(help().c_str(), stdout);
            return Ok;
        }
        // Refused by name, before anything else, and without echoing what followed.
        if (a == "--password" || a.rfind("--password=", 0) == 0)
            return usage(msg(SourceCommand::tr("passwords are never taken on the command line (they would show in the process list and shell history); use --password-stdin")));
        if (a == "--token" || a.rfind("--token=", 0) == 0)
            return usage(msg(SourceCommand::tr("tokens are never taken on the command line (they would show in the process list and shell history); use --token-file or --token-env")));
        if (a == "--")
            break;
    }
    if (args.empty())
        return usage(msg(SourceCommand::tr("no subcommand given (add, list or remove)")));
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "add")
        return add(dbPath, rest);
    if (args[0] == "list")
        return list(dbPath, rest);
    if (args[0] == "remove")
        return remove(dbPath, rest);
    return usage(msg(SourceCommand::tr("unknown subcommand \"%1\" (add, list or remove)"), args[0]));
}

} // namespace bulkhead::cli
