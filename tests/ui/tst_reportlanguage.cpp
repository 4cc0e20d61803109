// The PDF report follows the language installed in the process at the moment it is laid out: one
// process writes the same demo store's report in English, then after installTranslations("de") in
// German, then after installTranslations("fr") in French. The expected headings come from the
// .qm files through a QTranslator of the test's own (not through the report's code), and
// pdftotext must find them and no longer find the English ones: nothing in the report may hold
// English text made before the translators were installed. Dates and counts follow the locale.
#include "i18n/translationloader.h"
#include "reportjob.h"

#include "demo/demostore.h"

#include <QDir>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace bulkhead;

namespace {

// 2026-11-29 10:00 UTC: a fixed moment, so the dates the report prints are known.
constexpr std::int64_t kNow = 1'795'946'400;

// Headings every report of a demo store prints, as the report's source spells them.
const char *const kHeadings[] = {"Executive summary", "Open findings", "Risk acceptances", "Secret rotation",
                                 "Collection coverage", "Contents", "DEMO STORE"};

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(120000);
    // Runs of spaces and line ends made single spaces: a heading is one line, table cells are apart.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QString qmFile(const QString &language)
{
    for (const QString &dir : i18n::translationSearchPaths()) {
        const QString file = QDir(dir).filePath(QStringLiteral("bulkhead_report_%1.qm").arg(language));
        if (QFileInfo::exists(file))
            return file;
    }
    return {};
}

} // namespace

class TestReportLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString store;

    QString writeReport(const QString &name)
    {
        pdf::ReportPdfOptions pdfOptions;
        ReportOptions options;
        options.now = kNow;
        options.generatedBy = "auditor";
        // REPORT_LANGUAGE_OUT=DIR keeps the three PDFs there, to look at the pages (pdftoppm).
        const QString keep = qEnvironmentVariable("REPORT_LANGUAGE_OUT");
        const QString path = keep.isEmpty() ? dir.filePath(name) : QDir(keep).filePath(name);
        const pdf::ReportPdfResult result = pdf::generateReport(store, options, path, pdfOptions);
        if (!result.ok)
            qWarning("%s", qPrintable(result.error));
        return result.ok ? pdfText(path) : QString();
    }

    // The language's words for the headings, read from its .qm by a translator of the test's own.
    QStringList expectedHeadings(const QString &language)
    {
        QTranslator translator;
        if (!translator.load(qmFile(language)))
            return {};
        QStringList words;
        for (const char *heading : kHeadings)
            words << translator.translate("PdfReport", heading);
        return words;
    }

    void checkLanguage(const QString &language, const QString &text, const QString &day)
    {
        const QStringList words = expectedHeadings(language);
        QCOMPARE(words.size(), static_cast<qsizetype>(std::size(kHeadings)));
        for (std::size_t i = 0; i < std::size(kHeadings); ++i) {
            const QString english = QString::fromLatin1(kHeadings[i]);
            QVERIFY2(!words[static_cast<qsizetype>(i)].isEmpty() && words[static_cast<qsizetype>(i)] != english,
                     qPrintable(language + QStringLiteral(": no translation of ") + english));
            QVERIFY2(text.contains(words[static_cast<qsizetype>(i)]), qPrintable(language + QStringLiteral(": ") + words[static_cast<qsizetype>(i)]));
            QVERIFY2(!text.contains(english), qPrintable(language + QStringLiteral(": still English: ") + english));
        }
        QVERIFY2(text.contains(day), qPrintable(language + QStringLiteral(": no date ") + day));
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) is not installed");
        QVERIFY(dir.isValid());
        if (qmFile(QStringLiteral("de")).isEmpty() || qmFile(QStringLiteral("fr")).isEmpty())
            QFAIL(qPrintable(QStringLiteral("no bulkhead_report_de.qm / _fr.qm in %1: build the bulkhead_translations target")
                                 .arg(i18n::translationSearchPaths().join(QStringLiteral(", ")))));
        store = dir.filePath(QStringLiteral("demo.db"));
        demo::DemoOptions options;
        options.findings = 2000; // enough for counts with a thousands separator
        options.now = kNow;
        demo::writeDemoStore(store.toStdString(), options);
    }

    void englishThenGermanThenFrench()
    {
        // Before any translator: the source texts, ISO dates under the C locale the tests run in.
        QLocale::setDefault(QLocale::c());
        const QString english = writeReport(QStringLiteral("en.pdf"));
        QVERIFY(!english.isEmpty());
        for (const char *heading : kHeadings)
            QVERIFY2(english.contains(QString::fromLatin1(heading)), heading);
        QVERIFY(english.contains(QStringLiteral("2026-11-29 10:00 UTC")));

        QCOMPARE(i18n::installTranslations(QStringLiteral("de")), QString());
        const QString german = writeReport(QStringLiteral("de.pdf"));
        QVERIFY(!german.isEmpty());
        checkLanguage(QStringLiteral("de"), german, QStringLiteral("29.11.2026"));
        // The open findings' count, grouped as German writes it ("1.234").
        QVERIFY2(german.contains(QRegularExpression(QStringLiteral("\\b\\d\\.\\d{3} Befunde im Umfang sind offen"))),
                 qPrintable(german.left(3000)));

        QCOMPARE(i18n::installTranslations(QStringLiteral("fr")), QString());
        const QString french = writeReport(QStringLiteral("fr.pdf"));
        QVERIFY(!french.isEmpty());
        checkLanguage(QStringLiteral("fr"), french, QStringLiteral("29/11/2026"));
    }
};

QTEST_MAIN(TestReportLanguage)
#include "tst_reportlanguage.moc"
