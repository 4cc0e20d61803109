#include "importers/sarifrun.h"

#include "importers/jsonread.h"

namespace bulkhead::sarif {

namespace {

using simdjson::ondemand::array;
using simdjson::ondemand::object;
using simdjson::ondemand::value;

// A small non-negative integer (an index, a line), or `fallback`: values beyond int64 would be
// undefined behaviour to convert, and no real index or line comes near 2^53.
std::int64_t smallInt(simdjson::simdjson_result<value> v, std::int64_t fallback)
{
    const double d = jsonread::number(std::move(v), -1);
    return d >= 0 && d < 9007199254740992.0 ? static_cast<std::int64_t>(d) : fallback;
}

void readDriver(object driver, Run &run, ParsedReport &out, const std::string &where)
{
    for (auto field : driver) {
        const std::string_view key = field.unescaped_key();
        if (key == "name") {
            run.toolName = jsonread::textView(field.value());
        } else if (key == "version" || (key == "semanticVersion" && run.toolVersion.empty())) {
            run.toolVersion = jsonread::textView(field.value());
        } else if (key == "rules") {
            array rules;
            if (!jsonread::readable(field.value().get_array().get(rules)))
                continue;
            std::size_t index = 0;
            for (auto item : rules) {
                // A skipped rule keeps its slot: results refer to rules by index.
                Rule rule;
                jsonread::guardEntry(out, where + ".tool.driver.rules[" + std::to_string(index++) + "]",
                                     [&] { rule = readRule(item.get_object()); });
                run.rules.push_back(rule);
            }
        }
    }
}

void readLocation(object location, PendingResult &result)
{
    object physical;
    if (!jsonread::readable(location.find_field_unordered("physicalLocation").get_object().get(physical)))
        return;
    for (auto field : physical) {
        const std::string_view key = field.unescaped_key();
        object obj;
        if (!jsonread::readable(field.value().get_object().get(obj)))
            continue;
        if (key == "artifactLocation")
            result.uri = jsonread::textView(obj.find_field_unordered("uri"));
        else if (key == "region")
            result.line = smallInt(obj.find_field_unordered("startLine"), 0);
    }
}

// Returns false for results that are not problems (kind "pass" / "notApplicable").
bool readResult(object obj, PendingResult &result)
{
    bool problem = true;
    for (auto field : obj) {
        const std::string_view key = field.unescaped_key();
        if (key == "ruleId") {
            result.ruleId = field.value().get_string(); // a non-string id skips the result
        } else if (key == "ruleIndex") {
            result.ruleIndex = smallInt(field.value(), -1);
        } else if (key == "rule") { // reportingDescriptorReference {id, index}
            object ref;
            if (!jsonread::readable(field.value().get_object().get(ref)))
                continue;
            for (auto rf : ref) {
                const std::string_view rk = rf.unescaped_key();
                if (rk == "id" && result.ruleId.empty())
                    result.ruleId = jsonread::textView(rf.value());
                else if (rk == "index" && result.ruleIndex < 0)
                    result.ruleIndex = smallInt(rf.value(), -1);
            }
        } else if (key == "level") {
            result.level = jsonread::textView(field.value());
        } else if (key == "kind") {
            const std::string_view kind = jsonread::textView(field.value());
            problem = kind != "pass" && kind != "notApplicable";
        } else if (key == "message") {
            object message;
            if (jsonread::readable(field.value().get_object().get(message)))
                result.message = jsonread::textView(message.find_field_unordered("text"));
        } else if (key == "locations") {
            array locations;
            if (!jsonread::readable(field.value().get_array().get(locations)))
                continue;
            for (auto item : locations) {
                object location;
                if (jsonread::readable(item.get_object().get(location)))
                    readLocation(location, result);
                break; // the primary location
            }
        }
    }
    return problem;
}

void readRunProperties(object props, ImageProperties &image)
{
    for (auto field : props) {
        const std::string_view key = field.unescaped_key();
        if (key == "imageName")
            image.imageName = jsonread::textView(field.value());
        else if (key == "imageID")
            image.imageID = jsonread::textView(field.value());
        else if (key == "imageDigest")
            image.imageDigest = jsonread::textView(field.value());
        else if (key == "repoDigests")
            image.repoDigest = jsonread::firstString(field.value());
        else if (key == "repoTags")
            image.repoTag = jsonread::firstString(field.value());
    }
}

std::string_view readBaseUri(object bases)
{
    for (auto field : bases) {
        object base;
        if (!jsonread::readable(field.value().get_object().get(base)))
            continue;
        const std::string_view uri = jsonread::textView(base.find_field_unordered("uri"));
        if (!uri.empty() && uri != "file:///" && uri != "file:/")
            return uri;
    }
    return {};
}

std::int64_t readInvocationTime(array invocations)
{
    for (auto item : invocations) {
        object invocation;
        if (!jsonread::readable(item.get_object().get(invocation)))
            return 0;
        std::int64_t start = 0, end = 0;
        for (auto field : invocation) {
            const std::string_view key = field.unescaped_key();
            if (key == "endTimeUtc")
                end = jsonread::parseTimestamp(jsonread::textView(field.value()));
            else if (key == "startTimeUtc")
                start = jsonread::parseTimestamp(jsonread::textView(field.value()));
        }
        return end != 0 ? end : start;
    }
    return 0;
}

} // namespace

Run readRun(object obj, ParsedReport &out, const std::string &where)
{
    Run run;
    for (auto field : obj) {
        const std::string_view key = field.unescaped_key();
        if (key == "tool") {
            object tool = field.value().get_object();
            object driver;
            if (jsonread::readable(tool.find_field_unordered("driver").get_object().get(driver)))
                readDriver(driver, run, out, where);
        } else if (key == "results") {
            array results;
            if (!jsonread::readable(field.value().get_array().get(results)))
                continue; // null: the tool did not run to completion; nothing to read
            std::size_t index = 0;
            for (auto item : results) {
                const std::string entry = where + ".results[" + std::to_string(index++) + "]";
                jsonread::guardEntry(out, entry, [&] {
                    PendingResult result;
                    if (!readResult(item.get_object(), result))
                        return;
                    if (result.ruleId.empty() && result.ruleIndex < 0)
                        out.warn(entry + ": no ruleId");
                    else
                        run.results.push_back(result);
                });
            }
        } else if (key == "properties") {
            object props;
            if (jsonread::readable(field.value().get_object().get(props)))
                readRunProperties(props, run.image);
        } else if (key == "originalUriBaseIds") {
            object bases;
            if (jsonread::readable(field.value().get_object().get(bases)))
                run.baseUri = readBaseUri(bases);
        } else if (key == "invocations") {
            array invocations;
            if (jsonread::readable(field.value().get_array().get(invocations)))
                run.time = readInvocationTime(invocations);
        }
    }
    return run;
}

} // namespace bulkhead::sarif
