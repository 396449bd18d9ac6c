#include "accounts/userlistmodel.h"

namespace kanri::accounts {

namespace {

using Base = itemmodels::UserTableModel::Column;

// This model's columns in UserTableModel's; the reading has none there.
std::optional<Base> baseColumn(UserListModel::Column column)
{
    switch (column) {
    case UserListModel::Column::Name:
        return Base::Name;
    case UserListModel::Column::Login:
        return Base::Login;
    case UserListModel::Column::Email:
        return Base::Email;
    case UserListModel::Column::Status:
        return Base::Status;
    case UserListModel::Column::Roles:
        return Base::Roles;
    case UserListModel::Column::Mfa:
        return Base::Mfa;
    case UserListModel::Column::LastSignIn:
        return Base::LastSignIn;
    case UserListModel::Column::Created:
        return Base::Created;
    case UserListModel::Column::Reading:
    case UserListModel::Column::Count:
        break;
    }
    return std::nullopt;
}

// UserTableModel's row: id, name, login, email, status, … then its roles summary; this model
// adds the reading after it.
constexpr qsizetype kStatusField = 4;

} // namespace

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
    QStringList names = UserTableModel::headers();
    names.insert(int(Column::Reading), tr("Reading"));
    return names;
}

std::optional<QList<qint64>> UserListModel::loadOrder(cache::Database &db)
{
    Q_UNUSED(db);
    return m_next;
}

void UserListModel::completeRows(QHash<qint64, Row> &rows) const
{
    UserTableModel::completeRows(rows);
    if (rows.isEmpty())
        return;
    const QByteArray sql = "SELECT rowid, name_kana FROM users WHERE rowid IN (" + cache::placeholders(rows.size()) + ")";
    cache::Statement s(database(), sql.constData());
    int i = 1;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        s.bind(i++, it.key());
    while (s.next())
        if (auto it = rows.find(s.int64(0)); it != rows.end())
            it->append(s.isNull(1) ? QVariant() : QVariant(s.text(1)));
}

QVariant UserListModel::cell(const Row &row, int column, int role) const
{
    if (role == kStatusRole)
        return row.value(kStatusField);
    const auto c = static_cast<Column>(column);
    if (const std::optional<Base> base = baseColumn(c))
        return UserTableModel::cell(row, int(*base), role);
    if (role == kIdRole)
        return UserTableModel::cell(row, 0, role);
    return role == Qt::DisplayRole ? row.value(row.size() - 1) : QVariant();
}

} // namespace kanri::accounts
