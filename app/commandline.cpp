#include "commandline.h"

#include <kanri/version.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>


namespace kanri::app {

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine", "Kanri: the admin console for contract administrators."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("CommandLine", "Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QCoreApplication::translate("CommandLine", "Show the version."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("CommandLine", "Start a local demo service and connect to it."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("CommandLine", "Connect with the saved connection profile NAME."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     QCoreApplication::translate("CommandLine", "Open the profile's offline data without contacting the service."));
    const QCommandLineOption url(QStringLiteral("url"), QCoreApplication::translate("CommandLine", "Address of the service (https://…)."),
                                 QStringLiteral("URL"));
    const QCommandLineOption pin(QStringLiteral("pin"),
                                 QCoreApplication::translate("CommandLine", "Trust this self-signed certificate (sha256:HEX)."),
                                 QStringLiteral("FINGERPRINT"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("CommandLine", "Language of the console: ja or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QCoreApplication::translate("CommandLine", "Directory for settings, cache and the demo service."),
                                     QStringLiteral("DIR"));
    parser.addOptions({help, version, profile, offline, demo, url, pin, lang, dataDir});

    ParsedCommandLine result;
    const auto usageError = [&](const QString &message) {
        result.output = QStringLiteral("kanri: %1\n").arg(message)
                        + QCoreApplication::translate("CommandLine", "Try 'kanri --help'.") + QLatin1Char('\n');
        result.exitCode = 2;
        return result;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        // The first line names the executable as the process sees it; name the command instead.
        const QString text = parser.helpText();
        result.output = QStringLiteral("Usage: kanri [options]") + text.mid(text.indexOf(QLatin1Char('\n')));
        return result;
    }
    if (parser.isSet(version)) {
        result.output = QStringLiteral("kanri %1\n").arg(QLatin1StringView(kVersion));
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "unexpected argument '%1'").arg(parser.positionalArguments().first()));

    ConsoleOptions options;
    options.demo = parser.isSet(demo);
    options.profile = parser.value(profile);
    options.offline = parser.isSet(offline);
    options.dataDir = parser.value(dataDir);
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && options.language != QLatin1StringView("ja")
        && options.language != QLatin1StringView("en"))
        return usageError(QCoreApplication::translate("CommandLine", "--lang expects ja or en"));
    if (parser.isSet(url)) {
        options.url = QUrl(parser.value(url), QUrl::StrictMode);
        if (!options.url.isValid() || options.url.scheme() != QLatin1StringView("https")
            || options.url.host().isEmpty())
            return usageError(QCoreApplication::translate("CommandLine", "--url expects an https:// address"));
    }
    options.pin = parser.value(pin).toLower();
    static const QRegularExpression pinPattern(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    if (!options.pin.isEmpty() && !pinPattern.match(options.pin).hasMatch())
        return usageError(QCoreApplication::translate("CommandLine", "--pin expects sha256: followed by 64 hexadecimal digits"));
    if (int(options.demo) + int(!options.url.isEmpty()) + int(!options.profile.isEmpty()) > 1)
        return usageError(QCoreApplication::translate("CommandLine", "choose one of --profile, --demo and --url"));
    if (options.offline && options.profile.isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "--offline goes with --profile"));
    if (!options.pin.isEmpty() && options.url.isEmpty())
        return usageError(QCoreApplication::translate("CommandLine", "--pin goes with --url"));
    result.options = options;
    return result;
}

} // namespace kanri::app
