#include "kubeobjectfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace bulkhead::test {

namespace {

QJsonValue scalar(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() == "!") // quoted or block scalar: always a string
        return text;
    if (text == QLatin1String("true") || text == QLatin1String("True"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("False"))
        return false;
    if (text.isEmpty() || text == QLatin1String("null") || text == QLatin1String("~"))
        return QJsonValue::Null;
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]+$"));
    static const QRegularExpression real(QStringLiteral("^-?[0-9]+\\.[0-9]+([eE][-+]?[0-9]+)?$"));
    if (integer.match(text).hasMatch())
        return text.toLongLong();
    if (real.match(text).hasMatch())
        return text.toDouble();
    return text;
}

QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject o;
        for (const auto &kv : node)
            o.insert(QString::fromStdString(kv.first.Scalar()), toJson(kv.second));
        return o;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray a;
        for (const auto &item : node)
            a.append(toJson(item));
        return a;
    }
    case YAML::NodeType::Scalar:
        return scalar(node);
    default:
        return QJsonValue::Null;
    }
}

void collect(const QJsonObject &object, QList<QJsonObject> *objects)
{
    if (object.value(QLatin1String("kind")).toString().endsWith(QLatin1String("List"))
        && object.value(QLatin1String("items")).isArray()) {
        for (const QJsonValue &item : object.value(QLatin1String("items")).toArray())
            objects->append(item.toObject());
        return;
    }
    if (!object.isEmpty())
        objects->append(object);
}

} // namespace

bool readKubeObjects(const QString &path, QList<QJsonObject> *objects, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (path.endsWith(QLatin1String(".json"))) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (!doc.isObject()) {
            *error = path + QStringLiteral(": not a JSON object: ") + parseError.errorString();
            return false;
        }
        collect(doc.object(), objects);
        return true;
    }
    try {
        for (const YAML::Node &doc : YAML::LoadAll(bytes.toStdString())) {
            if (doc.IsMap())
                collect(toJson(doc).toObject(), objects);
        }
    } catch (const YAML::Exception &e) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg));
        return false;
    }
    return true;
}

} // namespace bulkhead::test
