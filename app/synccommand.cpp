#include "synccommand.h"

#include "api/apiclient.h"
#include "cache/cachekey.h"
#include "profile/profile.h"
#include "secrets/secretstore.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace kanri::app {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("SyncCommand", text); }

void print(const QString &text, FILE *stream)
{
    std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

// The first line of a file, without its line ending: a password or passphrase.
std::optional<QString> readSecretFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = file.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// One run of the command: sign in, open the cache, sync, report. Ends the event loop with
// the exit code.
class SyncRun : public QObject
{
public:
    SyncRun(SyncCommandOptions options, profile::ConnectionProfile profile, QString cacheDir)
        : m_options(std::move(options))
        , m_profile(std::move(profile))
        , m_cacheDir(std::move(cacheDir))
        , m_client(std::make_unique<api::ApiClient>(m_profile.url, api::TlsPolicy(m_profile.pin)))
    {
    }

    void start()
    {
        api::SignInRequest *request = nullptr;
        if (!m_options.passwordFile.isEmpty()) {
            const std::optional<QString> password = readSecretFile(m_options.passwordFile);
            if (!password) {
                fail(tr("cannot read the password file %1").arg(m_options.passwordFile));
                return;
            }
            request = m_client->signIn(m_profile.login, *password);
            connect(request, &api::ApiRequest::finished, this, [this, request] { onSignedIn(request); });
            return;
        }
        // A remembered session (kept in the keychain by the console).
        const QString key = m_profile.sessionSecretName();
        m_keychain.read(key, this, [this, key](const secrets::SecretResult &result) {
            if (!result.ok() || result.data.isEmpty()) {
                fail(tr("no remembered session for this profile; give --password-file"));
                return;
            }
            m_client->setRefreshTokenStore([this, key](const QString &token) {
                if (!token.isEmpty())
                    m_keychain.write(key, token.toUtf8(), this, [](const secrets::SecretResult &) {});
            });
            api::SignInRequest *resumed = m_client->resumeSession(QString::fromUtf8(result.data));
            connect(resumed, &api::ApiRequest::finished, this, [this, resumed] { onSignedIn(resumed); });
        });
    }

private:
    void onSignedIn(api::SignInRequest *request)
    {
        if (request->error()) {
            fail(tr("cannot sign in: %1").arg(request->error()->message()));
            return;
        }
        m_location = cache::CacheLocation{m_cacheDir, m_profile.name, request->me().user.id};
        if (!m_options.profile.isEmpty() && m_profile.accountId != request->me().user.id) {
            // The console opens this account's cache offline with the saved profile.
            QSettings settings;
            profile::ProfileStore profiles(settings);
            m_profile.accountId = request->me().user.id;
            profiles.save(m_profile);
        }
        openCache();
    }

    void openCache()
    {
        if (!m_options.passphraseFile.isEmpty()) {
            const std::optional<QString> passphrase = readSecretFile(m_options.passphraseFile);
            if (!passphrase || passphrase->isEmpty()) {
                fail(tr("cannot read the cache passphrase file %1").arg(m_options.passphraseFile));
                return;
            }
            m_passphrase = std::make_unique<cache::FixedPassphraseProvider>(*passphrase);
        }
        cache::CacheKeyOptions keys;
        keys.secrets = m_passphrase ? nullptr : &m_keychain;
        keys.passphrases = m_passphrase.get();
        keys.preferPassphrase = m_passphrase != nullptr;
        cache::openCache(m_location, keys, this, [this](cache::CacheOpenResult result) {
            if (result.error && result.error->rebuildable() && !m_rebuilt) {
                rebuild();
                return;
            }
            if (result.error) {
                QString reason = result.error->message();
                if (result.error->kind == cache::CacheError::Kind::KeychainFailed)
                    reason += QLatin1Char(' ') + tr("(%1) On a machine without a keychain, give the cache passphrase with --cache-passphrase-file.")
                                                     .arg(result.error->technicalDetail);
                fail(reason);
                return;
            }
            if (result.store->isMemoryOnly()) {
                fail(tr("no keychain on this machine: give the cache passphrase with --cache-passphrase-file"));
                return;
            }
            m_store = std::move(result.store);
            // Every page is read once, so that a damaged file is found and rebuilt now rather
            // than when a page of it is needed.
            if (auto damaged = m_store->checkIntegrity(true); damaged && !m_rebuilt) {
                rebuild();
                return;
            }
            startSync();
        });
    }

    // A damaged cache (or one from a newer Kanri) is deleted and filled again by a full sync.
    void rebuild()
    {
        m_rebuilt = true;
        m_engine.reset();
        m_store.reset();
        for (const QString &file : m_location.files()) {
            if (file != m_location.keyInfoPath())
                QFile::remove(file);
        }
        openCache();
    }

    void startSync()
    {
        m_engine = std::make_unique<sync::SyncEngine>(*m_client, m_store->connection());
        m_engine->setPageSize(m_options.pageSize);
        connect(m_engine.get(), &sync::SyncEngine::finished, this, [this](const sync::SyncSummary &summary) {
            QString line = summary.oneLine();
            if (m_rebuilt)
                line += QLatin1Char(' ') + tr("(the damaged cache was rebuilt)");
            print(line, stdout);
            finish(0);
        });
        connect(m_engine.get(), &sync::SyncEngine::failed, this, [this](const sync::SyncError &error) {
            if (error.kind == sync::SyncError::Kind::Cache && error.cache && error.cache->rebuildable()
                && !m_rebuilt) {
                QTimer::singleShot(0, this, [this] { rebuild(); });
                return;
            }
            fail(error.message());
        });
        m_engine->sync();
    }

    void fail(const QString &reason)
    {
        print(QStringLiteral("kanri sync: ") + reason, stderr);
        finish(1);
    }

    // Closes the connections while the event loop still runs, so that the network thread
    // ends cleanly before the process does.
    void finish(int code)
    {
        QTimer::singleShot(0, this, [this, code] {
            m_engine.reset();
            m_store.reset();
            m_client.reset();
            // The network thread ends a moment after the client is gone; OpenSSL frees its
            // per-thread state only then.
            QTimer::singleShot(50, this, [code] { QCoreApplication::exit(code); });
        });
    }

    SyncCommandOptions m_options;
    profile::ConnectionProfile m_profile;
    QString m_cacheDir;
    std::unique_ptr<api::ApiClient> m_client;
    secrets::KeychainSecretStore m_keychain;
    std::unique_ptr<cache::FixedPassphraseProvider> m_passphrase;
    cache::CacheLocation m_location;
    std::unique_ptr<cache::CacheStore> m_store;
    std::unique_ptr<sync::SyncEngine> m_engine;
    bool m_rebuilt = false;
};

} // namespace

std::variant<SyncCommandOptions, std::pair<QString, int>> parseSyncArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Brings the offline cache of a profile up to date, without a window."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("The saved connection profile to sync."), tr("name"));
    const QCommandLineOption url(QStringLiteral("url"), tr("The service address, without a saved profile."), tr("url"));
    const QCommandLineOption login(QStringLiteral("login"), tr("The sign-in ID, with --url."), tr("id"));
    const QCommandLineOption pin(QStringLiteral("pin"), tr("The service certificate's fingerprint, with --url."), tr("sha256:hex"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), tr("Where the profiles and the cache are kept."), tr("dir"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), tr("Sign in with the password in this file."), tr("file"));
    const QCommandLineOption passphraseFile(QStringLiteral("cache-passphrase-file"),
                                            tr("The cache passphrase, for machines without a keychain."), tr("file"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), tr("Objects per request (1 to 1000)."), tr("n"),
                                      QStringLiteral("1000"));
    parser.addOptions({help, profile, url, login, pin, dataDir, passwordFile, passphraseFile, pageSize});
    const auto usage = [](const QString &text) { return std::pair<QString, int>{QStringLiteral("kanri sync: ") + text, 2}; };
    if (!parser.parse(QStringList{QStringLiteral("kanri sync")} + arguments))
        return usage(parser.errorText());
    if (parser.isSet(help))
        return std::pair{parser.helpText(), 0};
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    SyncCommandOptions options;
    options.profile = parser.value(profile);
    options.login = parser.value(login);
    options.pin = parser.value(pin).toLower();
    options.dataDir = parser.value(dataDir);
    options.passwordFile = parser.value(passwordFile);
    options.passphraseFile = parser.value(passphraseFile);
    bool ok = false;
    options.pageSize = parser.value(pageSize).toInt(&ok);
    if (!ok || options.pageSize < 1 || options.pageSize > 1000)
        return usage(tr("--page-size must be from 1 to 1000"));
    if (parser.isSet(url)) {
        options.url = QUrl(parser.value(url), QUrl::StrictMode);
        if (!options.url.isValid() || options.url.scheme() != QLatin1String("https") || options.url.host().isEmpty())
            return usage(tr("--url must be an https:// address"));
    }
    if (options.profile.isEmpty() == options.url.isEmpty())
        return usage(tr("give either --profile or --url with --login"));
    if (!options.url.isEmpty() && options.login.isEmpty())
        return usage(tr("--url needs --login"));
    return options;
}

int runSyncCommand(const QStringList &arguments)
{
    const auto parsed = parseSyncArguments(arguments);
    if (const auto *output = std::get_if<std::pair<QString, int>>(&parsed)) {
        print(output->first.trimmed(), output->second == 0 ? stdout : stderr);
        return output->second;
    }
    const SyncCommandOptions &options = std::get<SyncCommandOptions>(parsed);
    QCoreApplication::setOrganizationName(QStringLiteral("Kanri"));
    QCoreApplication::setApplicationName(QStringLiteral("kanri"));

    // The same data directory and settings file as the console's.
    const QString dataDir = options.dataDir.isEmpty()
                                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                : QDir(options.dataDir).absolutePath();
    QDir().mkpath(dataDir);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataDir);

    profile::ConnectionProfile connection;
    if (!options.profile.isEmpty()) {
        QSettings settings;
        profile::ProfileStore profiles(settings);
        const std::optional<profile::ConnectionProfile> saved = profiles.find(options.profile);
        if (!saved) {
            print(QStringLiteral("kanri sync: ") + tr("no profile called '%1'").arg(options.profile), stderr);
            return 1;
        }
        connection = *saved;
    } else {
        connection.name = options.url.authority();
        connection.url = options.url;
        connection.login = options.login;
        connection.pin = options.pin;
    }
    SyncRun run(options, connection, QDir(dataDir).filePath(QStringLiteral("cache")));
    QTimer::singleShot(0, &run, [&run] { run.start(); });
    return QCoreApplication::exec();
}

} // namespace kanri::app
