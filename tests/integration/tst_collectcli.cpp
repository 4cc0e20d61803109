// `bulkheadctl collect` (the real binary, $BULKHEADCTL) against a local docker-registry: source
// add + collect + images, exit codes and output.

#include "localregistry.h"
#include "ocilayout.h"
#include "testcerts.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace bulkhead::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run ctl(const QString &db, const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("BULKHEADCTL"), QStringList{QStringLiteral("--db"), db} + args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCollectCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<LocalRegistry> m_registry;
    QList<PushedImage> m_images;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("BULKHEADCTL").isEmpty())
            QSKIP("BULKHEADCTL is not set (the ctest harness sets it)");
        QString skip = LocalRegistry::missingTool();
        if (skip.isEmpty())
            skip = missingSkopeo();
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        m_registry = std::make_unique<LocalRegistry>();
        QVERIFY2(m_registry->start(), qPrintable(m_registry->error()));
        const QString a = m_tmp.filePath(QStringLiteral("a")), b = m_tmp.filePath(QStringLiteral("b"));
        QDir().mkpath(a);
        QDir().mkpath(b);
        m_images << pushRootImage(*m_registry, a) << pushUserImage(*m_registry, b);
        for (const PushedImage &i : std::as_const(m_images))
            QVERIFY2(i.ok(), qPrintable(i.error));
    }

    void addCollectAndList()
    {
        const QString db = m_tmp.filePath(QStringLiteral("ok.db"));
        const Run add = ctl(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("registry"),
                                 QStringLiteral("local"), m_registry->baseUrl().toString(), QStringLiteral("--insecure")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const Run collect = ctl(db, {QStringLiteral("collect")});
        QVERIFY2(collect.exitCode == 0, qPrintable(collect.out + collect.err));
        // stderr is not a terminal here: no progress unless asked for.
        QVERIFY2(collect.err.isEmpty(), qPrintable(collect.err));
        const QString expected = QStringLiteral("local: complete: %1 repositories, %1 images, %1 tags")
                                     .arg(m_images.size());
        QVERIFY2(collect.out.startsWith(expected), qPrintable(collect.out));

        const Run named = ctl(db, {QStringLiteral("collect"), QStringLiteral("--progress"), QStringLiteral("local")});
        QVERIFY2(named.exitCode == 0, qPrintable(named.err));
        QVERIFY2(named.err.contains(QStringLiteral("local: manifests")), qPrintable(named.err));

        const Run images = ctl(db, {QStringLiteral("images"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(images.exitCode == 0, qPrintable(images.err));
        for (const PushedImage &i : std::as_const(m_images))
            QVERIFY2(images.out.contains(i.digest), qPrintable(i.digest + QStringLiteral(" not in:\n") + images.out));
    }

    void usageErrors()
    {
        const QString db = m_tmp.filePath(QStringLiteral("usage.db"));
        QCOMPARE(ctl(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("registry"), QStringLiteral("local"),
                          m_registry->baseUrl().toString(), QStringLiteral("--insecure")}).exitCode, 0);
        const Run unknown = ctl(db, {QStringLiteral("collect"), QStringLiteral("nosuch")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("nosuch")), qPrintable(unknown.err));
        QCOMPARE(ctl(db, {QStringLiteral("collect"), QStringLiteral("--concurrency"), QStringLiteral("0")}).exitCode, 2);
        QCOMPARE(ctl(db, {QStringLiteral("collect"), QStringLiteral("--bogus")}).exitCode, 2);
    }

    void unreachableSourceFails()
    {
        // A port nobody listens on: taken from the OS, then released.
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost, 0));
        const quint16 port = s.serverPort();
        s.close();
        const QString db = m_tmp.filePath(QStringLiteral("dead.db"));
        QCOMPARE(ctl(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("registry"), QStringLiteral("local"),
                          m_registry->baseUrl().toString(), QStringLiteral("--insecure")}).exitCode, 0);
        QCOMPARE(ctl(db, {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("registry"), QStringLiteral("dead"),
                          QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--insecure")}).exitCode, 0);
        const Run run = ctl(db, {QStringLiteral("collect")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("dead: failed")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("local: complete")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("error: dead:")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCollectCli)
#include "tst_collectcli.moc"
