#pragma once

#include "domain/user.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace kanri::server {

class Statement;

// The columns of `users` that make a domain::User, for SELECTs: "u.id, u.login, …".
QString userColumns(const QString &alias = QStringLiteral("u"));
// Reads a User from the current row of a query that selected userColumns() starting at
// column `first`.
domain::User userFromRow(const QSqlQuery &query, int first = 0);
// Writes the same user's wire object straight from the store's UTF-8 (pages of users).
void writeUserRow(domain::JsonWriter &writer, const Statement &row, int first);

std::optional<domain::User> loadUser(QSqlDatabase db, qint64 tenantPk, qint64 userPk);

} // namespace kanri::server
