#pragma once

#include "registry/signaturestate.h"

#include <QColor>
#include <QString>

#include <cstdint>
#include <string>

namespace bulkhead::ui {

// The words and colours the Images view uses for an image's facts, in one place so that the table,
// its delegate and the detail pane say the same thing the same way.
namespace imagetext {

QString signature(SignatureState state);      // "Unsigned", "Signed, not verified", "Verified", "Invalid"
QColor signatureColor(SignatureState state);  // green verified, red invalid, amber not verified, grey unsigned
QString signatureSymbol(SignatureState state); // "✓", "✗", "?", "–": shape as well as colour
QString age(std::int64_t unixSeconds, std::int64_t now); // "3 days", "5 months", "" when unknown
QString ago(std::int64_t unixSeconds, std::int64_t now); // "3 days ago", "just now", "" when unknown
QString size(std::int64_t bytes);
QString shortDigest(const std::string &digest); // "sha256:1234abcd5678"
QString sbom(const std::string &format, std::int64_t created, std::int64_t now); // "SPDX · 12 days", "none"
// The user an image runs as: "root (default)" for an empty User, else as written.
QString user(const std::string &user);
bool runsAsRoot(const std::string &user);

} // namespace imagetext

} // namespace bulkhead::ui
