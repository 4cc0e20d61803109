// writeFileAtomically and sha256OfFile on real files: a success leaves the file and a sidecar
// `sha256sum -c` accepts; a failing writer, a directory that cannot be written and a full disk
// (RLIMIT_FSIZE in a child process) leave nothing under the name, not even the temporary file.
#include "reportfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace bulkhead::pdf;

namespace {

QByteArray payload(int bytes)
{
    QByteArray data;
    data.reserve(bytes);
    for (int i = 0; data.size() < bytes; ++i)
        data += QByteArray::number(i) + ' ';
    data.truncate(bytes);
    return data;
}

std::function<bool(QIODevice &, QString &)> writing(const QByteArray &data)
{
    return [data](QIODevice &out, QString &error) {
        if (out.write(data) != data.size()) {
            error = out.errorString();
            return false;
        }
        return true;
    };
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestReportFile : public QObject
{
    Q_OBJECT

private slots:
    void successWritesFileAndChecksum()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report 1.pdf"));
        const QByteArray data = payload(300000);
        const WrittenFile w = writeFileAtomically(path, writing(data));
        QVERIFY2(w.ok, qPrintable(w.error));
        QCOMPARE(readAll(path), data);
        QCOMPARE(w.bytes, qint64(data.size()));
        const QString expected = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        QCOMPARE(w.sha256, expected);
        QCOMPARE(readAll(path + QStringLiteral(".sha256")), (expected + QStringLiteral("  report 1.pdf\n")).toUtf8());
        QCOMPARE(sha256OfFile(path), expected);
        QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("report 1.pdf"), QStringLiteral("report 1.pdf.sha256")}));

        if (QStandardPaths::findExecutable(QStringLiteral("sha256sum")).isEmpty())
            QSKIP("sha256sum is not installed");
        QProcess check;
        check.setWorkingDirectory(dir.path());
        check.start(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("report 1.pdf.sha256")});
        QVERIFY(check.waitForFinished(30000));
        QCOMPARE(check.exitCode(), 0);
        QVERIFY(check.readAllStandardOutput().contains("report 1.pdf: OK"));
    }

    void replacingKeepsTheOldFileUntilTheNewOneIsComplete()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(writeFileAtomically(path, writing("first")).ok);
        const WrittenFile failed = writeFileAtomically(path, [](QIODevice &out, QString &error) {
            out.write("half of the second");
            error = QStringLiteral("renderer stopped");
            return false;
        });
        QVERIFY(!failed.ok);
        QCOMPARE(readAll(path), QByteArray("first"));
        QVERIFY(writeFileAtomically(path, writing("second")).ok);
        QCOMPARE(readAll(path), QByteArray("second"));
        QCOMPARE(sha256OfFile(path), QString::fromLatin1(QCryptographicHash::hash("second", QCryptographicHash::Sha256).toHex()));
    }

    void failingWriterLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        const WrittenFile w = writeFileAtomically(path, [](QIODevice &out, QString &error) {
            out.write(payload(100000));
            error = QStringLiteral("cancelled");
            return false;
        });
        QVERIFY(!w.ok);
        QVERIFY2(w.error.contains(path) && w.error.contains(QStringLiteral("cancelled")), qPrintable(w.error));
        QCOMPARE(entries(dir.path()), QStringList());
    }

    void unwritableDirectoryLeavesNothing()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/dir/r.pdf"));
        WrittenFile w = writeFileAtomically(missing, writing("x"));
        QVERIFY(!w.ok);
        QVERIFY2(w.error.contains(missing), qPrintable(w.error));
        QCOMPARE(entries(dir.path()), QStringList());

        if (geteuid() == 0)
            QSKIP("running as root: a read-only directory is still writable");
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(locked));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QString path = locked + QStringLiteral("/r.pdf");
        w = writeFileAtomically(path, writing("x"));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!w.ok);
        QVERIFY2(w.error.contains(path), qPrintable(w.error));
        QCOMPARE(entries(locked), QStringList());
    }

    void fullDiskLeavesNothing_data()
    {
        QTest::addColumn<bool>("checksWrites");
        QTest::newRow("writer checks its writes") << true;
        QTest::newRow("writer ignores write errors, like QPdfWriter") << false;
    }

    void fullDiskLeavesNothing()
    {
        // A file size limit makes writes fail (EFBIG, or cut short) the way a full disk does
        // (ENOSPC), without needing a small filesystem; the child process takes the limit.
        QFETCH(bool, checksWrites);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.pdf"));
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{64 * 1024, 64 * 1024};
            setrlimit(RLIMIT_FSIZE, &limit);
            const QByteArray data = payload(4 * 1024 * 1024);
            const WrittenFile w = checksWrites ? writeFileAtomically(path, writing(data))
                                               : writeFileAtomically(path, [&data](QIODevice &out, QString &) {
                                                     for (qsizetype at = 0; at < data.size(); at += 3000)
                                                         out.write(data.mid(at, 3000));
                                                     return true;
                                                 });
            // 0: failed and said why, naming the file; 1: claimed success; 2: no file name or reason
            const bool explained = w.error.contains(path) && w.error.contains(QStringLiteral("File too large"));
            _exit(w.ok ? 1 : (explained ? 0 : 2));
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QCOMPARE(entries(dir.path()), QStringList());
    }

    void withoutChecksumFileRemovesAStaleOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.csv"));
        QVERIFY(writeFileAtomically(path, writing("a")).ok);
        QVERIFY(QFile::exists(path + QStringLiteral(".sha256")));
        const WrittenFile w = writeFileAtomically(path, writing("b"), false);
        QVERIFY(w.ok);
        QCOMPARE(w.sha256, QString::fromLatin1(QCryptographicHash::hash("b", QCryptographicHash::Sha256).toHex()));
        QVERIFY(!QFile::exists(path + QStringLiteral(".sha256")));
    }

    void sha256OfMissingFileNamesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.pdf"));
        QString error;
        QCOMPARE(sha256OfFile(path, &error), QString());
        QVERIFY2(error.contains(path), qPrintable(error));
        // The empty file's digest is the well-known constant.
        QFile empty(dir.filePath(QStringLiteral("empty")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(sha256OfFile(empty.fileName()), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }
};

QTEST_GUILESS_MAIN(TestReportFile)
#include "tst_reportfile.moc"
