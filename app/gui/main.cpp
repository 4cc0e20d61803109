// bulkhead: the desktop front end. Composition root: application identity, command line, store,
// main window.
#include "mainwindow/mainwindow.h"
#include "pages/pageid.h"

#include "i18n/translationloader.h"
#include "store/database.h"
#include "store/storeaccess.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QCoreApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <clocale>
#include <cstdio>
#include <optional>

namespace {

// The messages of the command line and the start-up; the translation context lupdate files them under.
class BulkheadGui
{
    Q_DECLARE_TR_FUNCTIONS(BulkheadGui)
};

// Errors go to stderr too: the GUI may be started from a terminal or a script with no one to
// click the message box away.
int fail(const QString &message, int code)
{
    std::fprintf(stderr, "bulkhead: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, BulkheadGui::tr("Bulkhead"), message);
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
    // The installed theme icon (hicolor); the PNG compiled in when there is none (build tree, .tgz).
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.bulkhead.Bulkhead"),
                                                 QIcon(QStringLiteral(":/icons/io.github.bulkhead.Bulkhead.png"))));
    // The language chosen in the settings, else the system's; a missing translation only warns.
    if (const QString problem = bulkhead::i18n::installConfiguredTranslations(); !problem.isEmpty())
        std::fprintf(stderr, "bulkhead: %s\n", qPrintable(problem));
    // QApplication set the C library's locale from the environment; numbers that printf, strtod and
    // the parsers read and write (CSV, JSON) stay C. People's numbers go through QLocale.
    std::setlocale(LC_NUMERIC, "C");

    QCommandLineParser parser;
    parser.setApplicationDescription(BulkheadGui::tr("Container security posture dashboard"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), BulkheadGui::tr("Store file to open."), QStringLiteral("PATH"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        BulkheadGui::tr("Page to show first: %1.").arg(bulkhead::ui::pageKeys().join(", ")),
                                        QStringLiteral("NAME"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              BulkheadGui::tr("Save a picture of the window to FILE after a moment, then quit "
                                                 "(for documentation)."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption delayOption(QStringLiteral("screenshot-delay"),
                                         BulkheadGui::tr("Milliseconds to wait before --screenshot (default 2000)."),
                                         QStringLiteral("MS"), QStringLiteral("2000"));
    parser.addOptions({dbOption, pageOption, screenshotOption, delayOption});
    parser.process(app);

    std::optional<bulkhead::ui::PageId> page;
    if (parser.isSet(pageOption)) {
        page = bulkhead::ui::pageFromKey(parser.value(pageOption));
        if (!page) {
            // A usage error, like the unknown options QCommandLineParser reports: stderr only.
            std::fprintf(stderr, "bulkhead: %s\n",
                         qPrintable(BulkheadGui::tr("unknown page \"%1\"; pages: %2")
                                        .arg(parser.value(pageOption), bulkhead::ui::pageKeys().join(", "))));
            return 2;
        }
    }

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                                                : QString::fromStdString(bulkhead::Database::defaultPath());
    // Create or migrate the store before the window opens read connections on it. A store this user
    // may not write is only checked (it opens, it is not from a newer Bulkhead, it needs no
    // migration): the window then shows it read-only and says so.
    const std::string storePath = path.toStdString();
    const bool readOnly = QFileInfo::exists(path) && !bulkhead::storeWritable(storePath);
    try {
        bulkhead::Database::open(storePath, readOnly ? bulkhead::Database::Access::ReadOnly
                                                     : bulkhead::Database::Access::ReadWrite);
    } catch (const bulkhead::StoreError &e) {
        return fail(BulkheadGui::tr("Cannot open the store:\n%1").arg(QString::fromStdString(e.what())), 1);
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
                std::fprintf(stderr, "bulkhead: %s\n", qPrintable(BulkheadGui::tr("cannot write %1").arg(file)));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
