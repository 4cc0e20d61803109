#include "sources/clustersourceconfig.h"

#include "sources/configjson.h"

#include <QJsonObject>

namespace bulkhead {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

std::string ClusterSourceConfig::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), qs(name));
    o.insert(QStringLiteral("kubeconfig"), qs(kubeconfig));
    o.insert(QStringLiteral("context"), qs(context));
    o.insert(QStringLiteral("server"), qs(server));
    o.insert(QStringLiteral("execApproval"), qs(execApproval));
    o.insert(QStringLiteral("execCommand"), qs(execCommand));
    o.insert(QStringLiteral("pageSize"), pageSize);
    o.insert(QStringLiteral("importTrivyOperator"), importTrivyOperator);
    return configjson::toText(o);
}

std::optional<ClusterSourceConfig> ClusterSourceConfig::fromJson(std::string_view json, std::string *error)
{
    using namespace configjson;
    const std::optional<QJsonObject> parsed = parseObject(json, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &o = *parsed;
    ClusterSourceConfig c;
    if (!readString(o, "name", c.name, error) || !readString(o, "kubeconfig", c.kubeconfig, error)
        || !readString(o, "context", c.context, error) || !readString(o, "server", c.server, error)
        || !readString(o, "execApproval", c.execApproval, error)
        || !readString(o, "execCommand", c.execCommand, error) || !readInt(o, "pageSize", c.pageSize, error)
        || !readBool(o, "importTrivyOperator", c.importTrivyOperator, error))
        return std::nullopt;
    return c;
}

std::string ClusterSourceConfig::validate() const
{
    if (std::string problem = configjson::sourceNameProblem(name); !problem.empty())
        return problem;
    if (context.empty())
        return "choose a kubeconfig context for the cluster source \"" + name + "\"";
    if (pageSize < 1 || pageSize > 5000)
        return "the page size must be between 1 and 5000";
    return {};
}

} // namespace bulkhead
