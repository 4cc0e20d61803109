#pragma once

#include "testhttpserver.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace bulkhead::test {

class TestCerts;

// Sizes of a generated cluster (KubeApiServer::generateCluster).
struct GeneratedCluster {
    int namespaces = 5;
    int controllers = 20;  // Deployments, StatefulSets, DaemonSets, CronJobs in rotation (each Deployment gets a ReplicaSet, each CronJob a Job)
    int pods = 100;        // spread over the controllers (pods of a Deployment are owned by its ReplicaSet)
    int rbacObjects = 80;  // Roles, RoleBindings, ClusterRoles, ClusterRoleBindings in rotation
    int secrets = 20;      // with data values (planted) the client must never ask for
    int networkPolicies = 3; // default-deny ingress policies in the first namespaces
    unsigned seed = 1;
    // The first DaemonSets are falco and fluent-bit, the first Deployment external-secrets (cluster
    // agents the collector looks for). Names, profiles and rotation: kubegeneratedcluster.h.
    bool agents = false;
};

// A Kubernetes API server for tests, on TestHttpServer (TLS, certificates from TestCerts) and
// following the real protocol: bearer-token and client-certificate auth (401 Status otherwise),
// /version, discovery (/api, /api/v1, /apis, /apis/<g>/<v>), LIST of every stored resource for
// all namespaces and per namespace, `limit`/`continue` (opaque tokens that expire: 410 Gone with
// a Status body of reason "Expired"), `fieldSelector` (=, ==, !=, comma-separated terms all
// holding; metadata.name, metadata.namespace and the fields the real server registers per kind,
// a Secret's `type` among them; any other field: 400 BadRequest with the server's message; pages
// hold up to `limit` matching items), uids and a Secret's type (Opaque) filled in when an added
// object lacks them, as on create, 403 Status for forbidden resources, Accept:
// PartialObjectMetadataList honoured (metadata only) and full objects, secret data included,
// otherwise (so a test proves the client never asks), 404 Status for unknown paths, optional
// delay per response, 429 with Retry-After on request. Every request is recorded.
class KubeApiServer
{
public:
    // TLS with certs.serverCert(); client certificates are verified against certs.caCert()
    // (makeClientCertificate in clientcertificate.h makes one).
    explicit KubeApiServer(const TestCerts &certs);
    ~KubeApiServer();
    KubeApiServer(const KubeApiServer &) = delete;
    KubeApiServer &operator=(const KubeApiServer &) = delete;

    bool start();
    QString url() const; // "https://127.0.0.1:<port>"
    // Writes (replacing) a kubeconfig for this server at `path`: cluster, context and
    // current-context "test", user "tester" authenticating with `token`, the CA file of the certs.
    bool writeKubeconfig(const QString &path, const QString &token) const;

    // Accepted credentials. A client certificate signed by the CA authenticates as its CN.
    void addToken(const QString &token, const QString &user = QStringLiteral("tester"));
    void setAllowAnonymous(bool allow); // default false: no credentials -> 401

    // Objects served. Fixture files: a single object (JSON), a `List` (JSON or YAML), as in
    // ../shared/fixtures/k9s and kubernetes/. False with *error when a file cannot be read.
    void addObject(const QJsonObject &object);
    bool addFile(const QString &path, QString *error);
    void generateCluster(const GeneratedCluster &spec);
    int objectCount(const QString &resource) const; // "pods", "deployments", ...
    // The secret values generateCluster planted (plain and base64), for "never stored or logged" checks.
    QStringList plantedSecretValues() const;

    // Serve the trivy-operator CRDs (aquasecurity.github.io/v1alpha1 vulnerabilityreports,
    // configauditreports, exposedsecretreports) in discovery; reports are added with addObject.
    void setTrivyOperatorInstalled(bool installed);

    // Protocol behaviour for tests.
    void forbid(const QString &resource);        // "secrets", "networkpolicies": 403 Status
    // Continue tokens expire as etcd compaction makes them: after the `pages`-th page the server
    // serves (all lists counted), tokens issued up to then answer 410 Expired. `repeat`: again
    // after every further `pages` pages (1 = every token expires, so a restarted list fails
    // again); otherwise once (so a list restarted after it succeeds). A token from the k-th page
    // served is refused when a compaction point m (pages, 2*pages... or just pages) with
    // k <= m <= pages served so far was passed. 0 = never.
    void setContinueExpiry(int pages, bool repeat = true);
    void setDelayMs(int delayMs);                // every response
    void setTooManyRequestsOnce(const QString &resource, int retryAfterSeconds); // one 429 then normal
    // The LIST request of `resource` that follows `afterPages` served pages of it answers
    // `httpStatus` (500 InternalError, 503 ServiceUnavailable, 504 Timeout...) once, with the
    // Status body a real server sends. afterPages > 0 fails a later page (a partial list).
    // httpStatus 0: that page's answer starts (200, headers, 100 bytes of the body) and the
    // connection is then reset (TCP RST).
    void failListOnce(const QString &resource, int httpStatus, int afterPages = 0);

    QList<RecordedRequest> requests() const;
    int requestCount() const;
    int pagesServed() const; // successful LIST responses

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace bulkhead::test
