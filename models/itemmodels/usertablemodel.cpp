#include "itemmodels/usertablemodel.h"

#include "cache/searchkey.h"

#include <QLocale>

#include <algorithm>

namespace kanri::itemmodels {

namespace {

// The columns of rowSql(), after the rowid.
enum Field { Id, Name, Login, Email, Status, Mfa, LastLogin, Created, Roles };

QString statusText(const QString &status)
{
    if (status == QLatin1String("active"))
        return UserTableModel::tr("Active");
    if (status == QLatin1String("disabled"))
        return UserTableModel::tr("Disabled");
    if (status == QLatin1String("locked"))
        return UserTableModel::tr("Locked");
    if (status == QLatin1String("invited"))
        return UserTableModel::tr("Invited");
    return status;
}

} // namespace

QStringList UserTableModel::headers() const
{
    return {tr("Name"), tr("Sign-in ID"), tr("E-mail"), tr("Status"), tr("Roles"), tr("Two-step"), tr("Last sign-in"), tr("Created")};
}

void UserTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(Column::Count))
        return;
    m_sortColumn = static_cast<Column>(column);
    m_sortOrder = order;
    reload();
}

std::optional<QList<qint64>> UserTableModel::loadOrder(cache::Database &db)
{
    QByteArray where;
    if (!m_search.isEmpty())
        where += "search_key LIKE ?1 ESCAPE '\\' ";
    if (!m_statuses.isEmpty()) {
        QByteArray list;
        for (qsizetype i = 0; i < m_statuses.size(); ++i)
            list += (i ? ", ?" : "?") + QByteArray::number(i + 2);
        where += QByteArray(where.isEmpty() ? "" : "AND ") + "status IN (" + list + ") ";
    }
    const char *direction = m_sortOrder == Qt::AscendingOrder ? "ASC" : "DESC";
    QByteArray order;
    switch (m_sortColumn) {
    case Column::Login:
        order = QByteArray("login ") + direction;
        break;
    case Column::Email:
        order = QByteArray("email ") + direction;
        break;
    case Column::Status:
        order = QByteArray("status ") + direction;
        break;
    case Column::Roles:
        order = QByteArray("(SELECT count(*) FROM role_assignments a WHERE a.user_id = users.id) ") + direction;
        break;
    case Column::Mfa:
        order = QByteArray("mfa ") + direction;
        break;
    case Column::LastSignIn:
        order = QByteArray("last_login_at IS NULL, last_login_at ") + direction;
        break;
    case Column::Created:
        order = QByteArray("created_at ") + direction;
        break;
    case Column::Name:
    case Column::Count:
        break;
    }
    const QByteArray sql = "SELECT rowid, sort_kana, name FROM users "
                           + (where.isEmpty() ? QByteArray() : "WHERE " + where)
                           + "ORDER BY " + (order.isEmpty() ? QByteArray() : order + ", ") + "sort_kana, name";
    cache::Statement s(db, sql.constData());
    if (!m_search.isEmpty()) {
        QString needle = cache::foldForSearch(m_search);
        needle.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        s.bind(1, QString(QLatin1Char('%') + needle + QLatin1Char('%')));
    }
    for (qsizetype i = 0; i < m_statuses.size(); ++i)
        s.bind(static_cast<int>(i + 2), m_statuses.at(i));
    if (!order.isEmpty()) {
        QList<qint64> ids;
        while (s.next())
            ids.append(s.int64(0));
        if (s.failed())
            return std::nullopt;
        return ids;
    }
    std::optional<QList<qint64>> ids = orderByName(s);
    if (ids && m_sortOrder == Qt::DescendingOrder)
        std::reverse(ids->begin(), ids->end());
    return ids;
}

std::optional<QList<qint64>> UserTableModel::orderByName(cache::Statement &s) const
{
    // The index on (sort_kana, name) gives the order by reading; only runs of the same reading
    // need the collator, and users without one move to the end.
    struct Entry
    {
        qint64 rowid;
        QString kana;
        QString name;
    };
    QList<Entry> entries;
    while (s.next())
        entries.append(Entry{s.int64(0), s.text(1), s.text(2)});
    if (s.failed())
        return std::nullopt;
    const auto withoutKana = std::stable_partition(entries.begin(), entries.end(),
                                                   [](const Entry &e) { return !e.kana.isEmpty(); });
    const auto byName = [this](const Entry &a, const Entry &b) { return m_collator.compare(a.name, b.name) < 0; };
    for (auto run = entries.begin(); run != withoutKana;) {
        const auto end = std::find_if(run, withoutKana, [&](const Entry &e) { return e.kana != run->kana; });
        if (end - run > 1)
            std::stable_sort(run, end, byName);
        run = end;
    }
    std::stable_sort(withoutKana, entries.end(), byName);
    QList<qint64> ids;
    ids.reserve(entries.size());
    for (const Entry &e : std::as_const(entries))
        ids.append(e.rowid);
    return ids;
}

QByteArray UserTableModel::rowSql() const
{
    return "SELECT rowid, id, name, login, email, status, mfa, last_login_at, created_at "
           "FROM users WHERE rowid IN (%1)";
}

void UserTableModel::completeRows(QHash<qint64, Row> &rows) const
{
    // The roles of the users of this block, by name, most common first.
    QHash<QString, qint64> rowOfUser;
    QByteArray placeholders;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        rowOfUser.insert(it->at(Id).toString(), it.key());
        placeholders += placeholders.isEmpty() ? "?" : ",?";
    }
    if (rows.isEmpty())
        return;
    const QByteArray sql = "SELECT user_id, role_id, count(*) FROM role_assignments WHERE user_id IN ("
                           + placeholders + ") GROUP BY user_id, role_id ORDER BY user_id, count(*) DESC, role_id";
    cache::Statement s(database(), sql.constData());
    int i = 1;
    for (auto it = rowOfUser.cbegin(); it != rowOfUser.cend(); ++it)
        s.bind(i++, it.key());
    const QHash<QString, QString> &names = roleDisplayNames();
    QHash<qint64, QStringList> summaries;
    while (s.next()) {
        const QString role = names.value(s.text(1), s.text(1));
        const qint64 count = s.int64(2);
        summaries[rowOfUser.value(s.text(0))]
            << (count > 1 ? QStringLiteral("%1 (%2)").arg(role).arg(count) : role);
    }
    for (auto it = rows.begin(); it != rows.end(); ++it)
        it->append(summaries.value(it.key()).join(QStringLiteral(", ")));
}

QVariant UserTableModel::cell(const Row &row, int column, int role) const
{
    if (role == kIdRole)
        return row.at(Id);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(column)) {
    case Column::Name:
        return row.at(Name);
    case Column::Login:
        return row.at(Login);
    case Column::Email:
        return row.at(Email);
    case Column::Status:
        return statusText(row.at(Status).toString());
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

} // namespace kanri::itemmodels
