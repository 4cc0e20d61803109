// `bulkheadctl attest` (the real binary, $BULKHEADCTL): an attestation with links and files
// recorded and read back through --history (text and json) with each file's size and SHA-256
// computed here from the bytes written, the files exported byte for byte, the default expiry of
// one year, a withdrawal superseding the attestation, and the refusals: usage errors (exit 2)
// and errors naming the control or the file (exit 1), none of which writes anything.

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

constexpr qint64 kMiB = 1024 * 1024;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestAttestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_files = 0;

    QString newPath(const QString &stem) { return m_tmp.filePath(QStringLiteral("%1-%2").arg(stem).arg(++m_files)); }

    Run ctl(const QString &db, const QStringList &args)
    {
        QProcess p;
        p.start(qEnvironmentVariable("BULKHEADCTL"), QStringList{QStringLiteral("--db"), db} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        // In a folder of its own: the name stored is the file's name.
        const QString dir = newPath(QStringLiteral("files"));
        QDir().mkpath(dir);
        const QString path = dir + QLatin1Char('/') + name;
        bulkhead::test::writeFile(path, bytes);
        return path;
    }

    // `attest --history CONTROL --format json`, newest first.
    QJsonArray history(const QString &db, const QString &control)
    {
        const Run r = ctl(db, {QStringLiteral("attest"), QStringLiteral("--history"), control, QStringLiteral("--format"),
                               QStringLiteral("json")});
        if (r.exitCode != 0)
            qWarning("history failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    static QString day(int daysFromNow)
    {
        return QDateTime::currentDateTimeUtc().date().addDays(daysFromNow).toString(Qt::ISODate);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("BULKHEADCTL")).isExecutable(),
                 "BULKHEADCTL must point at the built bulkheadctl");
    }

    void recordsFilesAndExportsThem()
    {
        const QString db = newPath(QStringLiteral("store.db"));
        QByteArray binary;
        std::mt19937 rng(7);
        for (int i = 0; i < 300000; ++i)
            binary.append(static_cast<char>(rng() & 0xff));
        const QList<QPair<QString, QByteArray>> files{{QStringLiteral("etcd-encryption.yaml"),
                                                       "resources:\n  - secrets\nproviders:\n  - aescbc: {}\n"},
                                                      {QStringLiteral("audit.bin"), binary}};
        QStringList args{QStringLiteral("attest"), QStringLiteral("sec-4"), QStringLiteral("--status"),
                         QStringLiteral("partial"), QStringLiteral("--evidence"),
                         QStringLiteral("etcd encryption at rest on prod; staging pending"),
                         QStringLiteral("--link"), QStringLiteral("https://wiki.example/etcd"),
                         QStringLiteral("--link"), QStringLiteral("https://tickets.example/SEC-12"),
                         QStringLiteral("--expires"), day(90)};
        for (const auto &[name, bytes] : files)
            args << QStringLiteral("--file") << writeFile(name, bytes);
        const Run r = ctl(db, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // What was recorded is printed, each file with its SHA-256.
        QVERIFY2(r.out.contains(QStringLiteral("SEC-4")), qPrintable(r.out));
        for (const auto &[name, bytes] : files)
            QVERIFY2(r.out.contains(QStringLiteral("%1, %2 bytes, sha256 %3").arg(name).arg(bytes.size()).arg(sha256(bytes))),
                     qPrintable(r.out));

        const QJsonArray list = history(db, QStringLiteral("SEC-4"));
        QCOMPARE(list.size(), 1);
        const QJsonObject a = list.first().toObject();
        QCOMPARE(a.value(QStringLiteral("control")).toString(), QStringLiteral("SEC-4"));
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        QCOMPARE(a.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
        QCOMPARE(a.value(QStringLiteral("evidence")).toString(), args[5]);
        QCOMPARE(a.value(QStringLiteral("links")).toArray(),
                 QJsonArray({QStringLiteral("https://wiki.example/etcd"), QStringLiteral("https://tickets.example/SEC-12")}));
        QCOMPARE(a.value(QStringLiteral("expiresAt")).toString(), day(90) + QStringLiteral("T00:00:00Z"));
        const QJsonArray stored = a.value(QStringLiteral("files")).toArray();
        QCOMPARE(stored.size(), files.size());
        for (int i = 0; i < files.size(); ++i) {
            const QJsonObject f = stored.at(i).toObject();
            QCOMPARE(f.value(QStringLiteral("name")).toString(), files[i].first);
            QCOMPARE(f.value(QStringLiteral("size")).toInteger(), files[i].second.size());
            QCOMPARE(f.value(QStringLiteral("sha256")).toString(), sha256(files[i].second));
            const QString out = newPath(QStringLiteral("export"));
            const Run e = ctl(db, {QStringLiteral("attest"), QStringLiteral("--export-file"),
                                   QString::number(f.value(QStringLiteral("id")).toInteger()), out});
            QVERIFY2(e.exitCode == 0, qPrintable(e.err));
            QCOMPARE(bulkhead::test::readFile(out), files[i].second);
        }
        // The text history lists the same files.
        const Run text = ctl(db, {QStringLiteral("attest"), QStringLiteral("--history"), QStringLiteral("SEC-4")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(sha256(binary)), qPrintable(text.out));
    }

    void defaultsToOneYearAndWithdrawalSupersedes()
    {
        const QString db = newPath(QStringLiteral("store.db"));
        Run r = ctl(db, {QStringLiteral("attest"), QStringLiteral("RUN-4"), QStringLiteral("--status"),
                         QStringLiteral("pass"), QStringLiteral("--evidence"), QStringLiteral("Falco DaemonSet on every node")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonArray list = history(db, QStringLiteral("RUN-4"));
        QCOMPARE(list.size(), 1);
        const QDateTime at = QDateTime::fromString(list[0].toObject().value(QStringLiteral("attestedAt")).toString(), Qt::ISODate);
        const QDateTime expires =
            QDateTime::fromString(list[0].toObject().value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
        QCOMPARE(at.secsTo(expires), 365 * 86400);

        r = ctl(db, {QStringLiteral("attest"), QStringLiteral("RUN-4"), QStringLiteral("--status"),
                     QStringLiteral("withdrawn")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        list = history(db, QStringLiteral("RUN-4"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
        QCOMPARE(list[1].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("superseded"));
        QVERIFY(history(db, QStringLiteral("RUN-6")).isEmpty());
    }

    void refusesAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // a part of stderr; %1 is the large file's path

        const QStringList ok{QStringLiteral("--status"), QStringLiteral("pass"), QStringLiteral("--evidence"),
                             QStringLiteral("seen")};
        QTest::newRow("unknown control") << (QStringList{QStringLiteral("attest"), QStringLiteral("SEC-9")} + ok) << 1
                                         << QStringLiteral("\"SEC-9\"");
        QTest::newRow("missing file") << (QStringList{QStringLiteral("attest"), QStringLiteral("SEC-4"), QStringLiteral("--file"),
                                                      m_tmp.filePath(QStringLiteral("nope.pdf"))} + ok)
                                      << 1 << QStringLiteral("nope.pdf does not exist");
        QTest::newRow("file over 20 MiB") << (QStringList{QStringLiteral("attest"), QStringLiteral("SEC-4"),
                                                          QStringLiteral("--file"), QStringLiteral("%1")} + ok)
                                          << 1 << QStringLiteral("evidence file %1 is 31 MiB; the limit is 20 MiB");
        QTest::newRow("past expiry") << (QStringList{QStringLiteral("attest"), QStringLiteral("SEC-4"), QStringLiteral("--expires"),
                                                     day(-1)} + ok)
                                     << 2 << QStringLiteral("is not in the future");
        QTest::newRow("today's expiry") << (QStringList{QStringLiteral("attest"), QStringLiteral("SEC-4"),
                                                        QStringLiteral("--expires"), day(0)} + ok)
                                        << 2 << QStringLiteral("is not in the future");
        QTest::newRow("no date") << (QStringList{QStringLiteral("attest"), QStringLiteral("SEC-4"), QStringLiteral("--expires"),
                                                 QStringLiteral("2030-02-30")} + ok)
                                 << 2 << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("bad status") << QStringList{QStringLiteral("attest"), QStringLiteral("SEC-4"), QStringLiteral("--status"),
                                                   QStringLiteral("attested"), QStringLiteral("--evidence"), QStringLiteral("x")}
                                    << 2 << QStringLiteral("\"attested\"");
        QTest::newRow("no evidence") << QStringList{QStringLiteral("attest"), QStringLiteral("SEC-4"), QStringLiteral("--status"),
                                                    QStringLiteral("pass")}
                                     << 2 << QStringLiteral("--evidence is required");
        QTest::newRow("blank evidence") << QStringList{QStringLiteral("attest"), QStringLiteral("SEC-4"),
                                                       QStringLiteral("--status"), QStringLiteral("fail"),
                                                       QStringLiteral("--evidence"), QStringLiteral("  ")}
                                        << 1 << QStringLiteral("evidence text is empty");
        QTest::newRow("no control") << (QStringList{QStringLiteral("attest")} + ok) << 2 << QStringLiteral("which control");
        QTest::newRow("unknown option") << (QStringList{QStringLiteral("attest"), QStringLiteral("SEC-4"),
                                                        QStringLiteral("--signed")} + ok)
                                        << 2 << QStringLiteral("--signed");
        QTest::newRow("history with status") << QStringList{QStringLiteral("attest"), QStringLiteral("--history"),
                                                            QStringLiteral("SEC-4"), QStringLiteral("--status"),
                                                            QStringLiteral("pass")}
                                             << 2 << QStringLiteral("--status does not go with --history");
        QTest::newRow("history of no control") << QStringList{QStringLiteral("attest"), QStringLiteral("--history"),
                                                              QStringLiteral("ABC-1")}
                                               << 1 << QStringLiteral("\"ABC-1\"");
        QTest::newRow("export of no file") << QStringList{QStringLiteral("attest"), QStringLiteral("--export-file"),
                                                          QStringLiteral("42"), m_tmp.filePath(QStringLiteral("out"))}
                                           << 1 << QStringLiteral("no evidence file with id 42");
        QTest::newRow("export id not a number") << QStringList{QStringLiteral("attest"), QStringLiteral("--export-file"),
                                                               QStringLiteral("4x"), m_tmp.filePath(QStringLiteral("out"))}
                                                << 2 << QStringLiteral("\"4x\"");
    }

    void refusesAndWritesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        // A sparse 31 MiB file: refused by its size, never read.
        const QString large = m_tmp.filePath(QStringLiteral("large.tar"));
        if (!QFileInfo::exists(large)) {
            QFile f(large);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(31 * kMiB));
        }
        args.replaceInStrings(QStringLiteral("%1"), large);
        const QString db = newPath(QStringLiteral("store.db"));
        // The store exists with one attestation, so that "nothing written" is a count that can change.
        const Run first = ctl(db, {QStringLiteral("attest"), QStringLiteral("SEC-4"), QStringLiteral("--status"),
                                   QStringLiteral("pass"), QStringLiteral("--evidence"), QStringLiteral("first")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const Run r = ctl(db, args);
        QCOMPARE(r.exitCode, exitCode);
        message.replace(QStringLiteral("%1"), large);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(history(db, QStringLiteral("SEC-4")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAttestCli)
#include "tst_attestcli.moc"
