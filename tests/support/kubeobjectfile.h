#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace bulkhead::test {

// The Kubernetes objects in a fixture file: a single object or a `kind: List` (or any *List
// with `items`), JSON or YAML (several YAML documents allowed). YAML scalars keep their meaning:
// plain true/false/null/numbers become JSON values, quoted ones stay strings. False with *error
// naming the file (and the line, for YAML) when it cannot be read.
bool readKubeObjects(const QString &path, QList<QJsonObject> *objects, QString *error);

} // namespace bulkhead::test
