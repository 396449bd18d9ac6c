#include "cache/schema.h"

#include <QByteArray>

#include <array>

namespace kanri::cache {

namespace {

// Each object keeps the JSON the service sent (`json`) and the columns the pages filter and
// sort on. There are no foreign keys between resources: each resource syncs on its own, so a
// role assignment may arrive before the user it names (and a deleted user's assignments go
// with their own tombstones).
constexpr std::array kSteps{
    // 1: the account, the tenant, the role catalogue, users, folders, projects, assignments.
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE watermarks (
    resource TEXT PRIMARY KEY,
    watermark TEXT,           -- updated_since for the next delta; NULL: never synced
    next_cursor TEXT,         -- an unfinished catch-up continues here
    complete INTEGER NOT NULL DEFAULT 0,
    item_count INTEGER NOT NULL DEFAULT 0,
    synced_at TEXT);
CREATE TABLE tenant (id TEXT PRIMARY KEY, name TEXT NOT NULL, time_zone TEXT NOT NULL,
    json TEXT NOT NULL);
CREATE TABLE roles (id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
    json TEXT NOT NULL);
CREATE TABLE users (id TEXT PRIMARY KEY, login TEXT NOT NULL, name TEXT NOT NULL, name_kana TEXT,
    email TEXT NOT NULL, status TEXT NOT NULL, mfa INTEGER NOT NULL, last_login_at TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE folders (id TEXT PRIMARY KEY, name TEXT NOT NULL, parent_id TEXT,
    updated_at TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE projects (id TEXT PRIMARY KEY, name TEXT NOT NULL, folder_id TEXT NOT NULL,
    updated_at TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE role_assignments (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, role_id TEXT NOT NULL,
    scope_type TEXT NOT NULL, scope_id TEXT, updated_at TEXT NOT NULL, json TEXT NOT NULL);
CREATE INDEX role_assignments_user ON role_assignments (user_id);
CREATE INDEX role_assignments_scope ON role_assignments (scope_id);
CREATE INDEX projects_folder ON projects (folder_id);
)sql",
    // 2: labels, label assignments, usage, notices, log exports.
    R"sql(
CREATE TABLE labels (id TEXT PRIMARY KEY, name TEXT NOT NULL, color TEXT NOT NULL,
    level TEXT NOT NULL, updated_at TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE label_assignments (id TEXT PRIMARY KEY, label_id TEXT NOT NULL,
    target_type TEXT NOT NULL, target_id TEXT NOT NULL, json TEXT NOT NULL);
CREATE INDEX label_assignments_label ON label_assignments (label_id);
CREATE INDEX label_assignments_target ON label_assignments (target_id);
CREATE TABLE usage_days (day TEXT PRIMARY KEY, logins INTEGER NOT NULL, uploads INTEGER NOT NULL,
    downloads INTEGER NOT NULL, projects_total INTEGER NOT NULL, files_total INTEGER NOT NULL);
CREATE TABLE notices (id TEXT PRIMARY KEY, kind TEXT NOT NULL, published_at TEXT NOT NULL,
    read INTEGER NOT NULL, updated_at TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE log_exports (id TEXT PRIMARY KEY, state TEXT NOT NULL, requested_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, json TEXT NOT NULL);
)sql",
    // 3: the users page sorts by reading and searches every visible field.
    R"sql(
ALTER TABLE users ADD COLUMN sort_kana TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
CREATE INDEX users_sort ON users (sort_kana, name);
UPDATE watermarks SET watermark = NULL, next_cursor = NULL, complete = 0 WHERE resource = 'users';
)sql",
    // 4: the dashboard's dormant accounts read users by their last sign-in.
    R"sql(
CREATE INDEX users_last_login ON users (last_login_at);
)sql",
};

} // namespace

int latestSchemaVersion() { return static_cast<int>(kSteps.size()); }

bool migrate(Database &db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    const std::optional<qint64> current = db.queryInt("PRAGMA user_version");
    if (!current)
        return false;
    for (int version = static_cast<int>(*current) + 1; version <= target; ++version) {
        Transaction tx(db);
        if (!tx.isActive())
            return false;
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(version);
        if (!db.exec(kSteps[static_cast<std::size_t>(version - 1)]) || !db.exec(setVersion.constData())
            || !tx.commit())
            return false;
    }
    return true;
}

} // namespace kanri::cache
