#include "demo/demovocabulary.h"

#include <array>

namespace bulkhead::demo {

namespace {

using E = Ecosystem;
using S = Scanner;
using Sev = Severity;

constexpr std::array kDistros{
    DemoDistro{"debian 12.5", "debian", "deb", "deb", "deb"},
    DemoDistro{"debian 11.9", "debian", "deb", "deb", "deb"},
    DemoDistro{"ubuntu 22.04", "ubuntu", "deb", "deb", "ubuntu"},
    DemoDistro{"alpine 3.19.1", "alpine", "apk", "apk", "apk"},
    DemoDistro{"alpine 3.17.7", "alpine", "apk", "apk", "apk"},
    DemoDistro{"redhat 9.3", "redhat", "rpm", "rpm", "rpm"},
    DemoDistro{"amazon 2023", "amazon", "rpm", "rpm", "rpm"},
};

// Forty images: public bases the team runs as-is, and the team's own services.
constexpr std::array kImages{
    DemoImage{"docker.io/library/nginx", "1.25.4", 0, E::None, E::None, 6, S::Trivy, false, "usr/share/nginx"},
    DemoImage{"docker.io/library/postgres", "15.6", 0, E::Go, E::None, 7, S::Trivy, false, "usr/local/bin"},
    DemoImage{"docker.io/library/redis", "7.2.4", 0, E::Go, E::None, 4, S::Grype, false, "usr/local/bin"},
    DemoImage{"docker.io/library/rabbitmq", "3.12-management", 2, E::Go, E::None, 6, S::Trivy, false, "opt/rabbitmq"},
    DemoImage{"docker.io/library/python", "3.11-slim", 0, E::Pip, E::None, 8, S::Trivy, false, "usr/local"},
    DemoImage{"docker.io/library/node", "20-bookworm", 0, E::Npm, E::None, 12, S::Grype, false, "usr/local/lib"},
    DemoImage{"docker.io/library/tomcat", "10.1-jdk17", 2, E::Maven, E::None, 10, S::Trivy, false, "usr/local/tomcat"},
    DemoImage{"docker.io/bitnami/kafka", "3.6.1", 1, E::Maven, E::Go, 11, S::Grype, false, "opt/bitnami/kafka"},
    DemoImage{"docker.io/bitnami/keycloak", "23.0.7", 1, E::Maven, E::None, 9, S::Trivy, false, "opt/bitnami/keycloak"},
    DemoImage{"docker.io/grafana/grafana", "10.3.3", 3, E::Go, E::Npm, 5, S::Trivy, false, "usr/share/grafana"},
    DemoImage{"quay.io/prometheus/prometheus", "v2.50.1", 4, E::Go, E::None, 2, S::Grype, false, "bin"},
    DemoImage{"quay.io/jetstack/cert-manager-controller", "v1.14.4", 3, E::Go, E::None, 1, S::Trivy, false, "app/cmd"},
    DemoImage{"registry.k8s.io/ingress-nginx/controller", "v1.9.6", 3, E::Go, E::Npm, 4, S::Trivy, false, "etc/nginx"},
    DemoImage{"docker.elastic.co/elasticsearch/elasticsearch", "8.12.2", 2, E::Maven, E::None, 12, S::Grype, false, "usr/share/elasticsearch"},
    DemoImage{"ghcr.io/acme/payments-api", "2.14.1", 0, E::Npm, E::Go, 9, S::Trivy, true, "srv/payments-api"},
    DemoImage{"ghcr.io/acme/checkout-web", "5.2.0", 3, E::Npm, E::None, 7, S::Trivy, true, "usr/src/app"},
    DemoImage{"ghcr.io/acme/orders-service", "3.8.4", 5, E::Maven, E::None, 10, S::Trivy, false, "deployments"},
    DemoImage{"ghcr.io/acme/inventory", "1.22.0", 0, E::Pip, E::Go, 8, S::Grype, false, "app"},
    DemoImage{"ghcr.io/acme/ml-scoring", "0.9.3", 2, E::Pip, E::None, 13, S::Trivy, true, "opt/ml-scoring"},
    DemoImage{"ghcr.io/acme/notifications", "4.1.7", 3, E::Npm, E::Pip, 5, S::Trivy, false, "app"},
    DemoImage{"ghcr.io/acme/auth-gateway", "1.30.2", 6, E::Go, E::Maven, 6, S::Trivy, true, "opt/auth-gateway"},
    DemoImage{"ghcr.io/acme/reporting", "2.3.0", 5, E::Maven, E::Npm, 11, S::Grype, false, "opt/reporting"},
    DemoImage{"ghcr.io/acme/search-indexer", "6.0.1", 0, E::Maven, E::Go, 9, S::Trivy, false, "opt/search-indexer"},
    DemoImage{"ghcr.io/acme/admin-portal", "1.4.12", 3, E::Npm, E::Pip, 6, S::Trivy, true, "usr/share/admin-portal"},
    DemoImage{"ghcr.io/acme/data-pipeline", "2024.03.1", 1, E::Pip, E::Maven, 12, S::Trivy, false, "opt/pipeline"},
    DemoImage{"ghcr.io/acme/feature-flags", "0.18.0", 4, E::Go, E::None, 2, S::Grype, false, "srv"},
    DemoImage{"ghcr.io/acme/customer-profile", "7.5.3", 0, E::Maven, E::None, 8, S::Trivy, false, "opt/customer-profile"},
    DemoImage{"ghcr.io/acme/pricing-engine", "3.0.0", 2, E::Pip, E::None, 7, S::Trivy, true, "srv/pricing"},
    DemoImage{"registry.acme.internal/platform/billing", "11.2.5", 5, E::Maven, E::Npm, 10, S::Trivy, false, "opt/billing"},
    DemoImage{"registry.acme.internal/platform/ledger", "4.7.0", 1, E::Go, E::Pip, 6, S::Grype, false, "srv/ledger"},
    DemoImage{"registry.acme.internal/platform/file-scanner", "1.2.9", 4, E::Pip, E::Go, 4, S::Trivy, false, "opt/file-scanner"},
    DemoImage{"registry.acme.internal/platform/legacy-crm", "8.4.0", 1, E::Maven, E::Npm, 15, S::Trivy, true, "opt/crm"},
    DemoImage{"registry.acme.internal/platform/edge-proxy", "2.9.1", 3, E::Go, E::None, 2, S::Trivy, false, "usr/local/bin"},
    DemoImage{"registry.acme.internal/data/airflow", "2.8.3", 0, E::Pip, E::Npm, 12, S::Grype, false, "opt/airflow"},
    DemoImage{"registry.acme.internal/data/jupyter-hub", "4.0.2", 2, E::Pip, E::Npm, 11, S::Trivy, true, "srv/jupyterhub"},
    DemoImage{"registry.acme.internal/data/spark-runner", "3.5.1", 2, E::Maven, E::Pip, 13, S::Trivy, false, "opt/spark"},
    DemoImage{"registry.acme.internal/tools/ci-runner", "16.9.0", 2, E::Go, E::Npm, 9, S::Grype, false, "opt/runner"},
    DemoImage{"registry.acme.internal/tools/docs-site", "1.0.44", 3, E::Npm, E::None, 3, S::Trivy, false, "usr/share/nginx/html"},
    DemoImage{"123456789012.dkr.ecr.eu-west-1.amazonaws.com/batch/invoice-export", "0.31.0", 6, E::Pip, E::None, 5, S::Trivy, true, "var/task"},
    DemoImage{"123456789012.dkr.ecr.eu-west-1.amazonaws.com/batch/geo-import", "1.6.2", 6, E::Go, E::None, 3, S::Grype, false, "var/task"},
};

constexpr std::array<std::string_view, 72> kOsPackages{
    "openssl", "libssl3", "curl", "libcurl4", "glibc", "libc6", "zlib1g", "libxml2", "libxslt1.1",
    "libexpat1", "libsqlite3-0", "libgnutls30", "libgcrypt20", "libtasn1-6", "libidn2-0",
    "libkrb5-3", "libgssapi-krb5-2", "libssh2-1", "libnghttp2-14", "libpcre2-8-0", "liblzma5",
    "libzstd1", "libbz2-1.0", "libtiff6", "libpng16-16", "libjpeg62-turbo", "libwebp7",
    "libfreetype6", "libharfbuzz0b", "fontconfig", "libcairo2", "libglib2.0-0", "libx11-6",
    "imagemagick", "ghostscript", "perl-base", "bash", "coreutils", "util-linux", "tar", "gzip",
    "systemd", "libsystemd0", "libudev1", "dpkg", "apt", "login", "passwd", "libpam-modules",
    "sudo", "openssh-client", "git", "vim-tiny", "less", "wget", "busybox", "musl", "apk-tools",
    "ncurses-base", "libncursesw6", "readline-common", "libcap2", "libseccomp2", "libselinux1",
    "gnupg", "gpgv", "libksba8", "libldap-2.5-0", "libsasl2-2", "python3.11-minimal", "tzdata",
    "ca-certificates",
};

constexpr std::array<std::string_view, 48> kNpmPackages{
    "express", "body-parser", "qs", "lodash", "minimist", "axios", "follow-redirects", "semver",
    "jsonwebtoken", "ws", "socket.io-parser", "tough-cookie", "xml2js", "fast-xml-parser", "ejs",
    "handlebars", "marked", "dompurify", "sanitize-html", "moment", "json5", "minimatch",
    "path-to-regexp", "cookie", "send", "serve-static", "multer", "busboy", "node-fetch",
    "undici", "ip", "tar", "adm-zip", "jszip", "protobufjs", "webpack", "postcss", "nth-check",
    "terser", "vm2", "@babel/traverse", "next", "vite", "esbuild", "crypto-js", "node-forge",
    "ua-parser-js", "word-wrap",
};

constexpr std::array<std::string_view, 44> kPipPackages{
    "requests", "urllib3", "certifi", "idna", "Django", "Flask", "Werkzeug", "Jinja2", "PyYAML",
    "cryptography", "pyOpenSSL", "Pillow", "numpy", "pandas", "scipy", "lxml", "aiohttp",
    "tornado", "SQLAlchemy", "psycopg2-binary", "paramiko", "PyJWT", "setuptools", "pip",
    "wheel", "gunicorn", "uvicorn", "starlette", "fastapi", "python-multipart", "celery",
    "redis", "protobuf", "grpcio", "tensorflow", "torch", "transformers", "mlflow", "scikit-learn",
    "jupyter-server", "notebook", "ipython", "Markdown", "GitPython",
};

constexpr std::array<std::string_view, 44> kMavenPackages{
    "org.apache.logging.log4j:log4j-core", "org.apache.logging.log4j:log4j-api",
    "com.fasterxml.jackson.core:jackson-databind", "com.fasterxml.jackson.core:jackson-core",
    "org.springframework:spring-web", "org.springframework:spring-webmvc",
    "org.springframework:spring-core", "org.springframework:spring-expression",
    "org.springframework.boot:spring-boot", "org.springframework.security:spring-security-web",
    "org.apache.tomcat.embed:tomcat-embed-core", "io.netty:netty-codec-http", "io.netty:netty-handler",
    "io.netty:netty-codec-http2", "org.yaml:snakeyaml", "com.google.guava:guava",
    "com.google.protobuf:protobuf-java", "commons-io:commons-io", "org.apache.commons:commons-text",
    "org.apache.commons:commons-compress", "commons-fileupload:commons-fileupload",
    "ch.qos.logback:logback-classic", "ch.qos.logback:logback-core",
    "org.apache.httpcomponents:httpclient", "org.bouncycastle:bcprov-jdk18on", "com.h2database:h2",
    "org.postgresql:postgresql", "com.mysql:mysql-connector-j", "org.eclipse.jetty:jetty-server",
    "org.eclipse.jetty:jetty-http", "com.thoughtworks.xstream:xstream",
    "org.apache.kafka:kafka-clients", "org.apache.zookeeper:zookeeper", "io.undertow:undertow-core",
    "net.minidev:json-smart", "com.nimbusds:nimbus-jose-jwt", "org.apache.avro:avro",
    "com.squareup.okhttp3:okhttp", "org.jsoup:jsoup", "org.apache.tika:tika-core",
    "com.google.code.gson:gson", "org.keycloak:keycloak-core", "io.vertx:vertx-core",
    "org.apache.poi:poi-ooxml",
};

constexpr std::array<std::string_view, 36> kGoPackages{
    "stdlib", "golang.org/x/net", "golang.org/x/crypto", "golang.org/x/text", "golang.org/x/sys",
    "golang.org/x/oauth2", "golang.org/x/image", "google.golang.org/grpc",
    "google.golang.org/protobuf", "github.com/gin-gonic/gin", "github.com/gorilla/websocket",
    "github.com/golang-jwt/jwt/v4", "github.com/docker/docker", "github.com/containerd/containerd",
    "github.com/opencontainers/runc", "github.com/prometheus/client_golang",
    "github.com/sirupsen/logrus", "gopkg.in/yaml.v3", "github.com/valyala/fasthttp",
    "github.com/labstack/echo/v4", "k8s.io/apimachinery", "k8s.io/client-go", "go.etcd.io/etcd",
    "github.com/miekg/dns", "github.com/jackc/pgx/v5", "github.com/go-sql-driver/mysql",
    "github.com/aws/aws-sdk-go", "github.com/klauspost/compress", "github.com/ulikunitz/xz",
    "github.com/go-git/go-git/v5", "helm.sh/helm/v3", "github.com/hashicorp/go-retryablehttp",
    "go.opentelemetry.io/otel", "github.com/quic-go/quic-go", "github.com/cloudflare/circl",
    "github.com/go-jose/go-jose/v3",
};

constexpr std::array kKubescapeChecks{
    DemoCheck{"C-0057", Sev::High, "Privileged container",
              "Potential attackers may gain access to privileged containers and inherit access to the host.",
              "container %s sets securityContext.privileged=true"},
    DemoCheck{"C-0046", Sev::High, "Insecure capabilities",
              "Giving insecure or excessive capabilities to a container can increase the impact of a container compromise.",
              "container %s adds capability SYS_ADMIN"},
    DemoCheck{"C-0048", Sev::High, "HostPath mount",
              "Mounting a host directory can be used by attackers to get access to the underlying host.",
              "volume host-logs of container %s mounts /var/log from the node"},
    DemoCheck{"C-0041", Sev::High, "HostNetwork access",
              "Pods with hostNetwork can reach services bound to the node's interfaces and sniff its traffic.",
              "spec.hostNetwork=true (container %s)"},
    DemoCheck{"C-0012", Sev::High, "Applications credentials in configuration files",
              "Credentials in configuration files or environment variables can be read by anyone who can read the workload.",
              "container %s sets env DB_PASSWORD from a literal value"},
    DemoCheck{"C-0016", Sev::Medium, "Allow privilege escalation",
              "Attackers may gain access to a container and escalate privileges through setuid binaries.",
              "container %s does not set allowPrivilegeEscalation=false"},
    DemoCheck{"C-0013", Sev::Medium, "Non-root containers",
              "Containers running as root increase the impact of a container escape.",
              "container %s does not set runAsNonRoot=true"},
    DemoCheck{"C-0034", Sev::Medium, "Automatic mapping of service account",
              "Mounting a service account token in every pod gives an attacker in the pod access to the API server.",
              "automountServiceAccountToken is not false (container %s)"},
    DemoCheck{"C-0055", Sev::Medium, "Linux hardening",
              "Containers should use seccomp, AppArmor or SELinux and drop unneeded capabilities.",
              "container %s defines no seccomp or AppArmor profile"},
    DemoCheck{"C-0030", Sev::Medium, "Ingress and Egress blocked",
              "Without network policies every pod can reach every other pod and the internet.",
              "no NetworkPolicy selects the pods of container %s"},
    DemoCheck{"C-0044", Sev::Medium, "Container hostPort",
              "Binding a container to a host port limits scheduling and exposes the service on the node.",
              "container %s binds hostPort 8443"},
    DemoCheck{"C-0074", Sev::Medium, "Container runtime socket mounted",
              "Access to the container runtime socket lets a container control every container on the node.",
              "container %s mounts /run/containerd/containerd.sock"},
    DemoCheck{"C-0078", Sev::Medium, "Images from allowed registry",
              "Images from unknown registries may not be scanned or signed.",
              "container %s uses an image outside registry.acme.internal and ghcr.io/acme"},
    DemoCheck{"C-0260", Sev::Medium, "Missing network policy",
              "Workloads without a network policy accept traffic from any pod in the cluster.",
              "workload of container %s is not selected by any NetworkPolicy"},
    DemoCheck{"C-0017", Sev::Low, "Immutable container filesystem",
              "A writable root filesystem lets an attacker download and run tools inside the container.",
              "container %s does not set readOnlyRootFilesystem=true"},
    DemoCheck{"C-0270", Sev::Low, "Ensure CPU limits are set",
              "Without CPU limits a compromised or faulty container can starve its neighbours.",
              "container %s has no resources.limits.cpu"},
};

constexpr std::array kTrivyKubernetesChecks{
    DemoCheck{"KSV017", Sev::High, "Privileged container",
              "Privileged containers share namespaces with the host system and do not offer any security.",
              "Container '%s' should set 'securityContext.privileged' to false"},
    DemoCheck{"KSV009", Sev::High, "Access to host network",
              "Sharing the host's network namespace permits processes in the pod to communicate with processes bound to the host's loopback adapter.",
              "Deployment of container '%s' should not set 'spec.template.spec.hostNetwork' to true"},
    DemoCheck{"KSV005", Sev::High, "SYS_ADMIN capability added",
              "SYS_ADMIN gives the processes running inside the container privileges that are equivalent to root.",
              "Container '%s' should not include 'SYS_ADMIN' in 'securityContext.capabilities.add'"},
    DemoCheck{"KSV001", Sev::Medium, "Can elevate its own privileges",
              "A program inside the container can elevate its own privileges and run as root, which might give the program control over the container and node.",
              "Container '%s' should set 'securityContext.allowPrivilegeEscalation' to false"},
    DemoCheck{"KSV012", Sev::Medium, "Runs as root user",
              "Force the running image to run as a non-root user to ensure least privileges.",
              "Container '%s' should set 'securityContext.runAsNonRoot' to true"},
    DemoCheck{"KSV104", Sev::Medium, "Seccomp policies disabled",
              "A program inside the container can bypass Seccomp protection policies.",
              "container '%s' of the workload should specify a seccomp profile"},
    DemoCheck{"KSV013", Sev::Medium, "Image tag \":latest\" used",
              "It is best to avoid using the ':latest' image tag when deploying containers in production.",
              "Container '%s' should specify an image tag"},
    DemoCheck{"KSV038", Sev::Medium, "Selector usage in network policies",
              "Network policies should select the pods they protect.",
              "No network policy restricts the pods of container '%s'"},
    DemoCheck{"KSV003", Sev::Low, "Default capabilities not dropped",
              "The container should drop all default capabilities and add only those that are needed for its execution.",
              "Container '%s' should add 'ALL' to 'securityContext.capabilities.drop'"},
    DemoCheck{"KSV014", Sev::Low, "Root file system is not read-only",
              "An immutable root file system prevents applications from writing to their local disk.",
              "Container '%s' should set 'securityContext.readOnlyRootFilesystem' to true"},
    DemoCheck{"KSV011", Sev::Low, "CPU not limited",
              "Enforcing CPU limits prevents DoS via resource exhaustion.",
              "Container '%s' should set 'resources.limits.cpu'"},
    DemoCheck{"KSV018", Sev::Low, "Memory not limited",
              "Enforcing memory limits prevents DoS via resource exhaustion.",
              "Container '%s' should set 'resources.limits.memory'"},
    DemoCheck{"KSV020", Sev::Low, "Runs with UID <= 10000",
              "Force the container to run with user ID > 10000 to avoid conflicts with the host's user table.",
              "Container '%s' should set 'securityContext.runAsUser' > 10000"},
    DemoCheck{"KSV021", Sev::Low, "Runs with GID <= 10000",
              "Force the container to run with group ID > 10000 to avoid conflicts with the host's user table.",
              "Container '%s' should set 'securityContext.runAsGroup' > 10000"},
    DemoCheck{"KSV030", Sev::Low, "Runtime/Default Seccomp profile not set",
              "The RuntimeDefault/Localhost seccomp profile must be required, or allow specific additional profiles.",
              "Either Pod or Container '%s' should set 'securityContext.seccompProfile.type' to 'RuntimeDefault'"},
    DemoCheck{"KSV015", Sev::Low, "CPU requests not specified",
              "When containers have resource requests specified, the scheduler can make better decisions about which nodes to place pods on.",
              "Container '%s' should set 'resources.requests.cpu'"},
};

constexpr std::array kImageConfigChecks{
    DemoCheck{"DS002", Sev::High, "Image user should not be 'root'",
              "Running containers with 'root' user can lead to a container escape situation.",
              "Last USER command in Dockerfile should not be 'root'%s"},
    DemoCheck{"DS001", Sev::Medium, "':latest' tag used",
              "When using a 'FROM' statement you should use a specific tag to avoid uncontrolled behavior when the image is updated.",
              "Specify a tag in the 'FROM' statement for image 'base'%s"},
    DemoCheck{"DS005", Sev::Low, "ADD instead of COPY",
              "You should use COPY instead of ADD unless you want to extract a tar file.",
              "Consider using 'COPY . /app' command instead of 'ADD . /app'%s"},
    DemoCheck{"DS013", Sev::Medium, "'RUN cd ...' to change directory",
              "Use WORKDIR instead of proliferation of instructions like 'RUN cd ... && do-something'.",
              "RUN should not be used to change directory: 'cd /build && make'. Use 'WORKDIR' statement instead.%s"},
    DemoCheck{"DS026", Sev::Low, "No HEALTHCHECK defined",
              "You should add HEALTHCHECK instruction in your docker container images to perform the health check on running containers.",
              "Add HEALTHCHECK instruction in your Dockerfile%s"},
};

constexpr std::array kSecretRules{
    DemoSecretRule{"aws-access-key-id", Sev::Critical, "AWS Access Key ID"},
    DemoSecretRule{"github-pat", Sev::Critical, "GitHub Personal Access Token"},
    DemoSecretRule{"stripe-secret-token", Sev::Critical, "Stripe Secret Key"},
    DemoSecretRule{"gcp-service-account", Sev::Critical, "Google (GCP) Service-account"},
    DemoSecretRule{"private-key", Sev::High, "Asymmetric Private Key"},
    DemoSecretRule{"slack-web-hook", Sev::Medium, "Slack Webhook"},
    DemoSecretRule{"jwt-token", Sev::Medium, "JWT token"},
    DemoSecretRule{"dockerconfig-secret", Sev::High, "Dockerconfig secret exposed"},
};

constexpr std::array<std::string_view, 8> kSecretFiles{
    "/%s/.env", "/%s/config/settings.yaml", "/%s/config/production.json", "/root/.aws/credentials",
    "/%s/scripts/deploy.sh", "/%s/tests/fixtures/keys/server.pem", "/root/.docker/config.json",
    "/%s/README.md",
};

constexpr std::array kClusters{
    DemoCluster{"prod-eu-west", "Kubescape", ReportFormat::Kubescape},
    DemoCluster{"prod-us-east", "Trivy", ReportFormat::TrivyOperator},
    DemoCluster{"staging", "Trivy", ReportFormat::TrivyKubernetes},
};

constexpr std::array kWorkloads{
    DemoWorkload{0, "payments", "Deployment", "payments-api", 2},
    DemoWorkload{0, "payments", "Deployment", "payments-worker", 1},
    DemoWorkload{0, "payments", "CronJob", "settlement-export", 1},
    DemoWorkload{0, "checkout", "Deployment", "checkout-web", 2},
    DemoWorkload{0, "checkout", "Deployment", "pricing-engine", 1},
    DemoWorkload{0, "orders", "Deployment", "orders-service", 2},
    DemoWorkload{0, "orders", "StatefulSet", "orders-db", 1},
    DemoWorkload{0, "orders", "Deployment", "inventory", 1},
    DemoWorkload{0, "customers", "Deployment", "customer-profile", 2},
    DemoWorkload{0, "customers", "Deployment", "notifications", 1},
    DemoWorkload{0, "platform", "Deployment", "auth-gateway", 2},
    DemoWorkload{0, "platform", "Deployment", "feature-flags", 1},
    DemoWorkload{0, "platform", "StatefulSet", "kafka", 1},
    DemoWorkload{0, "platform", "StatefulSet", "rabbitmq", 1},
    DemoWorkload{0, "platform", "Deployment", "keycloak", 1},
    DemoWorkload{0, "ingress-nginx", "Deployment", "ingress-nginx-controller", 1},
    DemoWorkload{0, "cert-manager", "Deployment", "cert-manager", 1},
    DemoWorkload{0, "monitoring", "StatefulSet", "prometheus", 2},
    DemoWorkload{0, "monitoring", "Deployment", "grafana", 1},
    DemoWorkload{0, "monitoring", "DaemonSet", "node-exporter", 1},
    DemoWorkload{0, "logging", "DaemonSet", "fluent-bit", 1},
    DemoWorkload{0, "logging", "StatefulSet", "elasticsearch", 1},
    DemoWorkload{0, "kube-system", "DaemonSet", "kube-proxy", 1},
    DemoWorkload{1, "payments", "Deployment", "payments-api", 2},
    DemoWorkload{1, "payments", "Deployment", "payments-worker", 1},
    DemoWorkload{1, "checkout", "Deployment", "checkout-web", 2},
    DemoWorkload{1, "orders", "Deployment", "orders-service", 2},
    DemoWorkload{1, "orders", "StatefulSet", "orders-db", 1},
    DemoWorkload{1, "search", "Deployment", "search-indexer", 1},
    DemoWorkload{1, "search", "StatefulSet", "elasticsearch", 1},
    DemoWorkload{1, "billing", "Deployment", "billing", 2},
    DemoWorkload{1, "billing", "Deployment", "ledger", 1},
    DemoWorkload{1, "billing", "CronJob", "invoice-export", 1},
    DemoWorkload{1, "crm", "Deployment", "legacy-crm", 1},
    DemoWorkload{1, "platform", "Deployment", "auth-gateway", 2},
    DemoWorkload{1, "platform", "Deployment", "edge-proxy", 1},
    DemoWorkload{1, "platform", "StatefulSet", "redis", 1},
    DemoWorkload{1, "ingress-nginx", "Deployment", "ingress-nginx-controller", 1},
    DemoWorkload{1, "monitoring", "StatefulSet", "prometheus", 2},
    DemoWorkload{1, "monitoring", "DaemonSet", "node-exporter", 1},
    DemoWorkload{1, "logging", "DaemonSet", "fluent-bit", 1},
    DemoWorkload{2, "default", "Deployment", "debug-shell", 1},
    DemoWorkload{2, "default", "Pod", "netshoot", 1},
    DemoWorkload{2, "payments", "Deployment", "payments-api", 2},
    DemoWorkload{2, "checkout", "Deployment", "checkout-web", 1},
    DemoWorkload{2, "data", "Deployment", "airflow-webserver", 1},
    DemoWorkload{2, "data", "Deployment", "airflow-scheduler", 1},
    DemoWorkload{2, "data", "StatefulSet", "jupyter-hub", 1},
    DemoWorkload{2, "data", "Job", "spark-runner", 1},
    DemoWorkload{2, "data", "Deployment", "ml-scoring", 2},
    DemoWorkload{2, "tools", "Deployment", "ci-runner", 1},
    DemoWorkload{2, "tools", "Deployment", "docs-site", 1},
    DemoWorkload{2, "tools", "Deployment", "file-scanner", 1},
    DemoWorkload{2, "platform", "Deployment", "data-pipeline", 1},
    DemoWorkload{2, "platform", "Deployment", "admin-portal", 1},
};

constexpr std::array<std::string_view, 4> kSidecars{"istio-proxy", "log-shipper", "vault-agent", "metrics-exporter"};

constexpr std::array<std::string_view, 20> kWeaknesses{
    "heap-based buffer overflow", "stack-based buffer overflow", "out-of-bounds read",
    "out-of-bounds write", "use-after-free", "NULL pointer dereference", "integer overflow",
    "infinite loop", "uncontrolled recursion", "path traversal", "cross-site scripting",
    "prototype pollution", "regular expression denial of service", "server-side request forgery",
    "XML external entity injection", "improper certificate validation",
    "deserialization of untrusted data", "HTTP request smuggling", "improper authorization",
    "uncontrolled resource consumption",
};

constexpr std::array<std::string_view, 20> kWeaknessCwes{
    "CWE-122", "CWE-121", "CWE-125", "CWE-787", "CWE-416", "CWE-476", "CWE-190", "CWE-835",
    "CWE-674", "CWE-22", "CWE-79", "CWE-1321", "CWE-1333", "CWE-918", "CWE-611", "CWE-295",
    "CWE-502", "CWE-444", "CWE-863", "CWE-400",
};

constexpr std::array<std::string_view, 12> kImpacts{
    "execute arbitrary code", "cause a denial of service (application crash)",
    "obtain sensitive information from process memory", "bypass authentication",
    "escalate privileges", "read arbitrary files", "write arbitrary files",
    "inject arbitrary web script or HTML", "cause a denial of service (CPU consumption)",
    "spoof server certificates", "reach internal services", "tamper with signed data",
};

constexpr std::array<std::string_view, 12> kShortImpacts{
    "remote code execution", "denial of service", "information disclosure", "authentication bypass",
    "privilege escalation", "arbitrary file read", "arbitrary file write", "cross-site scripting",
    "resource exhaustion", "certificate spoofing", "server-side request forgery", "data tampering",
};

constexpr std::array<std::string_view, 8> kAttackers{
    "remote attackers", "a remote, unauthenticated attacker", "local users",
    "an authenticated attacker", "a man-in-the-middle attacker", "a malicious server",
    "context-dependent attackers", "malicious clients",
};

constexpr std::array<std::string_view, 14> kVectors{
    "a crafted file", "a crafted HTTP request", "a malformed certificate", "a long header value",
    "a crafted archive", "a deeply nested JSON document", "a crafted URL", "crafted XML data",
    "a crafted image", "a crafted TLS handshake", "malformed UTF-8 input", "a crafted YAML document",
    "a crafted cookie", "a crafted DNS response",
};

constexpr std::array<std::string_view, 16> kNouns{
    "header", "record", "chunk", "buffer", "extension", "token", "frame", "attribute", "path",
    "cookie", "certificate", "stream", "archive", "template", "query", "handshake",
};

constexpr std::array<std::string_view, 12> kVerbs{
    "parse", "decode", "read", "copy", "validate", "expand", "resolve", "unpack", "normalize",
    "render", "verify", "load",
};

constexpr std::array<std::string_view, 8> kRemarks{
    "There are no known workarounds.",
    "Users are advised to upgrade to a fixed release.",
    "Applications that do not use the affected feature are not affected.",
    "Exploitation does not require user interaction.",
    "A proof of concept is publicly available.",
    "The attack complexity is high because the attacker must win a race.",
    "Disabling the affected module mitigates the issue until an update can be applied.",
    "Builds with hardening enabled may only crash instead of allowing code execution.",
};

constexpr std::array<std::string_view, 6> kFalsePositiveReasons{
    "Build-time dependency only; not present in the runtime layer.",
    "Vulnerable code path not reachable: the service never parses untrusted archives.",
    "Scanner matched the wrong CPE; upstream confirms this version is not affected.",
    "Test fixture key, never valid in any environment (verified with the owning team).",
    "Backported fix: the distro package already carries the patch (see changelog).",
    "The affected feature is compiled out of our build.",
};

constexpr std::array<std::string_view, 6> kAcceptanceReasons{
    "Compensated by WAF rule 9412 until the base image upgrade lands.",
    "Internal-only service behind mTLS; upgrade scheduled with the framework migration.",
    "No fixed version upstream yet; tracked in SEC-1423, re-evaluated at expiry.",
    "Batch job runs in an isolated namespace without network egress.",
    "Upgrade blocked by a vendor support contract; vendor fix expected next quarter.",
    "Low exposure: admin endpoint reachable only through the bastion.",
};

constexpr std::array<std::string_view, 5> kMitigationNotes{
    "Feature disabled by configuration (XML import off).",
    "NetworkPolicy limits ingress to the API gateway only.",
    "Seccomp profile blocks the affected syscall.",
    "Input size limit added at the ingress (max 64 KiB body).",
    "Credential rotated and revoked; file removed from the next build.",
};

constexpr std::array<std::string_view, 6> kComments{
    "Checked with the owning team; fix lands in the next sprint.",
    "Reproduced in staging with the public proof of concept.",
    "Waiting for the base image rebuild.",
    "Duplicate of the same CVE in the sidecar image; fixing both together.",
    "Raised in the weekly review; needs an owner.",
    "Upgrade PR open, blocked on integration tests.",
};

constexpr std::array<std::string_view, 7> kAssignees{
    "alice.nguyen", "bob.schmidt", "carla.rossi", "deepak.rao", "emma.larsson", "farid.haddad",
    "platform-team",
};

} // namespace

std::span<const DemoDistro> distros() { return kDistros; }
std::span<const DemoImage> images() { return kImages; }

std::span<const std::string_view> packageNames(Ecosystem e)
{
    switch (e) {
    case Ecosystem::Os: return kOsPackages;
    case Ecosystem::Npm: return kNpmPackages;
    case Ecosystem::Pip: return kPipPackages;
    case Ecosystem::Maven: return kMavenPackages;
    case Ecosystem::Go: return kGoPackages;
    case Ecosystem::None: break;
    }
    return {};
}

std::string_view packageType(Ecosystem e, Scanner s, const DemoDistro &distro)
{
    const bool trivy = s == Scanner::Trivy;
    switch (e) {
    case Ecosystem::Os: return trivy ? distro.trivyType : distro.grypeType;
    case Ecosystem::Npm: return trivy ? "node-pkg" : "npm";
    case Ecosystem::Pip: return trivy ? "python-pkg" : "python";
    case Ecosystem::Maven: return trivy ? "jar" : "java-archive";
    case Ecosystem::Go: return trivy ? "gobinary" : "go-module";
    case Ecosystem::None: break;
    }
    return {};
}

std::string_view ecosystemPurlType(Ecosystem e)
{
    switch (e) {
    case Ecosystem::Npm: return "npm";
    case Ecosystem::Pip: return "pypi";
    case Ecosystem::Maven: return "maven";
    case Ecosystem::Go: return "golang";
    case Ecosystem::Os:
    case Ecosystem::None: break;
    }
    return {};
}

std::span<const DemoCheck> kubescapeChecks() { return kKubescapeChecks; }
std::span<const DemoCheck> trivyKubernetesChecks() { return kTrivyKubernetesChecks; }
std::span<const DemoCheck> imageConfigChecks() { return kImageConfigChecks; }
std::span<const DemoSecretRule> secretRules() { return kSecretRules; }
std::span<const std::string_view> secretFiles() { return kSecretFiles; }
std::span<const DemoCluster> clusters() { return kClusters; }
std::span<const DemoWorkload> workloads() { return kWorkloads; }
std::span<const std::string_view> sidecarNames() { return kSidecars; }
std::span<const std::string_view> weaknessClasses() { return kWeaknesses; }
std::span<const std::string_view> weaknessCwes() { return kWeaknessCwes; }
std::span<const std::string_view> impacts() { return kImpacts; }
std::span<const std::string_view> shortImpacts() { return kShortImpacts; }
std::span<const std::string_view> attackers() { return kAttackers; }
std::span<const std::string_view> attackVectors() { return kVectors; }
std::span<const std::string_view> codeNouns() { return kNouns; }
std::span<const std::string_view> codeVerbs() { return kVerbs; }
std::span<const std::string_view> closingRemarks() { return kRemarks; }
std::span<const std::string_view> falsePositiveReasons() { return kFalsePositiveReasons; }
std::span<const std::string_view> acceptanceReasons() { return kAcceptanceReasons; }
std::span<const std::string_view> mitigationNotes() { return kMitigationNotes; }
std::span<const std::string_view> triageComments() { return kComments; }
std::span<const std::string_view> assignees() { return kAssignees; }

} // namespace bulkhead::demo
