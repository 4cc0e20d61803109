// bulkhead: the desktop front end. Composition root: application identity, command line, store,
// main window.
#include "mainwindow/mainwindow.h"
#include "pages/pageid.h"

#include "i18n/translationloader.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

QString tr(const char *text)
{
    return QApplication::translate("main", text);
}

// Errors go to stderr too: the GUI may be started from a terminal or a script with no one to
// click the message box away.
int fail(const QString &message, int code)
{
    std::fprintf(stderr, "bulkhead: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, tr("Bulkhead"), message);
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("bulkhead"));
    QApplication::setApplicationName(QStringLiteral("Bulkhead"));
    QApplication::setApplicationVersion(QStringLiteral(BULKHEAD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.bulkhead.Bulkhead"));
    // The language chosen in the settings, else the system's; a missing translation only warns.
    if (const QString problem = bulkhead::i18n::installConfiguredTranslations(); !problem.isEmpty())
        std::fprintf(stderr, "bulkhead: %s\n", qPrintable(problem));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Container security posture dashboard"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Store file to open."), QStringLiteral("PATH"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        tr("Page to show first: %1.").arg(bulkhead::ui::pageKeys().join(", ")),
                                        QStringLiteral("NAME"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              tr("Save a picture of the window to FILE after a moment, then quit "
                                                 "(for documentation)."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption delayOption(QStringLiteral("screenshot-delay"),
                                         tr("Milliseconds to wait before --screenshot (default 2000)."),
                                         QStringLiteral("MS"), QStringLiteral("2000"));
    parser.addOptions({dbOption, pageOption, screenshotOption, delayOption});
    parser.process(app);

    std::optional<bulkhead::ui::PageId> page;
    if (parser.isSet(pageOption)) {
        page = bulkhead::ui::pageFromKey(parser.value(pageOption));
        if (!page) {
            // A usage error, like the unknown options QCommandLineParser reports: stderr only.
            std::fprintf(stderr, "bulkhead: %s\n",
                         qPrintable(tr("unknown page \"%1\"; pages: %2")
                                        .arg(parser.value(pageOption), bulkhead::ui::pageKeys().join(", "))));
            return 2;
        }
    }

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                                                : QString::fromStdString(bulkhead::Database::defaultPath());
    // Create or migrate the store before the window opens read connections on it.
    try {
        bulkhead::Database::open(path.toStdString());
    } catch (const bulkhead::StoreError &e) {
        return fail(tr("Cannot open the store:\n%1").arg(QString::fromStdString(e.what())), 1);
    }
    bulkhead::ui::MainWindow window(path);
    if (page)
        window.showPage(*page);
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(parser.value(delayOption).toInt(), &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (!saved)
                std::fprintf(stderr, "bulkhead: cannot write %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
