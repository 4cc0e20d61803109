#pragma once

#include <QString>

namespace bulkhead::test {

class TestCerts;

// A client certificate (ECDSA P-256, extendedKeyUsage clientAuth) signed by `certs`' CA, made with
// the openssl CLI as <certs.dir()>/<name>.crt and <name>.key, with subject CN=`commonName` (the
// user a Kubernetes API server sees). False with *error on failure.
bool makeClientCertificate(const TestCerts &certs, const QString &name, const QString &commonName, QString *error);

} // namespace bulkhead::test
