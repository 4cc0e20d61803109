#include "testsupport.h"

#include <QFile>

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

} // namespace bulkhead::test
