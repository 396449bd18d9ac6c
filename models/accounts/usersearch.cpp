#include "accounts/usersearch.h"

#include "cache/cacheerror.h"

namespace kanri::accounts {

// Lives on the search thread; owns the connection and the name order.
class UserSearchWorker : public QObject
{
    Q_OBJECT
public:
    explicit UserSearchWorker(const cache::CacheConnection &connection)
        : m_connection(connection)
        , m_directory(connection)
    {
    }

    void run(const kanri::accounts::UserQuery &query, bool invalidate)
    {
        if (!m_db.isOpen()) {
            if (const std::optional<cache::CacheError> error = cache::openConnection(m_connection, m_db)) {
                Q_EMIT done(std::nullopt, query, error->message());
                return;
            }
        }
        if (invalidate)
            m_directory.invalidate();
        const std::optional<UserQueryResult> result = m_directory.run(m_db, query);
        Q_EMIT done(result, query, result ? QString() : m_db.lastError().message);
    }

Q_SIGNALS:
    void done(const std::optional<kanri::accounts::UserQueryResult> &result, const kanri::accounts::UserQuery &query,
              const QString &error);

private:
    cache::CacheConnection m_connection;
    cache::Database m_db;
    UserDirectory m_directory;
};

UserSearch::UserSearch(const cache::CacheConnection &connection, QObject *parent)
    : QObject(parent)
    , m_worker(new UserSearchWorker(connection))
{
    qRegisterMetaType<UserQuery>();
    qRegisterMetaType<UserQueryResult>();
    qRegisterMetaType<std::optional<UserQueryResult>>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &UserSearchWorker::done, this, &UserSearch::onDone);
    m_thread.setObjectName(QStringLiteral("kanri-user-search"));
    m_thread.start();
}

UserSearch::~UserSearch()
{
    m_thread.quit();
    m_thread.wait();
}

void UserSearch::request(const UserQuery &query)
{
    m_pending = query;
    if (!m_busy)
        dispatch();
}

void UserSearch::invalidate()
{
    m_invalidate = true;
}

void UserSearch::dispatch()
{
    if (!m_pending)
        return;
    m_busy = true;
    const UserQuery query = *std::exchange(m_pending, std::nullopt);
    const bool invalidate = std::exchange(m_invalidate, false);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, query, invalidate] { worker->run(query, invalidate); },
                              Qt::QueuedConnection);
}

void UserSearch::onDone(const std::optional<UserQueryResult> &result, const UserQuery &query, const QString &error)
{
    m_busy = false;
    if (m_pending) {
        // A newer request is waiting: this answer is already out of date.
        dispatch();
        return;
    }
    if (result)
        Q_EMIT finished(*result, query);
    else
        Q_EMIT failed(error);
}

} // namespace kanri::accounts

#include "usersearch.moc"
