#include "clientcertificate.h"

#include "testcerts.h"

#include <QFile>

namespace bulkhead::test {

bool makeClientCertificate(const TestCerts &certs, const QString &name, const QString &commonName, QString *error)
{
    const QString base = certs.dir() + QLatin1Char('/') + name;
    QFile ext(base + QStringLiteral(".ext"));
    if (!ext.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write ") + ext.fileName();
        return false;
    }
    ext.write("basicConstraints=critical,CA:FALSE\n"
              "keyUsage=critical,digitalSignature\n"
              "extendedKeyUsage=clientAuth\n");
    ext.close();
    const QList<QStringList> steps = {
        {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), base + QStringLiteral(".key"), QStringLiteral("-out"), base + QStringLiteral(".csr"),
         QStringLiteral("-subj"), QStringLiteral("/O=system:masters/CN=") + commonName},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), base + QStringLiteral(".csr"),
         QStringLiteral("-CA"), certs.caCert(), QStringLiteral("-CAkey"), certs.caKey(), QStringLiteral("-CAcreateserial"),
         QStringLiteral("-days"), QStringLiteral("3"), QStringLiteral("-sha256"), QStringLiteral("-extfile"),
         ext.fileName(), QStringLiteral("-out"), base + QStringLiteral(".crt")},
    };
    for (const QStringList &args : steps) {
        const ToolRun r = runTool(QStringLiteral("openssl"), args);
        if (!r.ok()) {
            *error = r.describe();
            return false;
        }
    }
    return true;
}

} // namespace bulkhead::test
