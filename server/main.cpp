#include "cli/vendorcommands.h"
#include "service.h"
#include "serviceoptions.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT end the event loop, so the service shuts down cleanly.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kanri-service"));

    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        int code = 0;
        if (kanri::server::runVendorCommand(QCoreApplication::arguments().mid(1), out, err, &code))
            return code;
    }

    const auto parsed = kanri::server::parseCommandLine(QCoreApplication::arguments());
    if (!parsed.options) {
        std::fputs(parsed.output.toLocal8Bit().constData(), parsed.exitCode == 0 ? stdout : stderr);
        return parsed.exitCode;
    }

    quitOnSignals(app);
    kanri::server::Service service(*parsed.options);
    QString error;
    if (!service.start(&error)) {
        std::fprintf(stderr, "kanri-service: %s\n", error.toLocal8Bit().constData());
        return 1;
    }
    std::printf("kanri-service ready url=%s fingerprint=%s\n",
                service.url().toString().toUtf8().constData(),
                service.fingerprint().toLatin1().constData());
    std::fflush(stdout);
    return app.exec();
}
