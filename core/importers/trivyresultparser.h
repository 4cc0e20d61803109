#pragma once

#include "importers/jsonread.h"
#include "importers/parsecontext.h"
#include "model/parsedreport.h"

#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// What the Trivy-family parsers (trivy image/fs JSON, trivy k8s, trivy-operator CRs) share: the
// reader of a Trivy `Results` array, and the small pieces all three need around it.
namespace bulkhead::parsers::trivy {

// The key of an object field as written in the document, for comparing without unescaping it
// into simdjson's string buffer. Trivy and trivy-operator never escape their ASCII keys; a key
// that does contain an escape simply matches nothing.
std::string_view rawKey(simdjson::simdjson_result<simdjson::ondemand::field> &field);

// Back to the first field of `entry`, for a second pass over it (throws what simdjson reports).
void rewind(simdjson::ondemand::object &entry);

// Names the entry being read ("Resources[3].Results[0].Vulnerabilities[12]") for the warning of
// jsonread::guardEntry. One buffer is reused for the whole report, so naming an entry costs no
// allocation per finding.
class EntryPath
{
public:
    static constexpr std::size_t kNoIndex = SIZE_MAX;

    // Appends ".member[index]" (no leading dot at the root) while it lives.
    class Step
    {
    public:
        Step(EntryPath &path, std::string_view member, std::size_t index = kNoIndex);
        ~Step() { m_path.m_text.resize(m_size); }
        Step(const Step &) = delete;
        Step &operator=(const Step &) = delete;

    private:
        EntryPath &m_path;
        std::size_t m_size;
    };

    const std::string &text() const { return m_text; }

private:
    std::string m_text;
};

// Runs `fn(simdjson_result<value> &entry)` for each entry of the array `list` (named `member`
// under `path`), each under its own jsonread::guardEntry. A missing or null list is an empty one;
// a list of another type is skipped with one warning. Returns false when anything was skipped.
template <typename Fn>
bool forEachEntry(ParsedReport &out, EntryPath &path, std::string_view member,
                  simdjson::simdjson_result<simdjson::ondemand::value> list, Fn &&fn)
{
    if (list.error() == simdjson::NO_SUCH_FIELD)
        return true;
    simdjson::ondemand::array entries;
    bool present = false;
    {
        EntryPath::Step step(path, member);
        bool isNull = false;
        const bool readable = jsonread::guardEntry(out, path.text(), [&] {
            isNull = list.is_null();
            if (!isNull) {
                entries = list.get_array();
                present = true;
            }
        });
        if (!readable)
            return false;
    }
    if (!present)
        return true;
    bool complete = true;
    std::size_t index = 0;
    for (auto entry : entries) {
        EntryPath::Step step(path, member, index++);
        complete &= jsonread::guardEntry(out, path.text(), [&] { fn(entry); });
    }
    return complete;
}

// What the reading of one report keeps across its Results arrays.
struct ReadState {
    EntryPath path;
    // (asset, kind) pairs of which an entry was skipped: the report is not a complete scan of
    // them, and claiming it would resolve the skipped findings in the store.
    std::vector<ScanScope> incomplete;

    void markIncomplete(std::uint32_t asset, FindingKind kind) { incomplete.push_back({asset, kind}); }
};

// Where a vulnerability sits; part of the finding's fingerprint.
enum class VulnerabilityLocation {
    // Image and filesystem reports: "" for OS packages (one database per image), else PkgPath
    // (the same library can be vendored in several places) or, without it, the result Target.
    PackagePath,
    // `trivy k8s`: the result Target, which names the container image, so that the same package
    // in two containers of one workload stays two findings.
    Target,
};

// Reads one Trivy `Results` array (null is an empty one) into `out`: findings, components and
// scan scopes, all on `asset`. Each result and each entry is guarded: a malformed one is skipped
// with a warning naming it (under state.path) and its scope marked incomplete. Only failed
// misconfigurations become findings; secret matches and code lines are never read.
void parseResults(simdjson::simdjson_result<simdjson::ondemand::value> results, std::uint32_t asset,
                  VulnerabilityLocation rule, ReadState &state, ParsedReport &out, ParseContext &ctx);

// Ends every Trivy-family parse: withholds the incomplete scopes, drops duplicate findings.
void finishReport(ParsedReport &out, const ReadState &state);

// Appends `url` to a newline-separated reference list unless it is empty or already there.
void appendReference(std::string &references, std::string_view url);

// Nothing in these formats forbids listing one occurrence twice, and two findings with the same
// fingerprint would be one stored finding. Keeps the first finding of each identity - kind, rule
// key, asset, package, installed version, location: the fingerprint's inputs - and drops the
// later ones, preserving order.
void dropDuplicateFindings(ParsedReport &report);

} // namespace bulkhead::parsers::trivy
