#include "importers/reportparser.h"

#include "importers/formatdetector.h"
#include "importers/formatparsers.h"
#include "importers/importerror.h"
#include "importers/importlimits.h"
#include "importers/nestingcheck.h"

#include <xxhash.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bulkhead {

namespace {

// Identity of a report's bytes. XXH3-128, not SHA-256: this only tells "the same file again"
// apart from a new one, and at 2.5 GB of reports SHA-256 cost 15% of the whole import.
std::string contentHash(const char *data, std::size_t size)
{
    const XXH128_hash_t h = XXH3_128bits(data, size);
    char out[33];
    std::snprintf(out, sizeof out, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                  static_cast<unsigned long long>(h.low64));
    return out;
}

// Offset of the first byte that is not valid UTF-8 (only called once simdjson said there is one).
std::uint64_t firstInvalidUtf8(const char *data, std::size_t size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    std::size_t i = 0;
    while (i < size) {
        const unsigned char c = p[i];
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > size)
            return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid too.
        if ((len == 2 && c < 0xC2) || (len == 3 && c == 0xE0 && p[i + 1] < 0xA0)
            || (len == 3 && c == 0xED && p[i + 1] >= 0xA0) || (len == 4 && c == 0xF0 && p[i + 1] < 0x90)
            || (len == 4 && (c > 0xF4 || (c == 0xF4 && p[i + 1] >= 0x90))))
            return i;
        i += len;
    }
    return ImportError::kNoOffset;
}

std::string offsetPrefix(std::uint64_t offset)
{
    return offset == ImportError::kNoOffset ? std::string() : "byte " + std::to_string(offset) + ": ";
}

void dispatch(ReportFormat format, simdjson::ondemand::document &doc, ParsedReport &out, ParseContext &ctx)
{
    switch (format) {
    case ReportFormat::TrivyJson: return parsers::parseTrivyJson(doc, out, ctx);
    case ReportFormat::TrivyKubernetes: return parsers::parseTrivyKubernetes(doc, out, ctx);
    case ReportFormat::TrivyOperator: return parsers::parseTrivyOperator(doc, out, ctx);
    case ReportFormat::GrypeJson: return parsers::parseGrype(doc, out, ctx);
    case ReportFormat::Sarif: return parsers::parseSarif(doc, out, ctx);
    case ReportFormat::CycloneDx: return parsers::parseCycloneDx(doc, out, ctx);
    case ReportFormat::Spdx: return parsers::parseSpdx(doc, out, ctx);
    case ReportFormat::Kubescape: return parsers::parseKubescape(doc, out, ctx);
    case ReportFormat::RegistryCollection: // built by the registry collector, never detected in a file
    case ReportFormat::ClusterCollection:  // built by the cluster collector, likewise
    case ReportFormat::SecretEvaluation:   // built by evaluateSecrets, likewise
    case ReportFormat::Unknown: break;
    }
    throw ImportError("unknown report format");
}

void parseInto(ParsedFile &result, const simdjson::padded_string_view input, ParseContext &ctx)
{
    const std::size_t deep = findNestingOverflow(input.data(), input.size(), importlimits::kMaxNestingDepth);
    if (deep != SIZE_MAX) {
        result.error = offsetPrefix(deep) + "JSON nesting deeper than "
            + std::to_string(importlimits::kMaxNestingDepth) + " levels";
        return;
    }
    simdjson::ondemand::document doc;
    ctx.reserveParser(input.size());
    if (const auto err = ctx.parser().iterate(input).get(doc)) {
        // The document could not even be indexed: there is no iterator to ask for a position.
        std::uint64_t offset = ImportError::kNoOffset;
        if (err == simdjson::UTF8_ERROR)
            offset = firstInvalidUtf8(input.data(), input.size());
        else if (err == simdjson::UNCLOSED_STRING || err == simdjson::INCOMPLETE_ARRAY_OR_OBJECT)
            offset = input.size(); // it stops before it is complete: that is where
        result.error = offsetPrefix(offset) + "invalid JSON: " + simdjson::error_message(err);
        return;
    }
    try {
        ParsedReport report;
        report.format = detectReportFormat(doc);
        dispatch(report.format, doc, report, ctx);
        computeFingerprints(report);
        result.report = std::move(report);
    } catch (const ImportError &e) {
        std::uint64_t offset = e.offset();
        result.error = offsetPrefix(offset) + e.what();
    } catch (const simdjson::simdjson_error &e) {
        std::uint64_t offset = ImportError::kNoOffset;
        const char *where = nullptr;
        if (!doc.current_location().get(where) && where >= input.data())
            offset = static_cast<std::uint64_t>(where - input.data());
        else if (e.error() == simdjson::INCOMPLETE_ARRAY_OR_OBJECT || e.error() == simdjson::UNCLOSED_STRING)
            offset = input.size(); // the document stops before it is complete: that is where
        result.error = offsetPrefix(offset) + "invalid JSON: " + simdjson::error_message(e.error());
    } catch (const std::bad_alloc &) {
        result.error = "out of memory while parsing";
    }
}

} // namespace

ParsedFile parseReportFile(const std::string &path, ParseContext &ctx)
{
    ParsedFile result;
    result.path = path;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        result.error = std::string("cannot open: ") + std::strerror(errno);
        return result;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        result.error = "not a regular file";
        return result;
    }
    result.bytes = static_cast<std::uint64_t>(st.st_size);
    if (result.bytes > importlimits::kMaxReportBytes) {
        ::close(fd);
        result.error = "file is " + std::to_string(result.bytes) + " bytes, over the import limit of "
            + std::to_string(importlimits::kMaxReportBytes) + " bytes";
        return result;
    }
    const std::size_t size = static_cast<std::size_t>(st.st_size);
    char *buffer = ctx.buffer(size);
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, buffer + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            result.error = n < 0 ? std::string("read failed: ") + std::strerror(errno)
                                 : std::string("file shrank while being read");
            return result;
        }
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    if (size == 0) {
        result.error = "byte 0: empty file";
        return result;
    }
    result.contentHash = contentHash(buffer, size);
    parseInto(result, simdjson::padded_string_view(buffer, size, size + simdjson::SIMDJSON_PADDING), ctx);
    return result;
}

ParsedFile parseReportBytes(std::string label, std::string_view bytes, ParseContext &ctx)
{
    ParsedFile result;
    result.path = std::move(label);
    result.bytes = bytes.size();
    if (bytes.empty()) {
        result.error = "byte 0: empty file";
        return result;
    }
    if (bytes.size() > importlimits::kMaxReportBytes) {
        result.error = "over the import limit of " + std::to_string(importlimits::kMaxReportBytes) + " bytes";
        return result;
    }
    result.contentHash = contentHash(bytes.data(), bytes.size());
    simdjson::padded_string buffer(bytes);
    parseInto(result, buffer, ctx);
    return result;
}

} // namespace bulkhead
