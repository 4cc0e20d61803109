#include "kubegeneratedcluster.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace bulkhead::test {

namespace {

using O = QJsonObject;
using A = QJsonArray;

const QString kCreated = QStringLiteral("2024-01-15T10:00:00Z");

class Generator
{
public:
    Generator(const GeneratedCluster &spec, const std::function<void(const QJsonObject &)> &sink)
        : m_spec(spec), m_sink(sink)
    {
    }

    void run(QStringList *planted)
    {
        const int nsCount = std::max(1, m_spec.namespaces);
        for (int n = 0; n < nsCount; ++n)
            m_namespaces.append(QStringLiteral("ns-%1").arg(n, 3, 10, QLatin1Char('0')));
        for (const QString &ns : m_namespaces) {
            add(object(QStringLiteral("v1"), QStringLiteral("Namespace"), QString(), ns,
                       O{{"kubernetes.io/metadata.name", ns}}),
                O{{"spec", O{{"finalizers", A{"kubernetes"}}}}, {"status", O{{"phase", "Active"}}}});
            add(object(QStringLiteral("v1"), QStringLiteral("ServiceAccount"), ns, QStringLiteral("default")), {});
            add(object(QStringLiteral("v1"), QStringLiteral("ServiceAccount"), ns, QStringLiteral("app")), {});
        }
        controllers();
        rbac();
        secrets(planted);
        for (int n = 0; n < std::min(m_spec.networkPolicies, int(m_namespaces.size())); ++n)
            add(object(QStringLiteral("networking.k8s.io/v1"), QStringLiteral("NetworkPolicy"), m_namespaces[n],
                       QStringLiteral("default-deny-ingress")),
                O{{"spec", O{{"podSelector", O{}}, {"policyTypes", A{"Ingress"}}}}});
    }

private:
    const GeneratedCluster &m_spec;
    const std::function<void(const QJsonObject &)> &m_sink;
    QStringList m_namespaces;
    quint64 m_counter = 0;

    QString hex(int chars)
    {
        const QByteArray h = QCryptographicHash::hash(QByteArray::number(m_spec.seed) + ':' + QByteArray::number(++m_counter),
                                                      QCryptographicHash::Sha256)
                                 .toHex();
        return QString::fromLatin1(h.left(chars));
    }
    QString uid()
    {
        const QString h = hex(32);
        return h.mid(0, 8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' + h.mid(16, 4) + '-' + h.mid(20, 12);
    }
    // Pod name suffixes as the controllers make them: lower-case letters and digits, no vowels.
    QString suffix()
    {
        static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
        const QString h = hex(10);
        QString out;
        for (int i = 0; i < 5; ++i)
            out += QLatin1Char(alphabet[h.mid(i * 2, 2).toInt(nullptr, 16) % 27]);
        return out;
    }

    O object(const QString &apiVersion, const QString &kind, const QString &ns, const QString &name, O labels = {})
    {
        O meta{{"name", name}, {"uid", uid()}, {"resourceVersion", QString::number(1000 + m_counter)},
               {"creationTimestamp", kCreated}};
        if (!ns.isEmpty())
            meta.insert("namespace", ns);
        if (!labels.isEmpty())
            meta.insert("labels", labels);
        return O{{"apiVersion", apiVersion}, {"kind", kind}, {"metadata", meta}};
    }
    void add(O base, const O &rest)
    {
        for (auto it = rest.begin(); it != rest.end(); ++it)
            base.insert(it.key(), it.value());
        m_sink(base);
    }
    static O ownerRef(const O &owner, bool controller = true)
    {
        const O meta = owner.value("metadata").toObject();
        return O{{"apiVersion", owner.value("apiVersion")}, {"kind", owner.value("kind")}, {"name", meta.value("name")},
                 {"uid", meta.value("uid")}, {"controller", controller}, {"blockOwnerDeletion", true}};
    }

    static O hardenedContainer(const QString &name, const QString &image)
    {
        return O{{"name", name},
                 {"image", image},
                 {"imagePullPolicy", "IfNotPresent"},
                 {"ports", A{O{{"containerPort", 8080}, {"protocol", "TCP"}}}},
                 {"resources", O{{"limits", O{{"memory", "256Mi"}}}, {"requests", O{{"cpu", "100m"}, {"memory", "128Mi"}}}}},
                 {"securityContext", O{{"allowPrivilegeEscalation", false}, {"readOnlyRootFilesystem", true},
                                       {"runAsNonRoot", true}, {"capabilities", O{{"drop", A{"ALL"}}}}}}};
    }
    static O plainContainer(const QString &name, const QString &image)
    {
        return O{{"name", name}, {"image", image}, {"imagePullPolicy", "Always"}};
    }

    // The pod template of controller c: its security profile, labels and annotations.
    O podTemplate(int c, const QString &app, const QString &imageOverride)
    {
        const QString digest = QStringLiteral("@sha256:") + QString::fromLatin1(
            QCryptographicHash::hash(app.toUtf8(), QCryptographicHash::Sha256).toHex());
        O spec{{"restartPolicy", "Always"}, {"terminationGracePeriodSeconds", 30}, {"dnsPolicy", "ClusterFirst"}};
        O annotations;
        A containers;
        // The profile turns with the controller and again with each round of kinds, so that
        // every kind gets every profile (c % 8 alone would tie profiles to kinds).
        switch ((c + c / 4) % 8) {
        case 0:
            containers.append(hardenedContainer(app, QStringLiteral("registry.example.com/team/") + app + digest));
            spec.insert("securityContext", O{{"runAsNonRoot", true}, {"runAsUser", 10001}, {"fsGroup", 10001},
                                             {"seccompProfile", O{{"type", "RuntimeDefault"}}}});
            spec.insert("automountServiceAccountToken", false);
            spec.insert("serviceAccountName", "app");
            annotations.insert("container.apparmor.security.beta.kubernetes.io/" + app, "runtime/default");
            break;
        case 1: {
            O ctr = plainContainer(app, QStringLiteral("nginx:latest"));
            ctr.insert("securityContext", O{{"privileged", true}});
            containers.append(ctr);
            break;
        }
        case 2: {
            O ctr = plainContainer(app, QStringLiteral("docker.io/library/redis:7.2"));
            ctr.insert("securityContext", O{{"runAsUser", 0}, {"capabilities", O{{"add", A{"NET_ADMIN", "SYS_ADMIN"}}}}});
            containers.append(ctr);
            spec.insert("hostNetwork", true);
            spec.insert("hostPID", true);
            spec.insert("serviceAccountName", "app");
            break;
        }
        case 3: {
            O ctr = hardenedContainer(app, QStringLiteral("registry.example.com/team/") + app + QStringLiteral(":1.4.2"));
            ctr.insert("env", A{O{{"name", "DB_PASSWORD"},
                                  {"valueFrom", O{{"secretKeyRef", O{{"name", "app-secret"}, {"key", "password"}}}}}}});
            ctr.insert("envFrom", A{O{{"secretRef", O{{"name", "app-env"}}}}});
            ctr.insert("volumeMounts", A{O{{"name", "docker-sock"}, {"mountPath", "/var/run/docker.sock"}}});
            containers.append(ctr);
            spec.insert("volumes", A{O{{"name", "docker-sock"},
                                       {"hostPath", O{{"path", "/var/run/docker.sock"}, {"type", "Socket"}}}}});
            spec.insert("securityContext", O{{"seccompProfile", O{{"type", "RuntimeDefault"}}}});
            break;
        }
        case 4: {
            O ctr = hardenedContainer(app, QStringLiteral("ghcr.io/example/") + app + QStringLiteral(":v2"));
            ctr.insert("env", A{O{{"name", "LOG_LEVEL"}, {"value", "info"}},
                                O{{"name", "API_TOKEN"}, {"value", QStringLiteral("ghp_") + hex(36)}}});
            containers.append(ctr);
            spec.insert("securityContext", O{{"seccompProfile", O{{"type", "RuntimeDefault"}}}});
            break;
        }
        case 5: {
            O ctr = plainContainer(app, QStringLiteral("quay.io/prometheus/node-exporter:v1.7.0"));
            ctr.insert("securityContext", O{{"readOnlyRootFilesystem", false}});
            containers.append(ctr);
            spec.insert("securityContext", O{{"runAsNonRoot", true}, {"runAsUser", 65534},
                                             {"seccompProfile", O{{"type", "Localhost"}, {"localhostProfile", "profiles/audit.json"}}}});
            break;
        }
        case 6:
            containers.append(plainContainer(app, QStringLiteral("busybox:1.36")));
            annotations.insert("seccomp.security.alpha.kubernetes.io/pod", "runtime/default");
            spec.insert("hostIPC", true);
            spec.insert("serviceAccountName", "default");
            break;
        default: {
            containers.append(hardenedContainer(app, QStringLiteral("registry.example.com/team/") + app + digest));
            containers.append(plainContainer(QStringLiteral("log-shipper"), QStringLiteral("fluent/fluent-bit:2.2")));
            spec.insert("initContainers", A{plainContainer(QStringLiteral("init-perms"), QStringLiteral("busybox:1.36"))});
            spec.insert("serviceAccountName", "app");
            break;
        }
        }
        if (!imageOverride.isEmpty()) {
            O first = containers.at(0).toObject();
            first.insert("image", imageOverride);
            containers.replace(0, first);
        }
        spec.insert("containers", containers);
        O meta{{"labels", O{{"app", app}}}};
        if (!annotations.isEmpty())
            meta.insert("annotations", annotations);
        return O{{"metadata", meta}, {"spec", spec}};
    }

    struct Controller {
        O owner;       // what pods point at (ReplicaSet, Job, or the controller)
        O podTemplate;
        QString podPrefix;
        bool ordinal = false; // StatefulSet: name-0, name-1...
        int pods = 0;
    };

    void controllers()
    {
        const int count = std::max(0, m_spec.controllers);
        QList<Controller> list;
        int daemonSets = 0, deployments = 0;
        for (int c = 0; c < count; ++c) {
            const QString ns = m_namespaces[c % m_namespaces.size()];
            const int kind = c % 4;
            QString name, image;
            const QString number = QString::number(c).rightJustified(4, QLatin1Char('0'));
            if (kind == 0) {
                name = QStringLiteral("web-") + number;
                if (m_spec.agents && deployments++ == 0) {
                    name = QStringLiteral("external-secrets");
                    image = QStringLiteral("ghcr.io/external-secrets/external-secrets:v0.9.11");
                }
            } else if (kind == 1) {
                name = QStringLiteral("db-") + number;
            } else if (kind == 2) {
                name = QStringLiteral("agent-") + number;
                if (m_spec.agents && daemonSets < 2) {
                    name = daemonSets == 0 ? QStringLiteral("falco") : QStringLiteral("fluent-bit");
                    image = daemonSets == 0 ? QStringLiteral("falcosecurity/falco-no-driver:0.37.1")
                                            : QStringLiteral("cr.fluentbit.io/fluent/fluent-bit:2.2.2");
                }
                ++daemonSets;
            } else {
                name = QStringLiteral("batch-") + number;
            }
            const O tmpl = podTemplate(c, name, image);
            const O selector{{"matchLabels", O{{"app", name}}}};
            Controller ctl;
            ctl.podTemplate = tmpl;
            if (kind == 0) {
                O deploy = object(QStringLiteral("apps/v1"), QStringLiteral("Deployment"), ns, name);
                add(deploy, O{{"spec", O{{"replicas", 1}, {"selector", selector}, {"template", tmpl}}}});
                const QString hash = hex(10);
                O rs = object(QStringLiteral("apps/v1"), QStringLiteral("ReplicaSet"), ns, name + '-' + hash);
                O meta = rs.value("metadata").toObject();
                meta.insert("ownerReferences", A{ownerRef(deploy)});
                rs.insert("metadata", meta);
                add(rs, O{{"spec", O{{"replicas", 1}, {"selector", selector}, {"template", tmpl}}}});
                ctl.owner = rs;
                ctl.podPrefix = name + '-' + hash + '-';
            } else if (kind == 1) {
                O sts = object(QStringLiteral("apps/v1"), QStringLiteral("StatefulSet"), ns, name);
                add(sts, O{{"spec", O{{"replicas", 1}, {"serviceName", name}, {"selector", selector}, {"template", tmpl}}}});
                ctl.owner = sts;
                ctl.podPrefix = name + '-';
                ctl.ordinal = true;
            } else if (kind == 2) {
                O ds = object(QStringLiteral("apps/v1"), QStringLiteral("DaemonSet"), ns, name);
                add(ds, O{{"spec", O{{"selector", selector}, {"template", tmpl}}}});
                ctl.owner = ds;
                ctl.podPrefix = name + '-';
            } else {
                O cj = object(QStringLiteral("batch/v1"), QStringLiteral("CronJob"), ns, name);
                O jobTemplate{{"spec", O{{"template", tmpl}}}};
                add(cj, O{{"spec", O{{"schedule", "*/15 * * * *"}, {"jobTemplate", jobTemplate}}}});
                const QString jobName = name + QStringLiteral("-2844") + QString::number(1000 + c % 9000);
                O job = object(QStringLiteral("batch/v1"), QStringLiteral("Job"), ns, jobName);
                O meta = job.value("metadata").toObject();
                meta.insert("ownerReferences", A{ownerRef(cj)});
                job.insert("metadata", meta);
                add(job, O{{"spec", O{{"template", tmpl}}}});
                ctl.owner = job;
                ctl.podPrefix = jobName + '-';
            }
            list.append(ctl);
        }
        if (list.isEmpty())
            return;
        for (int i = 0; i < m_spec.pods; ++i) {
            Controller &ctl = list[i % list.size()];
            const O ownerMeta = ctl.owner.value("metadata").toObject();
            const QString ns = ownerMeta.value("namespace").toString();
            const QString name = ctl.podPrefix + (ctl.ordinal ? QString::number(ctl.pods) : suffix());
            ++ctl.pods;
            O pod = object(QStringLiteral("v1"), QStringLiteral("Pod"), ns, name);
            O meta = pod.value("metadata").toObject();
            const O tmplMeta = ctl.podTemplate.value("metadata").toObject();
            meta.insert("labels", tmplMeta.value("labels"));
            if (tmplMeta.contains("annotations"))
                meta.insert("annotations", tmplMeta.value("annotations"));
            meta.insert("ownerReferences", A{ownerRef(ctl.owner)});
            pod.insert("metadata", meta);
            O spec = ctl.podTemplate.value("spec").toObject();
            spec.insert("nodeName", QStringLiteral("node-%1").arg(i % 7));
            if (!spec.contains("serviceAccountName"))
                spec.insert("serviceAccountName", "default");
            add(pod, O{{"spec", spec},
                       {"status", O{{"phase", "Running"}, {"podIP", QStringLiteral("10.%1.%2.%3").arg(i / 65536 % 256).arg(i / 256 % 256).arg(i % 256)}}}});
        }
    }

    void rbac()
    {
        for (int k = 0; k < m_spec.rbacObjects; ++k) {
            const QString ns = m_namespaces[k % m_namespaces.size()];
            const QString group = QStringLiteral("rbac.authorization.k8s.io/v1");
            const A rules{O{{"apiGroups", A{""}}, {"resources", A{"pods", "configmaps"}}, {"verbs", A{"get", "list", "watch"}}}};
            switch (k % 4) {
            case 0:
                add(object(group, QStringLiteral("Role"), ns, QStringLiteral("role-%1").arg(k)), O{{"rules", rules}});
                break;
            case 1:
                add(object(group, QStringLiteral("RoleBinding"), ns, QStringLiteral("rb-%1").arg(k)),
                    O{{"roleRef", O{{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", "Role"}, {"name", QStringLiteral("role-%1").arg(k - 1)}}},
                      {"subjects", A{O{{"kind", "ServiceAccount"}, {"name", "app"}, {"namespace", ns}}}}});
                break;
            case 2:
                add(object(group, QStringLiteral("ClusterRole"), QString(), QStringLiteral("cr-%1").arg(k)),
                    O{{"rules", k % 8 == 2 ? A{O{{"apiGroups", A{"*"}}, {"resources", A{"*"}}, {"verbs", A{"*"}}}} : rules}});
                break;
            default:
                add(object(group, QStringLiteral("ClusterRoleBinding"), QString(), QStringLiteral("crb-%1").arg(k)),
                    O{{"roleRef", O{{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", "ClusterRole"}, {"name", QStringLiteral("cr-%1").arg(k - 1)}}},
                      {"subjects", A{O{{"kind", "Group"}, {"apiGroup", "rbac.authorization.k8s.io"}, {"name", QStringLiteral("team-%1").arg(k)}}}}});
                break;
            }
        }
    }

    void secrets(QStringList *planted)
    {
        for (int j = 0; j < m_spec.secrets; ++j) {
            const QString ns = m_namespaces[j % m_namespaces.size()];
            const bool saToken = j % 5 == 4;
            const QString name = saToken ? QStringLiteral("app-token-%1").arg(j) : QStringLiteral("app-secret-%1").arg(j);
            const QString password = QStringLiteral("planted-password-%1-%2-%3").arg(m_spec.seed).arg(j).arg(hex(12));
            const QString token = QStringLiteral("planted-token-%1-%2-%3").arg(m_spec.seed).arg(j).arg(hex(12));
            const QString b64Password = QString::fromLatin1(password.toUtf8().toBase64());
            const QString b64Token = QString::fromLatin1(token.toUtf8().toBase64());
            if (planted)
                *planted << password << token << b64Password << b64Token;
            const O data = saToken ? O{{"token", b64Token}, {"ca.crt", b64Password}} : O{{"password", b64Password}, {"token", b64Token}};
            const QString type = saToken ? QStringLiteral("kubernetes.io/service-account-token") : QStringLiteral("Opaque");
            O secret = object(QStringLiteral("v1"), QStringLiteral("Secret"), ns, name, O{{"app", "app"}});
            O meta = secret.value("metadata").toObject();
            O annotations{{"kubectl.kubernetes.io/last-applied-configuration",
                           QString::fromUtf8(QJsonDocument(O{{"apiVersion", "v1"}, {"kind", "Secret"}, {"data", data},
                                                             {"metadata", O{{"name", name}, {"namespace", ns}}}, {"type", type}})
                                                 .toJson(QJsonDocument::Compact)) + '\n'}};
            if (saToken)
                annotations.insert("kubernetes.io/service-account.name", "app");
            meta.insert("annotations", annotations);
            meta.insert("managedFields", A{O{{"manager", "kubectl-client-side-apply"}, {"operation", "Update"}, {"apiVersion", "v1"},
                                             {"time", QStringLiteral("2024-02-%1T08:30:00Z").arg(1 + j % 28, 2, 10, QLatin1Char('0'))},
                                             {"fieldsType", "FieldsV1"},
                                             {"fieldsV1", O{{"f:data", O{{".", O{}}, {"f:password", O{}}}}}}}});
            secret.insert("metadata", meta);
            add(secret, O{{"data", data}, {"type", type}});
        }
    }
};

} // namespace

void generateKubeCluster(const GeneratedCluster &spec, QStringList *plantedSecretValues,
                         const std::function<void(const QJsonObject &)> &sink)
{
    Generator(spec, sink).run(plantedSecretValues);
}

QList<QJsonObject> generateKubeCluster(const GeneratedCluster &spec, QStringList *plantedSecretValues)
{
    QList<QJsonObject> out;
    generateKubeCluster(spec, plantedSecretValues, [&out](const QJsonObject &o) { out.append(o); });
    return out;
}

} // namespace bulkhead::test
