#pragma once

#include <QObject>
#include <QTimer>

namespace kanri::server {

class Database;

// Ends lockouts whose time has passed as a change of the user: locked_until cleared, a stored
// "locked" back to "active", and a new change number, so that deltas carry the user again (its
// status went from locked back to active) and its ETag changes. Reads already show such a user
// as active; this makes the change reach the clients that synced the lock. Checks every second.
class LockoutExpiry : public QObject
{
    Q_OBJECT
public:
    explicit LockoutExpiry(Database &database, QObject *parent = nullptr);

    // Ends the lockouts that are over; returns how many.
    int endExpired();

private:
    Database &m_database;
    QTimer m_timer;
};

} // namespace kanri::server
