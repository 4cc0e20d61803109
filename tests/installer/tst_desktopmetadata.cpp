// Desktop integration (issue 10): the .desktop file and the AppStream metainfo pass the freedesktop
// validators and agree on one application id; `cmake --install` of this build tree puts every file
// in its FHS place (binaries, menu entry, metainfo, hicolor icons in every size and scalable,
// compressed man pages, bash completion, translations); the man pages render without warnings; the
// bash completion completes commands, subcommands, options and values, and offers every option the
// commands' own --help lists (so it cannot fall behind the CLI unnoticed).
//
// The validators and groff are Debian packages (desktop-file-utils, appstream, groff-base, all in
// installer/debian-setup.sh); a check whose tool is missing is skipped with the package to install.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#ifndef BULKHEAD_BUILD_DIR
#error "BULKHEAD_BUILD_DIR comes from the top-level CMakeLists.txt"
#endif

namespace {

const QString kAppId = QStringLiteral("io.github.bulkhead.Bulkhead");
const QList<int> kIconSizes{16, 24, 32, 48, 64, 128, 256};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program to completion (a minute at most); exitCode -1 when it could not start or hung.
Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("%1 did not run: %2").arg(program, p.errorString());
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(BULKHEAD_SOURCE_DIR)).filePath(relative);
}

// The value of a key of the [Desktop Entry] group ("" when absent).
QString desktopKey(const QString &path, const QString &key)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    bool inEntry = false;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('[')))
            inEntry = line == QLatin1String("[Desktop Entry]");
        else if (inEntry && line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1);
    }
    return {};
}

// Width and height from a PNG's IHDR chunk (0, 0 when it is no PNG).
QSize pngSize(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = f.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {};
    const auto be32 = [&head](int at) {
        return (quint32(quint8(head[at])) << 24) | (quint32(quint8(head[at + 1])) << 16)
               | (quint32(quint8(head[at + 2])) << 8) | quint32(quint8(head[at + 3]));
    };
    return QSize(int(be32(16)), int(be32(20)));
}

} // namespace

class tst_DesktopMetadata : public QObject
{
    Q_OBJECT

private slots:
    void desktopFileValidates();
    void metainfoValidates();
    void idsAgree();
    void installTree();
    void windowIconResource();
    void manPagesRender_data();
    void manPagesRender();
    void bashCompletion_data();
    void bashCompletion();
    void bashCompletionKnowsEveryOption_data();
    void bashCompletionKnowsEveryOption();

private:
    QString desktopFile() const { return sourcePath(QStringLiteral("installer/%1.desktop").arg(kAppId)); }
    QString metainfoFile() const { return sourcePath(QStringLiteral("installer/%1.metainfo.xml").arg(kAppId)); }
    QString completionFile() const { return sourcePath(QStringLiteral("installer/completion/bulkheadctl")); }
    // bash's answer to TAB after `words` (the last word is the one being completed).
    QStringList complete(const QStringList &words);
};

void tst_DesktopMetadata::desktopFileValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
    const Run r = run(tool, {desktopFile()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // Hints are fine; warnings and errors are not.
    QVERIFY2(!r.out.contains(QLatin1String("error:")) && !r.out.contains(QLatin1String("warning:")),
             qPrintable(r.out));
}

void tst_DesktopMetadata::metainfoValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (tool.isEmpty())
        QSKIP("appstreamcli is not installed (Debian: appstream)");
    // --no-net: CI has no network; the screenshot URLs are checked for form (https) only.
    const Run r = run(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfoFile()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(!r.out.contains(QRegularExpression(QStringLiteral("^[EW]: "), QRegularExpression::MultilineOption)),
             qPrintable(r.out));
}

void tst_DesktopMetadata::idsAgree()
{
    // The desktop file's name, its Icon=, the metainfo's <id>, <launchable> and <icon> are one id.
    QCOMPARE(desktopKey(desktopFile(), QStringLiteral("Icon")), kAppId);
    QCOMPARE(desktopKey(desktopFile(), QStringLiteral("Exec")).section(QLatin1Char(' '), 0, 0), QStringLiteral("bulkhead"));

    QFile f(metainfoFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString id, launchable, icon, releaseVersion;
    QStringList binaries, screenshots;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("id"))
            id = xml.readElementText();
        else if (name == QLatin1String("launchable"))
            launchable = xml.readElementText();
        else if (name == QLatin1String("icon"))
            icon = xml.readElementText();
        else if (name == QLatin1String("binary"))
            binaries << xml.readElementText();
        else if (name == QLatin1String("image"))
            screenshots << xml.readElementText();
        else if (name == QLatin1String("release") && releaseVersion.isEmpty())
            releaseVersion = xml.attributes().value(QLatin1String("version")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, kAppId);
    QCOMPARE(launchable, kAppId + QLatin1String(".desktop"));
    QCOMPARE(icon, kAppId);
    QCOMPARE(binaries, (QStringList{QStringLiteral("bulkhead"), QStringLiteral("bulkheadctl")}));
    // The newest release is the version being built.
    QCOMPARE(releaseVersion, QStringLiteral(BULKHEAD_VERSION));
    // Each screenshot is a picture of the real program, kept in docs/screenshots.
    QVERIFY(!screenshots.isEmpty());
    for (const QString &url : screenshots) {
        QVERIFY2(url.startsWith(QLatin1String("https://")), qPrintable(url));
        const QString file = url.section(QLatin1Char('/'), -1);
        QVERIFY2(QFile::exists(sourcePath(QStringLiteral("docs/screenshots/") + file)),
                 qPrintable(QStringLiteral("%1 names docs/screenshots/%2, which does not exist").arg(url, file)));
    }
    // The icon the id names exists.
    QVERIFY(QFile::exists(sourcePath(QStringLiteral("resources/icons/%1.svg").arg(kAppId))));
}

void tst_DesktopMetadata::installTree()
{
    QTemporaryDir destDir;
    QVERIFY(destDir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DESTDIR"), destDir.path());
    // The layout of the .deb: prefix /usr, under DESTDIR.
    const Run r = run(QStringLiteral(BULKHEAD_CMAKE),
                      {QStringLiteral("--install"), QStringLiteral(BULKHEAD_BUILD_DIR), QStringLiteral("--prefix"),
                       QStringLiteral("/usr")},
                      env);
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("cmake --install failed:\n") + r.out + r.err));

    const QDir usr(destDir.filePath(QStringLiteral("usr")));
    QStringList installed;
    QDirIterator it(usr.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        installed << usr.relativeFilePath(it.next());
    installed.sort();

    QStringList expected{
        QStringLiteral("bin/bulkhead"),
        QStringLiteral("bin/bulkheadctl"),
        QStringLiteral("share/applications/%1.desktop").arg(kAppId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId),
        QStringLiteral("share/man/man1/bulkhead.1.gz"),
        QStringLiteral("share/man/man1/bulkheadctl.1.gz"),
        QStringLiteral("share/bash-completion/completions/bulkheadctl"),
        QStringLiteral("share/doc/bulkhead/changelog.gz"),
        QStringLiteral("share/doc/bulkhead/copyright"),
        QStringLiteral("share/doc/bulkhead/examples/gate-policies/baseline.json"),
        QStringLiteral("share/doc/bulkhead/examples/gate-policies/strict-release.json"),
    };
    for (int size : kIconSizes)
        expected << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId);
    // One .qm for each .ts in translations/.
    const QStringList tsFiles = QDir(sourcePath(QStringLiteral("translations")))
                                    .entryList({QStringLiteral("bulkhead_*.ts")}, QDir::Files);
    QVERIFY(!tsFiles.isEmpty());
    for (const QString &ts : tsFiles)
        expected << QStringLiteral("share/bulkhead/translations/%1.qm").arg(ts.chopped(3));
    expected.sort();
    QCOMPARE(installed, expected);

    // Programs executable; each icon the size its folder says; the metadata as validated.
    for (const QString &program : {QStringLiteral("bin/bulkhead"), QStringLiteral("bin/bulkheadctl")})
        QVERIFY2(QFileInfo(usr.filePath(program)).isExecutable(), qPrintable(program));
    for (int size : kIconSizes) {
        const QString png = usr.filePath(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId));
        QCOMPARE(pngSize(png), QSize(size, size));
    }
    const auto sameBytes = [](const QString &a, const QString &b) {
        QFile fa(a), fb(b);
        return fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly) && fa.readAll() == fb.readAll();
    };
    QVERIFY(sameBytes(usr.filePath(QStringLiteral("share/applications/%1.desktop").arg(kAppId)), desktopFile()));
    QVERIFY(sameBytes(usr.filePath(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId)), metainfoFile()));

    // The installed bulkheadctl runs and knows its version.
    const Run version = run(usr.filePath(QStringLiteral("bin/bulkheadctl")), {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("bulkheadctl " BULKHEAD_VERSION));
}

void tst_DesktopMetadata::windowIconResource()
{
    // The GUI's fallback window icon when no theme has one (installer/CMakeLists.txt, bulkhead_appicon).
    const QString icon = QStringLiteral(":/icons/%1.png").arg(kAppId);
    QVERIFY2(QFile::exists(icon), qPrintable(icon));
    QCOMPARE(pngSize(icon), QSize(256, 256));
}

void tst_DesktopMetadata::manPagesRender_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("bulkhead") << QStringLiteral("bulkhead");
    QTest::newRow("bulkheadctl") << QStringLiteral("bulkheadctl");
}

void tst_DesktopMetadata::manPagesRender()
{
    QFETCH(QString, page);
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        QSKIP("groff is not installed (Debian: groff-base)");
    const QString gz = QDir(QStringLiteral(BULKHEAD_BUILD_DIR)).filePath(QStringLiteral("installer/man/%1.1.gz").arg(page));
    const Run unzipped = run(QStringLiteral("gzip"), {QStringLiteral("-dc"), gz});
    QVERIFY2(unzipped.exitCode == 0, qPrintable(unzipped.err));
    QVERIFY2(unzipped.out.contains(QStringLiteral("\"Bulkhead " BULKHEAD_VERSION "\"")),
             "the page's .TH line carries the version being built");
    QVERIFY(unzipped.out.contains(QLatin1String(".SH SEE ALSO")));

    // -ww: every warning; -z: no output. A clean page prints nothing on stderr.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"), QStringLiteral("-z")});
    QVERIFY(p.waitForStarted());
    p.write(unzipped.out.toUtf8());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    const QString warnings = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

QStringList tst_DesktopMetadata::complete(const QStringList &words)
{
    // A bare bash (no bash-completion loaded) with the words as bash would split them; the first
    // word is the bulkheadctl of this build, so that the completion can ask it for check ids.
    QStringList argv = words;
    argv[0] = qEnvironmentVariable("BULKHEADCTL", QStringLiteral(BULKHEAD_BUILD_DIR "/app/bulkheadctl"));
    const QString script = QStringLiteral(
        "source \"$0\" || exit 3\n"
        "COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1))\n"
        "_bulkheadctl\n"
        "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
    const Run r = run(QStringLiteral("bash"), QStringList{QStringLiteral("-c"), script, completionFile()} + argv);
    if (r.exitCode != 0)
        qWarning("bash: %s", qPrintable(r.err));
    QStringList reply = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    reply.sort();
    return reply;
}

void tst_DesktopMetadata::bashCompletion_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("expected");
    const auto l = [](const char *s) { return QString::fromLatin1(s).split(QLatin1Char(' ')); };
    QTest::newRow("command") << l("bulkheadctl rep") << l("report");
    QTest::newRow("commands after --db") << l("bulkheadctl --db /tmp/x.db st") << l("stats");
    QTest::newRow("global options") << l("bulkheadctl --") << l("--db --help --lang --version");
    QTest::newRow("--lang") << QStringList{QStringLiteral("bulkheadctl"), QStringLiteral("--lang"), QString()}
                            << l("de en fr");
    QTest::newRow("rbac subcommands") << l("bulkheadctl rbac w") << l("who-can why");
    QTest::newRow("source add kinds") << l("bulkheadctl source add v") << l("vault");
    QTest::newRow("vault options") << l("bulkheadctl source add vault x https://v --token-") << l("--token-env --token-file");
    QTest::newRow("findings option") << l("bulkheadctl findings --sev") << l("--severity");
    QTest::newRow("severity values") << l("bulkheadctl findings --severity c") << l("critical");
    QTest::newRow("status per command") << l("bulkheadctl attest SEC-4 --status w") << l("withdrawn");
    QTest::newRow("format per command") << QStringList{QStringLiteral("bulkheadctl"), QStringLiteral("stats"),
                                                       QStringLiteral("--format"), QString()}
                                        << l("json text");
    QTest::newRow("--opt=value split by bash") << l("bulkheadctl review diff --format = j") << l("json");
    QTest::newRow("export kinds") << l("bulkheadctl export o") << l("openvex");
    QTest::newRow("drills subcommand options") << l("bulkheadctl drills check 3 1 --d") << l("--done");
    QTest::newRow("scope keys") << l("bulkheadctl gate --scope n") << l("namespace=");
    // Asked of bulkheadctl itself (the last line of `workloads --help`).
    QTest::newRow("workload checks") << l("bulkheadctl workloads --failing privileged") << l("privileged");
}

void tst_DesktopMetadata::bashCompletion()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, expected);
    if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
        QSKIP("bash is not installed");
    QCOMPARE(complete(words), expected);
}

void tst_DesktopMetadata::bashCompletionKnowsEveryOption_data()
{
    QTest::addColumn<QStringList>("command");
    const auto l = [](const char *s) { return QString::fromLatin1(s).split(QLatin1Char(' ')); };
    // The commands whose help has option lines (stats, controls show, secrets show, evaluate and
    // import-inventory name their few options in the usage line only).
    for (const char *command :
         {"import", "findings", "triage", "images", "workloads", "controls", "attest", "report", "export", "gate",
          "collect", "demo", "rbac who-can", "rbac subject", "rbac why", "rbac review", "rbac bindings",
          "rbac history", "rbac risks", "secrets", "secrets policy", "review diff", "review signoff",
          "review history"})
        QTest::newRow(command) << l(command);
}

void tst_DesktopMetadata::bashCompletionKnowsEveryOption()
{
    QFETCH(QStringList, command);
    if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
        QSKIP("bash is not installed");
    const QString ctl = qEnvironmentVariable("BULKHEADCTL", QStringLiteral(BULKHEAD_BUILD_DIR "/app/bulkheadctl"));
    // English help (the option names are never translated, but the layout is read in English).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    Run help = run(ctl, QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + command + QStringList{QStringLiteral("--help")}, env);
    if (help.exitCode == 2) // a bulkheadctl without --lang
        help = run(ctl, command + QStringList{QStringLiteral("--help")}, env);
    QVERIFY2(help.exitCode == 0, qPrintable(help.out + help.err));

    // Option lines of the help: "  --name ...", "  -n, --namespace NS ...".
    static const QRegularExpression optionLine(QStringLiteral("^  (?:-[a-z], )?(--[a-z][a-z-]*)"),
                                               QRegularExpression::MultilineOption);
    QStringList documented;
    for (auto m = optionLine.globalMatch(help.out); m.hasNext();)
        documented << m.next().captured(1);
    QVERIFY2(!documented.isEmpty(), qPrintable(help.out));

    const QStringList offered = complete(QStringList{QStringLiteral("bulkheadctl")} + command + QStringList{QStringLiteral("--")});
    for (const QString &option : std::as_const(documented))
        QVERIFY2(offered.contains(option),
                 qPrintable(QStringLiteral("`bulkheadctl %1 --help` lists %2; installer/completion/bulkheadctl does not offer it")
                                .arg(command.join(QLatin1Char(' ')), option)));
}

QTEST_GUILESS_MAIN(tst_DesktopMetadata)
#include "tst_desktopmetadata.moc"
