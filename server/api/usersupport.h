#pragma once

// Shared by userroutes.cpp (list, read, create) and useractions.cpp (change, delete, resets).

#include "core/api.h"

#include "domain/tenant.h"
#include "domain/user.h"

#include <QString>

#include <optional>

namespace kanri::server {

// A live user of the caller's tenant, with what the actions need beyond domain::User.
struct UserRecord
{
    qint64 pk = 0;
    QString loginKey;
    bool hasPassword = false;
    bool hasTotp = false;
    QString storedStatus; // users.status as stored ("locked" is derived from locked_until too)
    domain::User user;
};

// The SQL condition (on `users u`) for the users the caller sees: every user of the tenant for
// the contract administrator; for an administrator itself and the users who hold a live role
// assignment on a folder or project inside its scopes. With `withTombstones` also the deleted
// users that held one there (deleting a user tombstones its assignments with it), so that the
// delta reports their deletion.
QString visibleUsers(Call &call, bool withTombstones = false);

// For an administrator's users delta (not the contract administrator's): a SELECT binding the
// tenant pk and the watermark, giving per user (user_pk, seq, changed_at) the highest seq and
// latest updated_at of its role assignments inside the caller's scopes changed after the
// watermark, tombstones included (also those deleted with their folder or project from inside
// the scopes). Gaining or losing such an assignment changes whether the caller sees the user
// without changing the user's row (nor its ETag).
QString scopedAssignmentChanges(Call &call);

// The user `id` of the caller's tenant (not deleted) if the caller sees it (visibleUsers());
// nullopt for unknown ids, other tenants' and, for an administrator, users outside its scopes.
std::optional<UserRecord> findUser(Call &call, const QString &id);

// The tenant's password policy (tenants.pw_*).
domain::PasswordPolicy passwordPolicy(QSqlDatabase db, qint64 tenantPk);

// 400 validation naming `field` when `password` breaks the tenant's policy; the detail says
// the whole rule so the caller can fix it in one go.
std::optional<Response> checkNewPassword(QSqlDatabase db, qint64 tenantPk, const QString &field,
                                         const QString &password);

// A random password of letters and digits that meets `policy` (at least 16 characters).
QString temporaryPassword(const domain::PasswordPolicy &policy);

// Field rules of UserCreate/UserUpdate that the decoder does not check; nullopt when fine.
std::optional<Response> checkName(const QString &name);
std::optional<Response> checkNameKana(const std::optional<QString> &kana);
std::optional<Response> checkEmail(const QString &email);

// Ends every session of the user (its access and refresh tokens).
bool revokeTokens(QSqlDatabase db, qint64 userPk, qint64 now);

// Whether removing or disabling `userPk` would leave the tenant without a contract
// administrator who can sign in.
bool isLastContractAdmin(QSqlDatabase db, qint64 tenantPk, qint64 userPk);

// 500 internal: a statement failed; the wrapper rolls the transaction back.

// Only the contract administrator may register and delete accounts.
std::optional<Response> requireContractAdmin(const Call &call, const QString &what);

// 403 forbidden unless the caller may change the account `record` (that findUser() returned):
// the contract administrator may change every account; an administrator its own, and those
// whose every live role assignment lies inside its scopes. A contract administrator (tenant
// scope) or a user who also holds a role elsewhere is out of its reach: a password reset would
// otherwise hand it that user's rights outside its scopes.
std::optional<Response> requireChangeable(Call &call, const UserRecord &record);

// PATCH, DELETE and the POST actions on /users/{id}.
void addUserActionRoutes(Api &api);

} // namespace kanri::server
