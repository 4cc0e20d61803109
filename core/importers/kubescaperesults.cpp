#include "importers/kubescaperesults.h"

#include "importers/jsonread.h"

namespace bulkhead::kubescape {

namespace {

using simdjson::ondemand::array;
using simdjson::ondemand::object;
using simdjson::ondemand::value;

constexpr std::size_t kMaxPathsInMessage = 10;

void readMetadata(object metadata, Resource &r)
{
    for (auto field : metadata) {
        const std::string_view key = field.unescaped_key();
        if (key == "name")
            r.name = jsonread::textView(field.value());
        else if (key == "namespace")
            r.nameSpace = jsonread::textView(field.value());
    }
}

// resources[].object: a Kubernetes object ({kind, metadata{name, namespace}}), or for RBAC
// subjects kubescape's own {kind, name, namespace, relatedObjects}.
void readObject(object obj, Resource &r)
{
    for (auto field : obj) {
        const std::string_view key = field.unescaped_key();
        if (key == "kind") {
            r.kind = jsonread::textView(field.value());
        } else if (key == "metadata") {
            object metadata;
            if (jsonread::readable(field.value().get_object().get(metadata)))
                readMetadata(metadata, r);
        } else if (key == "name" && r.name.empty()) {
            r.name = jsonread::textView(field.value());
        } else if (key == "namespace" && r.nameSpace.empty()) {
            r.nameSpace = jsonread::textView(field.value());
        } else if (key == "sourcePath") {
            r.sourcePath = jsonread::textView(field.value());
        }
    }
}


bool nonEmptyArray(simdjson::simdjson_result<value> v)
{
    array arr;
    if (!jsonread::readable(v.get_array().get(arr)))
        return false;
    for (auto item : arr) {
        (void)item;
        return true;
    }
    return false;
}

void appendPath(std::string &message, std::size_t &count, std::string_view path, std::string_view value = {})
{
    if (path.empty())
        return;
    if (++count > kMaxPathsInMessage) {
        if (count == kMaxPathsInMessage + 1)
            message.append("; ...");
        return;
    }
    if (!message.empty())
        message.append("; ");
    message.append(path);
    if (!value.empty())
        message.append("=").append(value);
}

// rules[].paths[]: {failedPath | deletePath | reviewPath | fixPath{path, value}}
void readPaths(array paths, std::string &message, std::size_t &count)
{
    for (auto item : paths) {
        object entry;
        if (!jsonread::readable(item.get_object().get(entry)))
            continue;
        for (auto field : entry) {
            const std::string_view key = field.unescaped_key();
            if (key == "failedPath" || key == "deletePath" || key == "reviewPath") {
                appendPath(message, count, jsonread::textView(field.value()));
            } else if (key == "fixPath") {
                object fix;
                if (!jsonread::readable(field.value().get_object().get(fix)))
                    continue;
                std::string_view path, val;
                for (auto ff : fix) {
                    const std::string_view fk = ff.unescaped_key();
                    if (fk == "path")
                        path = jsonread::textView(ff.value());
                    else if (fk == "value")
                        val = jsonread::textView(ff.value());
                }
                appendPath(message, count, path, val);
            }
        }
    }
}

// One results[].controls[] entry. Failed when its status object says so (newer kubescape), else
// when one of its rules failed without an exception: kubescape counts an excepted failure as
// "excluded", not failed (the fixture's summary counts agree only this way).
bool readControl(object control, FailedControl &out)
{
    std::string_view controlStatus;
    bool ruleFailed = false;
    for (auto field : control) {
        const std::string_view key = field.unescaped_key();
        if (key == "controlID") {
            out.controlId = field.value().get_string(); // required
        } else if (key == "name") {
            out.name = jsonread::textView(field.value());
        } else if (key == "status") {
            object status;
            if (jsonread::readable(field.value().get_object().get(status)))
                controlStatus = jsonread::textView(status.find_field_unordered("status"));
        } else if (key == "rules") {
            array rules;
            if (!jsonread::readable(field.value().get_array().get(rules)))
                continue;
            for (auto item : rules) {
                object rule;
                if (!jsonread::readable(item.get_object().get(rule)))
                    continue;
                std::string_view status;
                bool excepted = false;
                std::string paths;
                std::size_t count = 0;
                for (auto rf : rule) {
                    const std::string_view rk = rf.unescaped_key();
                    array list;
                    if (rk == "status")
                        status = jsonread::textView(rf.value());
                    else if (rk == "exception")
                        excepted = nonEmptyArray(rf.value());
                    else if (rk == "paths" && jsonread::readable(rf.value().get_array().get(list)))
                        readPaths(list, paths, count);
                }
                if (status == "failed" && !excepted) {
                    ruleFailed = true;
                    if (!paths.empty()) {
                        if (!out.message.empty())
                            out.message.append("; ");
                        out.message.append(paths);
                    }
                }
            }
        }
    }
    return controlStatus.empty() ? ruleFailed : controlStatus == "failed";
}

} // namespace

std::string_view readResource(object obj, Resource &r)
{
    std::string_view id;
    for (auto field : obj) {
        const std::string_view key = field.unescaped_key();
        if (key == "resourceID") {
            id = field.value().get_string(); // required
        } else if (key == "object") {
            object o;
            if (jsonread::readable(field.value().get_object().get(o)))
                readObject(o, r);
        } else if (key == "source" && r.sourcePath.empty()) {
            object source;
            if (jsonread::readable(field.value().get_object().get(source)))
                r.sourcePath = jsonread::textView(source.find_field_unordered("relativePath"));
        }
    }
    return id;
}

void readSummaryControls(object controls, std::unordered_map<std::string_view, double> &factors,
                         std::unordered_map<std::string_view, std::string_view> &names)
{
    for (auto field : controls) {
        const std::string_view id = field.unescaped_key();
        object control;
        if (!jsonread::readable(field.value().get_object().get(control)))
            continue;
        for (auto cf : control) {
            const std::string_view key = cf.unescaped_key();
            if (key == "scoreFactor")
                factors[id] = jsonread::number(cf.value());
            else if (key == "name")
                names[id] = jsonread::textView(cf.value());
        }
    }
}

void readResults(array results, std::vector<Result> &out, ParsedReport &report)
{
    std::size_t index = 0;
    for (auto item : results) {
        const std::string where = "results[" + std::to_string(index++) + "]";
        jsonread::guardEntry(report, where, [&] {
            Result result;
            object obj = item.get_object();
            for (auto field : obj) {
                const std::string_view key = field.unescaped_key();
                if (key == "resourceID") {
                    result.resourceId = field.value().get_string(); // required
                } else if (key == "controls") {
                    array controls;
                    if (!jsonread::readable(field.value().get_array().get(controls)))
                        continue;
                    std::size_t c = 0;
                    for (auto control : controls) {
                        jsonread::guardEntry(report, where + ".controls[" + std::to_string(c++) + "]", [&] {
                            FailedControl failed;
                            if (readControl(control.get_object(), failed))
                                result.failed.push_back(std::move(failed));
                        });
                    }
                }
            }
            if (result.resourceId.empty())
                report.warn(where + ": no resourceID");
            else
                out.push_back(std::move(result));
        });
    }
}

} // namespace bulkhead::kubescape
