#pragma once
// Helpers shared by the main-window, jobs and settings tests (header-only: tests/ui/tst_*.cpp are
// built one executable each, without a support library of their own).

#include "store/database.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace bulkhead::test {

// Points QSettings at an empty folder of its own, so that a test never reads or writes the
// user's settings and starts from the defaults. Call in initTestCase(); keep `dir` alive.
inline void isolateSettings(const QTemporaryDir &dir, const char *testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("bulkhead-tests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(testName));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path() + QStringLiteral("/settings"));
    QSettings().clear();
}

// Writes `reports` synthetic Trivy reports of `perReport` distinct vulnerabilities each (images
// firstImage, firstImage + 1, ...) into a new folder `root/name`; returns the folder.
inline QString writeReports(const QString &root, const QString &name, int reports, int perReport, int firstImage,
                            const QString &created = QStringLiteral("2024-05-01T10:00:00Z"))
{
    const QString dir = root + QLatin1Char('/') + name;
    QDir().mkpath(dir);
    for (int i = 0; i < reports; ++i)
        writeFile(QStringLiteral("%1/r%2.json").arg(dir).arg(i, 3, 10, QLatin1Char('0')),
                  trivyReport(firstImage + i, perReport, created));
    return dir;
}

// Counts straight from the store with a connection of the test's own.
inline qint64 storeCount(const QString &storePath, const char *table)
{
    const Database db = Database::open(storePath.toStdString(), Database::Access::ReadOnly);
    return db.scalar(std::string("SELECT count(*) FROM ") + table);
}

// Creates (and migrates) an empty store.
inline void createStore(const QString &storePath)
{
    Database::open(storePath.toStdString());
}

} // namespace bulkhead::test
