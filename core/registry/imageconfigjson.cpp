#include "registry/imageconfigjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bulkhead {

namespace {

QJsonArray names(const std::vector<std::string> &list)
{
    QJsonArray out;
    for (const std::string &n : list)
        out.append(QString::fromStdString(n));
    return out;
}

} // namespace

std::string imageConfigJson(const ImageConfigInfo &config)
{
    QJsonObject o;
    o.insert(QStringLiteral("os"), QString::fromStdString(config.os));
    o.insert(QStringLiteral("architecture"), QString::fromStdString(config.architecture));
    if (!config.variant.empty())
        o.insert(QStringLiteral("variant"), QString::fromStdString(config.variant));
    o.insert(QStringLiteral("user"), QString::fromStdString(config.user));
    o.insert(QStringLiteral("created"), static_cast<qint64>(config.created));
    QJsonArray history;
    for (const ImageHistoryEntry &h : config.history) {
        QJsonObject e{{QStringLiteral("created"), static_cast<qint64>(h.created)},
                      {QStringLiteral("createdBy"), QString::fromStdString(h.createdBy)}};
        if (!h.comment.empty())
            e.insert(QStringLiteral("comment"), QString::fromStdString(h.comment));
        if (h.emptyLayer)
            e.insert(QStringLiteral("emptyLayer"), true);
        history.append(e);
    }
    o.insert(QStringLiteral("history"), history);
    QJsonObject labels;
    for (const auto &[k, v] : config.labels)
        labels.insert(QString::fromStdString(k), QString::fromStdString(v));
    o.insert(QStringLiteral("labels"), labels);
    o.insert(QStringLiteral("env"), names(config.envNames));
    o.insert(QStringLiteral("secretEnv"), names(config.secretLookingEnv));
    o.insert(QStringLiteral("diffIds"), config.diffIdCount);
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace bulkhead
