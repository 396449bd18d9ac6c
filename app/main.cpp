#include "commandline.h"

#include "consolecontroller.h"
#include "resources.h"
#include "secrets/secretstore.h"
#include "synccommand.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

namespace {

void print(const QString &text, bool error)
{
    std::fputs(text.toLocal8Bit().constData(), error ? stderr : stdout);
    std::fflush(error ? stderr : stdout);
}

// Settings live in the data directory, so a --data-dir (tests, a second installation) is
// self-contained.
QString prepareDataDir(const QString &given)
{
    const QString dir = given.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : QDir(given).absolutePath();
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    return dir;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && QByteArrayView(argv[1]) == "sync") {
        QCoreApplication app(argc, argv);
        return kanri::app::runSyncCommand(app.arguments().mid(2));
    }
    // Parsed before QApplication exists, so --help, --version and usage errors need no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const auto parsed = kanri::app::parseCommandLine(arguments);
    if (!parsed.options) {
        print(parsed.output, parsed.exitCode != 0);
        return parsed.exitCode;
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kanri"));
    QCoreApplication::setApplicationName(QStringLiteral("kanri"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Kanri"));
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.kanri.Kanri"));

    const kanri::app::ConsoleOptions &options = *parsed.options;
    kanri::installTranslations(app, kanri::chooseLanguage(options.language));
    const QString dataDir = prepareDataDir(options.dataDir);

    QApplication::setQuitOnLastWindowClosed(false); // the controller says when (quitRequested)
    QSettings settings;
    kanri::secrets::KeychainSecretStore keychain;
    kanri::ui::ConsoleController console(settings, keychain, dataDir);
    QObject::connect(&console, &kanri::ui::ConsoleController::quitRequested, &app, &QCoreApplication::quit);

    kanri::ui::ConsoleController::Start start;
    start.demo = options.demo;
    start.profileName = options.profile;
    start.offline = options.offline;
    if (!options.url.isEmpty()) {
        start.adHoc.name = options.url.authority();
        start.adHoc.url = options.url;
        start.adHoc.pin = options.pin;
    }
    console.start(start);
    return app.exec();
}
