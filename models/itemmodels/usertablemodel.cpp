#include "itemmodels/usertablemodel.h"

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

std::optional<QList<qint64>> UserTableModel::loadOrder(cache::Database &db)
{
    cache::Statement s(db, "SELECT rowid, sort_kana, name FROM users ORDER BY sort_kana, name");
    return orderByName(s);
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
    for (auto it = rows.begin(); it != rows.end(); ++it)
        rowOfUser.insert(it->at(Id).toString(), it.key());
    if (rows.isEmpty())
        return;
    const QByteArray sql = "SELECT user_id, role_id, count(*) FROM role_assignments WHERE user_id IN ("
                           + cache::placeholders(rows.size()) + ") GROUP BY user_id, role_id ORDER BY user_id, count(*) DESC, role_id";
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
