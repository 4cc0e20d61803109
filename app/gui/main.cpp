// bulkhead: the desktop front end. Composition root: application identity, command line, store,
// main window.
#include "mainwindow/mainwindow.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("bulkhead"));
    QApplication::setApplicationName(QStringLiteral("Bulkhead"));
    QApplication::setApplicationVersion(QStringLiteral(BULKHEAD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.bulkhead.Bulkhead"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Container security posture dashboard"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Store file to open."),
                                QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                                                : QString::fromStdString(bulkhead::Database::defaultPath());
    // Create or migrate the store before the window opens read connections on it.
    try {
        bulkhead::Database::open(path.toStdString());
    } catch (const bulkhead::StoreError &e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Bulkhead"),
                              QApplication::translate("main", "Cannot open the store:\n%1").arg(QString::fromStdString(e.what())));
        return 1;
    }
    bulkhead::ui::MainWindow window(path);
    window.show();
    return app.exec();
}
