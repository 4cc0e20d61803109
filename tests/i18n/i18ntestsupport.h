#pragma once
// Helpers shared by the translation tests (header-only: each tests/i18n/tst_*.cpp is an executable of
// its own): where the source and build trees are, and a reader for Qt Linguist .ts files that is
// independent of lupdate, lrelease and QTranslator, so that the tests check those tools' results
// against the files themselves.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace bulkhead::test::i18n {

// The build tree: test executables live in <build>/tests.
inline QString buildDir()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
}

// The source tree: $BULKHEAD_SOURCE_DIR, else the one the build tree was configured from (CMake's cache
// names it). Not __FILE__: ccache's base-dir rewriting makes that relative. Empty when not found.
inline QString sourceDir()
{
    const QString fromEnv = qEnvironmentVariable("BULKHEAD_SOURCE_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(fromEnv);
    QFile cache(buildDir() + QStringLiteral("/CMakeCache.txt"));
    if (!cache.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QByteArray key = "CMAKE_HOME_DIRECTORY:INTERNAL=";
    while (!cache.atEnd()) {
        const QByteArray line = cache.readLine().trimmed();
        if (line.startsWith(key))
            return QDir::cleanPath(QString::fromUtf8(line.mid(key.size())));
    }
    return {};
}

// translations/bulkhead_*.ts of the source tree, sorted.
inline QStringList tsFiles()
{
    const QDir dir(sourceDir() + QStringLiteral("/translations"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("bulkhead_*.ts")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

struct TsMessage {
    QString context;
    QString source;
    QString comment; // the disambiguation (tr's second argument)
    bool numerus = false;
    QString type;      // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation; one per numerus form when numerus
    qint64 line = 0;   // of the <message> element
};

struct TsFile {
    QString language; // the TS element's language attribute, e.g. "de_DE"
    QList<TsMessage> messages;
    QString error; // empty when the file was read
};

inline TsFile readTsFile(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage message;
            message.context = context;
            message.line = xml.lineNumber();
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    message.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == QLatin1String("numerusform"))
                                message.forms << xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        message.forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement(); // location, extracomment, translatorcomment, oldsource
                }
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

} // namespace bulkhead::test::i18n
