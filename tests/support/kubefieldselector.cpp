#include "kubefieldselector.h"

#include <QJsonValue>

namespace bulkhead::test {

namespace {

// The fields the core API registers per kind (its field label conversion functions); the kinds
// not named here fall back to metadata.name/metadata.namespace with the default wording.
struct KindFields {
    const char *group;
    const char *kind;
    QStringList fields;
};

const QList<KindFields> &registeredFields()
{
    static const QList<KindFields> table = {
        {"", "Secret", {"metadata.name", "metadata.namespace", "type"}},
        {"", "Pod",
         {"metadata.name", "metadata.namespace", "spec.nodeName", "spec.restartPolicy", "spec.schedulerName",
          "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP", "status.nominatedNodeName"}},
        {"", "Namespace", {"metadata.name", "status.phase"}},
        {"", "Node", {"metadata.name", "spec.unschedulable"}},
        {"", "Service", {"metadata.name", "metadata.namespace", "spec.clusterIP", "spec.type"}},
        {"", "ReplicationController", {"metadata.name", "metadata.namespace", "status.replicas"}},
        {"apps", "ReplicaSet", {"metadata.name", "metadata.namespace", "status.replicas"}},
        {"batch", "Job", {"metadata.name", "metadata.namespace", "status.successful"}},
    };
    return table;
}

const KindFields *registered(const QString &group, const QString &kind)
{
    for (const KindFields &k : registeredFields()) {
        if (group == QLatin1String(k.group) && kind == QLatin1String(k.kind))
            return &k;
    }
    return nullptr;
}

// Splits at separators not preceded by an unescaping backslash.
QStringList splitUnescaped(const QString &text, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\') && i + 1 < text.size()) {
            current += text[i];
            current += text[++i];
        } else if (text[i] == separator) {
            parts << current;
            current.clear();
        } else {
            current += text[i];
        }
    }
    parts << current;
    return parts;
}

QString unescape(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('\\') && i + 1 < value.size())
            ++i;
        out += value[i];
    }
    return out;
}

} // namespace

bool parseKubeFieldSelector(const QString &text, QList<KubeFieldRequirement> *out, QString *error)
{
    out->clear();
    for (const QString &term : splitUnescaped(text, QLatin1Char(','))) {
        if (term.isEmpty())
            continue;
        // The first operator from the left; at one position "!=" and "==" before "=".
        qsizetype at = -1, length = 0;
        bool equals = true;
        for (qsizetype i = 0; i < term.size() && at < 0; ++i) {
            if (term[i] == QLatin1Char('\\')) {
                ++i;
                continue;
            }
            if (term.mid(i, 2) == QLatin1String("!=")) {
                at = i, length = 2, equals = false;
            } else if (term.mid(i, 2) == QLatin1String("==")) {
                at = i, length = 2;
            } else if (term[i] == QLatin1Char('=')) {
                at = i, length = 1;
            }
        }
        if (at < 0) {
            *error = QStringLiteral("invalid selector: '%1'; can't understand '%2'").arg(text, term);
            return false;
        }
        out->append(KubeFieldRequirement{term.left(at), unescape(term.mid(at + length)), equals});
    }
    return true;
}

QStringList kubeSelectableFields(const QString &group, const QString &kind, bool namespaced, bool custom)
{
    if (const KindFields *k = registered(group, kind); k && !custom)
        return k->fields;
    if (custom && !namespaced)
        return {QStringLiteral("metadata.name")};
    return {QStringLiteral("metadata.name"), QStringLiteral("metadata.namespace")};
}

QString kubeUnsupportedFieldMessage(const QString &group, const QString &kind, bool custom, const QString &field)
{
    if (custom || registered(group, kind))
        return QStringLiteral("field label not supported: %1").arg(field);
    return QStringLiteral("\"%1\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"").arg(field);
}

QHash<QString, QString> kubeFieldValues(const QJsonObject &object, const QStringList &fields)
{
    QHash<QString, QString> values;
    for (const QString &field : fields) {
        QJsonValue v = object;
        for (const QString &part : field.split(QLatin1Char('.')))
            v = v.toObject().value(part);
        if (v.isBool())
            values.insert(field, v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (v.isDouble())
            values.insert(field, QString::number(v.toInteger()));
        else
            values.insert(field, v.toString());
    }
    return values;
}

bool kubeFieldsMatch(const QList<KubeFieldRequirement> &requirements, const QHash<QString, QString> &values)
{
    for (const KubeFieldRequirement &r : requirements) {
        if ((values.value(r.field) == r.value) != r.equals)
            return false;
    }
    return true;
}

} // namespace bulkhead::test
