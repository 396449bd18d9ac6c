#pragma once

// The table of tst_authzmatrix: one row per route and place of its object, with the answer
// each caller must get. Every line of tests/spec/routes.txt needs at least one row.

#include "authzmatrixsupport.h"

namespace kanri::test::matrix {

enum class Prep
{
    Fixed,   // {id} is the long-lived object of the row's kind at the target
    Fresh,   // {id} is an object of the row's kind made for this cell alone
    Session, // the request uses a new session of the caller (POST /auth/logout ends it)
    Refresh, // {refresh} is a refresh token not used yet
    Totp,    // the caller starts a TOTP enrolment; {code} is the current code for it
};

struct Row
{
    const char *method;
    const char *route; // exactly as in tests/spec/routes.txt
    const char *query; // appended to the path
    Target target;
    const char *kind; // which object {id} names
    Prep prep;
    const char *body; // JSON with {placeholders}; nullptr for none
    bool ifMatch;     // send If-Match with the object's current entity-tag
    Cells expected;   // keiyaku@demo, kanri@, ippan@, guest@, drone@, keiyaku@other, no token
};

// For rows on one object of a folder-scoped kind: the contract administrator everywhere in
// its tenant, the administrator inside its folder, the other tenant only its own.
constexpr Cells inside(int ok)
{
    return admin(ok, ok, 404);
}
constexpr Cells outside(int ok)
{
    return admin(ok, 404, 404);
}
constexpr Cells foreign(int ok)
{
    return admin(404, 404, ok);
}

constexpr const char *kFile =
    R"({"name":"{unique}.tif","size":1024,"content_type":"image/tiff",)"
    R"("sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"})";
constexpr const char *kQuote =
    R"({"log_type":"access","from":"{from}","to":"{to}","format":"csv"})";

inline constexpr Row kRows[] = {
    // ─── health and sign-in ─────────────────────────────────────────────────
    {"GET", "/health", "", None, "", Prep::Fixed, nullptr, false, everyone(200)},
    {"POST", "/auth/login", "", None, "", Prep::Fixed,
     R"({"login":"{login}","password":"demo1234"})", false, everyone(200)},
    {"POST", "/auth/refresh", "", None, "", Prep::Refresh, R"({"refresh_token":"{refresh}"})",
     false, everyone(200)},
    {"POST", "/auth/logout", "", None, "", Prep::Session, nullptr, false,
     signedIn(204, 204, 204, 204, 204, 204)},
    {"GET", "/auth/me", "", None, "", Prep::Fixed, nullptr, false,
     signedIn(200, 200, 200, 200, 200, 200)},
    // ─── tenant and roles ───────────────────────────────────────────────────
    {"GET", "/tenant", "", None, "", Prep::Fixed, nullptr, false, admin(200, 200, 200)},
    {"PATCH", "/tenant", "", None, "", Prep::Fixed, R"({"time_zone":"Asia/Tokyo"})", true,
     admin(200, Forbidden, 200)},
    {"GET", "/roles", "", None, "", Prep::Fixed, nullptr, false, admin(200, 200, 200)},
    // ─── users ──────────────────────────────────────────────────────────────
    {"GET", "/users", "", None, "", Prep::Fixed, nullptr, false, admin(200, 200, 200)},
    {"POST", "/users", "", None, "", Prep::Fixed,
     R"({"login":"{unique}@matrix.example","name":"行列 利用者","email":"{unique}@matrix.example"})",
     false, admin(201, Forbidden, 201)},
    {"GET", "/users/{id}", "", In, "user", Prep::Fixed, nullptr, false, inside(200)},
    {"GET", "/users/{id}", "", Out, "user", Prep::Fixed, nullptr, false, outside(200)},
    {"GET", "/users/{id}", "", Other, "user", Prep::Fixed, nullptr, false, foreign(200)},
    {"PATCH", "/users/{id}", "", In, "user", Prep::Fixed, R"({"name":"行列 {unique}"})", true,
     inside(200)},
    {"PATCH", "/users/{id}", "", Out, "user", Prep::Fixed, R"({"name":"行列 {unique}"})", true,
     outside(200)},
    {"PATCH", "/users/{id}", "", Other, "user", Prep::Fixed, R"({"name":"行列 {unique}"})", true,
     foreign(200)},
    {"DELETE", "/users/{id}", "", In, "user", Prep::Fresh, nullptr, true,
     admin(204, Forbidden, 404)},
    {"DELETE", "/users/{id}", "", Out, "user", Prep::Fresh, nullptr, true, outside(204)},
    {"DELETE", "/users/{id}", "", Other, "user", Prep::Fresh, nullptr, true, foreign(204)},
    {"POST", "/users/{id}/reset-password", "", In, "user", Prep::Fixed, nullptr, false,
     inside(200)},
    {"POST", "/users/{id}/reset-password", "", Out, "user", Prep::Fixed, nullptr, false,
     outside(200)},
    {"POST", "/users/{id}/reset-password", "", Other, "user", Prep::Fixed, nullptr, false,
     foreign(200)},
    {"POST", "/users/{id}/reset-mfa", "", In, "user", Prep::Fixed, nullptr, false, inside(204)},
    {"POST", "/users/{id}/reset-mfa", "", Out, "user", Prep::Fixed, nullptr, false, outside(204)},
    {"POST", "/users/{id}/reset-mfa", "", Other, "user", Prep::Fixed, nullptr, false, foreign(204)},
    {"POST", "/users/{id}/unlock", "", In, "user", Prep::Fixed, nullptr, false, inside(204)},
    {"POST", "/users/{id}/unlock", "", Out, "user", Prep::Fixed, nullptr, false, outside(204)},
    {"POST", "/users/{id}/unlock", "", Other, "user", Prep::Fixed, nullptr, false, foreign(204)},
    // ─── folders ────────────────────────────────────────────────────────────
    {"GET", "/folders", "", None, "", Prep::Fixed, nullptr, false, admin(200, 200, 200)},
    {"POST", "/folders", "", None, "", Prep::Fixed, R"({"name":"{unique}","parent_id":null})",
     false, admin(201, Forbidden, 201)},
    {"POST", "/folders", "", In, "", Prep::Fixed, R"({"name":"{unique}","parent_id":"{folder}"})",
     false, admin(201, 201, 400)},
    {"POST", "/folders", "", Out, "", Prep::Fixed, R"({"name":"{unique}","parent_id":"{folder}"})",
     false, admin(201, 400, 400)},
    {"POST", "/folders", "", Other, "", Prep::Fixed,
     R"({"name":"{unique}","parent_id":"{folder}"})", false, admin(400, 400, 201)},
    {"GET", "/folders/{id}", "", In, "folder", Prep::Fixed, nullptr, false, inside(200)},
    {"GET", "/folders/{id}", "", Out, "folder", Prep::Fixed, nullptr, false, outside(200)},
    {"GET", "/folders/{id}", "", Other, "folder", Prep::Fixed, nullptr, false, foreign(200)},
    {"PATCH", "/folders/{id}", "", In, "folder", Prep::Fixed, R"({"name":"{unique}"})", true,
     inside(200)},
    {"PATCH", "/folders/{id}", "", Out, "folder", Prep::Fixed, R"({"name":"{unique}"})", true,
     outside(200)},
    {"PATCH", "/folders/{id}", "", Other, "folder", Prep::Fixed, R"({"name":"{unique}"})", true,
     foreign(200)},
    {"DELETE", "/folders/{id}", "", In, "folder", Prep::Fresh, nullptr, true, inside(204)},
    {"DELETE", "/folders/{id}", "", Out, "folder", Prep::Fresh, nullptr, true, outside(204)},
    {"DELETE", "/folders/{id}", "", Other, "folder", Prep::Fresh, nullptr, true, foreign(204)},
    // ─── projects and files (the end-user routes follow the callers' grants) ─
    {"GET", "/projects", "", None, "", Prep::Fixed, nullptr, false, admin(200, 200, 200)},
    {"POST", "/projects", "", In, "", Prep::Fixed, R"({"folder_id":"{folder}","name":"{unique}"})",
     false, signedIn(201, 201, Forbidden, 400, 400, 400)},
    {"POST", "/projects", "", Out, "", Prep::Fixed, R"({"folder_id":"{folder}","name":"{unique}"})",
     false, signedIn(201, 400, 400, Forbidden, 400, 400)},
    {"POST", "/projects", "", Out, "", Prep::Fixed,
     R"({"folder_id":"{drone-folder}","name":"{unique}"})", false,
     signedIn(201, 400, 400, 400, 201, 400)},
    {"POST", "/projects", "", Other, "", Prep::Fixed,
     R"({"folder_id":"{folder}","name":"{unique}"})", false,
     signedIn(400, 400, 400, 400, 400, 201)},
    {"GET", "/projects/{id}", "", In, "project", Prep::Fixed, nullptr, false, inside(200)},
    {"GET", "/projects/{id}", "", Out, "project", Prep::Fixed, nullptr, false, outside(200)},
    {"GET", "/projects/{id}", "", Other, "project", Prep::Fixed, nullptr, false, foreign(200)},
    {"PATCH", "/projects/{id}", "", In, "project", Prep::Fixed, R"({"description":"{unique}"})",
     true, inside(200)},
    {"PATCH", "/projects/{id}", "", Out, "project", Prep::Fixed, R"({"description":"{unique}"})",
     true, outside(200)},
    {"PATCH", "/projects/{id}", "", Other, "project", Prep::Fixed, R"({"description":"{unique}"})",
     true, foreign(200)},
    {"DELETE", "/projects/{id}", "", In, "project", Prep::Fresh, nullptr, true, inside(204)},
    {"DELETE", "/projects/{id}", "", Out, "project", Prep::Fresh, nullptr, true, outside(204)},
    {"DELETE", "/projects/{id}", "", Other, "project", Prep::Fresh, nullptr, true, foreign(204)},
    {"GET", "/projects/{id}/files", "", In, "project", Prep::Fixed, nullptr, false,
     signedIn(200, 200, 200, 404, 404, 404)},
    {"GET", "/projects/{id}/files", "", Out, "project", Prep::Fixed, nullptr, false,
     signedIn(200, 404, 404, 200, 404, 404)},
    {"GET", "/projects/{id}/files", "", Other, "project", Prep::Fixed, nullptr, false,
     signedIn(404, 404, 404, 404, 404, 200)},
    {"POST", "/projects/{id}/files", "", In, "project", Prep::Fixed, kFile, false,
     signedIn(201, 201, 201, 404, 404, 404)},
    {"POST", "/projects/{id}/files", "", Out, "project", Prep::Fixed, kFile, false,
     signedIn(201, 404, 404, Forbidden, 404, 404)},
    {"POST", "/projects/{id}/files", "", Other, "project", Prep::Fixed, kFile, false,
     signedIn(404, 404, 404, 404, 404, 201)},
    {"GET", "/files/{id}/download", "", In, "file", Prep::Fixed, nullptr, false,
     signedIn(200, 200, 200, 404, 404, 404)},
    {"GET", "/files/{id}/download", "", Out, "file", Prep::Fixed, nullptr, false,
     signedIn(200, 404, 404, Forbidden, 404, 404)},
    {"GET", "/files/{id}/download", "", Other, "file", Prep::Fixed, nullptr, false,
     signedIn(404, 404, 404, 404, 404, 200)},
    // ─── role assignments ───────────────────────────────────────────────────
    {"GET", "/role-assignments", "", None, "", Prep::Fixed, nullptr, false, admin(200, 200, 200)},
    {"POST", "/role-assignments", "", None, "bare-user", Prep::Fresh,
     R"({"user_id":"{id}","role_id":"contract_admin","scope":{"type":"tenant","id":null}})", false,
     admin(201, Forbidden, 201)},
    {"POST", "/role-assignments", "", In, "bare-user", Prep::Fresh,
     R"({"user_id":"{id}","role_id":"guest","scope":{"type":"folder","id":"{folder}"}})", false,
     admin(201, 201, 400)},
    {"POST", "/role-assignments", "", Out, "bare-user", Prep::Fresh,
     R"({"user_id":"{id}","role_id":"guest","scope":{"type":"folder","id":"{folder}"}})", false,
     admin(201, 400, 400)},
    {"POST", "/role-assignments", "", Other, "bare-user", Prep::Fresh,
     R"({"user_id":"{id}","role_id":"guest","scope":{"type":"folder","id":"{folder}"}})", false,
     admin(400, 400, 201)},
    {"GET", "/role-assignments/{id}", "", In, "role-assignment", Prep::Fixed, nullptr, false,
     inside(200)},
    {"GET", "/role-assignments/{id}", "", Out, "role-assignment", Prep::Fixed, nullptr, false,
     outside(200)},
    {"GET", "/role-assignments/{id}", "", Other, "role-assignment", Prep::Fixed, nullptr, false,
     foreign(200)},
    {"PATCH", "/role-assignments/{id}", "", In, "role-assignment", Prep::Fixed,
     R"({"operations":["upload"]})", true, inside(200)},
    {"PATCH", "/role-assignments/{id}", "", Out, "role-assignment", Prep::Fixed,
     R"({"operations":["upload"]})", true, outside(200)},
    {"PATCH", "/role-assignments/{id}", "", Other, "role-assignment", Prep::Fixed,
     R"({"operations":["upload"]})", true, foreign(200)},
    {"DELETE", "/role-assignments/{id}", "", In, "role-assignment", Prep::Fresh, nullptr, true,
     inside(204)},
    {"DELETE", "/role-assignments/{id}", "", Out, "role-assignment", Prep::Fresh, nullptr, true,
     outside(204)},
    {"DELETE", "/role-assignments/{id}", "", Other, "role-assignment", Prep::Fresh, nullptr, true,
     foreign(204)},
    // ─── labels (tenant-wide: read-only to administrators) ──────────────────
    {"GET", "/labels", "", None, "", Prep::Fixed, nullptr, false, admin(200, 200, 200)},
    {"POST", "/labels", "", None, "", Prep::Fixed,
     R"({"name":"{unique}","color":"#1E90FF","level":"internal"})", false,
     admin(201, Forbidden, 201)},
    {"GET", "/labels/{id}", "", In, "label", Prep::Fixed, nullptr, false, inside(200)},
    {"GET", "/labels/{id}", "", Other, "label", Prep::Fixed, nullptr, false, foreign(200)},
    {"PATCH", "/labels/{id}", "", In, "label", Prep::Fixed, R"({"description":"{unique}"})", true,
     admin(200, Forbidden, 404)},
    {"PATCH", "/labels/{id}", "", Other, "label", Prep::Fixed, R"({"description":"{unique}"})",
     true, foreign(200)},
    {"DELETE", "/labels/{id}", "", In, "label", Prep::Fresh, nullptr, true,
     admin(204, Forbidden, 404)},
    {"DELETE", "/labels/{id}", "", Other, "label", Prep::Fresh, nullptr, true, foreign(204)},
    {"GET", "/label-assignments", "", None, "", Prep::Fixed, nullptr, false, admin(200, 200, 200)},
    {"POST", "/label-assignments", "", In, "folder", Prep::Fresh,
     R"({"label_id":"{label}","target":{"type":"folder","id":"{id}"}})", false,
     admin(201, 201, 400)},
    {"POST", "/label-assignments", "", Out, "folder", Prep::Fresh,
     R"({"label_id":"{label}","target":{"type":"folder","id":"{id}"}})", false,
     admin(201, 400, 400)},
    {"POST", "/label-assignments", "", Other, "folder", Prep::Fresh,
     R"({"label_id":"{label}","target":{"type":"folder","id":"{id}"}})", false,
     admin(400, 400, 201)},
    {"DELETE", "/label-assignments/{id}", "", In, "label-assignment", Prep::Fresh, nullptr, false,
     inside(204)},
    {"DELETE", "/label-assignments/{id}", "", Out, "label-assignment", Prep::Fresh, nullptr, false,
     outside(204)},
    {"DELETE", "/label-assignments/{id}", "", Other, "label-assignment", Prep::Fresh, nullptr,
     false, foreign(204)},
    // ─── notices (every signed-in caller, its own tenant's) ─────────────────
    {"GET", "/notices", "", None, "", Prep::Fixed, nullptr, false,
     signedIn(200, 200, 200, 200, 200, 200)},
    {"GET", "/notices/{id}", "", In, "notice", Prep::Fixed, nullptr, false,
     signedIn(200, 200, 200, 200, 200, 404)},
    {"GET", "/notices/{id}", "", Other, "notice", Prep::Fixed, nullptr, false,
     signedIn(404, 404, 404, 404, 404, 200)},
    {"PUT", "/notices/{id}/read", "", In, "notice", Prep::Fixed, nullptr, false,
     signedIn(204, 204, 204, 204, 204, 404)},
    {"PUT", "/notices/{id}/read", "", Other, "notice", Prep::Fixed, nullptr, false,
     signedIn(404, 404, 404, 404, 404, 204)},
    {"DELETE", "/notices/{id}/read", "", In, "notice", Prep::Fixed, nullptr, false,
     signedIn(204, 204, 204, 204, 204, 404)},
    {"DELETE", "/notices/{id}/read", "", Other, "notice", Prep::Fixed, nullptr, false,
     signedIn(404, 404, 404, 404, 404, 204)},
    // ─── usage (the contract administrator's dashboard) ─────────────────────
    {"GET", "/usage", "?from={day-from}&to={day-to}", None, "", Prep::Fixed, nullptr, false,
     admin(200, Forbidden, 200)},
    {"GET", "/usage/top", "?by=project&from={day-from}&to={day-to}", None, "", Prep::Fixed, nullptr,
     false, admin(200, Forbidden, 200)},
    // ─── log exports (the tenant "other" has not bought the option) ─────────
    {"POST", "/log-exports/quote", "", None, "", Prep::Fixed, kQuote, false,
     admin(200, 200, NoOption)},
    {"POST", "/log-exports", "", In, "quote", Prep::Fresh,
     R"({"quote_id":"{id}","log_type":"access","from":"{from}","to":"{to}","format":"csv"})", false,
     admin(201, Forbidden, NoOption)},
    {"GET", "/log-exports", "", None, "", Prep::Fixed, nullptr, false, admin(200, 200, 200)},
    {"GET", "/log-exports/{id}", "", In, "log-export", Prep::Fixed, nullptr, false, inside(200)},
    {"POST", "/log-exports/{id}/cancel", "", In, "log-export", Prep::Fresh, nullptr, false,
     admin(Cancelled, Forbidden, 404)},
    {"GET", "/log-exports/{id}/manifest", "", In, "log-export", Prep::Fixed, nullptr, false,
     inside(200)},
    {"GET", "/log-exports/{id}/file", "", In, "log-export", Prep::Fixed, nullptr, false,
     admin(200, Forbidden, 404)},
    // ─── TOTP enrolment: last, since confirming it changes how the callers sign in ─
    {"POST", "/auth/totp/enroll", "", None, "", Prep::Fixed, nullptr, false,
     signedIn(200, 200, 200, 200, 200, NoOption)},
    {"POST", "/auth/totp/confirm", "", None, "", Prep::Totp, R"({"code":"{code}"})", false,
     signedIn(204, 204, 204, 204, 204, 409)},
};

} // namespace kanri::test::matrix
