#pragma once

#include "cache/sqlite.h"

#include <QDateTime>
#include <QList>
#include <QString>

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

} // namespace kanri::itemmodels
