#pragma once

#include <QString>
#include <QtGlobal>

namespace kanri::server {
class Database;
}

namespace kanri::server::demo {

struct DemoOptions
{
    // Accounts of the tenant "demo" in all, the five named sign-ins included (at least 5).
    int users = 500;
    // "Now" for the data: the 90 days of activity end here (ms since the epoch, UTC); 0 means
    // the current time.
    qint64 nowMs = 0;
    // Everything but ids, salts and TOTP secrets follows from this seed.
    quint32 randomSeed = 20261124;
};

// Fills the database with the demo tenants "demo" (options.users accounts, a folder tree of a
// drone-survey company, projects, files, roles, labels, notices and 90 days of usage events)
// and "other" (a small tenant for isolation checks). The five sign-ins of "demo" —
// keiyaku@, kanri@, ippan@, guest@ and drone@demo.example — and keiyaku@other.example all
// have the password "demo1234" and no TOTP.
//
// Does nothing when the tenant "demo" already exists. Everything is written in one
// transaction: on failure nothing is left behind, *error says why and false is returned.
bool seedDemo(Database &database, const DemoOptions &options, QString *error);

} // namespace kanri::server::demo
