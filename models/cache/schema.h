#pragma once

#include "cache/sqlite.h"

namespace kanri::cache {

// The cache's schema version: PRAGMA user_version after every migration step has run.
int latestSchemaVersion();

// Runs the steps after the database's user_version up to `target` (the latest by default),
// each in its own transaction together with the new user_version. False on error (see
// db.lastError()); the steps that committed stay.
bool migrate(Database &db, int target = -1);

} // namespace kanri::cache
