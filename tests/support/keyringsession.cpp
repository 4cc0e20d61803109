#include "keyringsession.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace bulkhead::test {

bool insideKeyringSession()
{
    return qEnvironmentVariable(kKeyringSessionVariable) == QLatin1String("1");
}

std::optional<int> rerunInKeyringSession(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kKeyringSessionVariable))
        return std::nullopt;
    const QString runner = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (runner.isEmpty() || daemon.isEmpty())
        return std::nullopt;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kKeyringSessionVariable), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    // The script is fixed; the program and its arguments reach it as "$0" "$@", never as text.
    QStringList args{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null "
                                    "&& exec \"$0\" \"$@\""),
                     QCoreApplication::applicationFilePath()};
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(runner, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit)
        return 1;
    return p.exitCode();
}

} // namespace bulkhead::test
