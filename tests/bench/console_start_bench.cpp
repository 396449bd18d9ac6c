// Console start from the encrypted cache, offline, to the users table populated; and the peak
// memory with every cached user in the table. The program is the console itself (controller,
// main window, users page), started with --offline on a saved profile whose cache `kanri sync`
// filled; only the cache passphrase comes from a file instead of the dialog.
// Usage: console_start_bench DATA_DIR PROFILE PASSPHRASE_FILE
// Prints: start_to_table_ms=… users_shown=… peak_rss_mib=…
#include "cache/cachekey.h"
#include "consolecontroller.h"
#include "mainwindow.h"
#include "pages/userspage.h"
#include "secrets/secretstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

qint64 peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    if (argc != 4) {
        std::fputs("usage: console_start_bench DATA_DIR PROFILE PASSPHRASE_FILE\n", stderr);
        return 2;
    }
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    QFile passphraseFile(QString::fromLocal8Bit(argv[3]));
    if (!passphraseFile.open(QIODevice::ReadOnly))
        return 2;
    const QString passphrase = QString::fromUtf8(passphraseFile.readAll()).trimmed();

    // The console's settings file in DATA_DIR, as `kanri --data-dir` and `kanri sync` use it.
    QCoreApplication::setOrganizationName(QStringLiteral("Kanri"));
    QCoreApplication::setApplicationName(QStringLiteral("kanri"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataDir);
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/page"), int(kanri::ui::MainWindow::PageId::Users));
    settings.sync();
    kanri::secrets::MemorySecretStore noKeychain;
    noKeychain.setAvailable(false);
    kanri::ui::ConsoleController console(settings, noKeychain, dataDir);
    console.setPassphraseProvider(std::make_unique<kanri::cache::FixedPassphraseProvider>(passphrase));
    console.setProbeInterval(std::chrono::hours(1)); // stays offline

    int exitCode = 1;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &app, [&] {
        kanri::ui::MainWindow *window = console.mainWindow();
        if (!window)
            return;
        auto *users = qobject_cast<kanri::ui::UsersPage *>(window->page(kanri::ui::MainWindow::PageId::Users));
        if (!users)
            return;
        watch.stop();
        const auto report = [&](qint64 shown, qint64 total) {
            if (shown <= 0)
                return;
            const qint64 ms = sinceStart.elapsed();
            // Let the table paint its first rows before reading the peak.
            QTimer::singleShot(200, &app, [&, ms, shown, total] {
                std::printf("start_to_table_ms=%lld users_shown=%lld of=%lld peak_rss_mib=%lld\n",
                            static_cast<long long>(ms), static_cast<long long>(shown),
                            static_cast<long long>(total), static_cast<long long>(peakRssMiB()));
                std::fflush(stdout);
                exitCode = 0;
                app.quit();
            });
        };
        QObject::connect(users, &kanri::ui::UsersPage::resultShown, &app, report);
    });
    watch.start(1);
    QTimer::singleShot(120'000, &app, [&] { app.quit(); });

    kanri::ui::ConsoleController::Start start;
    start.profileName = QString::fromLocal8Bit(argv[2]);
    start.offline = true;
    console.start(start);
    app.exec();
    return exitCode;
}
