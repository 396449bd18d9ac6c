#include "commandline.h"

#include "api/apiclient.h"
#include "mainwindow.h"
#include "resources.h"
#include "service/localservice.h"
#include "synccommand.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace {

void print(const QString &text, bool error)
{
    std::fputs(text.toLocal8Bit().constData(), error ? stderr : stdout);
    std::fflush(error ? stderr : stdout);
}

// Settings live in the data directory, so a --data-dir (tests, a second profile) is
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

    std::unique_ptr<kanri::api::ApiClient> client;
    std::unique_ptr<kanri::ui::MainWindow> window;
    const auto openConsole = [&](const QUrl &url, const QString &pin) {
        client = std::make_unique<kanri::api::ApiClient>(url, kanri::api::TlsPolicy(pin));
        window = std::make_unique<kanri::ui::MainWindow>(*client);
        window->show();
    };

    kanri::service::LocalService demoService;
    if (!options.demo) {
        openConsole(options.url, options.pin);
        return app.exec();
    }

    QProgressDialog progress(QCoreApplication::translate("main", "Starting the local demo service…"),
                             QCoreApplication::translate("main", "Cancel"), 0, 0);
    progress.setWindowTitle(QStringLiteral("Kanri"));
    progress.setMinimumDuration(0);
    QObject::connect(&progress, &QProgressDialog::canceled, &app, &QCoreApplication::quit);
    QObject::connect(&demoService, &kanri::service::LocalService::ready, &app,
                     [&](const QUrl &url, const QString &fingerprint) {
                         progress.reset();
                         print(QStringLiteral("kanri: demo service at %1 (certificate %2)\n")
                                   .arg(url.toString(), fingerprint),
                               false);
                         openConsole(url, fingerprint);
                     });
    QObject::connect(&demoService, &kanri::service::LocalService::failed, &app,
                     [&](const QString &message) {
                         progress.reset();
                         print(message + QLatin1Char('\n'), true);
                         QMessageBox::critical(nullptr, QStringLiteral("Kanri"), message);
                         QCoreApplication::exit(1);
                     });
    demoService.start(QDir(dataDir).filePath(QStringLiteral("demo-service")), {QStringLiteral("--demo")});
    progress.show();
    const int code = app.exec();
    window.reset();
    return code;
}
