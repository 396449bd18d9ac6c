#include "serviceoptions.h"

#include <kanri/version.h>

#include <QCommandLineParser>

namespace kanri::server {

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty())
        host = QStringLiteral("127.0.0.1");
    if (host == QLatin1StringView("localhost"))
        host = QStringLiteral("127.0.0.1");
    QHostAddress parsed;
    if (!parsed.setAddress(host))
        return false;
    *address = parsed;
    *port = static_cast<quint16>(p);
    return true;
}

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Kanri reference service: the HTTPS API that the Kanri console manages."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Directory for the database and certificates."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to listen on (default 127.0.0.1:8443; "
                                                   "port 0 picks a free port)."),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption cert(QStringLiteral("cert"),
                                  QStringLiteral("PEM certificate (with chain) to serve."),
                                  QStringLiteral("PEM"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("PEM private key of --cert."),
                                 QStringLiteral("PEM"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Seed the demo tenants on first start."));
    const QCommandLineOption demoUsers(QStringLiteral("demo-users"),
                                       QStringLiteral("Number of users in the demo tenant (default 500)."),
                                       QStringLiteral("N"));
    // Tunables for tests and benchmarks; not shown in --help.
    QCommandLineOption accessTtl(QStringLiteral("access-token-ttl"), QStringLiteral("Access token lifetime (s)."),
                                 QStringLiteral("SECONDS"));
    QCommandLineOption apiRate(QStringLiteral("api-rate"),
                               QStringLiteral("API requests per user and second (0: unlimited)."),
                               QStringLiteral("N"));
    QCommandLineOption loginRate(QStringLiteral("login-rate"),
                                 QStringLiteral("Sign-in attempts per client address and minute."), QStringLiteral("N"));
    QCommandLineOption noAccessLog(QStringLiteral("no-access-log"), QStringLiteral("Do not write the access log."));
    QCommandLineOption purgeInterval(QStringLiteral("purge-interval"),
                                     QStringLiteral("Seconds between retention purges."), QStringLiteral("SECONDS"));
    QCommandLineOption exportTtl(QStringLiteral("export-ttl"),
                                 QStringLiteral("Seconds a generated log export stays downloadable."),
                                 QStringLiteral("SECONDS"));
    QCommandLineOption exportThrottle(QStringLiteral("export-throttle"),
                                      QStringLiteral("Pause after each chunk of a log export's rows (ms)."),
                                      QStringLiteral("MS"));
    QCommandLineOption httpThreads(QStringLiteral("http-threads"),
                                   QStringLiteral("Threads serving HTTP (default: one per core, up to 4)."),
                                   QStringLiteral("N"));
    for (QCommandLineOption *hidden : {&accessTtl, &apiRate, &loginRate, &noAccessLog, &purgeInterval,
                                       &exportTtl, &exportThrottle, &httpThreads})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({help, version, dataDir, listen, cert, key, demo, demoUsers, accessTtl, apiRate,
                       loginRate, noAccessLog, purgeInterval, exportTtl, exportThrottle, httpThreads});

    ParsedCommandLine result;
    const auto usageError = [&](const QString &message) {
        result.output = QStringLiteral("kanri-service: %1\nTry 'kanri-service --help'.\n").arg(message);
        result.exitCode = 2;
        return result;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.output = QStringLiteral("kanri-service %1\n").arg(QLatin1StringView(kVersion));
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    ServiceOptions options;
    options.dataDir = parser.value(dataDir);
    if (options.dataDir.isEmpty())
        return usageError(QStringLiteral("--data-dir DIR is required"));
    if (parser.isSet(listen)
        && !parseListen(parser.value(listen), &options.listenAddress, &options.listenPort))
        return usageError(QStringLiteral("--listen expects HOST:PORT, got '%1'").arg(parser.value(listen)));
    options.certPath = parser.value(cert);
    options.keyPath = parser.value(key);
    if (options.certPath.isEmpty() != options.keyPath.isEmpty())
        return usageError(QStringLiteral("--cert and --key go together"));
    options.demo = parser.isSet(demo);
    if (parser.isSet(demoUsers)) {
        bool ok = false;
        options.demoUsers = parser.value(demoUsers).toInt(&ok);
        if (!ok || options.demoUsers < 5 || options.demoUsers > 1000000)
            return usageError(QStringLiteral("--demo-users expects a number from 5 to 1000000"));
        options.demo = true;
    }
    const auto number = [&](const QCommandLineOption &option, qint64 min, qint64 max, qint64 *out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < min || value > max)
            return false;
        *out = value;
        return true;
    };
    qint64 rate = options.config.apiPerSecond;
    qint64 logins = options.config.loginPerMinute;
    qint64 threads = options.config.httpThreads;
    if (!number(accessTtl, 1, 86400, &options.config.accessTokenSeconds)
        || !number(apiRate, 0, 1'000'000, &rate) || !number(loginRate, 1, 1'000'000, &logins)
        || !number(purgeInterval, 1, 86400 * 30, &options.config.purgeIntervalSeconds)
        || !number(exportTtl, 1, 86400 * 365, &options.config.exportTtlSeconds)
        || !number(exportThrottle, 0, 60'000, &options.config.exportThrottleMs)
        || !number(httpThreads, 0, 64, &threads))
        return usageError(QStringLiteral("a tuning option has a value out of range"));
    options.config.apiPerSecond = static_cast<int>(rate);
    options.config.loginPerMinute = static_cast<int>(logins);
    options.config.httpThreads = static_cast<int>(threads);
    options.config.loginBurst = static_cast<int>(logins);
    options.config.apiBurst = std::max(options.config.apiBurst, options.config.apiPerSecond * 5);
    options.config.accessLog = !parser.isSet(noAccessLog);
    result.options = options;
    return result;
}

} // namespace kanri::server
