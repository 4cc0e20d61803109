#pragma once

#include <string>

namespace bulkhead {

// Checks of the files a registry source names, for the CLI and the Add-registry dialog to refuse
// a source that could only fail later. Each returns "" when fine, else a message naming the file.

// A readable file holding at least one PEM certificate ("-----BEGIN CERTIFICATE-----") that
// OpenSSL parses.
std::string checkCaCertificateFile(const std::string &path);
// A readable file holding a PEM public key ("-----BEGIN PUBLIC KEY-----", e.g. cosign.pub) that
// OpenSSL parses.
std::string checkPublicKeyFile(const std::string &path);

} // namespace bulkhead
