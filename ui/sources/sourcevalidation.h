#pragma once

#include "sources/registrysourceconfig.h"

#include <QString>
#include <QStringList>

namespace bulkhead::ui {

// What the Add-registry dialog checks before it lets a source be saved, as one pure function so
// that the rules can be read (and tested) in one place. Returns the first problem, worded for the
// user, or an empty string. `editing`: an existing source (its name is taken by itself, and an
// empty password keeps the stored one). `keyringProblem`: why the keyring cannot store a
// password (empty when it can).
QString registrySourceProblem(const RegistrySourceConfig &config, const QString &password, bool editing,
                              const QStringList &existingNames, const QString &keyringProblem);

// "registry.example:5000" -> "https://registry.example:5000": the scheme may be left out.
QString normalizedRegistryUrl(const QString &text);

// The rules every source's name follows ([A-Za-z0-9][A-Za-z0-9._-]*, not taken by another
// source unless `editing`), worded for the user; "" when the name is fine.
QString sourceNameProblem(const std::string &name, bool editing, const QStringList &existingNames);

// "<what> <path> does not exist." / "... is not a readable file.", or "" when `path` names a
// readable file. `what` starts the sentence: "The CA file".
QString readableFileProblem(const std::string &path, const QString &what);

// "team/*, *-dev  base" -> {"team/*", "*-dev", "base"}: commas or spaces separate patterns.
std::vector<std::string> splitPatterns(const QString &text);

} // namespace bulkhead::ui
