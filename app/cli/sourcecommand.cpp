#include "cliargs.h"
#include "commands.h"

#include "credentials/keyringsecretstore.h"
#include "sources/registrysourceconfig.h"
#include "store/database.h"
#include "store/imagerepository.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <memory>

namespace bulkhead::cli {

namespace {

constexpr const char *kHelp =
    "Usage: bulkheadctl [--db PATH] source add registry NAME URL [OPTIONS]\n"
    "       bulkheadctl [--db PATH] source list [--format table|json]\n"
    "       bulkheadctl [--db PATH] source remove NAME\n"
    "\n"
    "Registries to collect images from (see `bulkheadctl collect`). NAME: letters, digits, '.', '_', '-'.\n"
    "URL: https://host[:port] (http:// only with --insecure).\n"
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
    "`source remove` also removes the source's images, collection history and keyring password.\n";

int usage(const std::string &message)
{
    std::fprintf(stderr, "bulkheadctl source: %s\n\n%s", message.c_str(), kHelp);
    return Usage;
}

int failure(const std::string &message)
{
    std::fprintf(stderr, "error: %s\n", message.c_str());
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

int add(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--ca", "--auth", "--username", "--include", "--exclude", "--cosign-key", "--concurrency"},
                 {"--insecure", "--password-stdin", "--import-sboms"});
    if (!args.parse(rawArgs))
        return usage(args.error());
    const auto &pos = args.positional();
    if (pos.empty() || pos[0] != "registry")
        return usage("only `source add registry NAME URL` is supported");
    if (pos.size() != 3)
        return usage("`source add registry` takes NAME and URL");

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
    if (auto n = args.value("--concurrency")) {
        try {
            std::size_t used = 0;
            c.concurrency = std::stoi(*n, &used);
            if (used != n->size())
                return usage("--concurrency takes a number");
        } catch (...) {
            return usage("--concurrency takes a number");
        }
    }
    c.username = args.value("--username").value_or("");
    const bool passwordStdin = args.flag("--password-stdin");
    if (auto kind = args.value("--auth")) {
        if (!parseRegistryAuthKindName(*kind, c.auth))
            return usage("--auth must be anonymous, basic or docker-config");
    } else if (!c.username.empty()) {
        c.auth = RegistryAuthKind::Basic;
    }
    if (c.auth == RegistryAuthKind::Basic && (c.username.empty() || !passwordStdin))
        return usage("basic authentication needs --username and --password-stdin");
    if (c.auth != RegistryAuthKind::Basic && (!c.username.empty() || passwordStdin))
        return usage("--username and --password-stdin go with --auth basic");
    if (std::string problem = c.validate(); !problem.empty())
        return usage(problem);
    if (std::string problem = c.checkFiles(); !problem.empty())
        return failure(problem);

    std::string password;
    std::unique_ptr<QCoreApplication> app;
    KeyringSecretStore keyring;
    const std::string key = SecretStore::registryKey(c.name);
    if (passwordStdin) {
        password = readPassword();
        if (password.empty())
            return failure("no password on standard input");
        // Before the store is opened: without a keyring nothing at all is written.
        app = keyringApplication();
        std::string why;
        if (!keyring.available(&why))
            return failure("cannot keep the password: " + why
                           + "\nNothing was stored. Log in with `docker login` and add the source with "
                             "--auth docker-config instead.");
    }
    try {
        Database db = Database::open(dbPath);
        SourceRepository sources(db);
        if (sources.find(c.name))
            return failure("a source named " + c.name + " already exists");
        if (passwordStdin) {
            if (const SecretResult w = keyring.write(key, password); !w.ok)
                return failure("cannot keep the password in the desktop keyring: " + w.error
                               + "\nNothing was stored.");
        }
        try {
            sources.add(c);
        } catch (const StoreError &) {
            if (passwordStdin)
                keyring.remove(key); // the source was not stored: neither is its password
            throw;
        }
        std::printf("added registry source %s (%s)%s\n", c.name.c_str(), c.url.c_str(),
                    passwordStdin ? "; password kept in the desktop keyring" : "");
    } catch (const StoreError &e) {
        return failure(e.what());
    }
    return Ok;
}

std::string lastRunText(const std::optional<CollectionRunRow> &run)
{
    if (!run)
        return "never";
    return run->status + " " + isoTime(run->startedAt);
}

int list(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--format"}, {});
    if (!args.parse(rawArgs))
        return usage(args.error());
    if (!args.positional().empty())
        return usage("unexpected argument \"" + args.positional()[0] + "\"");
    const std::string format = args.value("--format").value_or("table");
    if (format != "table" && format != "json")
        return usage("--format must be table or json");
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
                if (s.lastRun) {
                    const CollectionRunRow &r = *s.lastRun;
                    j["last_run"] = {{"status", r.status},
                                     {"started_at", isoTime(r.startedAt)},
                                     {"finished_at", r.finishedAt ? nlohmann::ordered_json(isoTime(r.finishedAt))
                                                                  : nlohmann::ordered_json()},
                                     {"error", r.error},
                                     {"repositories", r.repositories},
                                     {"images", r.images},
                                     {"requests", r.requests},
                                     {"failures", r.failures}};
                } else {
                    j["last_run"] = nullptr;
                }
                out.push_back(std::move(j));
            }
            std::puts(out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
            return Ok;
        }
        std::printf("%-20s  %-40s  %-13s  %-8s  %-7s  %s\n", "NAME", "URL", "AUTH", "INSECURE", "IMAGES", "LAST RUN");
        for (const SourceRow &s : rows) {
            ImageRepository::ImageFilter f;
            f.sourceIds = {s.id};
            std::printf("%-20s  %-40s  %-13s  %-8s  %-7lld  %s\n", s.name.c_str(), s.url.c_str(),
                        std::string(registryAuthKindName(s.config.auth)).c_str(), s.config.insecure ? "yes" : "no",
                        static_cast<long long>(images.count(f)), lastRunText(s.lastRun).c_str());
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
        return usage("`source remove` takes one NAME");
    const std::string name = args.positional()[0];
    try {
        Database db = Database::open(dbPath);
        SourceRepository sources(db);
        const auto source = sources.find(name);
        if (!source)
            return failure("there is no source named " + name);
        // The store first: a missing keyring must not keep the user from removing a source.
        sources.remove(name);
        std::printf("removed source %s\n", name.c_str());
        if (source->config.auth == RegistryAuthKind::Basic) {
            const auto app = keyringApplication();
            const SecretResult r = KeyringSecretStore().remove(SecretStore::registryKey(name));
            if (!r.ok && !r.notFound)
                return failure("its password could not be removed from the desktop keyring: " + r.error);
            if (r.ok)
                std::printf("removed its password from the desktop keyring\n");
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
            std::fputs(kHelp, stdout);
            return Ok;
        }
        // Refused by name, before anything else, and without echoing what followed.
        if (a == "--password" || a.rfind("--password=", 0) == 0)
            return usage("passwords are never taken on the command line (they would show in the process "
                         "list and shell history); use --password-stdin");
        if (a == "--")
            break;
    }
    if (args.empty())
        return usage("no subcommand given (add, list or remove)");
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "add")
        return add(dbPath, rest);
    if (args[0] == "list")
        return list(dbPath, rest);
    if (args[0] == "remove")
        return remove(dbPath, rest);
    return usage("unknown subcommand \"" + args[0] + "\" (add, list or remove)");
}

} // namespace bulkhead::cli
