#pragma once

#include <QJsonDocument>
#include <QString>
#include <QtTest>

namespace bulkhead::test {

// Absolute path of a file under the shared fixtures directory (CMake cache BULKHEAD_FIXTURES_DIR).
QString fixturePath(const QString &relative);
// Whole file as bytes; fails the test when it cannot be read.
QByteArray readFile(const QString &path);
// Parses a fixture with Qt's own JSON parser: tests count findings with it, independently of the
// simdjson-based importers under test.
QJsonDocument readJson(const QString &path);

} // namespace bulkhead::test

// Skips the current test with a clear message when the shared fixtures are not there.
#define BULKHEAD_REQUIRE_FIXTURE(relative)                                                          \
    do {                                                                                           \
        if (!QFileInfo::exists(bulkhead::test::fixturePath(relative)))                             \
            QSKIP(qPrintable(QStringLiteral("fixture %1 not found: set -DBULKHEAD_FIXTURES_DIR "   \
                                            "to the shared fixtures folder")                        \
                                 .arg(bulkhead::test::fixturePath(relative))));                    \
    } while (false)
