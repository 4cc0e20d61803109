#include "report/reportscope.h"

namespace bulkhead {

namespace {

std::string joined(const std::vector<std::string> &items)
{
    std::string out;
    for (const std::string &item : items) {
        if (!out.empty())
            out += ", ";
        out += item;
    }
    return out;
}

std::vector<std::string> splitCommas(const std::string &text)
{
    std::vector<std::string> out;
    std::string current;
    for (char c : text) {
        if (c == ',') {
            if (!current.empty())
                out.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        out.push_back(current);
    return out;
}

} // namespace

std::string ReportScope::describe() const
{
    if (empty())
        return "Whole store";
    std::string out;
    const auto add = [&out](const char *label, const std::vector<std::string> &items) {
        if (items.empty())
            return;
        if (!out.empty())
            out += "; ";
        out += label;
        out += ' ';
        out += joined(items);
    };
    add("sources", sources);
    add("clusters", clusters);
    add("namespaces", namespaces);
    add("registries", registries);
    return out;
}

std::string addScopeArgument(ReportScope &scope, const std::string &argument)
{
    const std::size_t eq = argument.find('=');
    if (eq == std::string::npos)
        return "--scope \"" + argument + "\" is not KEY=VALUE (cluster=, namespace=, registry=, source=)";
    const std::string key = argument.substr(0, eq);
    const std::vector<std::string> values = splitCommas(argument.substr(eq + 1));
    if (values.empty())
        return "--scope \"" + argument + "\" names nothing after '='";
    std::vector<std::string> *target = nullptr;
    if (key == "cluster")
        target = &scope.clusters;
    else if (key == "namespace")
        target = &scope.namespaces;
    else if (key == "registry")
        target = &scope.registries;
    else if (key == "source")
        target = &scope.sources;
    else
        return "--scope key \"" + key + "\" is not one of cluster, namespace, registry, source";
    target->insert(target->end(), values.begin(), values.end());
    return {};
}

} // namespace bulkhead
