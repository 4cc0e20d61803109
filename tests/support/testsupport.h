#pragma once

#include "importers/reportparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QtTest>

#include <span>
#include <string>
#include <string_view>

// Lets QCOMPARE print the values of std::string comparisons that fail.
namespace QTest {
template <>
inline char *toString(const std::string &s)
{
    return qstrdup(s.c_str());
}
} // namespace QTest

namespace bulkhead::test {

// Absolute path of a file under the shared fixtures directory (CMake cache BULKHEAD_FIXTURES_DIR).
QString fixturePath(const QString &relative);
// Whole file as bytes; fails the test when it cannot be read.
QByteArray readFile(const QString &path);
// Parses a fixture with Qt's own JSON parser: tests count findings with it, independently of the
// simdjson-based importers under test.
QJsonDocument readJson(const QString &path);
// The top-level object of a fixture under the fixtures directory, read with Qt's parser.
QJsonObject fixtureObject(const QString &relative);
// A JSON value as std::string (empty when it is no string), for comparing with parsed fields.
std::string str(const QJsonValue &v);

// Declares a QString column (default "fixture") and adds one row per fixture, named after it.
void addFixtureRows(std::span<const char *const> fixtures, const char *column = "fixture");

// The importer under test, on a fixture under the fixtures directory: with a fresh ParseContext,
// or with `ctx` (whose first sightings of rules carry over between calls).
ParsedFile parseFixture(const QString &relative);
ParsedFile parseFixture(const QString &relative, ParseContext &ctx);
// Writes `bytes` (or `doc`, indented as QJsonDocument::toJson writes it) to a temporary file called
// `fileName` and imports that file through parseReportFile, with a fresh ParseContext.
ParsedFile parseTempFile(const QByteArray &bytes, const QString &fileName);
ParsedFile parseTempFile(const QJsonDocument &doc, const QString &fileName);
// Imports bytes held in memory through parseReportBytes under `label`, with a fresh ParseContext;
// parseJson writes `document` compactly first.
ParsedFile parseBytes(const QByteArray &bytes, const std::string &label = "modified.json");
ParsedFile parseJson(const QJsonObject &document);

// The first finding of rule `rule` on package `package`, or null.
const ParsedFinding *findFinding(const ParsedReport &r, std::string_view rule, std::string_view package);
// The rule with key `key`, or null.
const RuleInfo *findRule(const ParsedReport &r, std::string_view key);

// A Trivy image report (SchemaVersion 2) with `count` distinct vulnerabilities on image number
// `index`: every 4th is CRITICAL, the others MEDIUM. For tests that need many or large reports.
QByteArray trivyReport(int index, int count, const QString &created = QStringLiteral("2024-05-01T10:00:00Z"));
// Writes `content` to `path`; fails the test run when it cannot.
void writeFile(const QString &path, const QByteArray &content);

} // namespace bulkhead::test

// Skips the current test with a clear message when the shared fixtures are not there.
#define BULKHEAD_REQUIRE_FIXTURE(relative)                                                          \
    do {                                                                                           \
        if (!QFileInfo::exists(bulkhead::test::fixturePath(relative)))                             \
            QSKIP(qPrintable(QStringLiteral("fixture %1 not found: set -DBULKHEAD_FIXTURES_DIR "   \
                                            "to the shared fixtures folder")                        \
                                 .arg(bulkhead::test::fixturePath(relative))));                    \
    } while (false)
