#pragma once

#include "accounts/userquery.h"
#include "cache/cachestore.h"

#include <QObject>
#include <QThread>

#include <optional>

namespace kanri::accounts {

class UserSearchWorker;

// Runs user queries on a thread of its own (with its own cache connection), so that typing
// in the search field of 100,000 users never blocks the window. Only the latest request
// matters: while one runs, newer ones replace each other and the last is run next.
class UserSearch : public QObject
{
    Q_OBJECT
public:
    explicit UserSearch(const cache::CacheConnection &connection, QObject *parent = nullptr);
    ~UserSearch() override;

    void request(const UserQuery &query);
    // The cache changed: the next request works the order by name out again.
    void invalidate();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finished(const kanri::accounts::UserQueryResult &result, const kanri::accounts::UserQuery &query);
    void failed(const QString &message);

private:
    void dispatch();
    void onDone(const std::optional<kanri::accounts::UserQueryResult> &result, const kanri::accounts::UserQuery &query,
                const QString &error);

    QThread m_thread;
    UserSearchWorker *m_worker = nullptr;
    std::optional<UserQuery> m_pending;
    bool m_invalidate = false;
    bool m_busy = false;
};

} // namespace kanri::accounts

Q_DECLARE_METATYPE(kanri::accounts::UserQuery)
Q_DECLARE_METATYPE(kanri::accounts::UserQueryResult)
