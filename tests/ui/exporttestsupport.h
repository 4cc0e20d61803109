#pragma once

// The list pages' "Export…" in tests: run one export to a file and wait for it, and read the
// file back (the CSV through core/secrets/csvrecords, by column name; the JSON as an array).
// Header-only: tests/ui/tst_*.cpp are built one executable each.

#include "common/listexporter.h"
#include "secrets/csvrecords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <map>
#include <string>
#include <vector>

namespace bulkhead::test {

// Exports to `path` and waits; the rows the exporter reported, -1 (and a test failure) on an error.
inline qint64 exportAndWait(ui::ListExporter *exporter, const QString &path, ExportFormat format, int timeoutMs = 10000)
{
    QSignalSpy finished(exporter, &ui::ListExporter::finished);
    exporter->exportTo(path, format);
    if (!finished.wait(timeoutMs) && finished.isEmpty()) {
        QTest::qFail("the export did not finish", __FILE__, __LINE__);
        return -1;
    }
    const QString error = finished.first().at(2).toString();
    if (!error.isEmpty()) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return -1;
    }
    return finished.first().at(1).toLongLong();
}

// The CSV file's records after its header, each by column name; empty with a failure when the
// file cannot be read or a record is broken or has another field count than the header.
inline std::vector<std::map<std::string, std::string>> readCsvFile(const QString &path)
{
    std::vector<std::map<std::string, std::string>> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(path + QStringLiteral(": ") + file.errorString()), __FILE__, __LINE__);
        return rows;
    }
    const CsvRecords records = readCsvRecords(file.readAll().toStdString());
    if (!records.problems.empty() || records.records.empty()) {
        QTest::qFail(qPrintable(path + QStringLiteral(": not CSV")), __FILE__, __LINE__);
        return rows;
    }
    const std::vector<std::string> &header = records.records.front().fields;
    for (std::size_t i = 1; i < records.records.size(); ++i) {
        const std::vector<std::string> &fields = records.records[i].fields;
        if (fields.size() != header.size()) {
            QTest::qFail(qPrintable(path + QStringLiteral(": a record with another field count")), __FILE__, __LINE__);
            return {};
        }
        std::map<std::string, std::string> row;
        for (std::size_t c = 0; c < header.size(); ++c)
            row[header[c]] = fields[c];
        rows.push_back(std::move(row));
    }
    return rows;
}

inline QJsonArray readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        QTest::qFail(qPrintable(path + QStringLiteral(": ") + error.errorString()), __FILE__, __LINE__);
    return doc.array();
}

} // namespace bulkhead::test
