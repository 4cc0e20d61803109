// Dates and numbers for people follow QLocale's default (which installTranslations sets): German
// "29.11.2026", French "29/11/2026", US English "11/29/2026", always with four-digit years, and
// counts with the locale's group separator; under the C locale (scripts, CI, the other tests) ISO
// dates and plain numbers, exactly as before translations existed.
#include "i18n/localeformat.h"

#include <QLocale>
#include <QtTest>

using namespace bulkhead::i18n;

namespace {
const QDate kDate(2026, 11, 29);
const QTime kTime(14, 5);
constexpr QChar kNarrowNoBreakSpace(0x202F);
constexpr QChar kNoBreakSpace(0x00A0);

// French groups digits with a (narrow) no-break space; which one depends on the CLDR version Qt was
// built with. Either is right; the tests compare with a plain space in its place.
QString plainSpaces(QString text)
{
    return text.replace(kNarrowNoBreakSpace, QLatin1Char(' ')).replace(kNoBreakSpace, QLatin1Char(' '));
}
} // namespace

class TestLocaleFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void formats_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("dateTimePrefix"); // the time's format is the locale's (12 or 24 hours)
        QTest::addColumn<QString>("count");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<QString>("percent");
        QTest::newRow("C") << QLocale::c() << "2026-11-29" << "2026-11-29 14:05" << "1234567" << "28.3" << "28%";
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << "29.11.2026" << "29.11.2026 14:05"
                               << "1.234.567" << "28,3" << "28 %";
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << "29/11/2026" << "29/11/2026 14:05"
                               << "1 234 567" << "28,3" << "28 %";
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << "11/29/2026" << "11/29/2026 2:05"
                               << "1,234,567" << "28.3" << "28%";
    }

    void formats()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, date);
        QFETCH(QString, dateTimePrefix);
        QFETCH(QString, count);
        QFETCH(QString, decimal);
        QFETCH(QString, percent);
        QLocale::setDefault(locale);
        QCOMPARE(localDate(kDate), date);
        QCOMPARE(QLocale().toString(kDate, localDateFormat()), date); // what a QDateEdit shows with it
        const QDateTime local(kDate, kTime); // local time: what localDateTime shows
        QVERIFY2(localDateTime(local).startsWith(dateTimePrefix), qPrintable(localDateTime(local)));
        QCOMPARE(localDateTime(local.toSecsSinceEpoch()), localDateTime(local));
        QCOMPARE(localDate(local.toSecsSinceEpoch()), date);
        QCOMPARE(plainSpaces(localNumber(std::int64_t(1234567))), count);
        QCOMPARE(localNumber(std::int64_t(999)), QStringLiteral("999"));
        QCOMPARE(localNumber(std::int64_t(-5)), QStringLiteral("-5"));
        QCOMPARE(plainSpaces(localNumber(28.34, 1)), decimal);
        QCOMPARE(plainSpaces(localPercent(0.283)), percent);
        QCOMPARE(plainSpaces(localPercent(1.0)), QString(percent).replace(QStringLiteral("28"), QStringLiteral("100")));
    }

    // An audit trail spans decades: never a two-digit year, whatever the locale's short format says.
    void fourDigitYears_data()
    {
        QTest::addColumn<QLocale>("locale");
        for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::German, QLocale::Germany),
                                      QLocale(QLocale::French, QLocale::France),
                                      QLocale(QLocale::English, QLocale::UnitedStates),
                                      QLocale(QLocale::English, QLocale::UnitedKingdom),
                                      QLocale(QLocale::German, QLocale::Austria), QLocale(QLocale::French, QLocale::Canada)})
            QTest::newRow(qPrintable(locale.name())) << locale;
    }

    void fourDigitYears()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        for (const QDate &d : {QDate(2026, 11, 29), QDate(2003, 1, 2), QDate(1999, 12, 31)}) {
            const QString text = localDate(d);
            QVERIFY2(text.contains(QString::number(d.year())), qPrintable(text));
            QVERIFY2(localDateTime(QDateTime(d, kTime)).contains(QString::number(d.year())),
                     qPrintable(localDateTime(QDateTime(d, kTime))));
        }
    }

    void invalidIsEmpty()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(localDate(QDate()), QString());
        QCOMPARE(localDateTime(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
