#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace bulkhead::test {

// One term of a fieldSelector: `field=value` / `field==value` (equals) or `field!=value`.
struct KubeFieldRequirement {
    QString field;
    QString value;
    bool equals = true;
};

// The fieldSelector of a LIST as the API server reads it: comma-separated terms that must all
// hold; a backslash escapes `,`, `=` and itself in values. An empty text selects everything.
// False with *error worded as the server words a term it cannot read.
bool parseKubeFieldSelector(const QString &text, QList<KubeFieldRequirement> *out, QString *error);

// What a real server lets a LIST of `kind` select on: metadata.name and metadata.namespace for
// every kind (cluster-scoped Namespace and Node: their own short lists), plus the fields the core
// API registers per kind (a Secret's `type`, a Pod's spec.nodeName/status.phase..., a Service's
// spec.type...). Custom resources: metadata.name, and metadata.namespace when namespaced.
QStringList kubeSelectableFields(const QString &group, const QString &kind, bool namespaced, bool custom);

// The message of the 400 BadRequest a real server answers for a field it does not support:
// kinds with their own field list (and custom resources) say "field label not supported: F",
// the others `"F" is not a known field selector: only "metadata.name", "metadata.namespace"`.
QString kubeUnsupportedFieldMessage(const QString &group, const QString &kind, bool custom, const QString &field);

// The values of `fields` in `object` (dotted paths; booleans as "true"/"false"; absent as "").
QHash<QString, QString> kubeFieldValues(const QJsonObject &object, const QStringList &fields);

bool kubeFieldsMatch(const QList<KubeFieldRequirement> &requirements, const QHash<QString, QString> &values);

} // namespace bulkhead::test
