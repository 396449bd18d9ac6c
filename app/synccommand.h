#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <variant>

namespace kanri::app {

// `kanri sync`: brings the offline cache of one profile up to date without a window, for
// scripts and schedulers.
struct SyncCommandOptions
{
    QString profile;   // a saved connection profile; or url + login + pin
    QUrl url;
    QString login;
    QString pin;
    QString dataDir;   // empty: the platform's app-data location
    QString passwordFile;   // empty: the profile's remembered session
    QString passphraseFile; // the cache passphrase; empty: the keychain
    int pageSize = 1000;
};

// The options, or the text to print and the exit code (--help: 0, a usage error: 2).
std::variant<SyncCommandOptions, std::pair<QString, int>> parseSyncArguments(const QStringList &arguments);

// Runs `kanri sync` with `arguments` (those after "sync") in the running QCoreApplication.
// Prints one line: the summary on success (exit 0), or the reason on failure (exit 1).
int runSyncCommand(const QStringList &arguments);

} // namespace kanri::app
