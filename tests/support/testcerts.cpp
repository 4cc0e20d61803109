#include "testcerts.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace bulkhead::test {

QString ToolRun::describe() const
{
    QString s = command;
    if (!error.isEmpty())
        return s + QStringLiteral(": ") + error;
    s += QStringLiteral(": exit %1").arg(exitCode);
    const QByteArray e = err.trimmed();
    if (!e.isEmpty())
        s += QStringLiteral(": ") + QString::fromUtf8(e.right(2000));
    return s;
}

ToolRun runTool(const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs)
{
    ToolRun r;
    r.command = program + QLatin1Char(' ') + args.join(QLatin1Char(' '));
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.error = QStringLiteral("cannot start: ") + p.errorString();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(3000);
        r.error = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit) {
        r.error = QStringLiteral("crashed");
        return r;
    }
    r.exitCode = p.exitCode();
    return r;
}

bool haveTool(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

QString TestCerts::path(const char *name) const
{
    return m_dir + QLatin1Char('/') + QLatin1String(name);
}

bool TestCerts::run(const QStringList &args)
{
    if (!m_error.isEmpty())
        return false;
    const ToolRun r = runTool(QStringLiteral("openssl"), args);
    if (!r.ok())
        m_error = r.describe();
    return r.ok();
}

bool TestCerts::makeLeaf(const QString &name, const QString &cn, const QString &san)
{
    const QString key = m_dir + QLatin1Char('/') + name + QStringLiteral(".key");
    const QString csr = m_dir + QLatin1Char('/') + name + QStringLiteral(".csr");
    const QString crt = m_dir + QLatin1Char('/') + name + QStringLiteral(".crt");
    const QString ext = m_dir + QLatin1Char('/') + name + QStringLiteral(".ext");
    QFile f(ext);
    if (!f.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write ") + ext;
        return false;
    }
    f.write(QStringLiteral("basicConstraints=critical,CA:FALSE\n"
                           "keyUsage=critical,digitalSignature,keyEncipherment\n"
                           "extendedKeyUsage=serverAuth\n"
                           "subjectAltName=%1\n")
                .arg(san)
                .toUtf8());
    f.close();
    return run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr, QStringLiteral("-subj"),
                QStringLiteral("/CN=") + cn})
        && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
                caCert(), QStringLiteral("-CAkey"), caKey(), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                QStringLiteral("3"), QStringLiteral("-sha256"), QStringLiteral("-extfile"), ext, QStringLiteral("-out"),
                crt});
}

bool TestCerts::makeSigningKey(const QString &name)
{
    const QString key = m_dir + QLatin1Char('/') + name + QStringLiteral(".key");
    const QString pub = m_dir + QLatin1Char('/') + name + QStringLiteral(".pub");
    return run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), key})
        && run({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-pubout"), QStringLiteral("-out"), pub});
}

TestCerts::TestCerts(const QString &dir) : m_dir(QDir(dir).absolutePath())
{
    if (!haveTool(QStringLiteral("openssl"))) {
        m_error = QStringLiteral("openssl CLI not found on PATH");
        return;
    }
    QDir().mkpath(m_dir);
    run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), caKey(), QStringLiteral("-out"), caCert(), QStringLiteral("-days"),
         QStringLiteral("3"), QStringLiteral("-sha256"), QStringLiteral("-subj"), QStringLiteral("/CN=Bulkhead Test CA"),
         QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
         QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    makeLeaf(QStringLiteral("server"), QStringLiteral("127.0.0.1"), QStringLiteral("IP:127.0.0.1,DNS:localhost"));
    makeLeaf(QStringLiteral("wrong"), QStringLiteral("wrong.example"), QStringLiteral("DNS:wrong.example"));
    makeLeaf(QStringLiteral("token"), QStringLiteral("Bulkhead Test Token Issuer"), QStringLiteral("DNS:token-issuer.test"));
    makeSigningKey(QStringLiteral("cosign"));
    makeSigningKey(QStringLiteral("other"));
    if (m_error.isEmpty()) {
        QDir().mkpath(caCertDir());
        QFile::remove(caCertDir() + QStringLiteral("/ca.crt"));
        if (!QFile::copy(caCert(), caCertDir() + QStringLiteral("/ca.crt")))
            m_error = QStringLiteral("cannot copy the CA into ") + caCertDir();
    }
}

QByteArray TestCerts::signSha256(const QString &privateKeyPem, const QByteArray &data, QString *error)
{
    QTemporaryDir tmp;
    const QString in = tmp.filePath(QStringLiteral("data"));
    const QString sig = tmp.filePath(QStringLiteral("sig"));
    QFile f(in);
    if (!tmp.isValid() || !f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        if (error)
            *error = QStringLiteral("cannot write the data to sign");
        return {};
    }
    f.close();
    const ToolRun r = runTool(QStringLiteral("openssl"), {QStringLiteral("dgst"), QStringLiteral("-sha256"),
                                                          QStringLiteral("-sign"), privateKeyPem, QStringLiteral("-out"),
                                                          sig, in});
    if (!r.ok()) {
        if (error)
            *error = r.describe();
        return {};
    }
    QFile s(sig);
    if (!s.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("openssl wrote no signature");
        return {};
    }
    return s.readAll();
}

bool TestCerts::verifySha256(const QString &publicKeyPem, const QByteArray &data, const QByteArray &derSignature)
{
    QTemporaryDir tmp;
    const QString in = tmp.filePath(QStringLiteral("data"));
    const QString sig = tmp.filePath(QStringLiteral("sig"));
    QFile f(in), s(sig);
    if (!tmp.isValid() || !f.open(QIODevice::WriteOnly) || !s.open(QIODevice::WriteOnly))
        return false;
    f.write(data);
    s.write(derSignature);
    f.close();
    s.close();
    return runTool(QStringLiteral("openssl"), {QStringLiteral("dgst"), QStringLiteral("-sha256"),
                                               QStringLiteral("-verify"), publicKeyPem, QStringLiteral("-signature"),
                                               sig, in})
        .ok();
}

} // namespace bulkhead::test
