#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace kanri::app {

struct ConsoleOptions
{
    bool demo = false;
    QString profile;  // a saved connection profile's name
    bool offline = false; // open the profile's offline cache without contacting the service
    QUrl url;
    QString pin;      // "sha256:<hex>" of a self-signed service certificate
    QString language; // "ja", "en" or empty (system locale)
    QString dataDir;  // empty: the platform's app-data location
};

struct ParsedCommandLine
{
    std::optional<ConsoleOptions> options;
    QString output; // --help, --version or the usage error
    int exitCode = 0;
};

ParsedCommandLine parseCommandLine(const QStringList &arguments);

} // namespace kanri::app
