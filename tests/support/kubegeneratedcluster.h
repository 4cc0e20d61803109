#pragma once

#include "kubeapiserver.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace bulkhead::test {

// The objects of a generated cluster (KubeApiServer::generateCluster), deterministic for a spec.
//
// Names: namespaces ns-000.., service accounts "default" and "app" in each; controller c (in
// rotation Deployment web-c, StatefulSet db-c, DaemonSet agent-c, CronJob batch-c) lives in
// namespace c % namespaces; a Deployment owns ReplicaSet <name>-<hash>, a CronJob owns Job
// <name>-<n>; pod i belongs to controller i % controllers (through the ReplicaSet/Job), its spec
// the controller's template. Templates rotate over eight security profiles ((c + c / 4) % 8, so
// each kind gets each profile): 0 hardened
// (non-root, read-only root, no escalation, drop ALL, RuntimeDefault seccomp, AppArmor
// annotation, digest image, no token automount, SA "app"), 1 privileged + :latest, 2 hostNetwork
// hostPID runAsUser 0 added NET_ADMIN/SYS_ADMIN, 3 hostPath + secretKeyRef + envFrom secretRef,
// 4 literal secret-looking env value, 5 Localhost seccomp without escalation setting, 6 legacy
// seccomp annotation + hostIPC + default SA, 7 init container + hardened and unhardened containers.
// With spec.agents the first DaemonSets are falco and fluent-bit and the first Deployment
// external-secrets. RBAC objects rotate Role, RoleBinding (SA "app" to a Role), ClusterRole,
// ClusterRoleBinding. Secrets rotate over namespaces with planted data values (also inside the
// last-applied-configuration annotation); every fifth is a service-account token of "app".
// NetworkPolicies: default-deny-ingress in the first namespaces.
QList<QJsonObject> generateKubeCluster(const GeneratedCluster &spec, QStringList *plantedSecretValues);
// The same objects, handed to `sink` one at a time (bench-sized clusters are never held as JSON
// objects all at once).
void generateKubeCluster(const GeneratedCluster &spec, QStringList *plantedSecretValues,
                         const std::function<void(const QJsonObject &)> &sink);

} // namespace bulkhead::test
