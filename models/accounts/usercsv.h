#pragma once

#include "accounts/accessmap.h"
#include "accounts/csv.h"
#include "cache/sqlite.h"
#include "domain/domain.h"
#include "domain/passwordrule.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace kanri::accounts {

// The users CSV, one format both ways. Columns (the header names them, any order):
//   login, name, name_kana, email, status, roles  — exported and imported
//   password                                      — imported only (optional)
//   mfa_enabled, last_login_at, created_at        — exported, ignored on import
// `roles` lists assignments separated by "; " as role@/folder/path[operation operation]:
//   "general@/関東支店/東京営業所[upload download]; admin@/関東支店"; "contract_admin@/" is the
// whole tenant. Operations are written only for roles that let an assignment pick them.

// Writes the users of `rowids` (in that order) with their roles and scopes: UTF-8 with BOM, so
// that Japanese Excel opens it as UTF-8. `progress` (optional) is told the rows written.
std::optional<QByteArray> exportUsersCsv(cache::Database &db, const QList<qint64> &rowids, const AccessMap &map,
                                         const std::function<void(qsizetype)> &progress = {});

// One role of an imported row.
struct ImportRole
{
    QString roleId;
    domain::Scope scope;
    std::optional<QList<domain::Operation>> operations;
};

struct ImportRow
{
    int line = 0; // in the file (the header is line 1)
    domain::UserCreate user;
    bool disabled = false;
    QList<ImportRole> roles;
    QStringList errors; // translated; empty when the row can be sent
    QStringList notes;  // translated; what the row does that its file may not suggest
};

// What a file would do, validated offline: nothing is sent from here.
struct ImportPlan
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QString fileError;  // the whole file is unusable (encoding, columns, no rows): send nothing
    QList<ImportRow> rows;
    QByteArray fileId;  // a digest of the bytes: the idempotency keys of a resumed import

    qsizetype errorRows() const;
    bool canImport() const { return fileError.isEmpty() && !rows.isEmpty() && errorRows() == 0; }
};

struct ImportContext
{
    const AccessMap *map = nullptr;
    domain::PasswordPolicy policy;
    QSet<QString> takenLogins; // lower-case logins of the tenant's users
};

// Every user login of the cache, lower-case (for ImportContext::takenLogins).
QSet<QString> cachedLogins(cache::Database &db);

// Decodes, parses and validates: required fields, login and e-mail formats, duplicates in the
// file and against the tenant, the password policy, known roles, scopes and operations.
ImportPlan planImport(const QByteArray &bytes, const ImportContext &context);

// The roles cell of one user, and its parser (errors translated into `errors`).
QString formatRoles(const QList<domain::RoleAssignment> &assignments, const AccessMap &map);
QList<ImportRole> parseRoles(const QString &cell, const AccessMap &map, QStringList &errors);

// The message for each rule a password breaks, as the console says it.
QStringList passwordViolationTexts(const QList<domain::PolicyViolation> &violations, const domain::PasswordPolicy &policy);

} // namespace kanri::accounts
