#include "testsupport.h"

#include <QFile>
#include <QJsonObject>
#include <QJsonArray>
#include <QTemporaryDir>

namespace bulkhead::test {

QString fixturePath(const QString &relative)
{
    return QStringLiteral(BULKHEAD_FIXTURES_DIR) + QLatin1Char('/') + relative;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QJsonDocument readJson(const QString &path)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(path), &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("Qt cannot parse %s: %s", qPrintable(path), qPrintable(err.errorString()));
    return doc;
}

QJsonObject fixtureObject(const QString &relative)
{
    return readJson(fixturePath(relative)).object();
}

std::string str(const QJsonValue &v)
{
    return v.toString().toStdString();
}

void addFixtureRows(std::span<const char *const> fixtures, const char *column)
{
    QTest::addColumn<QString>(column);
    for (const char *f : fixtures)
        QTest::newRow(f) << QString::fromLatin1(f);
}

ParsedFile parseFixture(const QString &relative)
{
    ParseContext ctx;
    return parseFixture(relative, ctx);
}

ParsedFile parseFixture(const QString &relative, ParseContext &ctx)
{
    return parseReportFile(fixturePath(relative).toStdString(), ctx);
}

ParsedFile parseTempFile(const QByteArray &bytes, const QString &fileName)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("cannot create a temporary directory: %s", qPrintable(dir.errorString()));
    const QString path = dir.filePath(fileName);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) < 0)
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    ParseContext ctx;
    return parseReportFile(path.toStdString(), ctx);
}

ParsedFile parseTempFile(const QJsonDocument &doc, const QString &fileName)
{
    return parseTempFile(doc.toJson(), fileName);
}

ParsedFile parseBytes(const QByteArray &bytes, const std::string &label)
{
    ParseContext ctx;
    return parseReportBytes(label, std::string_view(bytes.constData(), bytes.size()), ctx);
}

ParsedFile parseJson(const QJsonObject &document)
{
    return parseBytes(QJsonDocument(document).toJson(QJsonDocument::Compact));
}

const ParsedFinding *findFinding(const ParsedReport &r, std::string_view rule, std::string_view package)
{
    for (const ParsedFinding &f : r.findings)
        if (f.ruleKey == rule && f.package == package)
            return &f;
    return nullptr;
}

const RuleInfo *findRule(const ParsedReport &r, std::string_view key)
{
    for (const RuleInfo &rule : r.rules)
        if (rule.key == key)
            return &rule;
    return nullptr;
}

QByteArray trivyReport(int index, int count, const QString &created)
{
    QJsonArray vulns;
    for (int i = 0; i < count; ++i) {
        vulns.append(QJsonObject{
            {"VulnerabilityID", QStringLiteral("CVE-2024-%1").arg(10000 + i)},
            {"PkgName", QStringLiteral("pkg%1").arg(i % 97)},
            {"InstalledVersion", QStringLiteral("1.%1").arg(i)},
            {"FixedVersion", QStringLiteral("2.%1").arg(i)},
            {"Severity", (i % 4 == 0) ? "CRITICAL" : "MEDIUM"},
            {"Title", QStringLiteral("issue %1").arg(i)},
            {"Description", QString(200, QChar('d'))},
        });
    }
    QJsonObject report{
        {"SchemaVersion", 2},
        {"CreatedAt", created},
        {"ArtifactName", QStringLiteral("registry.example/app%1:1.0").arg(index)},
        {"ArtifactType", "container_image"},
        {"Metadata", QJsonObject{{"ImageID", QStringLiteral("sha256:%1").arg(index, 64, 10, QChar('0'))}}},
        {"Results", QJsonArray{QJsonObject{{"Target", "img (alpine 3.19)"}, {"Class", "os-pkgs"}, {"Type", "alpine"},
                                            {"Vulnerabilities", vulns}}}},
    };
    return QJsonDocument(report).toJson(QJsonDocument::Compact);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace bulkhead::test
