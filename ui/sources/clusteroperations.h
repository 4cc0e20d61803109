#pragma once

#include "sources/clustersourceconfig.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace bulkhead::ui {

// The cluster-source work of the Add-cluster dialog. Each call blocks (files, store, network):
// call them on a worker thread (runInBackground), never on the GUI thread. Nothing here keeps a
// token, key or password beyond the call, and no error carries one.
namespace clusterops {

// One context of a kubeconfig, as the dialog offers it.
struct ContextChoice {
    QString name, cluster, user, nameSpace;
    QString server;          // the cluster's API server URL
    QString problem;         // why it cannot be used (auth-provider, missing file, ...); empty: usable
    bool hasExec = false;    // the user authenticates through an exec credential plugin
    QString execCommand;     // describeExecCommand(): shown in full before approval
    QString execFingerprint; // execApprovalFingerprint() of that plugin for that kubeconfig file
};

struct KubeconfigRead {
    QStringList files; // the files read, in merge order
    std::vector<ContextChoice> contexts;
    QString currentContext;
    QString error; // the file could not be read or parsed (names the file and line)
};

// The files read when the path is left empty: KUBECONFIG's entries, else ~/.kube/config.
QStringList defaultKubeconfigFiles();

// Reads `path` ("" = the default files, merged as kubectl merges them) and resolves each context.
KubeconfigRead readKubeconfig(const QString &path);

struct ConnectionTest {
    QString error;   // empty: the API server answered
    QString version; // its gitVersion ("v1.29.2")
};

// GET /version with the context's connection. An exec plugin is run only when
// `approvedFingerprint` is its fingerprint; otherwise the test says it needs the approval.
ConnectionTest testConnection(const QString &kubeconfigPath, const QString &context, const QString &approvedFingerprint);

// Adds (or, with `update`, replaces) the cluster source. Empty on success, else the error.
QString save(const QString &storePath, const ClusterSourceConfig &config, bool update);

// A source name made from a context name: "arn:aws:eks:eu-west-1:1:cluster/prod" -> "prod",
// "kind-dev" -> "kind-dev" (only [A-Za-z0-9._-], at most 64 characters).
QString suggestedName(const QString &context);

} // namespace clusterops

} // namespace bulkhead::ui
