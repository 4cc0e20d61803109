// bench_gen_trivy: writes a deterministic set of Trivy JSON (SchemaVersion 2) container-image
// reports for the import benchmark (issue 2).
//
//   bench_gen_trivy --out DIR [--reports 200] [--findings 1000000] [--seed 1] [--threads N]
//
// Shape follows real `trivy image --format json` output (see ../shared/fixtures/trivy/
// juice-shop-v10.2.0.json): two-space indentation, Go's escaping of <, > and & as \u003c, \u003e,
// \u0026, map keys sorted, fields in Trivy's order. Content is realistic in the ways that matter
// to an importer: ~40 image repositories with several tags each (every report has its own image
// digest), one os-pkgs result and 1-3 lang-pkgs results per image, vulnerability ids drawn from a
// pool of ~60k with skewed popularity (common CVEs recur across images), and each id carrying the
// same title, description (200-1500 chars), references (3-12), CWE ids, vendor severities and CVSS
// every time it occurs. No (VulnerabilityID, PkgName, InstalledVersion, PkgPath/Target) repeats
// within a report, and the total number of vulnerabilities is exactly --findings.
//
// Plain C++20, no dependencies. Output is identical for the same options whatever --threads is.

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

// ---------------------------------------------------------------------------------------------
// Randomness

uint64_t splitmix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

uint64_t hashOf(uint64_t a, uint64_t b) { return splitmix(splitmix(a) ^ (b * 0xD6E8FEB86659FD93ull)); }
uint64_t hashOf(uint64_t a, uint64_t b, uint64_t c) { return hashOf(hashOf(a, b), c); }

uint64_t hashStr(std::string_view s)
{
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s)
        h = (h ^ c) * 1099511628211ull;
    return splitmix(h);
}

struct Rng {
    uint64_t s;
    explicit Rng(uint64_t seed) : s(splitmix(seed)) {}
    uint64_t next()
    {
        s += 0x9E3779B97F4A7C15ull;
        uint64_t z = s;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    uint32_t below(uint32_t n) { return uint32_t(((next() >> 32) * uint64_t(n)) >> 32); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    int range(int lo, int hi) { return lo + int(below(uint32_t(hi - lo + 1))); } // inclusive
    // Skewed index in [0, n): small indices are much more likely (density ~ x^(1/a - 1)).
    uint32_t skewed(uint32_t n, double a)
    {
        auto i = uint32_t(double(n) * std::pow(unit(), a));
        return i < n ? i : n - 1;
    }
    template <class T> const T &pick(const std::vector<T> &v) { return v[below(uint32_t(v.size()))]; }
    template <class T, size_t N> const T &pick(const T (&v)[N]) { return v[below(uint32_t(N))]; }
    double normal()
    {
        double u1 = unit(), u2 = unit();
        if (u1 < 1e-300)
            u1 = 1e-300;
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
};

void appendHex(std::string &out, Rng &r, int n)
{
    static const char digits[] = "0123456789abcdef";
    while (n > 0) {
        uint64_t v = r.next();
        for (int i = 0; i < 16 && n > 0; ++i, --n, v >>= 4)
            out.push_back(digits[v & 15]);
    }
}

std::string hexStr(uint64_t seed, int n)
{
    Rng r(seed);
    std::string s;
    appendHex(s, r, n);
    return s;
}

// Go's encoding/json escaping (HTML-safe by default, as Trivy's output).
void appendEscaped(std::string &out, std::string_view s)
{
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '<': out += "\\u003c"; break;
        case '>': out += "\\u003e"; break;
        case '&': out += "\\u0026"; break;
        default: out.push_back(c);
        }
    }
}

void appendNum(std::string &out, long v)
{
    char buf[24];
    int n = std::snprintf(buf, sizeof buf, "%ld", v);
    out.append(buf, size_t(n));
}

// Go prints 5.0 as 5 and 9.8 as 9.8.
void appendScore(std::string &out, int tenths)
{
    appendNum(out, tenths / 10);
    if (tenths % 10) {
        out.push_back('.');
        out.push_back(char('0' + tenths % 10));
    }
}

void pad(std::string &out, int n) { out.append(size_t(n), ' '); }

// "key": "value"  (value escaped), with indentation and optional trailing comma
void field(std::string &out, int indent, std::string_view key, std::string_view value, bool comma = true)
{
    pad(out, indent);
    out.push_back('"');
    out += key;
    out += "\": \"";
    appendEscaped(out, value);
    out += comma ? "\",\n" : "\"\n";
}

// "key": value-literal
void fieldRaw(std::string &out, int indent, std::string_view key, std::string_view raw, bool comma = true)
{
    pad(out, indent);
    out.push_back('"');
    out += key;
    out += "\": ";
    out += raw;
    out += comma ? ",\n" : "\n";
}

void stringArray(std::string &out, int indent, std::string_view key, const std::vector<std::string> &items,
                 bool comma = true)
{
    pad(out, indent);
    out.push_back('"');
    out += key;
    out += "\": [\n";
    for (size_t i = 0; i < items.size(); ++i) {
        pad(out, indent + 2);
        out.push_back('"');
        appendEscaped(out, items[i]);
        out += i + 1 < items.size() ? "\",\n" : "\"\n";
    }
    pad(out, indent);
    out += comma ? "],\n" : "]\n";
}

std::string fmt(const char *f, auto... args)
{
    char buf[512];
    int n = std::snprintf(buf, sizeof buf, f, args...);
    return std::string(buf, size_t(std::min(n, int(sizeof buf) - 1)));
}

// ---------------------------------------------------------------------------------------------
// Word lists

const std::vector<std::string> kOsPackages = {
    "linux", "glibc", "openssl", "curl", "systemd", "libxml2", "zlib", "busybox", "musl", "krb5",
    "ncurses", "bash", "perl", "python3.11", "sqlite3", "expat", "gnutls28", "tiff", "imagemagick",
    "openldap", "libssh2", "nghttp2", "pcre2", "xz-utils", "binutils", "git", "vim", "openssh",
    "shadow", "util-linux", "coreutils", "tar", "gzip", "bzip2", "zstd", "lz4", "pam", "sudo",
    "e2fsprogs", "libcap2", "libseccomp", "libselinux", "audit", "dbus", "gnupg2", "libksba",
    "libgcrypt20", "libtasn1-6", "p11-kit", "libidn2", "libunistring", "pcre3", "nettle", "gmp",
    "libxslt", "cyrus-sasl2", "libpng1.6", "libjpeg-turbo", "libwebp", "giflib", "freetype",
    "fontconfig", "harfbuzz", "cairo", "pixman", "glib2.0", "libx11", "libxext", "libxrender",
    "libxcb", "ghostscript", "poppler", "libde265", "libheif", "ffmpeg", "libsndfile", "apr",
    "apr-util", "apache2", "nginx", "libevent", "libuv1", "c-ares", "icu", "libffi", "libyaml",
    "jansson", "json-c", "libarchive", "file", "less", "wget", "libgd2", "libzip", "unzip", "zip",
    "cpio", "sed", "grep", "gawk", "findutils", "procps", "iproute2", "iptables", "nftables",
    "kmod", "cryptsetup", "lvm2", "libbsd", "libsepol", "db5.3", "gdbm", "readline", "libedit",
    "tzdata", "ca-certificates", "apt", "dpkg", "rpm", "dnf", "libsolv", "nss", "nspr", "mariadb",
    "postgresql-15", "redis", "openjdk-17", "tomcat9", "nodejs", "libtirpc", "libnsl", "rsync",
    "screen", "tcpdump", "libpcap", "bind9", "dnsmasq", "avahi", "cups", "samba", "libssh",
    "libgit2", "jq", "oniguruma", "libmaxminddb", "libwmf", "libraw", "openexr", "jasper",
    "lcms2", "libvpx", "libtheora", "flac", "libvorbis", "libogg", "opus", "sox", "libmodbus",
    "mosquitto", "libmicrohttpd", "libsoup2.4", "libmspack", "cabextract", "libxpm", "xorg-server",
    "libinput", "mesa", "libdrm", "wayland", "libtool", "m4", "make", "gcc-12", "llvm-toolchain-15",
};

const std::vector<std::string> kNpmPackages = {
    "lodash", "minimist", "ajv", "ansi-regex", "axios", "express", "body-parser", "qs", "debug",
    "ms", "semver", "json5", "tough-cookie", "node-fetch", "follow-redirects", "jsonwebtoken",
    "moment", "handlebars", "marked", "minimatch", "glob-parent", "path-parse", "y18n",
    "yargs-parser", "ini", "kind-of", "set-value", "mixin-deep", "merge", "@hapi/hoek",
    "underscore", "jquery", "bootstrap", "socket.io", "socket.io-parser", "engine.io", "ws",
    "xmlhttprequest-ssl", "shell-quote", "trim-newlines", "hosted-git-info", "normalize-url", "got",
    "decode-uri-component", "word-wrap", "http-cache-semantics", "cookie", "send", "serve-static",
    "express-fileupload", "multer", "busboy", "dicer", "xml2js", "sax", "fast-xml-parser",
    "postcss", "nth-check", "css-what", "terser", "uglify-js", "webpack", "loader-utils",
    "browserslist", "async", "ejs", "pug", "mustache", "dompurify", "sanitize-html",
    "highlight.js", "prismjs", "validator", "jszip", "tar", "adm-zip", "unset-value",
    "lodash.template", "lodash.merge", "dot-prop", "micromatch", "braces", "cross-spawn",
    "node-forge", "elliptic", "crypto-js", "jose", "passport", "mongoose", "sequelize", "mysql2",
    "pg", "sqlite3", "knex", "typeorm", "next", "vm2", "@babel/traverse", "@babel/core", "undici",
    "ip", "tar-fs", "vite", "esbuild", "rollup", "nanoid", "ua-parser-js", "color-string",
    "ssri", "npm", "cached-path-relative", "protobufjs", "xlsx", "json-schema", "jsprim",
    "request", "sshpk", "http-proxy-middleware", "path-to-regexp", "jsonpath-plus", "immer",
    "js-yaml", "serialize-javascript", "markdown-it", "showdown", "sharp", "canvas", "bl",
    "hawk", "mime", "fresh", "negotiator", "tmpl", "ansi-html", "url-parse", "querystringify",
    "eventsource", "simple-get", "xmldom", "@xmldom/xmldom", "jsdom", "parse-url", "parse-path",
};

const std::vector<std::string> kPipPackages = {
    "requests", "urllib3", "Django", "Flask", "Jinja2", "Werkzeug", "PyYAML", "cryptography",
    "pyOpenSSL", "Pillow", "numpy", "lxml", "certifi", "idna", "setuptools", "pip", "wheel",
    "aiohttp", "tornado", "sqlparse", "SQLAlchemy", "paramiko", "pycryptodome", "rsa", "ecdsa",
    "httpx", "starlette", "fastapi", "gunicorn", "uvicorn", "Twisted", "celery", "redis",
    "pymongo", "psycopg2", "mysqlclient", "Babel", "Pygments", "docutils", "Markdown", "bleach",
    "mistune", "nltk", "scipy", "pandas", "tensorflow", "torch", "transformers", "protobuf",
    "grpcio", "ansible", "ansible-core", "salt", "PyJWT", "python-jose", "oauthlib",
    "requests-oauthlib", "httplib2", "feedparser", "reportlab", "future", "waitress", "sanic",
    "dnspython", "ujson", "orjson", "msgpack", "jsonpickle", "joblib", "mlflow", "gradio",
    "langchain", "jupyter-server", "notebook", "ipython", "tqdm", "configobj", "PyPDF2",
    "python-multipart", "zipp", "GitPython", "black", "py", "distributed", "dask", "keras",
    "scikit-learn", "Scrapy", "pyarrow", "aiosmtpd", "snowflake-connector-python", "jupyterlab",
};

const std::vector<std::string> kMavenPackages = {
    "org.apache.logging.log4j:log4j-core", "org.apache.logging.log4j:log4j-api",
    "com.fasterxml.jackson.core:jackson-databind", "com.fasterxml.jackson.core:jackson-core",
    "org.springframework:spring-core", "org.springframework:spring-web",
    "org.springframework:spring-webmvc", "org.springframework:spring-beans",
    "org.springframework:spring-expression", "org.springframework.boot:spring-boot",
    "org.springframework.boot:spring-boot-autoconfigure",
    "org.springframework.security:spring-security-core",
    "org.springframework.security:spring-security-web", "org.apache.tomcat.embed:tomcat-embed-core",
    "io.netty:netty-codec-http", "io.netty:netty-handler", "io.netty:netty-codec-http2",
    "io.netty:netty-common", "org.yaml:snakeyaml", "com.google.guava:guava",
    "com.google.protobuf:protobuf-java", "commons-io:commons-io",
    "commons-collections:commons-collections", "org.apache.commons:commons-text",
    "org.apache.commons:commons-compress", "commons-fileupload:commons-fileupload",
    "commons-beanutils:commons-beanutils", "ch.qos.logback:logback-classic",
    "ch.qos.logback:logback-core", "org.apache.httpcomponents:httpclient",
    "org.bouncycastle:bcprov-jdk15on", "com.h2database:h2", "org.postgresql:postgresql",
    "mysql:mysql-connector-java", "org.eclipse.jetty:jetty-server", "org.eclipse.jetty:jetty-http",
    "org.apache.struts:struts2-core", "org.apache.shiro:shiro-core",
    "com.thoughtworks.xstream:xstream", "org.hibernate.validator:hibernate-validator",
    "org.apache.kafka:kafka-clients", "org.apache.zookeeper:zookeeper", "io.undertow:undertow-core",
    "org.json:json", "net.minidev:json-smart", "com.nimbusds:nimbus-jose-jwt",
    "org.codehaus.jackson:jackson-mapper-asl", "xerces:xercesImpl", "org.apache.santuario:xmlsec",
    "org.apache.cxf:cxf-core", "io.projectreactor.netty:reactor-netty-http", "org.apache.avro:avro",
    "com.squareup.okhttp3:okhttp", "org.jsoup:jsoup", "org.apache.velocity:velocity-engine-core",
    "org.freemarker:freemarker", "org.apache.poi:poi-ooxml", "com.alibaba:fastjson",
    "io.vertx:vertx-core", "org.apache.activemq:activemq-client", "org.apache.tika:tika-core",
    "com.google.code.gson:gson", "org.apache.ivy:ivy", "org.keycloak:keycloak-core",
};

const std::vector<std::string> kGoPackages = {
    "stdlib", "golang.org/x/net", "golang.org/x/crypto", "golang.org/x/text", "golang.org/x/sys",
    "golang.org/x/oauth2", "google.golang.org/grpc", "google.golang.org/protobuf",
    "github.com/gin-gonic/gin", "github.com/gorilla/websocket", "github.com/gorilla/mux",
    "github.com/dgrijalva/jwt-go", "github.com/golang-jwt/jwt/v4", "github.com/docker/docker",
    "github.com/containerd/containerd", "github.com/opencontainers/runc",
    "github.com/opencontainers/image-spec", "github.com/hashicorp/vault",
    "github.com/hashicorp/go-getter", "github.com/prometheus/client_golang",
    "github.com/sirupsen/logrus", "gopkg.in/yaml.v2", "gopkg.in/yaml.v3", "github.com/tidwall/gjson",
    "github.com/valyala/fasthttp", "github.com/labstack/echo/v4", "github.com/gofiber/fiber/v2",
    "k8s.io/apimachinery", "k8s.io/client-go", "k8s.io/kubernetes", "github.com/emicklei/go-restful",
    "go.etcd.io/etcd", "github.com/miekg/dns", "github.com/nats-io/nats-server/v2",
    "github.com/jackc/pgx/v4", "github.com/go-sql-driver/mysql", "github.com/mattn/go-sqlite3",
    "github.com/aws/aws-sdk-go", "github.com/cloudflare/circl", "github.com/quic-go/quic-go",
    "github.com/ulikunitz/xz", "github.com/klauspost/compress", "github.com/pkg/sftp",
    "github.com/go-git/go-git/v5", "helm.sh/helm/v3", "github.com/hashicorp/consul",
    "github.com/hashicorp/nomad", "github.com/minio/minio", "github.com/traefik/traefik/v2",
    "go.opentelemetry.io/otel", "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp",
    "github.com/go-jose/go-jose/v3", "github.com/Masterminds/goutils",
    "github.com/russross/blackfriday", "github.com/containers/image/v5", "github.com/moby/buildkit",
};

const char *const kVulnClasses[] = {
    "heap-based buffer overflow", "stack-based buffer overflow", "out-of-bounds read",
    "out-of-bounds write", "use-after-free", "NULL pointer dereference", "integer overflow",
    "double free", "infinite loop", "uncontrolled recursion", "memory leak", "race condition",
    "improper input validation", "path traversal", "cross-site scripting (XSS)", "SQL injection",
    "OS command injection", "prototype pollution", "regular expression denial of service (ReDoS)",
    "server-side request forgery (SSRF)", "XML external entity (XXE) injection",
    "improper certificate validation", "deserialization of untrusted data", "open redirect",
    "HTTP request smuggling", "timing side channel", "improper authentication",
    "missing authorization check", "uncontrolled resource consumption", "type confusion",
    "use of uninitialized memory", "information disclosure", "signature verification bypass",
    "CRLF injection", "integer underflow", "divide by zero", "off-by-one error",
    "incorrect default permissions", "symlink following", "improper privilege management",
};

const char *const kImpacts[] = {
    "cause a denial of service (application crash)", "execute arbitrary code",
    "obtain sensitive information from process memory", "bypass authentication",
    "escalate privileges", "read arbitrary files", "overwrite arbitrary files",
    "inject arbitrary web script or HTML", "cause excessive memory consumption",
    "cause a denial of service (CPU consumption)", "spoof server certificates", "hijack sessions",
    "modify the prototype of Object", "execute arbitrary SQL commands",
    "conduct HTTP request smuggling attacks", "redirect users to arbitrary web sites",
    "disclose uninitialized heap memory", "corrupt heap memory", "crash the process",
    "cause a denial of service (infinite loop)", "forge signatures", "bypass access restrictions",
    "execute arbitrary commands", "cause a denial of service (stack exhaustion)",
};

const char *const kShortImpacts[] = {
    "denial of service", "remote code execution", "information disclosure",
    "authentication bypass", "privilege escalation", "arbitrary file read", "arbitrary file write",
    "memory corruption", "resource exhaustion", "session hijacking", "certificate spoofing",
    "data tampering", "crash", "stack exhaustion", "sandbox escape",
};

const char *const kAttackers[] = {
    "remote attackers", "a remote, unauthenticated attacker", "local users",
    "an authenticated attacker", "attackers", "context-dependent attackers", "a malicious server",
    "a man-in-the-middle attacker", "a local attacker with low privileges", "remote servers",
    "a network attacker", "malicious clients",
};

const char *const kVectors[] = {
    "a crafted file", "a crafted HTTP request", "a specially crafted packet",
    "a malformed certificate", "crafted input", "a long string", "a crafted archive",
    "a malicious JSON document", "a crafted URL", "a crafted regular expression",
    "specially crafted XML data", "a crafted image", "a large number of headers",
    "deeply nested input", "a crafted TLS handshake", "malformed UTF-8 sequences",
    "a symlink attack", "a crafted \"Content-Type\" header", "a crafted YAML document",
    "a crafted ZIP file", "a crafted font file", "a long hostname", "a crafted cookie",
    "a crafted <script> tag in the query string", "a crafted DNS response", "a crafted PDF document",
};

const char *const kVerbs[] = {
    "parse", "read", "decode", "handle", "process", "copy", "validate", "init", "free", "write",
    "get", "load", "scan", "expand", "resolve", "encode", "convert", "append", "lookup", "verify",
    "unpack", "compare", "normalize", "render", "escape", "split",
};

const char *const kNouns[] = {
    "header", "record", "chunk", "buffer", "extension", "token", "packet", "frame", "entry",
    "attribute", "element", "path", "string", "cookie", "url", "request", "response",
    "certificate", "signature", "table", "stream", "block", "segment", "option", "name", "label",
    "field", "node", "section", "message", "key", "context", "session", "image", "glyph",
    "archive", "directory", "symlink", "template", "query", "handshake", "cipher", "index",
};

const char *const kReasons[] = {
    "the length field is trusted without validation",
    "a reference count is decremented twice on an error path",
    "error paths do not reset the freed pointer",
    "the parser recurses without a depth limit",
    "user input is concatenated into a shell command",
    "the regular expression backtracks catastrophically on certain inputs",
    "object keys such as __proto__ and constructor are not filtered",
    "the signature is compared with a non-constant-time function",
    "the size computation is not checked for overflow",
    "file names inside the archive are not sanitized",
    "the allocation size is computed from an attacker-controlled value",
    "the state machine does not handle an unexpected end of input",
    "certain escape sequences are not handled consistently",
    "the hostname is not compared against the certificate subject",
    "a lock is not held while the shared list is modified",
};

const char *const kConditions[] = {
    "processes untrusted input", "is configured to accept client certificates",
    "uses the default configuration", "parses attacker-controlled archives",
    "runs with elevated privileges", "allows user-supplied templates", "enables HTTP/2",
    "exposes the management endpoint", "follows redirects", "deserializes data from the network",
    "uses the affected API with caller-supplied options", "handles uploads from anonymous users",
};

const char *const kExtras[] = {
    "The highest threat from this vulnerability is to data confidentiality and integrity as well as system availability.",
    "There are no known workarounds for this issue.",
    "This issue has been patched in the latest release, and users are advised to upgrade.",
    "The issue is only exploitable when the attacker can supply the input directly to the library.",
    "Applications that do not use this feature are not affected.",
    "This is a different vulnerability than a previously fixed issue with a similar description.",
    "The vendor states that the impact is limited in typical deployments.",
    "Exploitation does not require user interaction.",
    "A proof of concept is publicly available.",
    "Versions built with hardening options enabled may only crash instead of allowing code execution.",
    "The attack complexity is high because the attacker must win a race.",
    "Disabling the affected module is a possible mitigation until an update can be applied.",
};

const char *const kGhOwners[] = {
    "openssl", "curl", "madler", "GNOME", "libexpat", "nodejs", "python", "golang", "apache",
    "spring-projects", "FasterXML", "netty", "kubernetes", "moby", "containerd", "axios",
    "lodash", "expressjs", "pallets", "django", "psf", "urllib3", "ImageMagick", "libarchive",
    "nghttp2", "systemd", "util-linux", "facebook", "google", "advisories", "github",
};

const char *const kCwes[] = {
    "CWE-79", "CWE-20", "CWE-787", "CWE-125", "CWE-416", "CWE-190", "CWE-400", "CWE-22",
    "CWE-352", "CWE-476", "CWE-89", "CWE-200", "CWE-1321", "CWE-78", "CWE-94", "CWE-295",
    "CWE-770", "CWE-120", "CWE-122", "CWE-401", "CWE-617", "CWE-835", "CWE-674", "CWE-918",
    "CWE-611", "CWE-502", "CWE-287", "CWE-863", "CWE-362", "CWE-203", "CWE-327", "CWE-1333",
    "CWE-444", "CWE-601", "CWE-269", "CWE-59", "CWE-369", "CWE-193", "CWE-908", "CWE-843",
};

const char *const kVendorKeysOs[] = {"alma", "amazon", "cbl-mariner", "oracle-oval", "photon", "redhat", "rocky", "ubuntu"};
const char *const kVendorKeysLang[] = {"bitnami", "ghsa", "redhat", "ubuntu"};

const char *const kSeverityNames[] = {"UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"};

// ---------------------------------------------------------------------------------------------
// Ecosystems

enum Eco : uint8_t { EcoOs, EcoNpm, EcoPip, EcoMaven, EcoGo, EcoCount };

struct LangInfo {
    const char *type;   // Result.Type
    const char *target; // Result.Target (gobinary: per repo binary path instead)
    const char *dsId, *dsName, *dsUrl;
    int variants;       // distinct PkgPath variants per package
};

const LangInfo kLang[EcoCount] = {
    {"", "", "", "", "", 3},
    {"node-pkg", "Node.js", "ghsa", "GitHub Security Advisory npm",
     "https://github.com/advisories?query=type%3Areviewed+ecosystem%3Anpm", 3},
    {"python-pkg", "Python", "ghsa", "GitHub Security Advisory pip",
     "https://github.com/advisories?query=type%3Areviewed+ecosystem%3Apip", 2},
    {"jar", "Java", "ghsa", "GitHub Security Advisory Maven",
     "https://github.com/advisories?query=type%3Areviewed+ecosystem%3Amaven", 2},
    {"gobinary", "", "govulndb", "The Go Vulnerability Database", "https://pkg.go.dev/vuln/", 1},
};

struct Distro {
    const char *family;  // Metadata.OS.Family / Result.Type
    const char *name;    // OS version
    const char *dsId, *dsName, *dsUrl;
    const char *purlType, *purlNs, *purlDistro, *arch;
    bool eosl;
};

const Distro kDistros[] = {
    {"alpine", "3.16.9", "alpine", "Alpine Secdb", "https://secdb.alpinelinux.org/", "apk", "alpine", "3.16.9", "x86_64", true},
    {"alpine", "3.18.6", "alpine", "Alpine Secdb", "https://secdb.alpinelinux.org/", "apk", "alpine", "3.18.6", "x86_64", false},
    {"alpine", "3.20.3", "alpine", "Alpine Secdb", "https://secdb.alpinelinux.org/", "apk", "alpine", "3.20.3", "x86_64", false},
    {"debian", "11.9", "debian", "Debian Security Tracker", "https://salsa.debian.org/security-tracker-team/security-tracker", "deb", "debian", "debian-11.9", "amd64", false},
    {"debian", "12.5", "debian", "Debian Security Tracker", "https://salsa.debian.org/security-tracker-team/security-tracker", "deb", "debian", "debian-12.5", "amd64", false},
    {"ubuntu", "20.04", "ubuntu", "Ubuntu CVE Tracker", "https://git.launchpad.net/ubuntu-cve-tracker", "deb", "ubuntu", "ubuntu-20.04", "amd64", false},
    {"ubuntu", "22.04", "ubuntu", "Ubuntu CVE Tracker", "https://git.launchpad.net/ubuntu-cve-tracker", "deb", "ubuntu", "ubuntu-22.04", "amd64", false},
    {"redhat", "8.9", "redhat", "Red Hat OVAL v2", "https://www.redhat.com/security/data/oval/v2/", "rpm", "redhat", "redhat-8.9", "x86_64", false},
    {"redhat", "9.3", "redhat", "Red Hat OVAL v2", "https://www.redhat.com/security/data/oval/v2/", "rpm", "redhat", "redhat-9.3", "x86_64", false},
    {"amazon", "2023", "amazon", "Amazon Linux Security Center", "https://alas.aws.amazon.com/", "rpm", "amazon", "amazon-2023", "x86_64", false},
};
constexpr int kDistroCount = int(sizeof kDistros / sizeof kDistros[0]);

struct RepoSpec {
    const char *name;
    int distro;       // index into kDistros for its newest tags
    uint8_t langs[3]; // ecosystems of its lang results (0 = none)
    const char *appDir;
};

const RepoSpec kRepos[] = {
    {"docker.io/library/node", 4, {EcoNpm}, "usr/local/lib"},
    {"docker.io/library/python", 4, {EcoPip}, "usr/local"},
    {"docker.io/library/golang", 4, {EcoGo}, "usr/local/go"},
    {"docker.io/library/tomcat", 6, {EcoMaven}, "usr/local/tomcat"},
    {"docker.io/library/postgres", 4, {EcoGo}, "usr/local/bin"},
    {"docker.io/library/redis", 4, {EcoGo}, "usr/local/bin"},
    {"docker.io/library/nginx", 4, {EcoGo, EcoNpm}, "docker-entrypoint.d"},
    {"docker.io/library/wordpress", 4, {EcoNpm}, "var/www/html"},
    {"docker.io/library/elasticsearch", 6, {EcoMaven}, "usr/share/elasticsearch"},
    {"docker.io/library/rabbitmq", 6, {EcoGo}, "opt/rabbitmq"},
    {"docker.io/bitnami/kafka", 4, {EcoMaven, EcoGo}, "opt/bitnami/kafka"},
    {"docker.io/bitnami/keycloak", 4, {EcoMaven, EcoGo}, "opt/bitnami/keycloak"},
    {"docker.io/grafana/grafana", 2, {EcoGo, EcoNpm}, "usr/share/grafana"},
    {"quay.io/prometheus/prometheus", 0, {EcoGo}, "bin"},
    {"registry.k8s.io/ingress-nginx/controller", 2, {EcoGo, EcoNpm}, "etc/nginx"},
    {"ghcr.io/acme/payments-api", 1, {EcoNpm, EcoGo}, "srv/payments-api"},
    {"ghcr.io/acme/checkout-web", 1, {EcoNpm}, "usr/src/app"},
    {"ghcr.io/acme/orders-service", 8, {EcoMaven}, "deployments"},
    {"ghcr.io/acme/inventory", 4, {EcoPip, EcoGo}, "app"},
    {"ghcr.io/acme/ml-scoring", 6, {EcoPip}, "opt/ml-scoring"},
    {"ghcr.io/acme/notifications", 2, {EcoNpm, EcoPip}, "app"},
    {"ghcr.io/acme/auth-gateway", 9, {EcoGo, EcoMaven}, "opt/auth-gateway"},
    {"ghcr.io/acme/reporting", 7, {EcoMaven, EcoPip, EcoNpm}, "opt/reporting"},
    {"ghcr.io/acme/search-indexer", 4, {EcoMaven, EcoGo}, "opt/search-indexer"},
    {"ghcr.io/acme/admin-portal", 1, {EcoNpm, EcoPip}, "usr/share/admin-portal"},
    {"ghcr.io/acme/data-pipeline", 5, {EcoPip, EcoMaven, EcoGo}, "opt/pipeline"},
    {"registry.acme.internal/platform/billing", 8, {EcoMaven, EcoNpm}, "opt/billing"},
    {"registry.acme.internal/platform/ledger", 3, {EcoGo, EcoPip}, "srv/ledger"},
    {"registry.acme.internal/platform/file-scanner", 0, {EcoPip, EcoGo}, "opt/file-scanner"},
    {"registry.acme.internal/platform/legacy-crm", 5, {EcoMaven, EcoNpm, EcoPip}, "opt/crm"},
    {"registry.acme.internal/platform/edge-proxy", 2, {EcoGo}, "usr/local/bin"},
    {"registry.acme.internal/data/jupyter-hub", 6, {EcoPip, EcoNpm}, "srv/jupyterhub"},
    {"registry.acme.internal/data/airflow", 4, {EcoPip, EcoNpm, EcoGo}, "opt/airflow"},
    {"registry.acme.internal/data/spark-runner", 6, {EcoMaven, EcoPip}, "opt/spark"},
    {"registry.acme.internal/tools/ci-runner", 3, {EcoGo, EcoNpm, EcoPip}, "opt/runner"},
    {"registry.acme.internal/tools/docs-site", 1, {EcoNpm}, "usr/share/nginx/html"},
    {"public.ecr.aws/acme/event-router", 9, {EcoGo, EcoNpm}, "var/task"},
    {"public.ecr.aws/acme/thumbnailer", 9, {EcoNpm, EcoPip}, "var/task"},
    {"mcr.microsoft.com/acme/identity-sync", 6, {EcoMaven, EcoGo}, "app"},
    {"quay.io/acme/observability-agent", 7, {EcoGo, EcoPip}, "opt/agent"},
};
constexpr int kRepoCount = int(sizeof kRepos / sizeof kRepos[0]);

// ---------------------------------------------------------------------------------------------
// Vulnerability pool

struct Vuln {
    std::string id;
    std::string tail;    // pre-rendered JSON from "Title" to LastModifiedDate (indent 10, no closing brace)
    uint32_t pkg;        // index into the ecosystem's package list
    uint8_t eco;
    uint8_t nvariants;   // os: binary packages of the source package; lang: PkgPath variants
    bool hasFix;
    bool distroSeverity; // SeveritySource is the distro (os) / ghsa (lang) rather than nvd
    uint32_t fixSeed;
};

const std::vector<std::string> &packagesOf(int eco)
{
    switch (eco) {
    case EcoOs: return kOsPackages;
    case EcoNpm: return kNpmPackages;
    case EcoPip: return kPipPackages;
    case EcoMaven: return kMavenPackages;
    default: return kGoPackages;
    }
}

std::string shortPkg(const std::string &name)
{
    // jackson-databind for com.fasterxml.jackson.core:jackson-databind, gin for github.com/gin-gonic/gin
    size_t p = name.find_last_of(":/");
    std::string s = p == std::string::npos ? name : name.substr(p + 1);
    if (!s.empty() && s[0] == 'v' && s.size() <= 3 && p != std::string::npos) { // .../v4
        std::string head = name.substr(0, p);
        size_t q = head.find_last_of('/');
        s = q == std::string::npos ? head : head.substr(q + 1);
    }
    return s;
}

std::string capitalized(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = char(s[0] - 'a' + 'A');
    return s;
}

std::string ghsaId(Rng &r)
{
    static const char alphabet[] = "23456789cfghjmpqrvwx";
    std::string s = "GHSA-";
    for (int g = 0; g < 3; ++g) {
        for (int i = 0; i < 4; ++i)
            s.push_back(alphabet[r.below(20)]);
        if (g < 2)
            s.push_back('-');
    }
    return s;
}

std::string verString(Rng &r)
{
    return fmt("%d.%d.%d", r.range(0, 4), r.range(0, 30), r.range(0, 20));
}

std::string funcName(Rng &r)
{
    std::string s = r.pick(kVerbs);
    s += '_';
    s += r.pick(kNouns);
    return s;
}

std::string sourceFile(Rng &r, int eco, const std::string &pkg)
{
    switch (eco) {
    case EcoNpm: return fmt("lib/%s.js", r.pick(kNouns));
    case EcoPip: return fmt("%s/%s.py", shortPkg(pkg).c_str(), r.pick(kNouns));
    case EcoMaven: return fmt("%s%sParser.java", capitalized(r.pick(kNouns)).c_str(), capitalized(r.pick(kNouns)).c_str());
    case EcoGo: return fmt("%s/%s.go", r.pick(kNouns), r.pick(kNouns));
    default: return fmt("%s/%s_%s.c", r.chance(0.5) ? "lib" : "src", r.pick(kNouns), r.pick(kNouns));
    }
}

std::string sentence(Rng &r, int eco, const std::string &pkg, const std::string &ver, const std::string &fixedVer,
                     bool lead = false)
{
    static const uint32_t leadKinds[] = {0, 1, 2, 3, 9};
    const std::string sp = shortPkg(pkg);
    switch (lead ? leadKinds[r.below(5)] : r.below(14)) {
    case 0: return fmt("A flaw was found in %s. A %s in the %s() function may allow %s to %s.", sp.c_str(),
                       r.pick(kVulnClasses), funcName(r).c_str(), r.pick(kAttackers), r.pick(kImpacts));
    case 1: return fmt("%s before %s allows %s to %s via %s.", capitalized(sp).c_str(), fixedVer.c_str(),
                       r.pick(kAttackers), r.pick(kImpacts), r.pick(kVectors));
    case 2: return fmt("An issue was discovered in %s %s. There is a %s in %s.", sp.c_str(), ver.c_str(),
                       r.pick(kVulnClasses), sourceFile(r, eco, pkg).c_str());
    case 3: return fmt("In %s through %s, %s() in %s has a %s, which allows %s to %s.", sp.c_str(), ver.c_str(),
                       funcName(r).c_str(), sourceFile(r, eco, pkg).c_str(), r.pick(kVulnClasses),
                       r.pick(kAttackers), r.pick(kImpacts));
    case 4: return fmt("This vulnerability exists because %s.", r.pick(kReasons));
    case 5: return fmt("The issue was introduced in version %s and fixed in %s.", ver.c_str(), fixedVer.c_str());
    case 6: return fmt("Exploitation requires that the application %s.", r.pick(kConditions));
    case 7: return fmt("Users are advised to upgrade to version %s or later, which addresses this issue.", fixedVer.c_str());
    case 8: return fmt("NOTE: the vendor disputes the severity because %s.", r.pick(kReasons));
    case 9: return fmt("The %s() function in %s does not properly %s the %s, leading to a %s.", funcName(r).c_str(),
                       sourceFile(r, eco, pkg).c_str(), r.pick(kVerbs), r.pick(kNouns), r.pick(kVulnClasses));
    case 10: return fmt("Successful exploitation could allow %s to %s.", r.pick(kAttackers), r.pick(kImpacts));
    case 11: return fmt("When the application %s, the %s length is not validated before it is copied into a fixed-size %s.",
                        r.pick(kConditions), r.pick(kNouns), r.pick(kNouns));
    case 12: {
        Rng h(r.next());
        std::string c;
        appendHex(c, h, 7);
        return fmt("A patch is available in commit %s; the fix is to %s the %s before use.", c.c_str(),
                   r.pick(kVerbs), r.pick(kNouns));
    }
    default: return r.pick(kExtras);
    }
}

std::string titleFor(Rng &r, int eco, const std::string &pkg)
{
    const std::string sp = shortPkg(pkg);
    switch (r.below(6)) {
    case 0: return fmt("%s: %s in %s()", sp.c_str(), r.pick(kVulnClasses), funcName(r).c_str());
    case 1: return fmt("%s: %s via %s", sp.c_str(), r.pick(kShortImpacts), r.pick(kVectors));
    case 2: return fmt("%s: %s may lead to %s", sp.c_str(), r.pick(kVulnClasses), r.pick(kShortImpacts));
    case 3: return eco == EcoOs ? fmt("%s: %s when processing %s", sp.c_str(), r.pick(kVulnClasses), r.pick(kVectors))
                                : fmt("%s vulnerable to %s", capitalized(sp).c_str(), r.pick(kVulnClasses));
    case 4: return fmt("%s: %s in %s %s handling", sp.c_str(), r.pick(kVulnClasses), r.pick(kNouns), r.pick(kNouns));
    default: return fmt("%s: %s", sp.c_str(), r.pick(kImpacts));
    }
}

std::string referenceFor(Rng &r, int kind, const std::string &id, const std::string &pkg, int year)
{
    const std::string sp = shortPkg(pkg);
    std::string hex;
    switch (kind) {
    case 0: return "https://access.redhat.com/security/cve/" + id;
    case 1: return "https://nvd.nist.gov/vuln/detail/" + id;
    case 2: return "https://www.cve.org/CVERecord?id=" + id;
    case 3: appendHex(hex, r, 40); return fmt("https://github.com/%s/%s/commit/%s", r.pick(kGhOwners), sp.c_str(), hex.c_str());
    case 4: return fmt("https://github.com/%s/%s/issues/%d", r.pick(kGhOwners), sp.c_str(), r.range(10, 30000));
    case 5: return fmt("https://github.com/%s/%s/pull/%d", r.pick(kGhOwners), sp.c_str(), r.range(10, 30000));
    case 6: return fmt("https://lists.debian.org/debian-lts-announce/%d/%02d/msg%05d.html", year, r.range(1, 12), r.range(0, 40));
    case 7: return fmt("https://ubuntu.com/security/notices/USN-%d-%d", r.range(3000, 7200), r.range(1, 3));
    case 8: return fmt("https://security.netapp.com/advisory/ntap-%d%02d%02d-%04d/", year, r.range(1, 12), r.range(1, 28), r.range(1, 12));
    case 9: return fmt("https://bugzilla.redhat.com/show_bug.cgi?id=%d", r.range(1400000, 2300000));
    case 10: {
        static const char b32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        for (int i = 0; i < 32; ++i)
            hex.push_back(b32[r.below(32)]);
        return "https://lists.fedoraproject.org/archives/list/package-announce@lists.fedoraproject.org/message/" + hex + "/";
    }
    case 11: return fmt("https://www.debian.org/security/%d/dsa-%d", year, r.range(4000, 5800));
    case 12: return fmt("https://security.gentoo.org/glsa/%d%02d-%02d", year, r.range(1, 12), r.range(1, 40));
    case 13: return fmt("https://access.redhat.com/errata/RHSA-%d:%04d", year, r.range(1, 9000));
    case 14: return "https://linux.oracle.com/cve/" + id + ".html";
    case 15: return fmt("https://www.openwall.com/lists/oss-security/%d/%02d/%02d/%d", year, r.range(1, 12), r.range(1, 28), r.range(1, 9));
    case 16: return fmt("https://support.f5.com/csp/article/K%08d?utm_source=f5support&amp;utm_medium=RSS", r.range(1000000, 99999999));
    case 17: return fmt("https://security.snyk.io/vuln/SNYK-JS-%s-%d", sp.c_str(), r.range(1000000, 7000000));
    default:
        return fmt("https://github.com/%s/%s/releases/tag/v%d.%d.%d", r.pick(kGhOwners), sp.c_str(), r.range(0, 5),
                   r.range(0, 30), r.range(0, 20));
    }
}

std::string isoDate(Rng &r, int year, bool millis)
{
    std::string s = fmt("%d-%02d-%02dT%02d:%02d:", year, r.range(1, 12), r.range(1, 28), r.range(0, 23), r.range(0, 59));
    if (millis)
        return s + fmt("%02d.%03dZ", r.range(0, 59), r.range(1, 999));
    return s + "00Z";
}

std::string cvss3Vector(Rng &r, int sev)
{
    static const char *const avs[] = {"N", "N", "N", "L", "A", "P"};
    static const char *const lh[] = {"L", "H"};
    static const char *const nlh[] = {"N", "L", "H"};
    return fmt("CVSS:3.1/AV:%s/AC:%s/PR:%s/UI:%s/S:%s/C:%s/I:%s/A:%s", sev >= 4 ? "N" : avs[r.below(6)],
               sev >= 4 ? "L" : lh[r.below(2)], sev >= 4 ? "N" : nlh[r.below(3)], r.chance(0.7) ? "N" : "R",
               r.chance(0.85) ? "U" : "C", sev >= 4 ? "H" : nlh[r.below(3)], sev >= 4 ? "H" : nlh[r.below(3)],
               nlh[r.below(3)]);
}

std::string cvss2Vector(Rng &r)
{
    static const char *const av[] = {"N", "N", "L", "A"};
    static const char *const ac[] = {"L", "M", "H"};
    static const char *const au[] = {"N", "N", "S"};
    static const char *const imp[] = {"N", "P", "C"};
    return fmt("AV:%s/AC:%s/Au:%s/C:%s/I:%s/A:%s", av[r.below(4)], ac[r.below(3)], au[r.below(3)],
               imp[r.below(3)], imp[r.below(3)], imp[r.below(3)]);
}

int scoreFor(Rng &r, int sev)
{
    switch (sev) {
    case 4: return r.range(90, 100);
    case 3: return r.range(70, 89);
    case 2: return r.range(40, 69);
    case 1: return r.range(10, 39);
    default: return r.range(10, 69);
    }
}

void renderCvssEntry(std::string &t, Rng &r, const char *source, int sev, bool v2, bool last)
{
    pad(t, 12);
    t += '"';
    t += source;
    t += "\": {\n";
    std::string v3 = cvss3Vector(r, sev);
    if (v2)
        field(t, 14, "V2Vector", cvss2Vector(r));
    field(t, 14, "V3Vector", v3);
    if (v2) {
        std::string s;
        appendScore(s, std::max(10, scoreFor(r, sev) - r.range(0, 15)));
        fieldRaw(t, 14, "V2Score", s);
    }
    std::string s;
    appendScore(s, scoreFor(r, sev));
    fieldRaw(t, 14, "V3Score", s, false);
    pad(t, 12);
    t += last ? "}\n" : "},\n";
}

Vuln makeVuln(uint64_t seed, uint32_t index, int eco, uint32_t pkg, std::string id, int year)
{
    Rng r(hashOf(seed, 0x5eed, index));
    Vuln v;
    v.id = std::move(id);
    v.eco = uint8_t(eco);
    v.pkg = pkg;
    const std::string &pkgName = packagesOf(eco)[pkg];
    v.nvariants = eco == EcoOs ? uint8_t(1 + hashOf(seed, pkg, 77) % 3) : uint8_t(kLang[eco].variants);
    v.hasFix = r.chance(eco == EcoOs ? 0.52 : 0.78);
    v.distroSeverity = r.chance(eco == EcoOs ? 0.35 : 0.8);
    v.fixSeed = uint32_t(r.next());

    // Severity mix roughly as in large real scans.
    double u = r.unit();
    int sev = u < 0.07 ? 4 : u < 0.36 ? 3 : u < 0.77 ? 2 : u < 0.95 ? 1 : 0;

    std::string ver = verString(r), fixedVer = verString(r);
    std::string &t = v.tail;
    t.reserve(2400);
    if (!r.chance(0.02))
        field(t, 10, "Title", titleFor(r, eco, pkgName));

    // Description: 200-1500 characters, most of them short, a few long (as NVD's).
    const size_t want = 200 + size_t(1300.0 * std::pow(r.unit(), 5.0));
    std::string desc = sentence(r, eco, pkgName, ver, fixedVer, true);
    for (int tries = 0; desc.size() < want && tries < 40; ++tries) {
        const char *sep = r.chance(0.04) ? "\n\n" : " ";
        std::string s = sentence(r, eco, pkgName, ver, fixedVer);
        if (desc.size() + std::strlen(sep) + s.size() > 1500)
            continue;
        desc += sep;
        desc += s;
    }
    field(t, 10, "Description", desc);
    field(t, 10, "Severity", kSeverityNames[sev]);

    if (!r.chance(0.12)) {
        std::vector<std::string> cwes{kCwes[r.below(std::size(kCwes))]};
        if (r.chance(0.15)) {
            std::string second = kCwes[r.below(std::size(kCwes))];
            if (second != cwes[0])
                cwes.push_back(second);
        }
        stringArray(t, 10, "CweIDs", cwes);
    }

    // VendorSeverity: a map, so keys are sorted as Go marshals them.
    {
        std::vector<std::pair<std::string, int>> vs;
        auto vendorSev = [&] { return std::clamp(sev + r.range(-1, 1), 1, 4); };
        if (eco == EcoOs) {
            for (const char *k : kVendorKeysOs)
                if (r.chance(0.35))
                    vs.emplace_back(k, vendorSev());
        } else {
            for (const char *k : kVendorKeysLang)
                if (std::string_view(k) == "ghsa" ? true : r.chance(0.3))
                    vs.emplace_back(k, vendorSev());
        }
        if (sev > 0)
            vs.emplace_back("nvd", sev);
        std::sort(vs.begin(), vs.end());
        pad(t, 10);
        t += "\"VendorSeverity\": {\n";
        for (size_t i = 0; i < vs.size(); ++i) {
            pad(t, 12);
            t += '"';
            t += vs[i].first;
            t += "\": ";
            appendNum(t, vs[i].second);
            t += i + 1 < vs.size() ? ",\n" : "\n";
        }
        pad(t, 10);
        t += "},\n";
    }

    if (sev > 0 && !r.chance(0.08)) {
        std::vector<const char *> sources;
        if (eco != EcoOs && eco != EcoGo)
            sources.push_back("ghsa");
        sources.push_back("nvd");
        if (r.chance(0.45))
            sources.push_back("redhat");
        pad(t, 10);
        t += "\"CVSS\": {\n";
        for (size_t i = 0; i < sources.size(); ++i)
            renderCvssEntry(t, r, sources[i], sev, year < 2022 && std::string_view(sources[i]) == "nvd",
                            i + 1 == sources.size());
        pad(t, 10);
        t += "},\n";
    }

    // References: 3-12, sorted and unique as Trivy prints them.
    {
        const int n = 3 + int(9.0 * std::pow(r.unit(), 2.6) + 0.5);
        std::vector<std::string> refs;
        const bool ghsaOnly = v.id.starts_with("GHSA-");
        if (eco != EcoOs)
            refs.push_back("https://github.com/advisories/" + (ghsaOnly ? v.id : ghsaId(r)));
        if (!ghsaOnly)
            refs.push_back("https://nvd.nist.gov/vuln/detail/" + v.id);
        int guard = 0;
        while (int(refs.size()) < n && guard++ < 100) {
            int kind = int(r.below(19));
            if (ghsaOnly && (kind == 0 || kind == 1 || kind == 2 || kind == 14))
                continue;
            if (eco == EcoOs && kind == 17)
                continue;
            std::string ref = referenceFor(r, kind, v.id, pkgName, year);
            if (std::find(refs.begin(), refs.end(), ref) == refs.end())
                refs.push_back(std::move(ref));
        }
        std::sort(refs.begin(), refs.end());
        stringArray(t, 10, "References", refs);
    }

    field(t, 10, "PublishedDate", isoDate(r, year, r.chance(0.6)));
    field(t, 10, "LastModifiedDate", isoDate(r, std::min(2025, year + r.range(0, 3)), true), false);
    return v;
}

struct Pool {
    std::vector<Vuln> vulns;
    std::vector<uint32_t> byEco[EcoCount]; // indices into vulns, in popularity order
};

Pool buildPool(uint64_t seed, uint32_t total)
{
    // Shares of the pool per ecosystem.
    const double share[EcoCount] = {0.57, 0.2, 0.1, 0.08, 0.05};
    Pool pool;
    pool.vulns.reserve(total);
    std::vector<bool> usedIds(size_t(10) * 53000); // CVE numbers taken, per year 2015-2024
    Rng r(hashOf(seed, 0x900l));
    uint32_t index = 0;
    for (int eco = 0; eco < EcoCount; ++eco) {
        uint32_t n = eco == EcoCount - 1 ? total - index : uint32_t(total * share[eco]);
        const auto &pkgs = packagesOf(eco);
        for (uint32_t i = 0; i < n; ++i, ++index) {
            // Recent years dominate; a vuln's package follows a skewed popularity (kernel,
            // glibc, openssl ... have many).
            int year = 2024 - int(r.skewed(10, 1.6));
            uint32_t pkg = r.skewed(uint32_t(pkgs.size()), 1.7);
            std::string id;
            if (eco != EcoOs && r.chance(0.22)) {
                id = ghsaId(r);
            } else {
                for (;;) {
                    int num = year >= 2021 ? r.range(1000, 52999) : r.range(1000, 21999);
                    const size_t key = size_t(2024 - year) * 53000 + size_t(num);
                    if (usedIds[key])
                        continue;
                    usedIds[key] = true;
                    id = fmt("CVE-%d-%d", year, num);
                    break;
                }
            }
            pool.vulns.push_back(makeVuln(seed, index, eco, pkg, std::move(id), year));
            pool.byEco[eco].push_back(index);
        }
    }
    return pool;
}

// ---------------------------------------------------------------------------------------------
// Reports

struct ReportPlan {
    int repo;
    int tag;       // ordinal of this report among its repository's reports
    int distro;
    uint32_t findings;
};

std::string tagName(int repo, int tag)
{
    // Newer tags have higher versions; a few images use date tags.
    if (repo % 7 == 3)
        return fmt("2024.%02d.%d", 1 + (tag * 2) % 12, 1 + tag / 6);
    int major = 1 + repo % 4, minor = 2 + tag / 3, patch = tag % 3;
    const char *suffix = "";
    if (kDistros[kRepos[repo].distro].family == std::string_view("alpine"))
        suffix = "-alpine";
    return fmt("%d.%d.%d%s", major, minor, patch, suffix);
}

struct Finding {
    uint32_t vuln;
    uint8_t variant;
};

struct ResultPlan {
    int eco;
    uint32_t count;
};

const char *layerCommand(Rng &r, const Distro *d, bool osLayer)
{
    static const char *const lang[] = {
        "COPY /app /app # buildkit", "RUN /bin/sh -c npm ci --omit=dev # buildkit",
        "RUN /bin/sh -c pip install --no-cache-dir -r requirements.txt # buildkit",
        "COPY target/*.jar /app/ # buildkit", "COPY /out/server /usr/local/bin/server # buildkit",
        "WORKDIR /app", "RUN /bin/sh -c chown -R app:app /app # buildkit",
    };
    if (!osLayer)
        return lang[r.below(7)];
    const std::string_view fam = d->family;
    if (fam == "alpine")
        return r.chance(0.5) ? "RUN /bin/sh -c apk add --no-cache tini su-exec tzdata # buildkit"
                             : "RUN /bin/sh -c addgroup -S app && adduser -S app -G app # buildkit";
    if (fam == "debian" || fam == "ubuntu")
        return r.chance(0.5) ? "RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/* # buildkit"
                             : "RUN /bin/sh -c groupadd -r app && useradd -r -g app app # buildkit";
    return r.chance(0.5) ? "RUN /bin/sh -c microdnf install -y shadow-utils && microdnf clean all # buildkit"
                         : "RUN /bin/sh -c dnf install -y ca-certificates && dnf clean all # buildkit";
}

class Generator {
public:
    Generator(const Pool &pool, uint64_t seed) : pool_(pool), seed_(seed) {}

    std::string render(int reportIndex, const ReportPlan &plan) const;

private:
    std::string installedVersion(const Distro *d, int eco, uint32_t pkg, int variant, int repo, int tag) const;
    std::string fixedVersion(const std::string &installed, int eco, const Distro *d, uint32_t fixSeed) const;

    const Pool &pool_;
    uint64_t seed_;
};

std::string formatVersion(const Distro *d, int eco, int major, int minor, int patch, int rev, int rev2)
{
    if (eco == EcoGo)
        return fmt("v%d.%d.%d", major, minor, patch);
    if (eco != EcoOs)
        return fmt("%d.%d.%d", major, minor, patch);
    std::string_view fam = d->family;
    if (fam == "alpine")
        return fmt("%d.%d.%d-r%d", major, minor, patch, rev);
    if (fam == "debian")
        return rev2 ? fmt("%d.%d.%d-%d+deb%su%d", major, minor, patch, rev + 1, d->name[0] == '1' && d->name[1] == '2' ? "12" : "11", rev2)
                    : fmt("%d.%d.%d-%d", major, minor, patch, rev + 1);
    if (fam == "ubuntu")
        return fmt("%d.%d.%d-%dubuntu0.%d", major, minor, patch, rev + 1, rev2);
    if (fam == "redhat")
        return fmt("%d.%d.%d-%d.el%c_%d", major, minor, patch, rev + 1, d->name[0], rev2 + 1);
    return fmt("%d.%d.%d-%d.amzn2023.0.%d", major, minor, patch, rev + 1, rev2 + 1);
}

std::string Generator::installedVersion(const Distro *d, int eco, uint32_t pkg, int variant, int repo, int tag) const
{
    // The same package has the same version in neighbouring tags of one repository and in all
    // images of one distro release, as real images built from the same base do.
    // (OS packages: by distro release and tag epoch, across repositories; language packages: by
    // repository, path variant and tag epoch.)
    uint64_t h = eco == EcoOs ? hashOf(seed_, uint64_t(d - kDistros) * 1000 + pkg, uint64_t(tag / 3))
                              : hashOf(seed_ + uint64_t(eco), uint64_t(repo) * 100000 + pkg * 4 + uint64_t(variant), uint64_t(tag / 2));
    Rng r(h);
    int major = r.range(0, 4), minor = r.range(0, 30), patch = r.range(0, 20);
    return formatVersion(d, eco, major, minor, patch, r.range(0, 5), r.range(0, 3));
}

std::string Generator::fixedVersion(const std::string &installed, int eco, const Distro *d, uint32_t fixSeed) const
{
    int major = 0, minor = 0, patch = 0;
    std::sscanf(installed.c_str() + (installed[0] == 'v'), "%d.%d.%d", &major, &minor, &patch);
    Rng r(hashOf(fixSeed, hashStr(installed)));
    if (r.chance(0.7))
        patch += r.range(1, 4);
    else {
        ++minor;
        patch = 0;
    }
    return formatVersion(d, eco, major, minor, patch, r.range(0, 3), r.range(1, 4));
}

std::string Generator::render(int reportIndex, const ReportPlan &plan) const
{
    Rng r(hashOf(seed_, 0xabc, uint64_t(reportIndex)));
    const RepoSpec &repo = kRepos[plan.repo];
    const Distro *d = &kDistros[plan.distro];
    const std::string tag = tagName(plan.repo, plan.tag);
    const std::string artifact = std::string(repo.name) + ":" + tag;
    std::string shortRepo = repo.name;
    if (size_t p = shortRepo.find('/'); p != std::string::npos && shortRepo.compare(0, 10, "docker.io/") == 0)
        shortRepo = shortRepo.substr(p + 1);
    if (shortRepo.starts_with("library/"))
        shortRepo = shortRepo.substr(8);
    const std::string service = shortPkg(repo.name);

    // Layers: base OS layer(s) first, application layers after.
    const int nLayers = r.range(4, 12);
    std::vector<std::string> digests, diffIds;
    for (int i = 0; i < nLayers; ++i) {
        // Base layers are shared by all tags of a distro release.
        uint64_t h = i < 1 ? hashOf(seed_, 0x1a7e, uint64_t(plan.distro)) : r.next();
        digests.push_back("sha256:" + hexStr(h, 64));
        diffIds.push_back("sha256:" + hexStr(h ^ 0xd1ff, 64));
    }

    // Split the report's findings over its results: one os-pkgs result, 1-3 lang-pkgs results.
    std::vector<ResultPlan> results;
    {
        int nLang = 0;
        while (nLang < 3 && repo.langs[nLang])
            ++nLang;
        if (plan.findings < uint32_t(1 + nLang))
            nLang = int(plan.findings > 0 ? plan.findings - 1 : 0);
        double osShare = 0.35 + 0.35 * r.unit();
        std::vector<double> w(static_cast<size_t>(nLang));
        double wsum = 0;
        for (auto &x : w)
            wsum += (x = 0.3 + r.unit());
        uint32_t used = 0;
        std::vector<ResultPlan> lang;
        for (int i = 0; i < nLang; ++i) {
            const int eco = repo.langs[i];
            uint32_t c = std::max<uint32_t>(1, uint32_t(plan.findings * (1 - osShare) * w[size_t(i)] / wsum));
            const uint32_t cap = uint32_t(pool_.byEco[eco].size() * kLang[eco].variants / 3);
            c = std::min(c, std::max<uint32_t>(cap, 1));
            lang.push_back({eco, c});
            used += c;
        }
        results.push_back({EcoOs, plan.findings - used});
        results.insert(results.end(), lang.begin(), lang.end());
    }

    std::string out;
    out.reserve(size_t(plan.findings) * 2700 + 16384);
    out += "{\n";
    fieldRaw(out, 2, "SchemaVersion", "2");
    {
        Rng dr(hashOf(seed_, 0xc4ea7e, uint64_t(reportIndex)));
        std::string created = fmt("2024-%02d-%02dT%02d:%02d:%02d.%09dZ", dr.range(9, 12), dr.range(1, 28),
                                  dr.range(0, 23), dr.range(0, 59), dr.range(0, 59), dr.range(0, 999999999));
        field(out, 2, "CreatedAt", created);
    }
    field(out, 2, "ArtifactName", artifact);
    field(out, 2, "ArtifactType", "container_image");
    out += "  \"Metadata\": {\n";
    {
        out += "    \"OS\": {\n";
        field(out, 6, "Family", d->family);
        field(out, 6, "Name", d->name, d->eosl);
        if (d->eosl)
            fieldRaw(out, 6, "EOSL", "true", false);
        out += "    },\n";
        const std::string imageId = "sha256:" + hexStr(r.next(), 64);
        field(out, 4, "ImageID", imageId);
        stringArray(out, 4, "DiffIDs", diffIds);
        std::vector<std::string> tags{artifact};
        if (plan.tag % 5 == 4)
            tags.push_back(std::string(repo.name) + ":latest");
        stringArray(out, 4, "RepoTags", tags);
        stringArray(out, 4, "RepoDigests", {std::string(repo.name) + "@sha256:" + hexStr(r.next(), 64)});
        out += "    \"ImageConfig\": {\n";
        field(out, 6, "architecture", "amd64");
        field(out, 6, "created", fmt("2024-%02d-%02dT%02d:%02d:%02d.%09dZ", r.range(1, 9), r.range(1, 28), r.range(0, 23),
                                     r.range(0, 59), r.range(0, 59), r.range(0, 999999999)));
        out += "      \"history\": [\n";
        for (int i = 0; i < nLayers; ++i) {
            out += "        {\n";
            field(out, 10, "created", fmt("2024-%02d-%02dT%02d:%02d:%02dZ", r.range(1, 9), r.range(1, 28), r.range(0, 23),
                                          r.range(0, 59), r.range(0, 59)));
            if (i == 0)
                field(out, 10, "created_by", fmt("/bin/sh -c #(nop) ADD file:%s in / ", hexStr(hashOf(seed_, plan.distro), 64).c_str()), false);
            else
                field(out, 10, "created_by", layerCommand(r, d, i < 3), false);
            out += i + 1 < nLayers ? "        },\n" : "        }\n";
        }
        out += "      ],\n";
        field(out, 6, "os", "linux");
        out += "      \"rootfs\": {\n";
        field(out, 8, "type", "layers");
        stringArray(out, 8, "diff_ids", diffIds, false);
        out += "      },\n";
        out += "      \"config\": {\n";
        stringArray(out, 8, "Cmd", {fmt("/usr/local/bin/%s", service.c_str())});
        stringArray(out, 8, "Env", {"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                                     fmt("APP_HOME=/%s", repo.appDir), fmt("SERVICE_VERSION=%s", tag.c_str())});
        out += "        \"Labels\": {\n";
        field(out, 10, "org.opencontainers.image.revision", hexStr(r.next(), 40));
        field(out, 10, "org.opencontainers.image.source", fmt("https://github.com/acme/%s", service.c_str()));
        field(out, 10, "org.opencontainers.image.version", tag, false);
        out += "        },\n";
        field(out, 8, "WorkingDir", std::string("/") + repo.appDir);
        fieldRaw(out, 8, "ArgsEscaped", "true", false);
        out += "      }\n";
        out += "    }\n";
    }
    out += "  },\n";
    out += "  \"Results\": [\n";

    std::vector<uint8_t> used;
    std::vector<Finding> findings;
    for (size_t ri = 0; ri < results.size(); ++ri) {
        const ResultPlan &rp = results[ri];
        const int eco = rp.eco;
        const auto &idx = pool_.byEco[eco];
        const uint32_t P = uint32_t(idx.size());
        const auto &pkgs = packagesOf(eco);

        // Draw distinct (vulnerability, package variant) pairs with skewed popularity.
        used.assign(size_t(P) * 3, 0);
        findings.clear();
        for (uint32_t k = 0; k < rp.count; ++k) {
            uint32_t rank = r.skewed(P, 2.4);
            uint32_t variant = r.skewed(3, 1.8);
            uint32_t key = 0;
            bool found = false;
            for (int attempt = 0; attempt < 24 && !found; ++attempt) {
                const Vuln &v = pool_.vulns[idx[rank]];
                variant %= v.nvariants;
                key = rank * 3 + variant;
                if (!used[key])
                    found = true;
                else {
                    rank = r.skewed(P, 2.4);
                    variant = r.skewed(3, 1.8);
                }
            }
            if (!found) { // dense region: take the next free pair
                for (uint32_t scan = 0; scan < P * 3; ++scan) {
                    uint32_t cand = (key + scan) % (P * 3);
                    if (!used[cand] && cand % 3 < pool_.vulns[idx[cand / 3]].nvariants) {
                        key = cand;
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    std::fprintf(stderr, "bench_gen_trivy: pool exhausted; use more --reports\n");
                    std::exit(1);
                }
            }
            used[key] = 1;
            findings.push_back({idx[key / 3], uint8_t(key % 3)});
        }

        // Per finding: package name, path and version.
        struct Row {
            uint32_t vuln;
            uint8_t variant;
            std::string pkgName, pkgPath, version;
        };
        std::vector<Row> rows;
        rows.reserve(findings.size());
        for (const Finding &f : findings) {
            const Vuln &v = pool_.vulns[f.vuln];
            const std::string &base = pkgs[v.pkg];
            Row row{f.vuln, f.variant, {}, {}, {}};
            if (eco == EcoOs) {
                // Binary packages built from the source package.
                if (f.variant == 0)
                    row.pkgName = base;
                else if (f.variant == 1)
                    row.pkgName = base.starts_with("lib") ? base + "-dev" : "lib" + base;
                else
                    row.pkgName = base + "-common";
                row.version = installedVersion(d, eco, v.pkg, 0, plan.repo, plan.tag);
            } else {
                row.pkgName = base;
                row.version = installedVersion(d, eco, v.pkg, f.variant, plan.repo, plan.tag);
                const std::string sp = shortPkg(base);
                switch (eco) {
                case EcoNpm:
                    if (f.variant == 0)
                        row.pkgPath = fmt("%s/node_modules/%s/package.json", repo.appDir, base.c_str());
                    else if (f.variant == 1)
                        row.pkgPath = fmt("usr/local/lib/node_modules/npm/node_modules/%s/package.json", base.c_str());
                    else
                        row.pkgPath = fmt("%s/node_modules/%s/node_modules/%s/package.json", repo.appDir,
                                          kNpmPackages[hashOf(v.pkg, 3) % kNpmPackages.size()].c_str(), base.c_str());
                    break;
                case EcoPip:
                    row.pkgPath = fmt("%s/lib/python3.11/site-packages/%s-%s.dist-info/METADATA",
                                      f.variant == 0 ? "usr/local" : "opt/venv", base.c_str(), row.version.c_str());
                    break;
                case EcoMaven:
                    row.pkgPath = f.variant == 0 ? fmt("%s/lib/%s-%s.jar", repo.appDir, sp.c_str(), row.version.c_str())
                                                 : fmt("%s/%s.jar", repo.appDir, service.c_str());
                    break;
                default: break; // gobinary: the binary is the Target
                }
            }
            rows.push_back(std::move(row));
        }
        // Trivy orders by package, then path, then vulnerability id.
        std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
            if (int c = a.pkgName.compare(b.pkgName))
                return c < 0;
            if (int c = a.pkgPath.compare(b.pkgPath))
                return c < 0;
            return pool_.vulns[a.vuln].id < pool_.vulns[b.vuln].id;
        });

        out += "    {\n";
        if (eco == EcoOs)
            field(out, 6, "Target", fmt("%s (%s %s)", artifact.c_str(), d->family, d->name));
        else if (eco == EcoGo)
            field(out, 6, "Target", fmt("usr/local/bin/%s", service.c_str()));
        else
            field(out, 6, "Target", kLang[eco].target);
        field(out, 6, "Class", eco == EcoOs ? "os-pkgs" : "lang-pkgs");
        field(out, 6, "Type", eco == EcoOs ? d->family : kLang[eco].type, !rows.empty());
        if (!rows.empty()) {
            out += "      \"Vulnerabilities\": [\n";
            for (size_t i = 0; i < rows.size(); ++i) {
                const Row &row = rows[i];
                const Vuln &v = pool_.vulns[row.vuln];
                out += "        {\n";
                field(out, 10, "VulnerabilityID", v.id);
                std::string pkgId;
                if (eco == EcoMaven)
                    pkgId = row.pkgName + ":" + row.version;
                else
                    pkgId = row.pkgName + "@" + row.version;
                field(out, 10, "PkgID", pkgId);
                field(out, 10, "PkgName", row.pkgName);
                if (!row.pkgPath.empty())
                    field(out, 10, "PkgPath", row.pkgPath);
                out += "          \"PkgIdentifier\": {\n";
                std::string purl;
                switch (eco) {
                case EcoOs:
                    purl = fmt("pkg:%s/%s/%s@%s?arch=%s&distro=%s", d->purlType, d->purlNs, row.pkgName.c_str(),
                               row.version.c_str(), d->arch, d->purlDistro);
                    break;
                case EcoNpm:
                    purl = row.pkgName[0] == '@' ? "pkg:npm/%40" + row.pkgName.substr(1) + "@" + row.version
                                                 : "pkg:npm/" + row.pkgName + "@" + row.version;
                    break;
                case EcoPip: {
                    std::string lower = row.pkgName;
                    for (char &c : lower)
                        c = char(std::tolower(static_cast<unsigned char>(c)));
                    purl = "pkg:pypi/" + lower + "@" + row.version;
                    break;
                }
                case EcoMaven: {
                    std::string gav = row.pkgName;
                    gav[gav.find(':')] = '/';
                    purl = "pkg:maven/" + gav + "@" + row.version;
                    break;
                }
                default: purl = "pkg:golang/" + row.pkgName + "@" + row.version; break;
                }
                field(out, 12, "PURL", purl);
                field(out, 12, "UID", hexStr(hashOf(reportIndex, hashStr(row.pkgName), hashStr(row.pkgPath) ^ row.variant), 16), false);
                out += "          },\n";
                field(out, 10, "InstalledVersion", row.version);
                if (v.hasFix) {
                    field(out, 10, "FixedVersion", fixedVersion(row.version, eco, d, v.fixSeed));
                    field(out, 10, "Status", "fixed");
                } else {
                    const uint32_t s = v.fixSeed % 10;
                    field(out, 10, "Status", eco != EcoOs || s < 7 ? "affected" : s < 9 ? "will_not_fix" : "fix_deferred");
                }
                // Layer: OS packages mostly in the base layer, application packages in later ones.
                int layer;
                if (eco == EcoOs)
                    layer = (hashOf(v.pkg, 11) % 100) < 85 ? 0 : int(1 + hashOf(v.pkg, 12) % uint64_t(std::min(2, nLayers - 1)));
                else
                    layer = nLayers / 2 + int(hashOf(v.pkg, eco, row.variant) % uint64_t(nLayers - nLayers / 2));
                out += "          \"Layer\": {\n";
                field(out, 12, "Digest", digests[size_t(layer)]);
                field(out, 12, "DiffID", diffIds[size_t(layer)], false);
                out += "          },\n";
                const char *sevSource = "nvd";
                if (v.distroSeverity)
                    sevSource = eco == EcoOs ? (std::string_view(d->family) == "alpine" ? "nvd" : d->dsId) : "ghsa";
                field(out, 10, "SeveritySource", sevSource);
                if (v.id.starts_with("GHSA-"))
                    field(out, 10, "PrimaryURL", "https://github.com/advisories/" + v.id);
                else {
                    std::string lower = v.id;
                    for (char &c : lower)
                        c = char(std::tolower(static_cast<unsigned char>(c)));
                    field(out, 10, "PrimaryURL", "https://avd.aquasec.com/nvd/" + lower);
                }
                out += "          \"DataSource\": {\n";
                if (eco == EcoOs) {
                    field(out, 12, "ID", d->dsId);
                    field(out, 12, "Name", d->dsName);
                    field(out, 12, "URL", d->dsUrl, false);
                } else {
                    field(out, 12, "ID", kLang[eco].dsId);
                    field(out, 12, "Name", kLang[eco].dsName);
                    field(out, 12, "URL", kLang[eco].dsUrl, false);
                }
                out += "          },\n";
                out += v.tail;
                out += i + 1 < rows.size() ? "        },\n" : "        }\n";
            }
            out += "      ]\n";
        }
        out += ri + 1 < results.size() ? "    },\n" : "    }\n";
    }
    out += "  ]\n}\n";
    return out;
}

std::vector<ReportPlan> planReports(uint64_t seed, int reports, uint64_t findings)
{
    Rng r(hashOf(seed, 0x91a2));
    // Repositories: every one gets at least min(2, ...) reports, the rest by skewed weight.
    std::vector<int> repoOf;
    for (int i = 0; i < reports; ++i)
        repoOf.push_back(i < 2 * kRepoCount ? i % kRepoCount : int(r.skewed(kRepoCount, 1.5)));
    std::vector<int> tagCounter(kRepoCount, 0);
    // Shuffle so that files are not ordered by repository.
    for (int i = reports - 1; i > 0; --i)
        std::swap(repoOf[size_t(i)], repoOf[r.below(uint32_t(i + 1))]);

    std::vector<ReportPlan> plans;
    std::vector<double> weight;
    double wsum = 0;
    for (int i = 0; i < reports; ++i) {
        const int repo = repoOf[size_t(i)];
        const int tag = tagCounter[size_t(repo)]++;
        // Older tags of a repository sometimes sit on an older release of the distro.
        int distro = kRepos[repo].distro;
        if (tag == 0 && distro > 0 && kDistros[distro - 1].family == std::string_view(kDistros[distro].family))
            --distro;
        plans.push_back({repo, tag, distro, 0});
        // Log-normal spread of findings per image, repository-specific scale.
        double w = std::exp(0.55 * r.normal()) * (0.6 + 0.8 * double(hashOf(seed, uint64_t(repo)) % 1000) / 1000.0);
        weight.push_back(w);
        wsum += w;
    }
    uint64_t assigned = 0;
    for (int i = 0; i < reports; ++i) {
        plans[size_t(i)].findings = uint32_t(double(findings) * weight[size_t(i)] / wsum);
        assigned += plans[size_t(i)].findings;
    }
    for (uint64_t i = 0; assigned < findings; ++i, ++assigned)
        ++plans[size_t(i % uint64_t(reports))].findings;
    return plans;
}

[[noreturn]] void usage(const char *msg)
{
    if (msg)
        std::fprintf(stderr, "bench_gen_trivy: %s\n", msg);
    std::fprintf(stderr, "usage: bench_gen_trivy --out DIR [--reports 200] [--findings 1000000] [--seed 1] "
                         "[--pool 60000] [--threads N]\n");
    std::exit(2);
}

} // namespace

int main(int argc, char **argv)
{
    std::string outDir;
    long reports = 200, pool = 60000, threads = long(std::max(1u, std::thread::hardware_concurrency()));
    long long findings = 1000000;
    unsigned long long seed = 1;
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        auto value = [&]() -> const char * {
            if (i + 1 >= argc)
                usage("missing value");
            return argv[++i];
        };
        if (a == "--out")
            outDir = value();
        else if (a == "--reports")
            reports = std::atol(value());
        else if (a == "--findings")
            findings = std::atoll(value());
        else if (a == "--seed")
            seed = std::strtoull(value(), nullptr, 10);
        else if (a == "--pool")
            pool = std::atol(value());
        else if (a == "--threads")
            threads = std::atol(value());
        else if (a == "-h" || a == "--help")
            usage(nullptr);
        else
            usage(("unknown option " + std::string(a)).c_str());
    }
    if (outDir.empty())
        usage("--out is required");
    if (reports < 1 || findings < 0 || pool < 1000 || threads < 1)
        usage("bad numbers");

    const auto t0 = std::chrono::steady_clock::now();
    std::error_code ec;
    std::filesystem::create_directories(outDir, ec);
    if (ec) {
        std::fprintf(stderr, "bench_gen_trivy: cannot create %s: %s\n", outDir.c_str(), ec.message().c_str());
        return 1;
    }

    const Pool vulnPool = buildPool(seed, uint32_t(pool));
    const auto plans = planReports(seed, int(reports), uint64_t(findings));
    const Generator gen(vulnPool, seed);
    const auto t1 = std::chrono::steady_clock::now();

    std::atomic<int> next{0};
    std::atomic<uint64_t> bytes{0};
    std::atomic<bool> failed{false};
    auto worker = [&] {
        for (int i; (i = next.fetch_add(1)) < reports && !failed;) {
            const std::string doc = gen.render(i, plans[size_t(i)]);
            const std::string path = outDir + fmt("/trivy-%03d.json", i);
            FILE *f = std::fopen(path.c_str(), "wb");
            if (!f || std::fwrite(doc.data(), 1, doc.size(), f) != doc.size() || std::fclose(f) != 0) {
                std::fprintf(stderr, "bench_gen_trivy: cannot write %s\n", path.c_str());
                failed = true;
                return;
            }
            bytes += doc.size();
        }
    };
    std::vector<std::thread> pool_threads;
    for (long t = 0; t < threads; ++t)
        pool_threads.emplace_back(worker);
    for (auto &t : pool_threads)
        t.join();
    if (failed)
        return 1;

    const auto t2 = std::chrono::steady_clock::now();
    const double poolSec = std::chrono::duration<double>(t1 - t0).count();
    const double totalSec = std::chrono::duration<double>(t2 - t0).count();
    std::printf("bench_gen_trivy: %ld reports, %lld vulnerabilities, %.1f MB (%.0f bytes/finding) in %s\n",
                reports, findings, double(bytes) / 1e6, findings ? double(bytes) / double(findings) : 0.0,
                outDir.c_str());
    std::printf("bench_gen_trivy: %.2f s total (pool of %ld ids: %.2f s), %.0f MB/s, %ld threads\n", totalSec, pool,
                poolSec, double(bytes) / 1e6 / totalSec, threads);
    return 0;
}
