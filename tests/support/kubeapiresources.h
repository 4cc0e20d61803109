#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bulkhead::test {

// One resource a KubeApiServer serves, as its discovery documents describe it.
struct KubeApiResource {
    QString group;    // "" = core
    QString version;  // "v1"
    QString resource; // plural, "pods"
    QString kind;     // "Pod"
    bool namespaced = true;
    QStringList verbs = {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("deletecollection"),
                         QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("patch"),
                         QStringLiteral("update"), QStringLiteral("watch")};
    QStringList shortNames;
    bool custom = false; // a CRD's resource: list items keep kind/apiVersion, as the server serves them

    QString groupVersion() const { return group.isEmpty() ? version : group + QLatin1Char('/') + version; }
    bool listable() const { return verbs.contains(QStringLiteral("list")); }
};

// The built-in resources the test server knows (the ones Bulkhead collects, a few it does not,
// subresources and create-only resources that discovery lists and clients must skip), and the
// trivy-operator CRDs.
QList<KubeApiResource> builtinKubeApiResources();
QList<KubeApiResource> trivyOperatorResources();

} // namespace bulkhead::test
