#include "cliargs.h"
#include "clitext.h"
#include "commands.h"
#include "listprinter.h"

#include "registry/signaturestate.h"
#include "report/imagesexport.h"
#include "store/database.h"
#include "store/imagerepository.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"

#include <array>
#include <cstdio>
#include <map>

namespace bulkhead::cli {

namespace {

class ImagesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImagesCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "ImagesCommand",
    "Usage: bulkheadctl [--db PATH] images [OPTIONS]\n"
    "\n"
    "Lists the images the registry sources hold (see `bulkheadctl collect`), with vulnerability\n"
    "counts joined from imported scans by digest. Filters combine with AND.\n"
    "\n"
    "Options:\n"
    "  --source NAME      images of this source (repeatable)\n"
    "  --search TEXT      part of the repository, a tag or the digest\n"
    "  --unsigned         only unsigned images (same as --signature unsigned)\n"
    "  --signature S      unsigned, signed-not-verified, verified, invalid (repeatable or comma separated)\n"
    "  --root             only images whose config runs as root\n"
    "  --no-sbom          only images without an SBOM\n"
    "  --not-scanned      only images without an imported vulnerability scan\n"
    "  --sort KEY         repository (default), tag, created, size, layers, signature,\n"
    "                     vulnerabilities, last-seen\n"
    "  --desc             sort descending\n"
    "  --limit N          at most N images\n"
    "  --format F         table (default), csv or json (an array of objects)\n");

std::string help()
{
    return msg(ImagesCommand::tr(kHelp));
}

// The store keeps SignatureState as its integer value.
std::string signatureName(int state)
{
    return std::string(signatureStateName(static_cast<SignatureState>(state)));
}

const std::map<std::string, ImageRepository::ImageSortKey> kSortKeys{
    {"repository", ImageRepository::ImageSortKey::Repository},
    {"tag", ImageRepository::ImageSortKey::Tag},
    {"created", ImageRepository::ImageSortKey::Created},
    {"size", ImageRepository::ImageSortKey::Size},
    {"layers", ImageRepository::ImageSortKey::Layers},
    {"signature", ImageRepository::ImageSortKey::Signature},
    {"vulnerabilities", ImageRepository::ImageSortKey::Vulnerabilities},
    {"last-seen", ImageRepository::ImageSortKey::LastSeen},
};

int usage(const std::string &message)
{
    std::fprintf(stderr, "bulkheadctl images: %s\n\n%s", message.c_str(), help().c_str());
    return Usage;
}

std::string shortDigest(const std::string &digest)
{
    return digest.size() > 19 ? digest.substr(0, 19) : digest; // "sha256:" + 12 hex digits
}

std::string cut(const std::string &s, std::size_t width)
{
    return s.size() <= width ? s : s.substr(0, width - 1) + "~";
}

Utf8 tableLine(const ImageRepository::ImageRow &r)
{
    const std::string counts = std::to_string(r.critical) + "/" + std::to_string(r.high) + "/"
        + std::to_string(r.medium) + "/" + std::to_string(r.low);
    return formatLine("%-40s  %-20s  %-14s  %-19s  %-10s  %8s  %6s  %-19s  %-9s  %-15s  %s",
                      cut(r.repository, 40).c_str(), cut(r.tags, 20).c_str(), cut(r.platform, 14).c_str(),
                      shortDigest(r.digest).c_str(),
                      cut(r.user.empty() ? msg(ImagesCommand::tr("(root)")) : r.user, 10).c_str(),
                      msg(i18n::localNumber(static_cast<double>(r.size) / (1024.0 * 1024.0), 1)).c_str(),
                      msg(i18n::localNumber(std::int64_t{r.layers})).c_str(), signatureName(r.signature).c_str(),
                      r.sbomFormat.empty() ? "-" : r.sbomFormat.c_str(), counts.c_str(),
                      r.lastScanAt ? isoTime(r.lastScanAt).c_str() : msg(ImagesCommand::tr("never")).c_str());
}

} // namespace

int runImages(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--source", "--search", "--signature", "--sort", "--limit", "--format"},
                 {"--unsigned", "--root", "--no-sbom", "--not-scanned", "--desc", "--help", "-h"});
    if (!args.parse(rawArgs))
        return usage(args.error());
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(help().c_str(), stdout);
        return Ok;
    }
    if (!args.positional().empty())
        return usage(msg(ImagesCommand::tr("unexpected argument \"%1\""), args.positional()[0]));
    ImageRepository::ImageFilter filter;
    filter.text = args.value("--search").value_or("");
    if (args.flag("--unsigned"))
        filter.signature.push_back(0);
    for (const std::string &raw : args.values("--signature")) {
        std::size_t start = 0;
        while (start <= raw.size()) {
            const std::size_t comma = std::min(raw.find(',', start), raw.size());
            const std::string name = raw.substr(start, comma - start);
            start = comma + 1;
            if (name.empty())
                continue;
            SignatureState state;
            if (!parseSignatureStateName(name, state))
                return usage(msg(ImagesCommand::tr("--signature does not accept \"%1\""), name));
            filter.signature.push_back(static_cast<int>(state));
        }
    }
    if (args.flag("--root"))
        filter.root = true;
    if (args.flag("--no-sbom"))
        filter.hasSbom = false;
    if (args.flag("--not-scanned"))
        filter.covered = false;
    const std::string sortName = args.value("--sort").value_or("repository");
    if (!kSortKeys.count(sortName))
        return usage(msg(ImagesCommand::tr("--sort does not accept \"%1\""), sortName));
    long long limit = -1;
    std::string format;
    if (const std::string problem = readListOptions(args, limit, format); !problem.empty())
        return usage(problem);

    try {
        Database db = Database::open(dbPath, Database::Access::ReadOnly);
        for (const std::string &name : args.values("--source")) {
            const auto source = SourceRepository(db).find(name);
            if (!source) {
                std::fprintf(stderr, "%s\n", msg(ImagesCommand::tr("error: there is no source named %1"), name).c_str());
                return Failed;
            }
            filter.sourceIds.push_back(source->id);
        }
        ImageRepository repo(db);
        ListPrinter out(format, limit);
        out.begin(imagesexport::csvHeader(),
                  headerLine({{ImagesCommand::tr("REPOSITORY"), 40},
                              {ImagesCommand::tr("TAGS"), 20},
                              {ImagesCommand::tr("PLATFORM"), 14},
                              {ImagesCommand::tr("DIGEST"), 19},
                              {ImagesCommand::tr("USER"), 10},
                              {ImagesCommand::tr("SIZE MiB"), -8},
                              {ImagesCommand::tr("LAYERS"), -6},
                              {ImagesCommand::tr("SIGNATURE"), 19},
                              {ImagesCommand::tr("SBOM"), 9},
                              {ImagesCommand::tr("CRIT/HIGH/MED/LOW"), 15},
                              {ImagesCommand::tr("LAST SCAN"), 0}}));
        // Pages of the repository's maximum until the list or the limit ends.
        out.pages(
            ImageRepository::kMaxRowsPerCall,
            [&](std::int64_t offset, int limit) {
                return repo.rows(filter, kSortKeys.at(sortName), args.flag("--desc"), int(offset), limit);
            },
            imagesexport::json, imagesexport::csvLine, tableLine);
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(ImagesCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

} // namespace bulkhead::cli
