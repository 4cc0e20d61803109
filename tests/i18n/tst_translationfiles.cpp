// The translations are complete and current (issue 10: "lrelease reports no unfinished or vanished
// entries; a test or CI step checks it"). For every translations/bulkhead_<domain>_<lang>.ts (de, fr, and
// en with the English plural forms only): no
// entry is unfinished, vanished or obsolete; plural entries have the language's number of forms;
// every translation keeps the source's %1..%9 / %n placeholders, its & accelerator and its HTML tags,
// and none is empty. And the files are fresh: translations/update.sh (lupdate, run on copies of the
// files in a temporary folder) finds exactly the entries that are committed, so no string in the code
// lacks a translation, and lupdate has nothing to warn about (a warning means strings filed under a
// context that tr() never looks up at run time). Every failure names file:line:context:source.
#include "i18ntestsupport.h"

#include <QLibraryInfo>
#include <QMap>
#include <QProcess>
#include <QScopeGuard>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace ti = bulkhead::test::i18n;

namespace {

// How many plural forms each translated language has (Qt's numerus rules, qtranslator's table):
// German "1 / other", French "0 and 1 / other".
int numerusForms(const QString &language)
{
    const QString lang = language.section(QLatin1Char('_'), 0, 0);
    if (lang == QLatin1String("de") || lang == QLatin1String("fr") || lang == QLatin1String("en"))
        return 2;
    return -1;
}

// %1..%9 (also %L1) and %n (also %Ln): what .arg() and tr()'s plural count fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9]|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString token = it.next().captured();
        if (!found.contains(token))
            found << token;
    }
    return found;
}

// A mnemonic: "&" before a character, except "&&" (a literal ampersand) and HTML entities (&amp;).
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("^&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (i + 1 >= text.size())
            return false;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (entity.match(text.mid(i)).hasMatch())
            continue;
        if (!text.at(i + 1).isSpace())
            return true;
    }
    return false;
}

// The HTML tags of rich text, sorted: a translation moves them with the words but keeps them all.
// Only real HTML element names, so that "<none>" or "<name>" placeholders are words, not tags.
QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?([A-Za-z][A-Za-z0-9]*)\\b[^<>]*>"));
    static const QSet<QString> html{
        QStringLiteral("a"),     QStringLiteral("b"),    QStringLiteral("i"),      QStringLiteral("u"),
        QStringLiteral("s"),     QStringLiteral("p"),    QStringLiteral("br"),     QStringLiteral("hr"),
        QStringLiteral("ul"),    QStringLiteral("ol"),   QStringLiteral("li"),     QStringLiteral("dl"),
        QStringLiteral("dt"),    QStringLiteral("dd"),   QStringLiteral("table"),  QStringLiteral("tr"),
        QStringLiteral("td"),    QStringLiteral("th"),   QStringLiteral("thead"),  QStringLiteral("tbody"),
        QStringLiteral("span"),  QStringLiteral("div"),  QStringLiteral("h1"),     QStringLiteral("h2"),
        QStringLiteral("h3"),    QStringLiteral("h4"),   QStringLiteral("h5"),     QStringLiteral("h6"),
        QStringLiteral("code"),  QStringLiteral("pre"),  QStringLiteral("tt"),     QStringLiteral("em"),
        QStringLiteral("strong"), QStringLiteral("small"), QStringLiteral("big"),  QStringLiteral("sub"),
        QStringLiteral("sup"),   QStringLiteral("font"), QStringLiteral("img"),    QStringLiteral("html"),
        QStringLiteral("body"),  QStringLiteral("head"), QStringLiteral("style"),  QStringLiteral("blockquote"),
        QStringLiteral("nobr"),  QStringLiteral("qt"),   QStringLiteral("center"), QStringLiteral("kbd"),
    };
    QStringList tags;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (html.contains(m.captured(1).toLower()))
            tags << m.captured();
    }
    tags.sort();
    return tags;
}

QString where(const QString &path, const ti::TsMessage &m)
{
    QString source = m.source;
    source.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    if (source.size() > 80)
        source = source.left(77) + QStringLiteral("...");
    return QStringLiteral("%1:%2:%3:\"%4\"%5")
        .arg(QFileInfo(path).fileName())
        .arg(m.line)
        .arg(m.context, source, m.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.comment));
}

// Everything wrong with one entry.
QStringList problemsOf(const QString &path, int forms, const ti::TsMessage &m)
{
    const QString at = where(path, m);
    if (m.type == QLatin1String("unfinished"))
        return {at + QStringLiteral(": unfinished")};
    if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
        return {at + QStringLiteral(": %1 (the source string is gone: run translations/update.sh)").arg(m.type)};
    QStringList problems;
    if (m.numerus && m.forms.size() != forms)
        problems << at + QStringLiteral(": %1 plural forms, the language has %2").arg(m.forms.size()).arg(forms);
    if (!m.numerus && m.forms.size() != 1)
        problems << at + QStringLiteral(": no translation");
    const QStringList wanted = placeholders(m.source);
    const bool accelerator = hasAccelerator(m.source);
    const QStringList tags = htmlTags(m.source);
    for (qsizetype i = 0; i < m.forms.size(); ++i) {
        const QString &form = m.forms.at(i);
        const QString which = m.numerus ? QStringLiteral(" (plural form %1)").arg(i + 1) : QString();
        if (form.isEmpty()) {
            problems << at + QStringLiteral(": empty translation") + which;
            continue;
        }
        for (const QString &token : wanted) {
            if (!form.contains(token))
                problems << at + QStringLiteral(": %1 missing in \"%2\"").arg(token, form) + which;
        }
        if (accelerator && !hasAccelerator(form))
            problems << at + QStringLiteral(": no & accelerator in \"%1\"").arg(form) + which;
        if (htmlTags(form) != tags)
            problems << at
                    + QStringLiteral(": HTML tags %1 differ from the source's %2")
                          .arg(htmlTags(form).join(QLatin1Char(' ')), tags.join(QLatin1Char(' ')))
                    + which;
    }
    return problems;
}

// A readable failure: QTest cuts a failure message at about a kilobyte, so the problems go out one a
// line (the first kShown, then how many more) and the failure itself says how many and where.
QByteArray report(const QStringList &problems, const QString &what)
{
    constexpr qsizetype kShown = 200;
    for (const QString &problem : problems.mid(0, kShown))
        qWarning().noquote() << problem;
    if (problems.size() > kShown)
        qWarning().noquote() << QStringLiteral("... and %1 more").arg(problems.size() - kShown);
    return QStringLiteral("%1 problem(s) %2 (listed above)").arg(problems.size()).arg(what).toUtf8();
}

QString lupdatePath()
{
    const QString env = qEnvironmentVariable("LUPDATE");
    if (!env.isEmpty())
        return env;
    for (const QString &dir : {QLibraryInfo::path(QLibraryInfo::BinariesPath),
                               QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath),
                               QStringLiteral("/usr/lib/qt6/bin")}) {
        const QString candidate = dir + QStringLiteral("/lupdate");
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

// What identifies an entry: context, source, comment and whether it is a plural.
QSet<QString> keysOf(const ti::TsFile &ts)
{
    QSet<QString> keys;
    for (const ti::TsMessage &m : ts.messages)
        keys.insert(m.context + QChar(0) + m.source + QChar(0) + m.comment + QChar(0)
                    + (m.numerus ? QLatin1Char('n') : QLatin1Char('-')));
    return keys;
}

QString describeKey(const QString &key)
{
    const QStringList parts = key.split(QChar(0));
    QString source = parts.value(1);
    source.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QStringLiteral("%1:\"%2\"%3%4")
        .arg(parts.value(0), source, parts.value(2).isEmpty() ? QString() : QStringLiteral(" (%1)").arg(parts.value(2)),
             parts.value(3) == QLatin1String("n") ? QStringLiteral(" [plural]") : QString());
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

    QString m_source;

private Q_SLOTS:
    void initTestCase()
    {
        m_source = ti::sourceDir();
        QVERIFY2(!m_source.isEmpty() && QFileInfo::exists(m_source + QStringLiteral("/translations/update.sh")),
                 qPrintable(QStringLiteral("source tree not found (from %1/CMakeCache.txt; set BULKHEAD_SOURCE_DIR)")
                                .arg(ti::buildDir())));
        QVERIFY2(!ti::tsFiles().isEmpty(), "no translations/bulkhead_*.ts");
    }

    // Every domain has a file per translated language, and each says which language it is.
    void everyDomainHasEveryLanguage()
    {
        static const QRegularExpression name(QStringLiteral("^bulkhead_(.+)_([a-z]{2})\\.ts$"));
        QMap<QString, QStringList> languagesOf;
        for (const QString &path : ti::tsFiles()) {
            const QRegularExpressionMatch m = name.match(QFileInfo(path).fileName());
            QVERIFY2(m.hasMatch(), qPrintable(path + QStringLiteral(": not named bulkhead_<domain>_<lang>.ts")));
            languagesOf[m.captured(1)] << m.captured(2);
            const ti::TsFile ts = ti::readTsFile(path);
            QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
            QVERIFY2(ts.language.section(QLatin1Char('_'), 0, 0) == m.captured(2),
                     qPrintable(QStringLiteral("%1: language=\"%2\"").arg(path, ts.language)));
        }
        for (auto it = languagesOf.cbegin(); it != languagesOf.cend(); ++it) {
            QStringList languages = it.value();
            languages.sort();
            // en: the English plural forms only (lupdate -pluralonly), see translations/update.sh.
            QCOMPARE(languages, QStringList({QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")}));
        }
    }

    // The checks themselves, on made-up entries: a check that never fails proves nothing.
    void checksCatchMistakes()
    {
        const auto message = [](const char *source, QStringList forms, bool numerus = false) {
            ti::TsMessage m;
            m.context = QStringLiteral("Ctx");
            m.source = QString::fromUtf8(source);
            m.forms = std::move(forms);
            m.numerus = numerus;
            return m;
        };
        const auto problems = [](const ti::TsMessage &m) { return problemsOf(QStringLiteral("x_de.ts"), 2, m); };
        QVERIFY(problems(message("&Open %1", {QStringLiteral("%1 \u00f6&ffnen")})).isEmpty());
        QVERIFY(problems(message("Tom && Jerry", {QStringLiteral("Tom und Jerry")})).isEmpty());
        QVERIFY(problems(message("<b>%n</b> finding(s)", {QStringLiteral("<b>%n</b> Befund"), QStringLiteral("<b>%n</b> Befunde")}, true))
                    .isEmpty());
        QVERIFY(problems(message("a&nbsp;b", {QStringLiteral("a b")})).isEmpty()); // an entity, not a mnemonic
        QVERIFY(problems(message("<none>", {QStringLiteral("<keine>")})).isEmpty()); // not an HTML tag

        QCOMPARE(problems(message("&Open %1", {QStringLiteral("%1 \u00f6ffnen")})).size(), 1); // accelerator
        QCOMPARE(problems(message("Open %1", {QStringLiteral("\u00d6ffnen")})).size(), 1);    // placeholder
        QCOMPARE(problems(message("Open", {QString()})).size(), 1);                           // empty
        QCOMPARE(problems(message("<b>Open</b>", {QStringLiteral("\u00d6ffnen")})).size(), 1); // tags
        QCOMPARE(problems(message("%n finding(s)", {QStringLiteral("%n Befund")}, true)).size(), 1); // forms
        QCOMPARE(problems(message("%n finding(s)", {QStringLiteral("ein Befund"), QStringLiteral("%n Befunde")}, true))
                     .size(),
                 1); // %n in every form
        ti::TsMessage unfinished = message("Open", {QString()});
        unfinished.type = QStringLiteral("unfinished");
        const QStringList one = problems(unfinished);
        QCOMPARE(one.size(), 1);
        QVERIFY2(one.first().startsWith(QStringLiteral("x_de.ts:0:Ctx:\"Open\": unfinished")), qPrintable(one.first()));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : ti::tsFiles())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    // No unfinished, vanished or obsolete entry, and every translation keeps what the program fills in.
    void complete()
    {
        QFETCH(QString, path);
        const ti::TsFile ts = ti::readTsFile(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        const int forms = numerusForms(ts.language);
        QVERIFY2(forms > 0, qPrintable(QStringLiteral("%1: no plural rule known for %2").arg(path, ts.language)));
        // English is the source language: its file holds the plural forms only ("%n findings" -> "1 finding").
        const bool pluralOnly = ts.language.startsWith(QLatin1String("en"));
        QStringList problems;
        for (const ti::TsMessage &m : ts.messages) {
            if (pluralOnly && !m.numerus)
                problems << where(path, m) + QStringLiteral(": not a plural entry in the English plural-only file");
            problems << problemsOf(path, forms, m);
        }
        QVERIFY2(problems.isEmpty(),
                 report(problems, QStringLiteral("in %1 (%2 entries)").arg(QFileInfo(path).fileName()).arg(ts.messages.size()))
                     .constData());
    }

    void fresh_data()
    {
        QTest::addColumn<QString>("domain");
        static const QRegularExpression name(QStringLiteral("^bulkhead_(.+)_de\\.ts$"));
        for (const QString &path : ti::tsFiles()) {
            const QRegularExpressionMatch m = name.match(QFileInfo(path).fileName());
            if (m.hasMatch())
                QTest::newRow(qPrintable(m.captured(1))) << m.captured(1);
        }
    }

    // translations/update.sh <domain>, run on copies, changes nothing and warns about nothing. The copy
    // is a temporary folder with the source folders linked in, so that the script runs with exactly the
    // arguments it gives lupdate (its folders per domain, its include paths) and never touches the tree.
    void fresh()
    {
        QFETCH(QString, domain);
        const QString lupdate = lupdatePath();
        QVERIFY2(!lupdate.isEmpty(), "lupdate not found (Debian: qt6-l10n-tools); set LUPDATE");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QDir src(m_source);
        QStringList links;
        // Removed before the folder is (QDir::removeRecursively does not follow links either, but the
        // source tree is not to be put at risk by a change there).
        const auto unlink = qScopeGuard([&links] {
            for (const QString &link : std::as_const(links))
                QFile::remove(link);
        });
        for (const QString &entry : src.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (entry == QLatin1String("translations"))
                continue;
            QVERIFY(QFile::link(src.filePath(entry), tmp.filePath(entry)));
            links << tmp.filePath(entry);
        }
        QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("translations")));
        const QString script = tmp.filePath(QStringLiteral("translations/update.sh"));
        QVERIFY(QFile::copy(src.filePath(QStringLiteral("translations/update.sh")), script));
        QStringList committed;
        for (const QString &lang : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en")}) {
            const QString name = QStringLiteral("translations/bulkhead_%1_%2.ts").arg(domain, lang);
            QVERIFY(QFile::copy(src.filePath(name), tmp.filePath(name)));
            committed << name;
        }

        QProcess run;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LUPDATE"), lupdate);
        run.setProcessEnvironment(env);
        run.setProcessChannelMode(QProcess::MergedChannels);
        // timeout(1) ends lupdate too (it signals its whole process group): lupdate 6.4 loops forever on
        // a tr() whose arguments hold a template argument list (tr("%n x", nullptr, static_cast<int>(n))).
        constexpr int kSeconds = 120;
        run.start(QStringLiteral("timeout"),
                  {QStringLiteral("-k"), QStringLiteral("5"), QString::number(kSeconds), QStringLiteral("bash"), script, domain});
        QVERIFY2(run.waitForFinished((kSeconds + 10) * 1000), "translations/update.sh did not finish");
        QString output = QString::fromLocal8Bit(run.readAll()).trimmed();
        output.replace(tmp.path() + QLatin1Char('/'), QString()); // name files as the tree does
        QVERIFY2(run.exitCode() != 124,
                 qPrintable(QStringLiteral("lupdate did not finish within %1 s for domain %2: look for a tr() whose "
                                           "arguments contain a template argument list (compute the value first)")
                                .arg(kSeconds)
                                .arg(domain)));
        QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0,
                 qPrintable(QStringLiteral("translations/update.sh %1 failed:\n%2").arg(domain, output)));
        // update.sh runs lupdate twice (all entries, then the English plural forms): each warning once.
        QStringList warnings = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        warnings.removeDuplicates();
        QVERIFY2(warnings.isEmpty(),
                 report(warnings, QStringLiteral("from lupdate for domain %1: its strings land under a context tr() "
                                                 "does not look up at run time (a free or namespace tr() wrapper? "
                                                 "use a class with Q_DECLARE_TR_FUNCTIONS)")
                                      .arg(domain))
                     .constData());

        QStringList problems;
        for (const QString &name : committed) {
            const ti::TsFile before = ti::readTsFile(src.filePath(name));
            const ti::TsFile after = ti::readTsFile(tmp.filePath(name));
            QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
            QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
            const QSet<QString> was = keysOf(before);
            const QSet<QString> is = keysOf(after);
            QStringList added, gone;
            for (const QString &key : is - was)
                added << describeKey(key);
            for (const QString &key : was - is)
                gone << describeKey(key);
            added.sort();
            gone.sort();
            for (const QString &key : std::as_const(added))
                problems << QStringLiteral("%1:%2: in the code, not in the committed file").arg(name, key);
            for (const QString &key : std::as_const(gone))
                problems << QStringLiteral("%1:%2: committed, no longer in the code").arg(name, key);
        }
        QVERIFY2(problems.isEmpty(),
                 report(problems, QStringLiteral("for domain %1: run translations/update.sh %1 and translate").arg(domain))
                     .constData());
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
