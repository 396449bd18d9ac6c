#pragma once

#include "core/config.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace kanri::server {

struct ServiceOptions
{
    QString dataDir;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8443;
    QString certPath;
    QString keyPath;
    bool demo = false;
    int demoUsers = 500;
    ServiceConfig config;
};

// Result of reading the command line: options to run with, or text to print and an exit code
// (for --help, --version and usage errors).
struct ParsedCommandLine
{
    std::optional<ServiceOptions> options;
    QString output;
    int exitCode = 0;
};

ParsedCommandLine parseCommandLine(const QStringList &arguments);

// "HOST:PORT", "[v6]:PORT" or ":PORT"; port 0 picks a free one.
bool parseListen(const QString &text, QHostAddress *address, quint16 *port);

} // namespace kanri::server
