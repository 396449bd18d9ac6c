#pragma once

#include "cache/cachestore.h"
#include "cache/sqlite.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>
#include <QThreadPool>

#include <optional>

namespace kanri::itemmodels {

// An account that may sign in but has not for a while: for access reviews.
struct DormantUser
{
    QString id;
    QString name;
    QString login;
    std::optional<QDateTime> lastLogin; // nullopt: never signed in
};

struct DormantUsers
{
    qint64 total = 0;          // all of them
    QList<DormantUser> oldest; // the first `limit`, longest without a sign-in first
};

// The users of the cache who are not disabled and have not signed in since `cutoff`
// (users.last_login_at); nullopt when the cache cannot be read.
std::optional<DormantUsers> dormantUsers(cache::Database &db, const QDateTime &cutoff, int limit);

// The same on a thread of `pool`, over a connection of its own: it reads every cached user
// (about 0.2 s at 100,000, most of it decrypting pages), too long for the window's thread.
// Continue with .then(context, ...) so that the answer is dropped with its receiver. Give the
// receiver a pool of its own, so that its threads end with it: SQLCipher's OpenSSL keeps state
// per thread that is freed only when the thread ends (else a leak at exit).
QFuture<std::optional<DormantUsers>> readDormantUsers(QThreadPool &pool,
                                                      const cache::CacheConnection &connection,
                                                      const QDateTime &cutoff, int limit);

} // namespace kanri::itemmodels
