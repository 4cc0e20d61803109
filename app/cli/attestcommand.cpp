// `bulkheadctl attest`: records a human attestation for a control (status, evidence text, links,
// files stored in the store with their SHA-256, expiry), lists a control's attestations, and
// writes an attached file back out. Everything goes through AttestationRepository (append-only).
#include "cliargs.h"
#include "clitext.h"
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

class AttestCommand
{
    Q_DECLARE_TR_FUNCTIONS(AttestCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "AttestCommand",
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
    "  --export-file ID    write the attached file with that id to OUT (\"-\": standard output)\n");

std::string help()
{
    return msg(AttestCommand::tr(kHelp));
}

constexpr std::int64_t kDay = 86400;

int usage(const std::string &message)
{
    std::fprintf(stderr, "bulkheadctl attest: %s\n\n%s", message.c_str(), help().c_str());
    return Usage;
}

int failed(const std::string &message)
{
    std::fprintf(stderr, "%s\n", msg(AttestCommand::tr("error: %1"), message).c_str());
    return Failed;
}

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Where an attestation stands now. Only the newest of a control can count. JSON gives it as it
// is; the text output translates it.
std::string stateOf(const Attestation &a, bool newest, std::int64_t now)
{
    if (a.status == AttestationStatus::Withdrawn)
        return QT_TRANSLATE_NOOP("AttestCommand", "withdrawal");
    if (!newest)
        return QT_TRANSLATE_NOOP("AttestCommand", "superseded");
    if (a.validAt(now))
        return QT_TRANSLATE_NOOP("AttestCommand", "valid");
    return a.expiresAt <= now ? QT_TRANSLATE_NOOP("AttestCommand", "expired")
                              : QT_TRANSLATE_NOOP("AttestCommand", "not yet valid");
}

void printText(const Attestation &a, const std::string &state)
{
    // A withdrawal's expiry means nothing: it never counts.
    const QString when = a.status == AttestationStatus::Withdrawn
        ? AttestCommand::tr("%1 by %2").arg(msgArg(isoTimestamp(a.attestedAt)), msgArg(a.attestedBy))
        : AttestCommand::tr("%1 by %2, expires %3")
              .arg(msgArg(isoTimestamp(a.attestedAt)), msgArg(a.attestedBy), localDay(a.expiresAt));
    std::printf("#%lld  %-9s  %s  (%s)\n", static_cast<long long>(a.id),
                std::string(attestationStatusName(a.status)).c_str(), msg(when).c_str(),
                msg(AttestCommand::tr(state.c_str())).c_str());
    if (!a.evidence.empty())
        std::printf("%s\n", msg(AttestCommand::tr("    evidence: %1"), a.evidence).c_str());
    for (const std::string &link : a.links)
        std::printf("%s\n", msg(AttestCommand::tr("    link: %1"), link).c_str());
    for (const AttestationFile &f : a.files)
        std::printf("%s\n", msg(AttestCommand::tr("    file %1: %2, %3 bytes, sha256 %4"), static_cast<long long>(f.id), f.name, static_cast<long long>(f.size), f.sha256).c_str());
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

Utf8 unknownControl(const std::string &id)
{
    return msg(AttestCommand::tr("there is no control \"%1\" in the catalog (`bulkheadctl controls` lists them)"), id);
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
            error = msg(info.exists() ? AttestCommand::tr("evidence file %1 is not a regular file")
                                      : AttestCommand::tr("evidence file %1 does not exist"),
                        path);
            return false;
        }
        if (info.size() > kAttestationFileLimit) {
            error = attestationFileTooLarge(path, info.size());
            return false;
        }
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            error = msg(AttestCommand::tr("evidence file %1: %2"), path, file.errorString());
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
        return usage(args.positional().empty() ? msg(AttestCommand::tr("which control? (an id such as SEC-4)")) : msg(AttestCommand::tr("one control at a time")));
    if (args.value("--format"))
        return usage(msg(AttestCommand::tr("--format goes with --history")));
    const std::string control = controlId(args.positional()[0]);
    const std::optional<std::string> statusName = args.value("--status");
    if (!statusName)
        return usage(msg(AttestCommand::tr("--status is required (pass, partial, fail or withdrawn)")));
    const std::optional<AttestationStatus> status = attestationStatusFromName(*statusName);
    if (!status)
        return usage(msg(AttestCommand::tr("--status must be pass, partial, fail or withdrawn, not \"%1\""), *statusName));
    if (!args.value("--evidence") && *status != AttestationStatus::Withdrawn)
        return usage(msg(AttestCommand::tr("--evidence is required: say what shows the control is met")));

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
            return usage(msg(AttestCommand::tr("--expires takes a date YYYY-MM-DD, not \"%1\""), *expires));
        if (t <= a.attestedAt)
            return usage(msg(AttestCommand::tr("--expires %1 is not in the future"), *expires));
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
            return failed(msg(AttestCommand::tr("attestation %1 of %2 was not found after writing it"), std::to_string(id), control));
        std::printf("%s\n", msg(AttestCommand::tr("recorded attestation of %1:"), control).c_str());
        printText(*stored, stateOf(*stored, true, nowSeconds()));
    } catch (const StoreError &e) {
        return failed(e.what());
    }
    return Ok;
}

int history(const std::string &dbPath, const CliArgs &args)
{
    if (!args.positional().empty())
        return usage(msg(AttestCommand::tr("unexpected argument \"%1\" after --history"), args.positional()[0]));
    if (const std::string option = recordOption(args); !option.empty())
        return usage(msg(AttestCommand::tr("%1 does not go with --history"), option));
    const std::string format = args.value("--format").value_or("text");
    if (format != "text" && format != "json")
        return usage(msg(AttestCommand::tr("--format must be text or json")));
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
            std::printf("%s\n", msg(AttestCommand::tr("%1: no attestations"), control).c_str());
            return Ok;
        }
        const int count = static_cast<int>(list.size());
        std::printf("%s\n", msg(AttestCommand::tr("%1: %n attestations, newest first", nullptr, count), control).c_str());
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
        return usage(args.positional().empty() ? msg(AttestCommand::tr("where to? (--export-file FILE_ID OUT)")) : msg(AttestCommand::tr("one output file")));
    if (const std::string option = recordOption(args); !option.empty())
        return usage(msg(AttestCommand::tr("%1 does not go with --export-file"), option));
    if (args.value("--format"))
        return usage(msg(AttestCommand::tr("--format goes with --history")));
    const std::string idText = *args.value("--export-file");
    const std::string &out = args.positional()[0];
    std::size_t used = 0;
    long long id = 0;
    try {
        id = std::stoll(idText, &used);
    } catch (const std::exception &) {
    }
    if (used != idText.size() || id <= 0)
        return usage(msg(AttestCommand::tr("--export-file takes a file id (`attest --history CONTROL` lists them), not \"%1\""), idText));
    std::optional<std::string> bytes;
    try {
        const Database db = Database::open(dbPath, Database::Access::ReadOnly);
        bytes = AttestationRepository(db).fileContent(id);
    } catch (const StoreError &e) {
        return failed(e.what());
    }
    if (!bytes)
        return failed(msg(AttestCommand::tr("there is no evidence file with id %1"), idText));
    if (out == "-") {
        std::fwrite(bytes->data(), 1, bytes->size(), stdout);
        return Ok;
    }
    // Written whole or not at all.
    QSaveFile file(QString::fromStdString(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes->data(), static_cast<qint64>(bytes->size()))
                                                 != static_cast<qint64>(bytes->size())
        || !file.commit())
        return failed(msg(AttestCommand::tr("cannot write %1: %2"), out, file.errorString().toStdString()));
    std::printf("%s\n", msg(AttestCommand::tr("wrote evidence file %1 (%2 bytes) to %3"), idText, bytes->size(), out).c_str());
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
        std::fputs(help().c_str(), stdout);
        return Ok;
    }
    if (args.value("--history") && args.value("--export-file"))
        return usage(msg(AttestCommand::tr("--history and --export-file do not go together")));
    if (args.value("--history"))
        return history(dbPath, args);
    if (args.value("--export-file"))
        return exportFile(dbPath, args);
    return record(dbPath, args);
}

} // namespace bulkhead::cli
