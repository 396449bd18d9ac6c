#include "accounts/userlistmodel.h"

namespace kanri::accounts {

namespace {

// The columns of rowSql(), after the rowid; Roles is added by completeRows().
enum Field { Id, Name, Kana, Login, Email, Status, Mfa, LastLogin, Created, Roles };

} // namespace

QString userStatusText(const QString &status)
{
    if (status == QLatin1String("active"))
        return UserListModel::tr("Active");
    if (status == QLatin1String("disabled"))
        return UserListModel::tr("Disabled");
    if (status == QLatin1String("locked"))
        return UserListModel::tr("Locked");
    if (status == QLatin1String("invited"))
        return UserListModel::tr("Invited");
    return status;
}

void UserListModel::showResult(const UserQueryResult &result)
{
    m_next = result.ids;
    m_total = result.total;
    reload();
}

UserQuery::SortKey UserListModel::sortKey(Column column)
{
    switch (column) {
    case Column::Reading:
        return UserQuery::SortKey::Reading;
    case Column::Login:
        return UserQuery::SortKey::Login;
    case Column::Email:
        return UserQuery::SortKey::Email;
    case Column::Status:
        return UserQuery::SortKey::Status;
    case Column::Roles:
        return UserQuery::SortKey::Roles;
    case Column::Mfa:
        return UserQuery::SortKey::Mfa;
    case Column::LastSignIn:
        return UserQuery::SortKey::LastSignIn;
    case Column::Created:
        return UserQuery::SortKey::Created;
    case Column::Name:
    case Column::Count:
        break;
    }
    return UserQuery::SortKey::Name;
}

QStringList UserListModel::headers() const
{
    return {tr("Name"),   tr("Reading"),   tr("Sign-in ID"),   tr("E-mail"), tr("Status"),
            tr("Roles"), tr("Two-step"), tr("Last sign-in"), tr("Created")};
}

std::optional<QList<qint64>> UserListModel::loadOrder(cache::Database &db)
{
    Q_UNUSED(db);
    return m_next;
}

QByteArray UserListModel::rowSql() const
{
    return "SELECT rowid, id, name, name_kana, login, email, status, mfa, last_login_at, created_at "
           "FROM users WHERE rowid IN (%1)";
}

void UserListModel::completeRows(QHash<qint64, Row> &rows) const
{
    if (rows.isEmpty())
        return;
    // The roles of the users of this block, highest first, with how many scopes each.
    QHash<QString, qint64> rowOfUser;
    QByteArray placeholders;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        rowOfUser.insert(it->at(Id).toString(), it.key());
        placeholders += placeholders.isEmpty() ? "?" : ",?";
    }
    const QByteArray sql = "SELECT a.user_id, a.role_id, count(*) FROM role_assignments a LEFT JOIN roles r ON r.id = a.role_id "
                           "WHERE a.user_id IN (" + placeholders + ") GROUP BY a.user_id, a.role_id "
                           "ORDER BY a.user_id, min(r.position), a.role_id";
    cache::Statement s(database(), sql.constData());
    int i = 1;
    for (auto it = rowOfUser.cbegin(); it != rowOfUser.cend(); ++it)
        s.bind(i++, it.key());
    const QHash<QString, QString> names = roleDisplayNames();
    QHash<qint64, QStringList> summaries;
    while (s.next()) {
        const QString role = names.value(s.text(1), s.text(1));
        const qint64 count = s.int64(2);
        summaries[rowOfUser.value(s.text(0))] << (count > 1 ? tr("%1 (%2 scopes)").arg(role).arg(count) : role);
    }
    for (auto it = rows.begin(); it != rows.end(); ++it)
        it->append(summaries.value(it.key()).join(QStringLiteral(", ")));
}

QVariant UserListModel::cell(const Row &row, int column, int role) const
{
    if (role == kIdRole)
        return row.at(Id);
    if (role == kStatusRole)
        return row.at(Status);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(column)) {
    case Column::Name:
        return row.at(Name);
    case Column::Reading:
        return row.at(Kana);
    case Column::Login:
        return row.at(Login);
    case Column::Email:
        return row.at(Email);
    case Column::Status:
        return userStatusText(row.at(Status).toString());
    case Column::Roles:
        return row.value(Roles);
    case Column::Mfa:
        return row.at(Mfa).toLongLong() ? tr("On") : tr("Off");
    case Column::LastSignIn:
        return timeText(row.at(LastLogin));
    case Column::Created:
        return timeText(row.at(Created));
    case Column::Count:
        break;
    }
    return {};
}

} // namespace kanri::accounts
