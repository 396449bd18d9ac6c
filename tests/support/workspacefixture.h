#pragma once
// A signed-in workspace against a real kanri-service process, its encrypted cache synced once:
// what a page of the main window gets from the console. For UI and integration tests.
//
//   test::WorkspaceFixture ws;                     // starts kanri-service --demo
//   QVERIFY(ws.open(QStringLiteral("keiyaku@demo.example")));
//   auto *page = ui::createUsersPage(ws.workspace(), nullptr);
//   ws.service().signIn(...) / .request(...)      // change things on the service directly
//   QVERIFY(ws.sync());                           // and sync them into the cache
#include "secrets/secretstore.h"
#include "servicefixture.h"
#include "session/consolesession.h"
#include "session/workspace.h"
#include "sync/syncengine.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace kanri::test {

class WorkspaceFixture
{
public:
    explicit WorkspaceFixture(const QStringList &serviceArguments = {QStringLiteral("--demo")})
        : m_service(serviceArguments)
    {
    }
    ~WorkspaceFixture() { close(); }

    ServiceFixture &service() { return m_service; }
    session::ConsoleSession &session() { return *m_session; }
    session::Workspace &workspace() { return *m_workspace; }

    // Signs in as `login` and syncs a new cache (a file in a temporary directory, random key).
    bool open(const QString &login, const QString &password = QStringLiteral("demo1234"))
    {
        close();
        if (!m_service.started())
            return false;
        profile::ConnectionProfile profile;
        profile.name = QStringLiteral("test");
        profile.url = m_service.url();
        profile.pin = m_service.fingerprint();
        m_session = std::make_unique<session::ConsoleSession>(profile, nullptr, m_secrets);
        QSignalSpy signedIn(m_session.get(), &session::ConsoleSession::signedIn);
        m_session->signIn(login, password, std::nullopt, false);
        if (!signedIn.wait(60'000))
            return false;
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        cache::CacheLocation location{m_dir.filePath(QStringLiteral("cache")), profile.name,
                                      m_session->me().user.id};
        for (const QString &file : location.files()) // one of an earlier open(), with another key
            QFile::remove(file);
        auto store = std::make_unique<cache::CacheStore>(location, key, cache::KeySource::Keychain);
        if (store->open())
            return false;
        m_workspace = std::make_unique<session::Workspace>(*m_session, std::move(store), true);
        return sync();
    }

    // One sync of the workspace's cache that starts after this call; true when it completed.
    // A run already under way (one a page asked for after its change) may have read the
    // service before the caller's change: its end does not count, only the run the engine
    // queues behind it.
    bool sync(int timeoutMs = 120'000)
    {
        const int runs = m_workspace->syncEngine().isRunning() ? 2 : 1;
        int ended = 0;
        bool completed = false;
        QObject receiver;
        QObject::connect(m_workspace.get(), &session::Workspace::cacheUpdated, &receiver,
                         [&] { ++ended, completed = true; });
        QObject::connect(m_workspace.get(), &session::Workspace::syncFailed, &receiver,
                         [&] { ++ended, completed = false; });
        m_workspace->requestSync();
        return QTest::qWaitFor([&] { return ended >= runs; }, timeoutMs) && completed;
    }

    void close()
    {
        m_workspace.reset();
        m_session.reset();
    }

private:
    ServiceFixture m_service;
    QTemporaryDir m_dir;
    secrets::MemorySecretStore m_secrets;
    std::unique_ptr<session::ConsoleSession> m_session;
    std::unique_ptr<session::Workspace> m_workspace;
};

} // namespace kanri::test
