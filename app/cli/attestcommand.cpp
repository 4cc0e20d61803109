// `bulkheadctl attest`: records a human attestation for a control (status, evidence text, links,
// files stored in the store with their SHA-256, expiry), lists a control's attestations, and
// writes an attached file back out. Everything goes through AttestationRepository (append-only).
#include "cliargs.h"
#include "commands.h"

#include "controls/attestation.h"
#include "store/attestationrepository.h"
#include "store/attestationrules.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "util/asciicase.h"
#include "util/timestamps.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>

namespace bulkhead::cli {

namespace {

constexpr const char *kHelp =
    "Usage: bulkheadctl [--db PATH] attest CONTROL --status S --evidence TEXT [--link URL]... [--file F]...\n"
    "                   [--expires YYYY-MM-DD]\n"
    "       bulkheadctl [--db PATH] attest --history CONTROL [--format text|json]\n"
    "       bulkheadctl [--db PATH] attest --export-file FILE_ID OUT\n"
    "\n"
    "Records what a person vouches for about a control Bulkhead cannot check (or not fully): the\n"
    "status, the evidence, links and files (stored in the store with their SHA-256), your user name,\n"
    "now, and an expiry. An expired or withdrawn attestation no longer counts: the control falls back\n"
    "to its evidence, or to not assessed. Attestations are never changed or deleted; a new one\n"
    "replaces the previous one, and --status withdrawn ends it early.\n"
    "\n"
    "Options:\n"
    "  --status S          pass, partial, fail or withdrawn\n"
    "  --evidence TEXT     what shows it (required, except for withdrawn)\n"
    "  --link URL          a link to the evidence (repeat for more)\n"
    "  --file F            a file to attach, at most 20 MiB (repeat for more)\n"
    "  --expires DATE      the day it stops counting (YYYY-MM-DD, UTC, in the future; default: one\n"
    "                      year from now)\n"
    "  --history CONTROL   list the control's attestations, newest first, with their files' ids\n"
    "  --format F          with --history: text (default) or json\n"
    "  --export-file ID    write the attached file with that id to OUT (\"-\": standard output)\n";

constexpr std::int64_t kDay = 86400;

int usage(const std::string &message)
{
    std::fprintf(stderr, "bulkheadctl attest: %s\n\n%s", message.c_str(), kHelp);
    return Usage;
}

int failed(const std::string &message)
{
    std::fprintf(stderr, "error: %s\n", message.c_str());
    return Failed;
}

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string day(std::int64_t t)
{
    return isoTimestamp(t).substr(0, 10);
}

// Where an attestation stands now. Only the newest of a control can count.
std::string stateOf(const Attestation &a, bool newest, std::int64_t now)
{
    if (a.status == AttestationStatus::Withdrawn)
        return "withdrawal";
    if (!newest)
        return "superseded";
    if (a.validAt(now))
        return "valid";
    return a.expiresAt <= now ? "expired" : "not yet valid";
}

void printText(const Attestation &a, const std::string &state)
{
    // A withdrawal's expiry means nothing: it never counts.
    const std::string expires = a.status == AttestationStatus::Withdrawn ? "" : ", expires " + day(a.expiresAt);
    std::printf("#%lld  %-9s  %s by %s%s  (%s)\n", static_cast<long long>(a.id),
                std::string(attestationStatusName(a.status)).c_str(), isoTimestamp(a.attestedAt).c_str(),
                a.attestedBy.c_str(), expires.c_str(), state.c_str());
    if (!a.evidence.empty())
        std::printf("    evidence: %s\n", a.evidence.c_str());
    for (const std::string &link : a.links)
        std::printf("    link: %s\n", link.c_str());
    for (const AttestationFile &f : a.files)
        std::printf("    file %lld: %s, %lld bytes, sha256 %s\n", static_cast<long long>(f.id), f.name.c_str(),
                    static_cast<long long>(f.size), f.sha256.c_str());
}

nlohmann::ordered_json toJson(const Attestation &a, const std::string &state)
{
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (const AttestationFile &f : a.files)
        files.push_back({{"id", f.id}, {"name", f.name}, {"size", f.size}, {"sha256", f.sha256}});
    return {{"id", a.id},
            {"control", a.control},
            {"status", attestationStatusName(a.status)},
            {"state", state},
            {"evidence", a.evidence},
            {"links", a.links},
            {"attestedBy", a.attestedBy},
            {"attestedAt", isoTimestamp(a.attestedAt)},
            {"expiresAt", isoTimestamp(a.expiresAt)},
            {"files", files}};
}

// Catalog ids are upper case; people type "sec-4".
std::string controlId(const std::string &arg)
{
    return asciiUpper(arg);
}

std::string unknownControl(const std::string &id)
{
    return "there is no control \"" + id + "\" in the catalog (`bulkheadctl controls` lists them)";
}

// The first option given that only recording takes, "" when none is.
std::string recordOption(const CliArgs &args)
{
    for (const char *option : {"--status", "--evidence", "--link", "--file", "--expires"}) {
        if (!args.values(option).empty())
            return option;
    }
    return {};
}

// The files to attach, read after checking their size (a huge file is refused unread).
bool readFiles(const std::vector<std::string> &paths, std::vector<AttestationFileInput> &out, std::string &error)
{
    for (const std::string &path : paths) {
        const QFileInfo info(QString::fromStdString(path));
        if (!info.isFile()) {
            error = "evidence file " + path + (info.exists() ? " is not a regular file" : " does not exist");
            return false;
        }
        if (info.size() > kAttestationFileLimit) {
            error = attestationFileTooLarge(path, info.size());
            return false;
        }
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            error = "evidence file " + path + ": " + file.errorString().toStdString();
            return false;
        }
        const QByteArray bytes = file.readAll();
        out.push_back({info.fileName().toStdString(), bytes.toStdString()});
    }
    return true;
}

int record(const std::string &dbPath, const CliArgs &args)
{
    if (args.positional().size() != 1)
        return usage(args.positional().empty() ? "which control? (an id such as SEC-4)" : "one control at a time");
    if (args.value("--format"))
        return usage("--format goes with --history");
    const std::string control = controlId(args.positional()[0]);
    const std::optional<std::string> statusName = args.value("--status");
    if (!statusName)
        return usage("--status is required (pass, partial, fail or withdrawn)");
    const std::optional<AttestationStatus> status = attestationStatusFromName(*statusName);
    if (!status)
        return usage("--status must be pass, partial, fail or withdrawn, not \"" + *statusName + "\"");
    if (!args.value("--evidence") && *status != AttestationStatus::Withdrawn)
        return usage("--evidence is required: say what shows the control is met");

    Attestation a;
    a.control = control;
    a.status = *status;
    a.evidence = args.value("--evidence").value_or("");
    a.links = args.values("--link");
    a.attestedBy = currentUserName();
    a.attestedAt = nowSeconds();
    a.expiresAt = a.attestedAt + 365 * kDay;
    if (const auto expires = args.value("--expires")) {
        // The day begins the expiry (00:00 UTC), as `triage --expires` reads it.
        const std::int64_t t = expires->size() == 10 ? parseTimestamp(*expires) : 0;
        if (!t || isoTimestamp(t).substr(0, 10) != *expires)
            return usage("--expires takes a date YYYY-MM-DD, not \"" + *expires + "\"");
        if (t <= a.attestedAt)
            return usage("--expires " + *expires + " is not in the future");
        a.expiresAt = t;
    }
    if (!isAttestableControl(control))
        return failed(unknownControl(control));
    std::vector<AttestationFileInput> files;
    if (std::string error; !readFiles(args.values("--file"), files, error))
        return failed(error);

    try {
        Database db = Database::open(dbPath);
        AttestationRepository repo(db);
        const std::int64_t id = repo.add(a, files);
        const std::optional<Attestation> stored = repo.find(id);
        if (!stored)
            return failed("attestation " + std::to_string(id) + " of " + control + " was not found after writing it");
        std::printf("recorded attestation of %s:\n", control.c_str());
        printText(*stored, stateOf(*stored, true, nowSeconds()));
    } catch (const StoreError &e) {
        return failed(e.what());
    }
    return Ok;
}

int history(const std::string &dbPath, const CliArgs &args)
{
    if (!args.positional().empty())
        return usage("unexpected argument \"" + args.positional()[0] + "\" after --history");
    if (const std::string option = recordOption(args); !option.empty())
        return usage(option + " does not go with --history");
    const std::string format = args.value("--format").value_or("text");
    if (format != "text" && format != "json")
        return usage("--format must be text or json");
    const std::string control = controlId(*args.value("--history"));
    if (!isAttestableControl(control))
        return failed(unknownControl(control));
    try {
        const Database db = Database::open(dbPath, Database::Access::ReadOnly);
        const std::vector<Attestation> list = AttestationRepository(db).history(control);
        const std::int64_t now = nowSeconds();
        if (format == "json") {
            nlohmann::ordered_json out = nlohmann::ordered_json::array();
            for (std::size_t i = 0; i < list.size(); ++i)
                out.push_back(toJson(list[i], stateOf(list[i], i == 0, now)));
            std::puts(out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
            return Ok;
        }
        if (list.empty()) {
            std::printf("%s: no attestations\n", control.c_str());
            return Ok;
        }
        std::printf("%s: %zu attestation%s, newest first\n", control.c_str(), list.size(), list.size() == 1 ? "" : "s");
        for (std::size_t i = 0; i < list.size(); ++i)
            printText(list[i], stateOf(list[i], i == 0, now));
    } catch (const StoreError &e) {
        return failed(e.what());
    }
    return Ok;
}

int exportFile(const std::string &dbPath, const CliArgs &args)
{
    if (args.positional().size() != 1)
        return usage(args.positional().empty() ? "where to? (--export-file FILE_ID OUT)" : "one output file");
    if (const std::string option = recordOption(args); !option.empty())
        return usage(option + " does not go with --export-file");
    if (args.value("--format"))
        return usage("--format goes with --history");
    const std::string idText = *args.value("--export-file");
    const std::string &out = args.positional()[0];
    std::size_t used = 0;
    long long id = 0;
    try {
        id = std::stoll(idText, &used);
    } catch (const std::exception &) {
    }
    if (used != idText.size() || id <= 0)
        return usage("--export-file takes a file id (`attest --history CONTROL` lists them), not \"" + idText + "\"");
    std::optional<std::string> bytes;
    try {
        const Database db = Database::open(dbPath, Database::Access::ReadOnly);
        bytes = AttestationRepository(db).fileContent(id);
    } catch (const StoreError &e) {
        return failed(e.what());
    }
    if (!bytes)
        return failed("there is no evidence file with id " + idText);
    if (out == "-") {
        std::fwrite(bytes->data(), 1, bytes->size(), stdout);
        return Ok;
    }
    // Written whole or not at all.
    QSaveFile file(QString::fromStdString(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes->data(), static_cast<qint64>(bytes->size()))
                                                 != static_cast<qint64>(bytes->size())
        || !file.commit())
        return failed("cannot write " + out + ": " + file.errorString().toStdString());
    std::printf("wrote evidence file %s (%zu bytes) to %s\n", idText.c_str(), bytes->size(), out.c_str());
    return Ok;
}

} // namespace

int runAttest(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--status", "--evidence", "--link", "--file", "--expires", "--history", "--export-file", "--format"},
                 {"--help", "-h"});
    if (!args.parse(rawArgs))
        return usage(args.error());
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(kHelp, stdout);
        return Ok;
    }
    if (args.value("--history") && args.value("--export-file"))
        return usage("--history and --export-file do not go together");
    if (args.value("--history"))
        return history(dbPath, args);
    if (args.value("--export-file"))
        return exportFile(dbPath, args);
    return record(dbPath, args);
}

} // namespace bulkhead::cli
